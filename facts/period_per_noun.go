package facts

import "strings"

// This file reads the period an amount is per from the noun it is said
// of: a topic opened by 한 해 or 한 달 (이 나라의 한 해 수출액은 500억
// 달러), or a noun of pay per period it is given as (월급으로 300만 원).

// perOfNoun returns the period of the noun before amount a in its clause
// that the amount is said of, or "": 한 해 or 한 달 opening a topic or a
// subject right before it (한 해 수출액은 500억 달러: per year; but 2024년
// 한 해 수출액은, 지난 한 해: that year's total), or a noun of pay per
// period with 으로 or 로 (월급으로 300만 원을 받는다: per month).
func (r *reading) perOfNoun(a amount, start int) Per {
	if p := r.convertedPer(a); p != "" {
		return p // 이를 연봉으로 환산하면 1만5천80달러
	}
	for i := a.first - 1; i >= start && i >= a.first-3; i-- {
		w := r.words[i]
		if w.amt || w.money || w.comma {
			return ""
		}
		if (w.part == "으로" || w.part == "로") && perNouns[w.stem] != "" {
			return perNouns[w.stem] // 월급으로 300만 원을
		}
	}
	i := a.first - 1
	if i-2 < start || i < 0 {
		return ""
	}
	n, p := r.words[i], r.words[i-1]
	if !n.noun || n.time || n.dur || n.part != "은" && n.part != "는" && n.part != "이" && n.part != "가" {
		return ""
	}
	if p.part != "" || p.comma || r.words[i-2].raw != "한" {
		return ""
	}
	if k := i - 3; k >= 0 && (r.words[k].time && r.words[k].part == "" && !r.words[k].comma || bareTimeOpeners[r.words[k].raw]) {
		return "" // 2024년 한 해 수출액은: that year's total
	}
	switch p.stem {
	case "해":
		return PerYear
	case "달":
		return PerMonth
	}
	return ""
}

// perOfPay returns the period of a noun of pay per period standing right
// before amount a as the noun it measures, bare or as the topic or
// subject (연봉 5천500만원 초과 구간, 공무원의 평균연봉은 8천892만원), or "".
// It needs no purpose: the amount may be a threshold whose purpose is read
// otherwise.
func (r *reading) perOfPay(a amount) Per {
	i := a.before
	if i < 0 || i < r.clauseStart(a.first) {
		return ""
	}
	w := r.words[i]
	if !w.noun || w.time || w.comma || w.amt || !payParts[w.part] {
		return ""
	}
	if p := perNouns[w.stem]; p != "" {
		return p
	}
	for _, s := range payHeads {
		if strings.HasSuffix(w.stem, s) {
			return perNouns[s] // 평균연봉, 기본월급
		}
	}
	return ""
}

// payParts are the particles a noun of pay measured by the amount after
// it may carry: none, or a topic's or a subject's.
var payParts = setOf("", "은", "는", "이", "가")

// payHeads are the nouns of pay per period that end compounds still
// naming that pay (평균연봉, 기본월급); 월세 is left out, for 전월세 names
// a market, not a rent.
var payHeads = []string{"연봉", "월급"}

// gluedPeriodNoun returns the period of 한달 or 한해, written as one word,
// opening the noun right before amount a that it measures (한달 레슨비만
// 250만원: per month), as 한 달 행사료 does spaced; not after a time or a
// word that makes it one stretch of time (지난 한해, 2024년 한해).
func (r *reading) gluedPeriodNoun(a amount, start int) Per {
	i := a.first - 1
	if i-1 < start || i < 0 {
		return ""
	}
	n, p := r.words[i], r.words[i-1]
	if !n.noun || n.time || n.dur || n.amt || !measuredParts[n.part] || stopNouns[n.stem] || boundNouns[n.stem] || p.part != "" || p.comma {
		return ""
	}
	per := gluedPeriods[p.raw]
	if per == "" {
		return ""
	}
	if k := i - 2; k >= 0 && (r.words[k].time && r.words[k].part == "" && !r.words[k].comma || bareTimeOpeners[r.words[k].raw]) {
		return ""
	}
	return per
}

// gluedPeriods are one year or one month written as one word.
var gluedPeriods = map[string]Per{"한달": PerMonth, "한해": PerYear}

// measuredParts are the particles of a noun an amount right after it
// measures: none, a topic's, a subject's, or a delimiter (레슨비만, 광고료도).
var measuredParts = setOf("", "은", "는", "이", "가", "만", "도")

// perOfPredicate returns the period of the noun phrase an amount that is
// the topic is said to be, with the copula (325 달러는 도시 근로자의 월
// 평균 임금이다: per month), when a word of a period opens a noun in it,
// or "".
func (r *reading) perOfPredicate(a amount) Per {
	if a.tail != "은" && a.tail != "는" {
		return ""
	}
	ce := r.clauseEnd(a.last)
	if ce >= len(r.words) || !copulaEnd(r.words[ce].raw) {
		return ""
	}
	for i := a.after; i < ce; i++ {
		w := r.words[i]
		if w.amt || w.money || w.time || w.comma || w.verb {
			return ""
		}
		if p := perWords[w.stem]; p != "" && w.part == "" && r.words[i+1].noun {
			return p
		}
	}
	return ""
}

// copulaEnd reports whether word w is a noun with the copula ending a
// sentence or a clause: 임금이다, 금액이었다, 수준입니다.
func copulaEnd(w string) bool {
	return hasAnySuffix(w, []string{"이다", "였다", "이었다", "입니다", "였습니다", "이었습니다"})
}

// convertedPer returns the period of a noun of pay per period that amount
// a is the conversion into, or "": the noun with 으로 or 로 right before a
// verb of converting (환산하면, 환산해, 환산한) right before the amount
// (시간당 최저 임금은 7달러 25센트로, 이를 연봉으로 환산하면 1만5천80달러:
// per year, whatever unit the amount converted was per).
func (r *reading) convertedPer(a amount) Per {
	i := a.first - 1
	if i < 1 || !strings.HasPrefix(r.words[i].raw, "환산") || r.words[i].comma {
		return ""
	}
	n := r.words[i-1]
	if n.part != "으로" && n.part != "로" || n.comma {
		return ""
	}
	if p := convertedPeriods[n.stem]; p != "" {
		return p // 연간으로 환산하면 10억 달러 (per_noun.go)
	}
	return perNouns[n.stem]
}
