package facts

import (
	"regexp"
	"strings"
)

// This file completes the closed class of the words that make an amount
// one per year, month or day (docs/meaning.md, "Seventeenth round: the
// closed class of per"): a time glued to 당 (하루당, 1일당, 한 달당), one
// year or month spelled with a spaced numeral (일 년에, 1년 에), a word of
// every period after the amount before the verb that takes it (5천만 원을
// 매년 기부한다), and the count of occasions that makes 연 or 월 say how
// often, not how much a period holds (연 3회 5천만 원: per occasion).

// timeDang are the times glued to 당 that make the amount after them one
// per that time (하루당 10만 원), as 하루 does: not a rate per unit.
// 일당 is pay per day, a noun (perNouns); 한 해당 is left out, for 해당
// is a word of its own.
var timeDang = map[string]Per{
	"하루당": PerDay, "1일당": PerDay, "일일당": PerDay,
	"1년당": PerYear, "한해당": PerYear, "일년당": PerYear,
	"1개월당": PerMonth, "1달당": PerMonth, "한달당": PerMonth, "달당": PerMonth,
}

// perGlued returns the period of word i before an amount when it is a
// time glued to 당 (하루당, 1일당; 달당 only after 한: 한 달당) or one year
// or month written with a spaced numeral or a spaced 에 (일 년에, 1년 에,
// 한 달 에), or "".
func (r *reading) perGlued(i int) Per {
	w := r.words[i]
	prev := ""
	if i > 0 {
		prev = r.words[i-1].raw
	}
	if p := timeDang[w.raw]; p != "" {
		if w.raw == "달당" && prev != "한" {
			return ""
		}
		return p
	}
	if w.raw == "에" && i > 0 {
		return onePeriod[prev] // 1년 에, 1개월 에: a corpus of words spaces the particle
	}
	if prev == "일" && (w.raw == "년에" || w.raw == "년간에") {
		return PerYear // 일 년에
	}
	if prev == "일" && w.raw == "개월에" {
		return PerMonth // 일 개월에
	}
	return ""
}

// occasionRE matches a count of occasions: 3회, 두 번, 한 차례 written
// glued (3회, 2차례) or as the counter alone after its number.
var occasionRE = regexp.MustCompile(`^(?:[0-9]+|한|두|세|네|몇|수)?(?:회|번|차례)(?:씩)?$`)

// occasionsBetween reports whether a count of occasions stands between
// word i, a word of a period, and word end (연 3회 5천만 원, 월 2번
// 10만 원씩): the amount is per occasion, the period tells how often.
func (r *reading) occasionsBetween(i, end int) bool {
	for k := i + 1; k < end && k < len(r.words); k++ {
		if occasionRE.MatchString(r.words[k].raw) {
			return true
		}
	}
	return false
}

// everyAfter are the words of every year, month or day that may follow
// the amount they give per, before its verb (5천만 원을 매년 기부한다).
// 연, 월 and 하루 are left out: after an amount they open a noun or a
// time of their own (10만 원 월 이자, 10만 원 하루 만에).
var everyAfter = map[string]Per{
	"매년": PerYear, "해마다": PerYear, "매해": PerYear,
	"매달": PerMonth, "매월": PerMonth, "다달이": PerMonth, "달마다": PerMonth,
	"매일": PerDay, "날마다": PerDay,
}

// afterParts are the endings of an amount that a word of every period
// after it may give per: an object, a subject, or 씩 (each).
var afterParts = setOf("을", "를", "이", "가", "씩", "씩을", "씩이")

// perAfter returns the period of a word of every period right after
// amount a, before the verb that takes it (총 9달러를 매달 기부하게
// 됩니다, 5천만 원씩 해마다 기부한다), or "": the amount must end in an
// object's or a subject's particle or in 씩, and a verb follow the word
// of the period, with nothing but an adverb between.
func (r *reading) perAfter(a amount) Per {
	if !afterParts[a.tail] || a.after <= a.last || a.after+1 >= len(r.words) {
		return ""
	}
	w := r.words[a.after]
	p := everyAfter[w.raw]
	if p == "" || w.comma {
		return ""
	}
	for k := a.after + 1; k < len(r.words) && k <= a.after+2; k++ {
		x := r.words[k]
		if x.amt || x.money || x.time || x.num {
			return ""
		}
		if x.verb {
			return p
		}
		if !strings.HasSuffix(x.raw, "게") && !strings.HasSuffix(x.raw, "히") && !strings.HasSuffix(x.raw, "씩") {
			return ""
		}
	}
	return ""
}

// thatDay reports whether 하루, a qualifier of amount a, is one day named
// by the bare time right before it (이날 하루 10만 원, 그날 하루): that
// day's total, no day's rate.
func (r *reading) thatDay(a amount) bool {
	i := a.before
	return i >= 0 && i < len(r.words) && r.words[i].time && r.words[i].part == "" && !r.words[i].comma
}
