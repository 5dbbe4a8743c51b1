package facts

import (
	"strings"
	"unicode/utf8"
)

// This file reads what an amount is spent on or for: X 비용으로, X에 쓴다,
// X을 위해, and the noun an amount sizes.

// noAmount returns p unless it holds an amount of money (5조 2,000억 원
// 지원): what an amount is for is not another amount. A year or a count
// stays (2026년도 예산안, 1천만 명 지원).
func noAmount(p string) string {
	var kept []string
	cut, after := false, 0
	fs := strings.Fields(p)
	for k, f := range fs {
		money := false
		for e := k; e < len(fs) && startsDigit(fs[e]); e++ {
			if endsMoneyWord(fs[e]) || e+1 < len(fs) && startsMoneyWord(fs[e+1]) {
				money = true // 5조 2,000억 원, 128억 2600만원
				break
			}
		}
		if money || cut && after == 0 && startsMoneyWord(f) {
			cut = true // 연금예산 128억 2600만원 → 연금예산
			continue
		}
		if cut {
			after++
		}
		kept = append(kept, f)
	}
	if cut && after > 0 && len(kept) == after && after < 2 {
		return "" // 5조 2,000억 원 지원: the deed of another amount
	}
	return strings.Join(kept, " ")
}

// endsMoneyWord reports whether the number word f ends with a currency:
// 5억원, 10달러.
func endsMoneyWord(f string) bool {
	for m := range moneyWords {
		if strings.HasSuffix(f, m) {
			return true
		}
	}
	return false
}

// startsMoneyWord reports whether f is a currency with what is glued to
// it: 원, 달러어치의.
func startsMoneyWord(f string) bool {
	for m := range moneyWords {
		if f == m || utf8.RuneCountInString(m) > 1 && strings.HasPrefix(f, m) {
			return true
		}
	}
	return false
}

// namedAs reports whether "명목" stands before amount a in its clause.
func (r *reading) namedAs(a amount) bool {
	for i := a.before; i >= 0 && i >= r.clauseStart(a.first); i-- {
		if w := r.words[i]; w.money || w.amt {
			return false
		} else if w.stem == "명목" || strings.HasPrefix(w.raw, "명목") {
			return true
		}
	}
	return false
}

// costAs returns X of "X 비용으로 … 원" (a noun of cost with 으로 or 로
// in the clause of amount a, before it and before any other amount) and
// of "X 명목(등)으로"; "" when there is none, or when X says only that it
// is money (현금으로 1억 달러).
func (r *reading) costAs(a amount, cs int, keep func(string) string) string {
	for i := a.before; i >= cs && i >= 0; i-- {
		w := r.words[i]
		if (w.money || w.amt) && w.comma {
			break // 치료비 등으로 5000만원, … 2500만원: another item's
		}
		if w.part != "으로" && w.part != "로" {
			continue
		}
		h := i
		if w.stem == "등" && i > 0 {
			h = i - 1
		}
		if hw := r.words[h]; hw.noun && hasAnySuffix(hw.stem, costEnds) {
			if hw.stem == "명목" && h > cs {
				h-- // 사용료 명목으로: what is paid, not its name
			}
			return keep(trimTail(r.phrase(r.phraseStart(h, cs), h)))
		}
	}
	return ""
}

// lastWord returns the last word of the phrase p.
func lastWord(p string) string {
	if i := strings.LastIndexByte(p, ' '); i >= 0 {
		return p[i+1:]
	}
	return p
}

// spentOn returns what the words around amount a say it is spent on,
// besides the noun of cost it measures: X에 … 원, X로 … 원 (a noun of
// cost), X에 총사업비 … 원이 투입된다; "" when they say nothing. An X에
// before the amount outranks the noun cost only when cost is X's own cost,
// its head and 비 (신축 사업에 … 원의 사업비): a budget, funds or a cost of
// another kind the amount sizes (이 제도에 … 원의 예산, 스마트 의료
// 인프라에 사업비 …) is what the amount is (docs/meaning.md "purpose", rule 1).
func (r *reading) spentOn(a amount, cost string) string {
	cs := r.clauseStart(a.first)
	for i := a.first - 1; i >= cs && i >= 0; i-- {
		w := r.words[i]
		if w.money || w.time {
			continue
		}
		if (w.part == "에" || w.part == "에는") && strings.TrimPrefix(cost, "총") == w.stem+"비" && w.noun && !w.actor && !commonActor(w.stem) && !pointer(w) && !places[w.stem] && !countries[w.stem] && !placeName(w.stem) && !strings.HasPrefix(w.raw, "거기") && r.spendIn(a) {
			s := r.phraseStart(i, cs)
			if s > 0 && r.words[s-1].raw == "이" {
				return w.stem // 이 치유센터에는 총사업비 …: the noun, not the pointer
			}
			return trimTail(r.phrase(s, i))
		}
		if (w.part == "으로" || w.part == "로") && w.noun && hasAnySuffix(w.stem, costEnds) && !genericCosts[w.stem] {
			return trimTail(r.phrase(r.phraseStart(i, cs), i)) // 전차 정비비로 … 원의 예산
		}
	}
	// 520억 달러 이상의 자금을 반도체 산업에 지원하는; 6천억 달러 자금은 …
	// 백신 공급 등을 위한 사업들에 배정합니다: the X에 after it.
	ce := r.clauseEnd(a.last)
	for k := a.after; k+1 < len(r.words) && k <= ce && k <= a.after+reach; k++ {
		w := r.words[k]
		if w.verb && !isAdnominal(w) {
			break
		}
		if (w.part == "에" || w.part == "에만") && w.noun && !w.actor && !w.time && !places[w.stem] && !countries[w.stem] && isSpendWord(r.words[k+1].raw) {
			return trimTail(r.phrase(r.phraseStart(k, a.after), k))
		}
	}
	return ""
}

// givenToVerbs are the verbs that give or pay money to a body or a
// person (moveOnlyNouns, P5): an X에 before their amount is who receives
// it, no purpose, as one with 에게 is (CERF에 290만 달러를 기부, IOC에 …
// 지불하였다). Giving for a deed (지원, 투입, 투자) is not one of them.
var givenToVerbs = []string{"기부", "지불", "송금", "기탁", "헌납", "출연"}

// givenTo reports whether the verb written raw gives money to someone.
func givenTo(raw string) bool { return hasAnyPrefix(raw, givenToVerbs) }

// spendIn reports whether a verb of spending or giving follows amount a
// in its clause: 사업비를 편성했다, 예산이 투입된다.
func (r *reading) spendIn(a amount) bool {
	ce := r.clauseEnd(a.last)
	for k := a.after; k <= ce && k < len(r.words) && k <= a.after+4; k++ {
		if isSpendWord(r.words[k].raw) {
			return true
		}
	}
	return false
}

// forWhat returns X of "X을 위한 N원", "X을 위해 N원", "X 관련(해) N원",
// "X와 관련해 N원" before amount a, or "".
func (r *reading) forWhat(a amount) string {
	b := a.before
	if b < 1 {
		return ""
	}
	w := r.words[b]
	switch {
	case w.raw == "위한" || forWords[w.raw]:
		return r.forAt(b, false)
	case w.raw == "관련" || w.raw == "관련해" || w.raw == "관련해서" || w.raw == "관련된":
		k := b - 1
		x := r.words[k]
		if x.part != "" && x.part != "와" && x.part != "과" || !x.noun || x.actor {
			return ""
		}
		return r.phrase(r.phraseStart(k, 0), k)
	}
	return ""
}

// forAt returns X of "X을 위한" or "X을 위해" whose form of 위하다 is word
// b (b ≥ 1), or "". With deedJoin, "X를 …하기 위한" gives the object and the
// deed's noun as "…하기 위해" does; without it, "…하기 위한 Y" names Y,
// the noun it modifies, and gives nothing here.
func (r *reading) forAt(b int, deedJoin bool) string {
	w := r.words[b]
	k := b - 1
	x := r.words[k]
	if deed, ok := strings.CutSuffix(x.raw, "하기"); ok && deed != "" && (w.raw != "위한" || deedJoin) && k >= 1 && (r.words[k-1].part == "을" || r.words[k-1].part == "를") && r.words[k-1].noun && !r.words[k-1].actor {
		// 반도체를 생산하기 위해 194억 달러를: the object and the deed's
		// noun, joined as the guide allows (GPU 2,600장분 임차); …하기
		// 위한 X names X, the noun it modifies.
		return r.phrase(r.phraseStart(k-1, 0), k-1) + " " + deed
	}
	if w.raw != "위한" {
		if p := r.deedFor(k); p != "" {
			return p // 시리아 난민들을 돕기 위해 10억 달러를
		}
	}
	if x.part != "을" && x.part != "를" || beneficiary(x) {
		return "" // 주민들을 위해 5억 달러를: who gets it, no purpose (E3)
	}
	if x.stem == "등" && k > 0 {
		k-- // 강화 등을 위한
	}
	if x.stem == "이" || x.stem == "그" {
		if r.prev == "" {
			return ""
		}
		return noAmount(deedOf(r.before())) // 이를 위해 94억 달러가: what the sentence before says is done
	}
	return r.phrase(r.phraseStart(k, 0), k)
}

// beneficiary reports whether the noun x before 을 위해 names whom the
// money is for — a person, a group, a body or a country — rather than a
// deed or a thing: a receiver, no purpose (docs/meaning.md E3).
func beneficiary(x word) bool {
	n := strings.TrimSuffix(x.stem, "들")
	return x.actor || isPerson(x.stem) || isPerson(n) || personLike(n) || countries[n] || strings.HasSuffix(n, "민") && utf8.RuneCountInString(n) >= 2
}

// forWords are the forms of 위하다 that say what an amount is for, with
// their delimiters: 위해, 위해서, 위하여, 위해서는, 위해선, 위해서도.
var forWords = setOf("위해", "위해서", "위하여", "위해서는", "위해선", "위해서도")

// forWhatBefore returns X of "X을 위해" earlier in the clause of amount
// a (재개표를 위해 민경욱이 … 모금해 6000만원을 모았다), or "".
func (r *reading) forWhatBefore(a amount) string {
	for k := a.before - 1; k >= 1 && k >= r.clauseStart(a.first)-1 && k >= a.first-reach; k-- {
		if x := r.words[k]; forWords[x.raw] && k >= 2 && r.onlyAdverbs(k+1, a.first) {
			if p := r.deedFor(k - 1); p != "" {
				return p // 난민들을 돕기 위해 추가로 10억 달러를, 역량을 강화하기 위해 향후 3년간 1억 달러를
			}
		}
		if x := r.words[k]; forWords[x.raw] && k+1 < a.first && r.words[k+1].verb && isAdnominal(r.words[k+1]) {
			return "" // 트럼프 지원을 위해 설립한 모금단체에 … 기부: 위해 is the relative verb's, not the amount's
		}
		if x := r.words[k]; forWords[x.raw] && (r.words[k-1].part == "을" || r.words[k-1].part == "를") && !r.words[k-1].money {
			if beneficiary(r.words[k-1]) {
				return "" // 극단주의자들을 위해 수만 달러를 모금한: who gets it (E3)
			}
			return r.phrase(r.phraseStart(k-1, 0), k-1)
		}
	}
	return ""
}

// sizedHead returns the first word of the noun that amount a concerns or
// sizes, after it: N원에 대한 X, N원이 넘는 X, N원에 달하는 X, N원에
// 육박하는 X; or -1.
func (r *reading) sizedHead(a amount) int {
	k := a.after
	if k >= len(r.words) {
		return -1
	}
	v := r.words[k].raw
	switch {
	case a.tail == "에" && (v == "대한" || v == "관한"):
	case (a.tail == "이" || a.tail == "가" || a.tail == "") && (v == "넘는" || v == "넘은" || v == "넘게" && false):
	case a.tail == "에" && (v == "달하는" || v == "이르는" || v == "육박하는" || v == "달한" || v == "이른" || v == "가까운" || v == "해당하는" || v == "버금가는"):
	case (a.tail == "이" || a.tail == "가") && isAdnominal(r.words[k]) && isSpendWord(v):
		// 2조가 투입된 니켈 광산
	default:
		return -1
	}
	if k+1 < len(r.words) && r.words[k+1].noun && !r.words[k+1].actor && !r.words[k+1].amt && !genericHeads[r.words[k+1].stem] {
		return k + 1
	}
	return -1
}

// ratioAt reports whether word i is a ratio or a share (140배에, 51.8%를):
// 무역액 22억 달러의 140배 measures nothing the amount is of.
func (r *reading) ratioAt(i int) bool {
	if i >= len(r.words) {
		return false
	}
	w := r.words[i]
	return startsDigit(w.raw) && (strings.HasSuffix(w.stem, "배") || strings.HasSuffix(w.stem, "%") || strings.HasSuffix(w.stem, "퍼센트"))
}

// resultAt returns the word after the new level that amount a, the j-th,
// is or leads to: after a itself when it ends in 으로 (95조 원으로
// 방위비를), after the amount right after it when a ends in 에서 (300만원에서
// 330만원으로 공제한도가); -1 when neither.
func (r *reading) resultAt(a amount, j int) int {
	switch a.tail {
	case "으로", "로", "까지":
		return a.after // 1천억 달러까지 교역 규모를 늘린다: the level it rises to
	case "에서":
		if j+1 < len(r.amts) {
			b := r.amts[j+1]
			if b.tail == "으로" || b.tail == "로" || b.tail == "까지" {
				// 300억 달러에서 (장기적으로) 1천억 달러까지: the level it
				// rises from, with at most one word between.
				if b.first == a.after || b.first == a.after+1 && (!r.words[a.after].noun || strings.HasSuffix(r.words[a.after].raw, "적으로")) {
					return b.after
				}
			}
		}
	}
	return -1
}

// placeEnds end the names of cities, provinces and states that no
// dictionary here knows (쿤산시, 산둥성, 조지아주): a place an amount is
// spent in is where, not what for.
var placeEnds = []string{"시", "성", "주", "현"}

// regionNouns are common nouns of a region (지역, 일대, 권역): with 에 before
// a verb of investing or spending they say where, as a named place does
// (Q3: 텍사스 테일러 등 지역에 400억 달러 이상을 투자 → no purpose).
var regionNouns = setOf("지역", "일대", "권역")

// placeName reports whether noun n looks like the name of such a place:
// three syllables or more ending in one of placeEnds, no thing (가능성,
// 적시 are none: they are two syllables, or things).
func placeName(n string) bool {
	if regionNouns[n] {
		return true // 이 지역에 … 투자: where, not what (docs/meaning.md Q3)
	}
	if utf8.RuneCountInString(n) < 3 || isThing(n) || !isHangulWord(n) {
		return false
	}
	for _, e := range placeEnds {
		if strings.HasSuffix(n, e) && !hasAnySuffix(n, notPlaceEnds) {
			return true
		}
	}
	return false
}

// districtAt reports whether word i names a district of the place before
// it (인천시 남동구, 충북 음성군): a noun ending in 구 or 군 right after a
// bare place name.
func (r *reading) districtAt(i int) bool {
	w := r.words[i]
	if i == 0 || !hasAnySuffix(w.stem, []string{"구", "군"}) || utf8.RuneCountInString(w.stem) < 2 {
		return false
	}
	p := r.words[i-1]
	return p.part == "" && !p.comma && (placeName(p.stem) || places[p.stem])
}

// notPlaceEnds are common nouns that end as place names do.
var notPlaceEnds = []string{"도시", "가능성", "안정성", "필요성", "중요성", "효율성", "투명성", "건전성", "수익성", "경쟁력", "당시", "동시", "임시", "수시", "상시", "적시", "계약주", "대주주", "소액주주", "건물주", "사업주", "기업주", "광고주", "고용주"}

// payStems begin the verbs of paying and earning whose 으로/로 says what
// the amount is paid or earned as, or through: 지불하다, 지급하다,
// 벌어들이다, 벌다, 얻다, 챙기다, 내다 (팁으로 … 내놓은, 벌금으로 … 냈다).
var payStems = []string{"지불", "지급", "벌어", "벌었", "벌고", "벌며", "벌여", "얻", "챙기", "챙겨", "챙긴",
	"내놓", "냈", "내고", "내야", "납부"}

// payKinds are the kinds of pay an amount is received as (이자로 … 받았다,
// 보수로 … 받고): interest, fees, wages, rewards and dividends.
var payKinds = setOf("이자", "대가", "보수", "수당", "급여", "월급", "연봉", "임금", "상여금", "보상금", "배당금", "수수료", "사례비", "사례금", "위로금", "성과급")

// mannerNouns say how an amount was paid or earned, not what as: 이런
// 수법으로 300만 달러를 벌었다, 왕성한 활동으로 4000억원을 벌어들였다.
var mannerNouns = setOf("수법", "방법", "방식", "수단", "활동", "노력")

// paidAs returns X of "X으로 … 원을 지불하다" or "X로 … 원을 벌어들이다":
// a noun with 으로 or 로 before amount a in its clause, with nothing but
// the words skipped before an amount between, when the first verb after
// the amount pays or earns it (6a: what it is given as is a purpose); ""
// when there is none.
func (r *reading) paidAs(a amount, cs int, keep func(string) string) string {
	pays, receives := false, false
	for k := a.after; k < len(r.words) && k <= a.after+1; k++ {
		if hasAnyPrefix(r.words[k].raw, payStems) {
			pays = true // 벌어들이고, 지불하지: read by its letters, as the word cutter may take 이고 for a particle
			break
		}
		receives = receives || strings.HasPrefix(r.words[k].raw, "받")
	}
	if !pays && receives && a.before >= cs && a.before == a.first-1 {
		// 이자로 90만 원을 받았다: received as a kind of pay.
		if w := r.words[a.before]; (w.part == "으로" || w.part == "로") && payKinds[w.stem] && !w.comma {
			return keep(w.stem)
		}
	}
	if !pays {
		return ""
	}
	for i := a.before; i >= cs && i >= 0 && i >= a.first-4; i-- {
		w := r.words[i]
		if r.skipBefore(i) || w.raw == "한" || (w.raw == "해" || w.raw == "달") && i > 0 && r.words[i-1].raw == "한" {
			continue // 석탄 수출로 한 해 약 40억 유로를: per a year, said of the amount
		}
		if (w.part == "으로" || w.part == "로") && w.noun && !w.time && !w.actor && !w.money && !w.amt && !determiners[w.raw] && w.stem != "추가" && !w.comma {
			if mannerNouns[w.stem] {
				return "" // 이런 수법으로 … 벌었다: how, not what as
			}
			return keep(trimTail(r.phrase(r.phraseStart(i, cs), i)))
		}
		break
	}
	return ""
}

// deedFor returns the deed that word k, a verb in -기 before 위해, names
// with its object: the object's phrase without its particle, then the
// deed's noun for a verb of 하다 (역량을 강화하기 → 역량 강화) or the verb
// in -기 as written (난민들을 돕기 → 난민들 돕기, 독점권을 따내기 →
// 독점권 따내기); "" when k is no such verb or no object with 을 or 를 is
// right before it. Whom a deed helps is its object and stays (E3 leaves
// out only the receiver of 위해 itself).
func (r *reading) deedFor(k int) string {
	if k < 1 || k >= len(r.words) {
		return ""
	}
	x, o := r.words[k], r.words[k-1]
	if x.part != "" || x.comma || !strings.HasSuffix(x.raw, "기") || utf8.RuneCountInString(x.raw) < 2 || !isHangulWord(x.raw) {
		return ""
	}
	if o.part != "을" && o.part != "를" || !o.noun || o.money || o.time || pronouns[o.stem] {
		return ""
	}
	deed := x.raw
	if d, ok := strings.CutSuffix(x.raw, "하기"); ok {
		if d == "" {
			return ""
		}
		deed = d
	}
	st := r.phraseStart(k-1, 0)
	for st < k-1 && (r.words[st].verb || strings.HasSuffix(r.words[st].raw, "거나")) {
		st++ // 가입비를 … 광고를 건너뛰기: the verb of another deed
	}
	obj := r.phrase(st, k-1)
	if obj == "" {
		return ""
	}
	return obj + " " + deed
}

// onlyAdverbs reports whether the words from i up to j (not included) are
// times and adverbs alone (추가로, 향후 3년간): no noun with its case, no
// verb, so that what comes before them still governs the word at j.
func (r *reading) onlyAdverbs(i, j int) bool {
	for k := i; k < j && k < len(r.words); k++ {
		w := r.words[k]
		if !w.time && !determiners[w.raw] && !isAdverbWord(w.raw) {
			return false
		}
	}
	return true
}
