package facts

import (
	"strings"
	"unicode/utf8"
)

// This file reads what the clause around an amount says it is for: the
// noun a clause on the amount modifies when nothing else says (매달 70만원씩
// 지급되는 수급비, 240억원을 … 투자해 건립한 신규 공장, 600만 달러에
// 이르는 이 요트), the objects of a deed it is the cost of (… 구하는 데 드는
// 50달러), the measure it bounds before a class or a step of a scale (연봉
// 5천500만원 초과 구간 근로자) (docs/meaning.md "Ninth round: purpose on b4").

// clauseHead returns the noun that the clause holding amount a as its
// subject, object or target modifies, or "": the verb of that clause
// stands right after the amount, or past adverbs and verbs that chain
// into it, in its adnominal form, and the noun after it is no actor, no
// time and no bound or generic noun (것, 경우, 혐의, 사실). The guide's
// "20억 원을 지원하는 신규 프로젝트" read for every verb, as the last
// resort: an amount in a clause on a noun is that noun's.
func (r *reading) clauseHead(a amount) string {
	switch a.tail {
	case "이", "가", "을", "를", "에", "으로", "로", "씩", "씩이", "씩을",
		"까지", "도", "에서", "에도": // 2만 원까지 오른 주가, 1만 원도 안 되던 주가, 1천원 이하에서 형성됐던 라면 가격: the level the noun reaches, falls short of or stood at

	default:
		if !hasQual(a, "씩") || a.tail != "" {
			return ""
		}
	}
	n := len(r.words)
	for v := a.after; v < n && v <= a.after+3; v++ {
		w := r.words[v]
		if w.money || w.comma || w.ends {
			return ""
		}
		if w.adn {
			h := v + 1
			if h < n && determiners[r.words[h].raw] {
				h++ // 600만 달러에 이르는 이 요트
			}
			if h >= n {
				return ""
			}
			x := r.words[h]
			if x.actor && x.part == "의" && !x.comma && h+1 < n && r.words[h+1].noun {
				// 28억 달러에 달했던 북한의 수출: the clause modifies the
				// whole noun phrase, whose head is the noun after the
				// owner; an actor's 의 is the agent's (agent rule 1), not
				// part of the purpose (E3 (c)).
				h++
				x = r.words[h]
			}
			if !x.noun || x.actor || x.time || x.money || genericHeads[x.stem] || boundNouns[x.stem] || stopNouns[x.stem] || clauseNouns[x.raw] || genericMoney[x.stem] || genericMeasure[x.stem] {
				return ""
			}
			p := r.phraseRight(h)
			if eventHeads[lastWord(p)] {
				return "" // 5천만 달러가 탈취된 사건, 10억 달러를 달성한 시점: when or what happened, not what for
			}
			return p
		}
		if w.verb && !chainsInto(w) || w.part != "" {
			return "" // a verb that ends the clause, or a noun of its own case
		}
	}
	return ""
}

// eventHeads are nouns of an event, a time or a finding that a clause on
// an amount may modify without the amount being for them: 탈취된 사건,
// 달성한 시점, 파악됐다는 조사 결과.
var eventHeads = setOf("사건", "사고", "시점", "시기", "당시", "사례", "소식", "결과", "사실", "의혹", "가능성", "이유", "방식", "과정", "직후", "이후")

// boundsClass reports whether amount a bounds the measure written right
// before it to sort the class that word k, after it, names (연봉 5천500만원
// 초과 구간 근로자, 자본금 100억원 이상인 법인): the amount measures that
// noun, not the class (docs/meaning.md "Ninth round: purpose on b4").
// With no measure before it (5천만 달러 이하의 해킹 공격, 10만원 미만
// 상품) the class is what it sizes, as the sets have it.
func (r *reading) boundsClass(a amount, k int) bool {
	if !hasAnyQual(a, boundQuals) || k < 0 || k >= len(r.words) {
		return false
	}
	if b := a.before; b < 0 || b != a.first-1 {
		return false // 5천만 달러 이하의 해킹 공격: with no measure before, the class is what it sizes
	} else if w := r.words[b]; !w.noun || w.part != "" || w.actor || w.time || w.money || w.amt || w.comma {
		return false
	}
	h := k
	for h+1 < len(r.words) && h < k+3 && r.words[h].part == "" && r.words[h+1].noun && !r.words[h].comma {
		h++ // 구간 근로자, 미혼 근로소득자: the head
	}
	st := r.words[h].stem
	return st == "구간" || classNouns[st] || hasAnySuffix(st, []string{"소득자", "근로자", "사업자", "법인", "가구"})
}

// deedCost returns the objects of the deed that amount a is the cost of
// (영화표와 팝콘을 사고 … 사람을 구하는 데 드는 50달러 → 영화표와 팝콘; 영빈관을
// 짓는데 878억원 → 영빈관), or "": the amount comes right after the bound
// noun 데 with a verb of costing (드는, 든, 필요한) or after a verb glued to
// 데 (짓는데, 사는데), and the deed's clauses, joined by -고 and -어, have an
// object; the first one is taken (docs/meaning.md P7).
func (r *reading) deedCost(a amount) string {
	b := a.before
	if b < 0 || b != a.first-1 {
		return ""
	}
	d := -1
	switch w := r.words[b]; {
	case (w.raw == "드는" || w.raw == "든" || w.raw == "필요한") && b > 0 && r.words[b-1].raw == "데":
		d = b - 1
	case w.verb && (strings.HasSuffix(w.raw, "는데") || strings.HasSuffix(w.raw, "은데")) && !strings.HasSuffix(w.raw, "있는데"):
		d = b + 1
	default:
		return ""
	}
	obj := -1
	for k := d - 1; k >= 0 && k >= d-12; k-- {
		w := r.words[k]
		if w.comma || w.subj && w.noun || w.time || w.money {
			break
		}
		if (w.part == "을" || w.part == "를") && w.noun && !w.actor {
			obj = k
		}
	}
	if obj < 0 {
		return ""
	}
	h := obj
	if w := r.words[obj]; utf8.RuneCountInString(w.stem) <= 2 && obj >= 2 && (koreanNumerals[r.words[obj-1].raw] || r.words[obj-1].num) && r.words[obj-2].noun && r.words[obj-2].part == "" {
		h = obj - 2 // 담배 한 갑을: the goods, not their count
	}
	return r.phrase(r.phraseStart(h, 0), h)
}

// scaleSteps are the nouns of a step of a scale an amount bounds: 5천500만원
// 초과 구간, 1조원 이하 단계.
var scaleSteps = setOf("구간", "단계", "등급")

// scaleMeasure returns what the scale measures that amount a, the j-th,
// bounds a step of (5천500만∼7천만원 구간에서도, 5천500만원 이하 구간의
// 근로자들), when no measure stands right before it: the purpose of the
// amount before it in the sentence, the same scale's other bound (연봉
// 5천500만원 이하에서는 …); else "".
func (r *reading) scaleMeasure(a amount, j int) string {
	if a.after >= len(r.words) || !scaleSteps[r.words[a.after].stem] || j == 0 {
		return ""
	}
	if b := a.before; b >= 0 && b == a.first-1 && r.words[b].noun && r.words[b].part == "" && !r.words[b].comma {
		return "" // 연봉 5천500만원 초과 구간: its own measure, read as such
	}
	for i := j - 1; i >= 0; i-- {
		if r.amts[i].gloss < 0 && r.got[i].purpose != "" {
			return r.got[i].purpose
		}
	}
	return ""
}
