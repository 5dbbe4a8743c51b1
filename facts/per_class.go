package facts

import (
	"regexp"
	"strings"
)

// This file completes the closed class of the words before an amount
// that make it one per year, month or day (docs/meaning.md, "Seventeenth
// round: the closed class of per"): a time glued to 당 (하루당, 1일당, 한
// 달당), one year or month with a spaced numeral or particle (일 년에, 1년
// 에, 한 달 마다, 1년에만), 1년마다, 매 달, 1일 평균; and the near cases
// that are none: a count of occasions after 연 or 월 (연 3회 5천만 원: per
// occasion), 이날 하루, a stretch of time (하루 사이, 한 달 새), a
// period's worth (한 달 치). The words after the amount are in
// per_after.go, the nouns the period opens in per_noun.go.

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
	if (w.raw == "에" || w.raw == "마다") && i > 0 {
		if p := onePeriod[prev]; p != "" {
			return p // 1년 에, 1개월 에: a corpus of words spaces the particle; 1년 마다
		}
		if i > 1 && r.words[i-2].raw == "한" {
			return spacedOne[prev] // 한 달 마다, 한 해 에
		}
		return ""
	}
	if (prev == "일" || prev == "1") && (w.raw == "년에" || w.raw == "년마다") {
		return PerYear // 일 년에, 1 년에
	}
	if (prev == "일" || prev == "1") && (w.raw == "개월에" || w.raw == "개월마다") {
		return PerMonth // 일 개월에
	}
	if stem, ok := strings.CutSuffix(w.raw, "에만"); ok {
		if p := onePeriod[stem]; p != "" {
			return p // 1년에만 5천만 원: 만 marks the amount as much, the period stays
		}
		if prev == "한" {
			return spacedOne[stem] // 한 달에만
		}
	}
	return ""
}

// spacedOne are year and month as the noun after a spaced 한 (한 달, 한
// 해) before a particle written apart or 에만.
var spacedOne = map[string]Per{"해": PerYear, "달": PerMonth}

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

// thatDay reports whether 하루, a qualifier of amount a, is one day named
// by the bare time right before it (이날 하루 10만 원, 그날 하루): that
// day's total, no day's rate.
func (r *reading) thatDay(a amount) bool {
	i := a.before
	return i >= 0 && i < len(r.words) && r.words[i].time && r.words[i].part == "" && !r.words[i].comma
}

// everyOne are one year, month or day with 마다 or written after a spaced
// 매 (1년마다, 하루마다, 매 달), and 매일같이: every such period. A count
// other than one (3개월마다, 2년마다) is no year, month or day.
var everyOne = map[string]Per{
	"1년마다": PerYear, "한해마다": PerYear, "일년마다": PerYear,
	"1개월마다": PerMonth, "1달마다": PerMonth, "한달마다": PerMonth,
	"하루마다": PerDay, "1일마다": PerDay, "매일같이": PerDay, "매일매일": PerDay,
}

// spacedEvery are the periods a spaced 매 makes every one of: 매 년, 매 달.
var spacedEvery = map[string]Per{"년": PerYear, "해": PerYear, "달": PerMonth, "월": PerMonth, "일": PerDay}

// oneBeforeAverage are one year, month or day as a number, which 평균
// after them makes a period an average is per (1일 평균 10만 원).
var oneBeforeAverage = map[string]Per{"1일": PerDay, "1년": PerYear, "1개월": PerMonth, "1달": PerMonth}

// perEvery returns the period word i says every one of (1년마다, 매 달,
// 매일같이), or one of before 평균 (1일 평균; not after a month: 3월 1일
// 평균), or "".
func (r *reading) perEvery(i int) Per {
	w := r.words[i]
	if p := everyOne[w.raw]; p != "" {
		return p
	}
	if i > 0 && r.words[i-1].raw == "매" {
		return spacedEvery[w.raw]
	}
	if pre, ok := strings.CutSuffix(w.stem, "평균"); ok && pre != "" {
		return averagedPeriod(pre) // 하루평균, 한달평균, 1일평균, 매년평균
	}
	if p := oneBeforeAverage[w.raw]; p != "" && i+1 < len(r.words) && r.words[i+1].raw == "평균" {
		if i > 0 && strings.HasSuffix(r.words[i-1].raw, "월") {
			return ""
		}
		return p
	}
	return ""
}

// spanWords are the words after a period that make it a stretch of
// time, not a period an amount is per: 하루 사이, 한 달 새, 하루 만에.
// 동안 is left out: 하루 … 숙박하기 위해서는 396달러 is the price of a
// day (b5), and a one day's total is told from it only by the meaning.
var spanWords = setOf("사이", "사이에", "새", "만에", "만", "내내", "이내", "이내에", "안에")

// spanAfter reports whether word i, a word of a period, is followed by a
// word that makes it a stretch of time (하루 사이 10만 원을 잃었다).
func (r *reading) spanAfter(i int) bool {
	return i+1 < len(r.words) && spanWords[r.words[i+1].raw]
}

// worthWords are the words of a period's worth before an amount (한 달
// 치, 1년치): a period's total paid or held, no amount per period.
var worthWords = setOf("치", "치의", "분", "분의")

// periodWorth reports whether amount a stands right after a period's
// worth (한 달 치 50만 원, 한달치 50만 원).
func (r *reading) periodWorth(a amount) bool {
	i := a.first - 1
	if i < 0 {
		return false
	}
	w := r.words[i].raw
	if worthWords[w] {
		return true
	}
	return strings.HasSuffix(w, "치") && (strings.HasPrefix(w, "한달") || strings.HasPrefix(w, "한해") || strings.HasPrefix(w, "1년") || strings.HasPrefix(w, "하루"))
}

// averagedPeriod returns the period that pre, glued before 평균, says
// (하루평균, 한달평균, 1일평균, 연간평균), or "".
func averagedPeriod(pre string) Per {
	if p := perWords[pre]; p != "" {
		return p
	}
	if p := onePeriod[pre]; p != "" {
		return p
	}
	return oneBeforeAverage[pre]
}
