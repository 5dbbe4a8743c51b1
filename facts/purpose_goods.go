package facts

import (
	"strings"
)

// This file reads the goods an amount is the worth of (…어치).

// worth reports whether amount a is written as the worth of goods:
// 29만 달러 어치, 1억 달러어치.
func (r *reading) worth(a amount) bool {
	rest := strings.TrimLeft(r.text[a.end:], " ")
	return strings.HasPrefix(rest, "어치")
}

// goodsOf returns the goods amount a is the worth of: the noun before it
// past a quantity (유류 제품 26만 4천 408리터, 약 29만 달러 어치; 인조 모발
// 제품 약 161t 분량, 총 1천만 달러어치; 냉장 장치 3개 약 7만 달러어치), or
// after it past one (1억 달러어치, 1천959t의 인모를); "" when a is no
// worth of goods or they are not named so.
func (r *reading) goodsOf(a amount) string {
	if !r.worth(a) {
		return ""
	}
	cs := r.clauseStart(a.first)
	k := a.before
	for k >= cs && k >= 0 && k >= a.first-6 {
		w := r.words[k]
		unit := k > cs && startsDigit(r.words[k-1].raw) && (unitNouns[w.stem] || measureUnits[w.stem])
		if startsDigit(w.raw) && !w.money || unit || w.stem == "분량" || w.raw == "약" || w.raw == "총" || koreanNumerals[w.raw] {
			k-- // a quantity: 26만 4천 408리터, 161t 분량, 3개
			continue
		}
		break
	}
	if k >= cs && k >= 0 && k <= a.before {
		// 침실용 가구 약 201만 달러어치: a noun of people or bodies that
		// also names goods (가구) is the goods when a modifier makes it so.
		w := r.words[k]
		goods := !w.actor || commonActor(w.stem) && k > cs && r.words[k-1].noun && r.words[k-1].part == "" && !r.words[k-1].actor && !r.words[k-1].comma
		if w.noun && w.part == "" && goods && !w.time && !w.dur && !w.comma && !w.money && !glossWords[w.raw] {
			return r.phrase(r.phraseStart(k, cs), k)
		}
	}
	// 3천억 달러어치에 달하는 중국 제품: the goods a clause of reaching
	// ties the worth to.
	if n := len(r.words); a.after+1 < n && isAdnominal(r.words[a.after]) && hasAnyPrefix(r.words[a.after].raw, []string{"달하", "이르", "상당"}) {
		k := a.after + 1
		if w := r.words[k]; w.noun && !w.time && (!w.actor || w.part == "" && k+1 < n && r.words[k+1].noun && !r.words[k+1].actor) {
			if p := r.phraseRight(a.after + 1); p != "" {
				return p
			}
		}
	}
	// 가장 많이 수입한 품목은 인모로, 총 1억6천889만 달러어치를: the goods
	// the topic is said to be, just before.
	if b := a.before; b >= 0 && b >= a.first-3 {
		for k := b; k >= 0 && k >= a.first-3; k-- {
			if w := r.words[k]; w.noun && w.comma && (w.part == "로" || w.part == "으로") && !w.actor && !w.time && !w.money {
				return r.phrase(r.phraseStart(k, 0), k)
			}
			if !(r.words[k].raw == "총" || r.words[k].raw == "약") {
				break
			}
		}
	}
	// 2천913만 달러어치를 수입하는 등 꾸준히 중국에서 요소를 들여왔다:
	// the goods a later verb of trade names, when the amount's verb trades.
	if v := r.verbAfter(a.last); v >= 0 && v <= a.after+1 && isTradeVerb(r.words[v].raw) {
		for i := v + 1; i+1 < len(r.words) && i <= v+8; i++ {
			w := r.words[i]
			if w.comma && !w.verb {
				break
			}
			if (w.part == "을" || w.part == "를") && w.noun && !w.actor && !w.money && !w.time && isTradeVerb(r.words[i+1].raw) {
				return r.phrase(r.phraseStart(i, v+1), i)
			}
		}
	}
	// 1억3천874만 달러어치, 1천959t의 인모를.
	for i := a.after; i < len(r.words) && i <= a.after+2; i++ {
		w := r.words[i]
		if startsDigit(w.raw) && w.part == "의" && i+1 < len(r.words) && !w.money {
			if p := r.phraseRight(i + 1); p != "" {
				return p
			}
		}
		if !startsDigit(w.raw) {
			break
		}
	}
	return ""
}

// measureUnits are units of quantity written apart from their number:
// 26만 리터, 161 t.
var measureUnits = setOf("리터", "톤", "t", "배럴", "대", "척", "점", "킬로그램", "그램", "분량", "상자", "컨테이너")

// objectAfter reports whether an object (…을, …를) stands from word i on,
// within a few words and before a verb that modifies no noun: the object
// of the main verb after a relative clause.
func (r *reading) objectAfter(i int) bool {
	for k := i; k < len(r.words) && k < i+8; k++ {
		w := r.words[k]
		if (w.part == "을" || w.part == "를") && w.noun {
			return true
		}
		if w.verb && !isAdnominal(w) || w.ends {
			return false
		}
	}
	return false
}

// tradeVerbs are the beginnings of verbs that buy, sell, bring in or send
// out goods: 수입한, 들여왔다, 사들였다, 판매했다.
var tradeVerbs = []string{"수입", "수출", "들여", "사들", "구입", "구매", "판매", "팔", "반입", "반출"}

// isTradeVerb reports whether w is a verb of trade (tradeVerbs).
func isTradeVerb(w string) bool {
	for _, t := range tradeVerbs {
		if strings.HasPrefix(w, t) {
			return true
		}
	}
	return false
}

// priceVerbs are the verbs of buying and selling that take a price with
// 에 and modify the goods: 7천800만원에 산 차량, 5억 원에 판 건물, 2억 원에
// 낙찰된 그림.
var priceVerbs = setOf("산", "사들인", "판", "팔린", "팔았던", "구입한", "구매한", "매입한", "매각한", "판매한", "판매된",
	"낙찰된", "낙찰받은", "거래된", "인수한", "사온", "들여온")

// tradedGoods returns the goods a clause on amount a trades for it (…
// 7천800만원에 … 개조된 포르셰 카이엔 차량 → 개조된 포르셰 카이엔 차량,
// its verbs of state after the first kept), or "": the amount is their
// price. A head that names an actor (… 원에 판 업체) is the seller, no goods.
func (r *reading) tradedGoods(a amount) string {
	v := a.after
	// 10달러를 주고 산 꽃 그림 액자: what is paid for the goods, as the
	// price with 에 is.
	paid := (a.tail == "을" || a.tail == "를") && v+2 < len(r.words) && r.words[v].raw == "주고" && priceVerbs[r.words[v+1].raw]
	if paid {
		v++
	} else if a.tail != "에" || v+1 >= len(r.words) {
		return ""
	}
	k := v + 1
	switch w := r.words[v].raw; {
	case priceVerbs[w] && (v == a.last+1 || paid):
	case v+3 < len(r.words) && (hasAnyPrefix(w, soldVerbs) || strings.HasPrefix(w, "살")) && strings.HasSuffix(w, "할") || w == "살":
		// 2만원 가량에 구매할 … 있는 커플등록증: goods one can buy at the
		// price, which outrank a topic said to be them (P6).
		if r.words[v+1].raw != "수" || !strings.HasPrefix(r.words[v+2].raw, "있는") {
			return ""
		}
		k = v + 3
		if h := r.words[k]; h.verb {
			for _, c := range copulaEnds {
				if n, ok := strings.CutSuffix(h.raw, c); ok && n != "" && isHangulWord(n) && !isActor(n) {
					return n // … 구매할 … 있는 커플등록증인데요: the goods, said to be what the topic is
				}
			}
		}
	default:
		return ""
	}
	for k < len(r.words) && k <= v+2 && isAdnominal(r.words[k]) {
		k++ // 산 개조된 차량
	}
	if k >= len(r.words) || r.words[k].actor || !r.words[k].noun || r.words[k].time || clauseNouns[r.words[k].raw] || boundNouns[r.words[k].stem] {
		return "" // 58만 달러에 구매한 뒤: a clause of time, no goods
	}
	end := k
	for m := k; m < len(r.words) && m < k+6; m++ {
		w := r.words[m]
		if !w.noun && !w.name || w.time || w.money || m > k && locativeNouns[w.stem] && w.part != "" && w.part != "의" {
			break // 액자 뒤에서: where, past the goods
		}
		end = m
		if w.part != "" || w.comma {
			break // 5억 원에 판 건물의 세금: the building is sold, not the tax
		}
	}
	if p := trimTail(r.phrase(k, end)); p != "" && !namedActor(lastWord(p)) {
		return p
	}
	return ""
}

// locativeNouns are the nouns of place relative to the noun before them
// (뒤, 앞, 위, 안, 속 …): with a particle they say where, past the goods.
var locativeNouns = setOf("뒤", "앞", "위", "아래", "밑", "안", "밖", "속", "옆")

// copulaEnds are the copula's endings after a noun that is a sentence's
// predicate, the polite and connective ones too: 기념품이다, 커플등록증인데요.
var copulaEnds = []string{"인데요", "인데", "이었습니다", "였습니다", "입니다", "이었다", "였다", "이다", "이에요", "예요"}
