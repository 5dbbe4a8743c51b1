package facts

import (
	"strings"
)

// changeNouns are nouns before an amount that make it a change: 증가액은
// 2조 원.
var changeNouns = setOf("증가액", "증가분", "감소액", "감소분", "인상분", "인상폭", "인상액", "증가폭",
	"감소폭", "상승폭", "하락폭", "차액", "증감액", "격차", "증액분", "감액분", "삭감액", "증액", "감액", "차이")

// thresholdNouns are nouns before an amount that make it a threshold:
// 기준 금액 10억 원.
var thresholdNouns = setOf("기준", "기준금액", "문턱", "커트라인", "하한선", "상한선")

// boundQuals are the qualifiers that bound an amount; with a particle of
// a condition after them they make it a threshold (5만 원 이상은).
var boundQuals = setOf("이상", "이하", "미만", "초과")

// thresholdTails are the particles after a bound that make a threshold.
var thresholdTails = setOf("은", "는", "인", "이면", "면", "일", "이라면", "이어야", "부터", "의", "만")

// rateWord reports whether w makes the amount after it a rate per unit.
func rateWord(w string) bool {
	return strings.HasSuffix(w, "당") && rateRE.MatchString(w)
}

// role decides what the amount a is (docs/meaning.md "role").
func (r *reading) role(a amount) Role {
	// A rate: 1인당 25만 원, 배럴당 80달러 (and 1인당 평균 25만 원).
	nouns := 0
	for i := a.first - 1; i >= 0 && i >= a.first-4; i-- {
		w := r.words[i]
		if rateWord(w.raw) {
			return RoleRate
		}
		if isPreQualifier(w.raw) || w.raw == "평균" {
			continue
		}
		// 1주당 배당금은 1,500원: the noun the amount measures may stand
		// between.
		if nouns == 0 && isNouny(w) && measureParts[w.part] {
			nouns++
			continue
		}
		break
	}
	for _, q := range a.quals {
		if rateWord(q) {
			return RoleRate
		}
	}
	// The amount is itself the unit of a rate (1달러당 1,400원), a
	// threshold (5만 원 이상은, 1억 원을 넘으면) or a name (1조 클럽).
	if strings.HasPrefix(a.tail, "당") {
		return RoleOther
	}
	for _, q := range a.quals {
		if boundQuals[q] && thresholdTails[a.tail] {
			return RoleOther
		}
	}
	if a.after < len(r.words) {
		next := r.words[a.after].raw
		if thresholdNextRE.MatchString(next) || strings.HasPrefix(next, "클럽") {
			return RoleOther
		}
	}
	if strings.HasPrefix(a.tail, "클럽") {
		return RoleOther
	}
	if a.tail == "이라면" || a.tail == "라면" {
		return RoleOther
	}
	if a.before >= 0 && thresholdNouns[r.words[a.before].stem] {
		return RoleOther
	}
	if a.before >= 1 && r.words[a.before].raw == "금액" && thresholdNouns[r.words[a.before-1].raw] {
		return RoleOther
	}
	// A change: 2조 원 늘어난, 3천억 원 증가했다, 전년 대비 5억 원 감소.
	// With 으로 or 로 the amount is the result (5조 원으로 늘었다): a level.
	if changeTail(a.tail) && a.after < len(r.words) {
		next := r.words[a.after].raw
		for _, skip := range []string{"더", "이상", "넘게", "가량", "정도", "가까이", "남짓", "안팎", "씩", "이나", "각각", "모두"} {
			if next == skip && a.after+1 < len(r.words) {
				next = r.words[a.after+1].raw
				break
			}
		}
		if changeRE.MatchString(next) && !comparesNothing(r, a, next) {
			return RoleChange
		}
	}
	if a.before >= 0 && changeNouns[r.words[a.before].stem] && r.words[a.before].part != "으로" && r.words[a.before].part != "로" {
		return RoleChange
	}
	return RoleLevel
}

// changeTail reports whether the particle after an amount lets a verb of
// change after it take the amount as its measure.
func changeTail(t string) bool {
	switch t {
	case "", "이", "가", "을", "를", "씩", "이나", "나", "도", "만", "가량", "정도", "넘게", "이상", "가까이", "남짓", "안팎":
		return true
	}
	return false
}

// comparesNothing reports whether a word of more or less after the
// amount (많은, 적은, 높은, 낮은) says no change: these make a change
// only with a comparison (전년보다, 대비) before the amount.
func comparesNothing(r *reading, a amount, next string) bool {
	for _, p := range []string{"많", "적", "높", "낮", "모자라", "부족"} {
		if strings.HasPrefix(next, p) {
			for i := r.clauseStart(a.first); i < a.first; i++ {
				w := r.words[i]
				if w.part == "보다" || w.raw == "대비" || strings.HasSuffix(w.raw, "대비") {
					return false
				}
			}
			return true
		}
	}
	return false
}
