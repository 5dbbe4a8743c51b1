package facts

import "strings"

// This file reads a period written after the amount, before the verb
// that takes it (5천만 원을 매년 기부한다, 10만 원을 하루에 번다): a member
// of the closed class of per (docs/meaning.md, "Seventeenth round: the
// closed class of per", rule 3).

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
// 됩니다, 5천만 원씩 해마다 기부한다, 10만 원을 하루에 번다), or "": the
// amount must end in an object's or a subject's particle or in 씩, and a
// verb follow the word of the period, with nothing but an adverb between;
// a verb of a span (1년에 걸쳐) makes the period a stretch of time.
func (r *reading) perAfter(a amount) Per {
	if !afterParts[a.tail] || a.after <= a.last || a.after+1 >= len(r.words) {
		return ""
	}
	p, k := r.periodAt(a.after)
	if p == "" {
		return ""
	}
	for ; k < len(r.words) && k <= a.after+3; k++ {
		x := r.words[k]
		if x.amt || x.money || x.time || x.num || spanVerb(x.raw) {
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

// periodAt returns the period a word of every period or one period with
// 에 at word i says (매년, 하루에, 1년에, 한 달에, 연간) and the index of the
// word after it, or "".
func (r *reading) periodAt(i int) (Per, int) {
	w := r.words[i]
	if w.comma {
		return "", i
	}
	if p := everyAfter[w.raw]; p != "" {
		return p, i + 1
	}
	if w.raw == "연간" || w.raw == "월간" {
		return perWords[w.raw], i + 1
	}
	if w.raw == "하루에" {
		return PerDay, i + 1
	}
	if w.part == "에" && onePeriod[w.stem] != "" {
		return onePeriod[w.stem], i + 1
	}
	if w.raw == "한" && i+1 < len(r.words) && !r.words[i+1].comma {
		switch r.words[i+1].raw {
		case "해에":
			return PerYear, i + 2
		case "달에":
			return PerMonth, i + 2
		}
	}
	return "", i
}

// spanVerb reports whether w is a verb of a span of time (1년에 걸쳐
// 갚았다): the period before it is the span, not a period the amount is
// per.
func spanVerb(w string) bool {
	return strings.HasPrefix(w, "걸쳐") || strings.HasPrefix(w, "걸친") || strings.HasPrefix(w, "걸려")
}
