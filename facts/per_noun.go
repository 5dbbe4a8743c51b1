package facts

import (
	"strings"
	"unicode/utf8"
)

// This file reads the period that opens the noun an amount measures or a
// clause on it, members of the closed class of per (docs/meaning.md,
// "Seventeenth round: the closed class of per"): a relative clause (한
// 달에 버는 50만 원), 1년 before a noun (1년 예산 10억 달러), 연 or 월
// before a longer phrase (월 사무실 임대료 , 인건비 광고비 등으로), a
// period's prefix glued to a noun of money (연매출, 월임대료), a period an
// amount is converted into (연간으로 환산하면), and an amount restated in
// another currency (우리 돈 20억 원).

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
// stretch of time (1년 전, 1년 만에, 1년 이상, 1년 내: within), not the period
// of a noun.
var notMeasured = setOf("전", "후", "뒤", "만", "만에", "새", "간", "동안", "이상", "이내", "내", "내에", "미만", "치", "분", "사이", "내내",
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
