package facts

import (
	"strings"
)

// This file tells an amount per year, month or day (연 20억 원, 월 50만
// 원, 매년).

// perWords are the words that make an amount one per year, month or day.
// 연 and 월 count only right before the amount (최대 연 20억 원); the
// others anywhere before it in its clause (매년 정부가 1조 원을).
var perWords = map[string]Per{
	"연": PerYear, "연간": PerYear, "매년": PerYear, "해마다": PerYear, "연평균": PerYear, "매해": PerYear,
	"월": PerMonth, "매달": PerMonth, "매월": PerMonth, "월평균": PerMonth, "다달이": PerMonth, "월간": PerMonth,
	"하루": PerDay, "매일": PerDay, "일평균": PerDay, "일당": PerDay, "날마다": PerDay, "일일": PerDay,
	"월별": PerMonth, "달마다": PerMonth, "월마다": PerMonth, "연도별": PerYear, "연별": PerYear, "일별": PerDay,
}

// everyYear are the words of a period that say every year, not a year's
// total: an amount they give per year stays so in a year named (2019년부터
// 매년 1억 원).
var everyYear = setOf("매년", "해마다", "매해", "연평균")

// perWritten returns the period amount a, the j-th of its sentence, is
// given per by the words before it in its clause (연 20억 원, 매년, 하루
// 평균, 한 해), and whether those words decide it: 연간 after a named year
// (2024년 연간 교역액) decides that it is per none.
func (r *reading) perWritten(a amount, j int) (Per, bool) {
	for _, q := range a.quals {
		if q == "하루" && r.thatDay(a) {
			continue // 이날 하루 10만 원: that day's (per_class.go)
		}
		if p := perWords[q]; p != "" {
			return p, true
		}
	}
	return r.perBefore(a, j, false)
}

// perBefore is perWritten without the qualifiers of the amount; with own,
// without the words of a period that stand among them either (최대 연 20억
// 원): what is left are the words that frame its clause (매년, 한 해),
// which the other amounts of its list share.
func (r *reading) perBefore(a amount, j int, own bool) (Per, bool) {
	total := hasQual(a, "총")
	start := r.clauseStart(a.first)
	if j > 0 {
		if p := r.amts[j-1]; p.gloss < 0 && p.last >= start && p.last < a.first && a.gloss < 0 && !a.list {
			start = p.last + 1 // 월평균 10만288원으로 처분가능소득(84만7천39원): not per month
		}
	}
	for i := a.first - 1; i >= start && !total; i-- {
		w := r.words[i]
		if w.amt && i < a.first-1 || w.raw == "총" {
			break // 연간 1억달러, 총 8000억달러: the total is no rate
		}
		if r.words[i+1].quoteOpen {
			break // 매일 아침 … ' 10억 원을 벌고 말겠다 . ' 고: the quotation's amount, not the saying's
		}
		if r.otherPredicate(i, a) {
			break // 입국이 해마다 크게 늘어 지난 1998년 10억8천만원이었던: 해마다 is 늘어's
		}
		if own && i > a.before {
			continue // 최대 연 20억 원, 2천억~3천억 원: 연 is the first one's
		}
		stem := perStem(w) // 가맹점(연 매출: 연 opens the bracket (per_bracket.go)
		p := perWords[stem]
		if p == "" && (i == a.first-1 || i == a.before) {
			p = r.perGlued(i) // 하루당, 한 달당, 일 년에 (per_class.go)
		}
		if p == "" {
			p = r.perEvery(i) // 1년마다, 매 달, 1일 평균 (per_class.go)
		}
		if p != "" && r.spanAfter(i) {
			continue // 하루 사이, 한 달 새: a stretch of time (per_class.go)
		}
		if i == a.first-1 && r.perDayAt(i) {
			p = PerDay // 1일 90불 정도의 요금
		}
		if w.stem == "하루" && i+1 < len(r.words) && strings.HasPrefix(r.words[i+1].raw, "만에") {
			continue // 기소 발표 후 하루 만에 400만 달러: within a day, no day's rate
		}
		if w.stem == "하루" && i > 0 && r.words[i-1].time && r.words[i-1].part == "" && !(i+1 < len(r.words) && r.words[i+1].stem == "평균") {
			continue // 이날 하루 알리바바의 매출은: that one day, no day's rate; but 지난해 하루 평균, an average per day
		}
		if p == "" && w.raw == "평균" && i > 0 && r.words[i-1].raw == "일" {
			p = PerDay // 일 평균
		}
		if p == "" {
			continue
		}
		if (stem == "연" || stem == "월") && i < a.first-2 {
			continue
		}
		if (stem == "연" || stem == "월") && (stem == w.stem && w.part != "" || i > 0 && r.words[i-1].num && stem == w.stem) {
			continue // 6 월에 100만원의 자금이: a month named, with its particle, no per
		}
		if (stem == "연간" || stem == "월간") && (i > 0 && r.words[i-1].time || r.bracketYear(a)) {
			return "", true // 2024년 연간 교역액, 연간 수출액 500억달러(1988년): one year's total
		}
		if r.occasionsBetween(i, a.first) {
			return "", true // 연 3회 5천만 원: per occasion, the period how often
		}
		return p, true
	}
	if p := r.perOfYear(a, start); p != "" && !total && !r.periodWorth(a) {
		return p, true // 10년 후에는 한 해 10조 원; not 한 달 치 (per_class.go)
	}
	if p := r.perRelative(a, start); p != "" && !total {
		return p, true // 한 달에 버는 50만 원 (per_noun.go)
	}
	if p := r.perOneNoun(a, start); p != "" && !total {
		return p, true // 1년 예산 10억 달러 (per_noun.go)
	}
	if p := r.perOfPhrase(a, start); p != "" && !total {
		return p, true // 월 사무실 임대료 , 인건비 광고비 등으로 1천 8백만 원씩 (per_noun.go)
	}
	return "", false
}

// per tells whether amount a, the j-th of its sentence, whose purpose is
// purpose and role role, is given per year, month or day: a word of a period before it
// (연 20억 원, 매년, 하루 평균), with no other amount or 총 between; a noun
// of pay per period it measures (월급, 연봉); the period of its list or
// of the value before it of the same quantity. 연간 after a named year
// (2024년 연간 교역액) is that year's total, not per year.
func (r *reading) per(a amount, j int, purpose string, role Role) Per {
	total := hasQual(a, "총")
	if p, ok := r.perWritten(a, j); ok {
		return p
	}
	if p := r.perAfter(a); p != "" {
		return p // 5천만 원을 매년 기부한다 (per_after.go)
	}
	if a.tail == "" && a.after < len(r.words) && a.after > a.last && !r.words[a.after-1].comma { // not 계약금 3억원, 연봉 …
		if p := perNouns[r.words[a.after].stem]; p != "" {
			return p // 노역장 유치 8억원 일당 금지법, 1억 원 연봉: the pay the amount is
		}
	}
	if p := r.perOfPay(a); p != "" && !total {
		return p // 연봉 5천500만원 초과 구간, 평균연봉은 5천892만원: the pay it measures
	}
	if p := r.perOfGluedHead(a); p != "" && !total {
		return p // 연매출 5천억 원, 월임대료 50만 원 (per_noun.go)
	}
	start := r.clauseStart(a.first)
	if p := r.perOfNoun(a, start); p != "" && !total {
		return p // 한 해 수출액은 500억 달러, 월급으로 300만 원
	}
	if p := r.perOfPredicate(a); p != "" && !total {
		return p // 325 달러는 … 근로자의 월 평균 임금이다
	}
	if p := r.perOfResult(a, start); p != "" {
		return p // 자신의 연봉을 … 7만 달러로 끌어내리기로
	}
	if f := strings.Fields(purpose); len(f) > 0 && r.purposeHere(a, j, purpose) {
		if p := perNouns[f[len(f)-1]]; p != "" {
			return p
		}
		if len(f) > 1 && f[0] == "월" {
			if p := perNouns["월 "+f[1]]; p != "" {
				return p
			}
		}
		for k, w := range f[:len(f)-1] {
			if (w == "월" || w == "월간" || w == "연" || w == "연간") && !total && !(k > 0 && strings.HasSuffix(f[k-1], "년")) && !occasionRE.MatchString(f[k+1]) {
				return perWords[w] // 대중국 월 가발 수출액, 연간 예산
			}
		}
	}
	if a.kin >= 0 && !a.list && !total {
		return r.got[a.kin].per // 월 2,500원인 TV 수신료를 4,000원으로
	}
	if r.convertedFrom(a, j) {
		return r.got[j-1].per // 월 평균임금은 80달러로 6만 원 수준: the same wage in won
	}
	if p := r.perRestated(a, j); p != "" {
		return p // 연간 150만 달러, 우리 돈 20억 원 (per_noun.go)
	}
	if j > 0 && a.gloss < 0 && !total {
		if b := r.amts[j-1]; b.tail == "에서" && (b.last+1 == a.first || b.last+2 == a.first && r.words[b.last+1].time && r.words[b.last+1].part == "") {
			if p, ok := r.perWritten(b, j-1); ok {
				return p // 월 최대 3만3천원에서 7천700원의, 하루 500원에서 올해 1천원으로: both ends per day
			}
			if j-1 < len(r.got) && r.got[j-1].per != "" && perNouns[r.words[max(b.first-1, 0)].stem] != "" {
				return r.got[j-1].per // 연봉 3천만 원에서 4천만 원으로: both ends the pay per year
			}
		}
	}
	if a.kin >= 0 && a.list && !total && a.gloss < 0 {
		if p, ok := r.perBefore(r.amts[a.kin], a.kin, true); ok {
			return p // 한 해 10조 원, 20년 후에는 17조 원
		}
	}
	if p := r.perFrame(a); p != "" {
		return p // 매년 … 접수되고 금액으로는 평균 6억 9천716만원이
	}
	return r.perOver(a, j, role) // 연간 5천 달러에서 4만 달러 수준으로 내려가고 … 캐디들은 20만 달러까지 (T14)
}

// perOfYear returns the period of 한 해 or 한 달 written right
// before amount a (10년 후에는 한 해 10조 원): per year or month, unless a
// time stands bare before it (2024년 한 해, 지난 한 해, 7월 한 달간), when
// it is a duration of that time.
func (r *reading) perOfYear(a amount, start int) Per {
	i := a.before
	if k := i; k >= start && k >= 0 {
		if w := r.words[k]; w.part == "" && !w.time && !w.amt && (strings.HasSuffix(w.raw, "히") || strings.HasSuffix(w.raw, "게")) && k > start {
			k-- // 1년에 열심히 몇백 달러: past an adverb
		}
		if w := r.words[k]; w.part == "에" && onePeriod[w.stem] != "" {
			return onePeriod[w.stem] // 1년에 몇백 달러, 1개월에
		}
	}
	if i >= 0 && i-2 >= start && i == a.first-1 && r.words[i].noun && !r.words[i].time && !r.words[i].dur && r.words[i].part == "" &&
		!stopNouns[r.words[i].stem] && !boundNouns[r.words[i].stem] && // 한 달 동안, 한 달 새: a duration, a span
		r.words[i-2].raw == "한" && (r.words[i-1].raw == "달" || r.words[i-1].raw == "해") {
		i-- // 한 달 행사료 5000만 원: the period opens the noun the amount measures
	}
	if w := r.words[max(i, 0)]; i >= start && i >= 0 && i == a.first-1 && startsDigit(r.words[a.first].raw) && w.part == "" && (w.raw == "한달" || w.raw == "한해") && !(i > 0 && bareTimeOpeners[r.words[i-1].raw]) {
		return onePeriod[w.raw] // 한달 150만원 정도의 수입: 한 달 glued
	}
	if p := r.gluedPeriodNoun(a, start); p != "" {
		return p // 한달 레슨비만 250만원
	}
	if i-1 < start || i < 0 || r.words[i-1].raw != "한" {
		return ""
	}
	var p Per
	if w := r.words[i]; w.part != "" && w.part != "에" {
		return ""
	}
	switch r.words[i].stem {
	case "해":
		p = PerYear // 한 해, 한 해에
	case "달":
		p = PerMonth // 한 달, 한 달에 50만 원
	default:
		return ""
	}
	if k := i - 2; k >= 0 && (r.words[k].time && r.words[k].part == "" && !r.words[k].comma || bareTimeOpeners[r.words[k].raw]) {
		return ""
	}
	return p
}

// onePeriod are one year or one month written glued, as a price is given
// per them with 에 (1년에 몇백 달러).
var onePeriod = map[string]Per{"1년": PerYear, "한해": PerYear, "1개월": PerMonth, "한달": PerMonth, "1달": PerMonth}

// bareTimeOpeners are the words that make 한 해 or 한 달 a time (지난 한
// 해, 올 한 해), not a period an amount is per.
var bareTimeOpeners = setOf("지난", "올", "이번", "그", "이")

// perOfResult returns the period of a noun of pay per period (연봉, 월급)
// that is the object of amount a's clause when a is what it becomes
// (자신의 연봉을 … 7만 달러로 끌어내리기로, 월급을 300만 원으로 올린다).
func (r *reading) perOfResult(a amount, start int) Per {
	if a.tail != "로" && a.tail != "으로" && !strings.HasPrefix(a.tail, "으로") && !strings.HasPrefix(a.tail, "로") {
		return ""
	}
	for i := a.first - 1; i >= start; i-- {
		w := r.words[i]
		if w.amt || w.money {
			return ""
		}
		if w.part == "을" || w.part == "를" {
			return perNouns[w.stem]
		}
	}
	return ""
}

// bracketYear reports whether a time stands in brackets right after
// amount a: 500억달러(1988년).
func (r *reading) bracketYear(a amount) bool {
	_, ok := r.bracketTime(a)
	return ok
}

// yearTotal reports whether amount a, whose period is period and whose
// purpose is purpose, is the total of that one year (2024년 연간 교역액,
// 2019년 … 연 누적 적자인 23억 달러), not an amount per year: its period
// is a year, no word before it in its clause says every year (매년,
// 해마다), and it is no pay per year (2024년 연봉 5천만 원).
func (r *reading) yearTotal(a amount, period, purpose string) bool {
	if len(period) != 4 {
		return false
	}
	if f := strings.Fields(purpose); len(f) > 0 && perNouns[f[len(f)-1]] != "" {
		return false
	}
	for i := a.first - 1; i >= r.clauseStart(a.first); i-- {
		if everyYear[r.words[i].stem] {
			return false
		}
	}
	for _, q := range a.quals {
		if everyYear[q] {
			return false
		}
	}
	return true
}

// everyMonth are the words of a period that say every month, not a
// month's total, as everyYear are for a year.
var everyMonth = setOf("매달", "매월", "다달이", "달마다", "월마다", "월평균")

// monthTotal reports whether amount a, whose period is period and whose
// purpose is purpose, is the total of that one month (지난달 월매출 5억
// 원), not an amount per month, as yearTotal tells a year's (연매출은
// 지난해 5천억 원): the month's prefix is glued to the noun of money it
// measures (per16, rule 8), its period is one month, no word before it
// in its clause says every month, and it is no pay per month (3월 월급 300만
// 원). A bare 월 keeps its per in a month named (5월에도 월 무역 총액 1억
// 달러: a monthly level).
func (r *reading) monthTotal(a amount, period, purpose string) bool {
	if !monthPeriod(period) || r.perOfGluedHead(a) != PerMonth {
		return false
	}
	if f := strings.Fields(purpose); len(f) > 0 && perNouns[f[len(f)-1]] != "" {
		return false
	}
	for i := a.first - 1; i >= r.clauseStart(a.first); i-- {
		if everyMonth[r.words[i].stem] || r.words[i].stem == "평균" {
			return false
		}
	}
	for _, q := range a.quals {
		if everyMonth[q] || q == "평균" {
			return false
		}
	}
	return true
}

// purposeHere reports whether purpose, read for amount a, the j-th of its
// sentence, is written after the amount before a: a purpose taken from
// before another amount (월 누적 이용금액이 … 이상이면 3만원 환급해주고)
// says nothing of a's period.
func (r *reading) purposeHere(a amount, j int, purpose string) bool {
	if j == 0 || a.list || a.kin >= 0 {
		return true
	}
	return strings.Contains(r.text[r.amts[j-1].end:], purpose)
}
