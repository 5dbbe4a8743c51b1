package facts

import (
	"regexp"
	"strings"
	"unicode/utf8"
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
// 동안 is left out: 하루 동안 숙박하기 위해서는 396달러 is the price of a
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

// perRelative returns the period that opens a relative clause on the noun
// amount a measures, or on the amount itself (한 달에 버는 50만 원, 한 해
// 버는 돈은 5천만 원이다): one year or month with 에 or bare after 한,
// right before the adnominal verb; or "".
func (r *reading) perRelative(a amount, start int) Per {
	i := a.first - 1
	if i < start || i < 0 {
		return ""
	}
	if w := r.words[i]; w.noun && !w.time && !w.amt && measuredParts[w.part] && !relativeVerb(w) {
		i-- // 버는 돈은 5천만 원: the noun the amount measures
	}
	if i < start || i < 1 || !relativeVerb(r.words[i]) {
		return ""
	}
	i--
	w := r.words[i]
	if w.part == "에" && onePeriod[w.stem] != "" {
		return onePeriod[w.stem] // 1년에 버는, 한달에 쓰는
	}
	if w.part != "" && w.part != "에" || i < 1 || r.words[i-1].raw != "한" {
		return ""
	}
	if k := i - 2; k >= 0 && (r.words[k].time && r.words[k].part == "" && !r.words[k].comma || bareTimeOpeners[r.words[k].raw]) {
		return "" // 지난 한 해 번 돈은: that year's
	}
	switch w.stem {
	case "해":
		return PerYear
	case "달":
		return PerMonth
	}
	return ""
}

// relativeVerb reports whether w may be a verb modifying the noun after
// it: adnominal, or a short word in 는 or 던 that the splitter took for a
// noun with a topic's particle (버는 of 벌다, 쓰던).
func relativeVerb(w word) bool {
	if w.adn {
		return true
	}
	return !w.comma && utf8.RuneCountInString(w.raw) <= 3 && (strings.HasSuffix(w.raw, "는") || strings.HasSuffix(w.raw, "던"))
}

// oneNumbered are one year or month written with a number, which opens a
// noun an amount measures as 한 해 and 한 달 do (1년 예산 10억 달러).
var oneNumbered = map[string]Per{"1년": PerYear, "일년": PerYear, "1개월": PerMonth, "1달": PerMonth}

// notMeasured are the words after 1년 or 1개월 that make it a time or a
// stretch of time (1년 전, 1년 만에, 1년 이상), not the period of a noun.
var notMeasured = setOf("전", "후", "뒤", "만", "만에", "새", "간", "동안", "이상", "이내", "미만", "치", "분", "사이", "내내",
	"가량", "여", "반", "안", "째", "전에", "후에", "뒤에", "이상의", "만의",
	// 1년 만기 10억 달러, 1년짜리, 1년 연속: a term, not a year's amount.
	"만기", "물", "짜리", "연속", "임기", "기한", "시한", "유예", "거치", "약정", "단기")

// perOneNoun returns the period of 1년 or 1개월 opening the noun right
// before amount a that the amount measures (1년 예산 10억 달러, 1년
// 예산은 10억 달러다: per year), or "": not after a time or a word that
// makes it one stretch of time (지난 1년 매출은: that year's total).
func (r *reading) perOneNoun(a amount, start int) Per {
	i := a.first - 1
	if i-1 < start || i < 1 {
		return ""
	}
	n, p := r.words[i], r.words[i-1]
	if !n.noun || n.time || n.dur || n.amt || !measuredParts[n.part] || notMeasured[n.stem] || notMeasured[n.raw] || stopNouns[n.stem] || boundNouns[n.stem] || p.comma {
		return ""
	}
	per := oneNumbered[p.raw]
	if per == "" {
		return ""
	}
	if k := i - 2; k >= 0 && (r.words[k].time && r.words[k].part == "" && !r.words[k].comma || bareTimeOpeners[r.words[k].raw] || r.words[k].raw == "최근") {
		return ""
	}
	return per
}

// convertedPeriods are the periods an amount may be converted into per
// (연간으로 환산하면 10억 달러, 월로 환산하면), as it may into pay per a
// period (연봉으로 환산하면).
var convertedPeriods = map[string]Per{"연간": PerYear, "연": PerYear, "1년": PerYear, "한해": PerYear,
	"월간": PerMonth, "월": PerMonth, "1개월": PerMonth, "한달": PerMonth, "하루": PerDay, "1일": PerDay, "일": PerDay}

// phraseParts are the particles the last noun of a phrase opened by 연 or
// 월 may carry right before the amount it is measured by (월 사무실
// 임대료 … 등으로 1천 8백만 원씩, 연 이자 수익은 10억 원).
var phraseParts = setOf("", "은", "는", "이", "가", "으로", "로", "만", "도")

// perOfPhrase returns the period of a bare 연 or 월 opening the noun
// phrase right before amount a, when the phrase is longer than the one
// noun perBefore reads (월 사무실 임대료 , 인건비 광고비 등으로 1천 8백만
// 원씩: per month): every word between is a noun with no particle, a
// list's comma or 등 or 및, and only the last may carry a particle; not
// 월 after a number (6 월 사무실 임대료: a month named) nor 월 of a name
// (월 스트리트).
func (r *reading) perOfPhrase(a amount, start int) Per {
	for i := a.first - 1; i >= start && i >= a.first-7; i-- {
		w := r.words[i]
		if (w.raw == "연" || w.raw == "월") && i < a.first-2 {
			if i > 0 && (r.words[i-1].num || startsDigit(r.words[i-1].raw)) || i+1 < len(r.words) && r.words[i+1].raw == "스트리트" {
				return ""
			}
			return perWords[w.raw]
		}
		if w.raw == "" && w.comma || w.raw == "등" || w.raw == "및" {
			continue // the list's comma, 등, 및
		}
		if w.verb || w.time || w.amt || w.money || w.num || startsDigit(w.raw) || occasionRE.MatchString(w.raw) || !w.noun && w.stem != "등" {
			return "" // 월 1회 사무실 임대료로: a count of occasions
		}
		last := i == a.first-1
		if !last && w.part != "" || last && !phraseParts[w.part] {
			return ""
		}
	}
	return ""
}

// periodPrefixes are the words of a period that glue to a noun of money
// as a prefix (연매출, 월임대료, 일매출, 연간매출), longest first, and the
// period each says.
var periodPrefixes = []struct {
	prefix string
	per    Per
}{{"연간", PerYear}, {"월간", PerMonth}, {"일일", PerDay}, {"연", PerYear}, {"월", PerMonth}, {"일", PerDay}}

// periodHeads are the nouns of money a prefix of a period glues to,
// making a noun per that period (연매출, 월이용료). Only these: 연금,
// 연구비, 월드컵, 일반 begin as a prefix does and are none.
var periodHeads = setOf("매출", "매출액", "수입액", "수익", "이자", "임대료", "이용료", "사용료", "요금", "납입액", "납부액",
	"보험료", "관리비", "생활비", "판매액", "거래액", "수출액", "거래대금", "지출", "지출액", "생산액", "상환액", "순이익",
	"영업이익")

// gluedPeriodHead returns the period of noun n made of a period's prefix
// and a noun of money (연매출 → year, 월임대료 → month), or "".
func gluedPeriodHead(n string) Per {
	for _, p := range periodPrefixes {
		if rest, ok := strings.CutPrefix(n, p.prefix); ok && periodHeads[rest] {
			return p.per
		}
	}
	return ""
}

// perOfGluedHead returns the period of a noun of money with a period's
// prefix that amount a measures (연매출 5천억 원, 연매출은 5천억 원이다,
// 5천억 원의 연매출을): right before it, past a bare time (연매출은 지난해
// 5천억 원), or right after it with 의; or "".
func (r *reading) perOfGluedHead(a amount) Per {
	if a.tail == "의" && a.after < len(r.words) {
		if p := gluedPeriodHead(r.words[a.after].stem); p != "" {
			return p // 5천억 원의 연매출을
		}
	}
	i := a.before
	if i >= 0 && r.words[i].time && r.words[i].part == "" && !r.words[i].comma {
		i-- // 연매출은 지난해 5천억 원
	}
	if i < 0 || i < r.clauseStart(a.first) {
		return ""
	}
	w := r.words[i]
	if w.comma {
		return ""
	}
	if p := gluedPeriodHead(w.raw); p != "" {
		return p // 연이자, which the splitter reads as 연 with a particle 이자
	}
	if !payParts[w.part] {
		return ""
	}
	return gluedPeriodHead(w.stem)
}

// restatedIn are the words that restate the amount before in another
// currency (150만 달러, 우리 돈 20억 원; 한화 약 20억 원).
var restatedIn = setOf("돈", "돈으로", "한화", "한화로", "원화", "원화로", "우리돈", "우리돈으로")

// perRestated returns the per of the amount right before amount a, the
// j-th, when a restates it in another currency after 우리 돈 or 한화
// (연간 150만 달러, 우리 돈 20억 원: per year as the first), or "".
func (r *reading) perRestated(a amount, j int) Per {
	if j == 0 || j-1 >= len(r.got) {
		return ""
	}
	b := r.amts[j-1]
	i := a.before
	if i < 0 || i <= b.last || i > b.last+3 || !restatedIn[r.words[i].raw] {
		return ""
	}
	if w := r.words[i].raw; (w == "돈" || w == "돈으로") && (i == 0 || r.words[i-1].raw != "우리") {
		return ""
	}
	if unitWord(r.text[b.start:b.end]) == unitWord(r.text[a.start:a.end]) {
		return "" // the same currency: another amount
	}
	return r.got[j-1].per
}
