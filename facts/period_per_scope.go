package facts

import "strings"

// Whose a word of a period is, and per periods written otherwise: a period
// word of another predicate (해마다 … 늘어 1998년 …), 1일 before a charge
// (1일 90불 정도의 요금), an amount restating another in a second currency.

// otherPredicate reports whether word i, before amount a, is the verb of
// another predicate that a word of a period before it belongs to
// (입국이 해마다 크게 늘어 지난 1998년 10억8천만원이었던): a verb that
// ends no clause, modifies no noun and is no adverb (크게, 꾸준히), with a
// time of its own between it and the amount. A verb with no time after
// it (매년 늘려 1조 원을) leaves the period word to the amount.
func (r *reading) otherPredicate(i int, a amount) bool {
	w := r.words[i]
	if !w.verb || isAdnominal(w) || strings.HasSuffix(w.raw, "게") || strings.HasSuffix(w.raw, "히") || i >= a.first-1 {
		return false
	}
	for k := i + 1; k < a.first; k++ {
		if r.words[k].time && r.words[k].year {
			return true
		}
	}
	return false
}

// perDayAt reports whether word k is 1일 right before an amount of money
// that is a charge or pay, with no month before it (1일 90불 정도의
// 요금으로): per day, as 하루 is (docs/meaning.md, twelfth round), no day of
// a month (3월 1일 90불). An amount of a deed after 1일 (재무부는 1일 6억
// 달러를 탈취한 …) is dated by the day, as news writes the first of the
// month: only a charge or pay the amount is, within three words after it,
// or an amount given each (씩), makes 1일 a day's rate.
func (r *reading) perDayAt(k int) bool {
	w := r.words[k]
	if w.raw != "1일" || k+1 >= len(r.words) || !r.words[k+1].money || !startsDigit(r.words[k+1].raw) {
		return false
	}
	if k > 0 && strings.HasSuffix(r.words[k-1].raw, "월") {
		return false
	}
	for i := k + 1; i < len(r.words) && i <= k+5; i++ {
		x := r.words[i]
		if strings.HasSuffix(x.raw, "씩") || dayCharges[x.stem] {
			return true
		}
		if x.verb || x.comma {
			break
		}
	}
	return false
}

// dayCharges are the nouns of a charge or pay that 1일 before their amount
// makes a day's: 1일 90불 정도의 요금, 1일 10만원의 일당.
var dayCharges = setOf("요금", "사용료", "이용료", "대여료", "임대료", "숙박비", "비용", "임금", "수당", "급여", "일당", "보수", "수수료")

// convertedFrom reports whether amount a, the j-th, restates the amount
// right before it in another currency, that one with 로 or 으로 (월
// 평균임금은 80달러로 6만 원 수준밖에 안된다): the same quantity, per the
// same period.
func (r *reading) convertedFrom(a amount, j int) bool {
	if j == 0 || j-1 >= len(r.got) {
		return false
	}
	b := r.amts[j-1]
	if b.tail != "로" && b.tail != "으로" || b.after != a.first {
		return false
	}
	return unitWord(r.text[b.start:b.end]) != unitWord(r.text[a.start:a.end])
}

// unitWord returns the letters that end amount text t, its currency as
// written: 80달러 → 달러, 6만 원 → 원.
func unitWord(t string) string {
	i := strings.LastIndexAny(t, "0123456789 ")
	return t[i+1:]
}
