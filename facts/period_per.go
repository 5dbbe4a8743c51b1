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
}

// per tells whether amount a, the j-th of its sentence, whose purpose is
// purpose, is given per year, month or day: a word of a period before it
// (연 20억 원, 매년, 하루 평균), with no other amount or 총 between; a noun
// of pay per period it measures (월급, 연봉); the period of its list or
// of the value before it of the same quantity. 연간 after a named year
// (2024년 연간 교역액) is that year's total, not per year.
func (r *reading) per(a amount, j int, purpose string) Per {
	total := hasQual(a, "총")
	for _, q := range a.quals {
		if p := perWords[q]; p != "" {
			return p
		}
	}
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
		p := perWords[w.stem]
		if p == "" && w.raw == "평균" && i > 0 && r.words[i-1].raw == "일" {
			p = PerDay // 일 평균
		}
		if p == "" && w.raw == "해" && i == a.first-1 && i > 0 && r.words[i-1].raw == "한" && (i < 2 || !r.words[i-2].time || r.words[i-2].part != "") {
			p = PerYear // 한 해 10조 원; not 2024년 한 해, a year's total
		}
		if p == "" {
			continue
		}
		if (w.stem == "연" || w.stem == "월") && i < a.first-2 {
			continue
		}
		if (w.stem == "연간" || w.stem == "월간") && i > 0 && r.words[i-1].time {
			return "" // 2024년 연간 교역액: one year's total
		}
		return p
	}
	if f := strings.Fields(purpose); len(f) > 0 {
		if p := perNouns[f[len(f)-1]]; p != "" {
			return p
		}
		if len(f) > 1 && f[0] == "월" {
			if p := perNouns["월 "+f[1]]; p != "" {
				return p
			}
		}
		for k, w := range f[:len(f)-1] {
			if (w == "월" || w == "월간" || w == "연" || w == "연간") && !total && !(k > 0 && strings.HasSuffix(f[k-1], "년")) && !((w == "연" || w == "연간") && r.namesYear(start, a.first)) {
				return perWords[w] // 대중국 월 가발 수출액, 연간 예산
			}
		}
	}
	if j > 0 && !total {
		// 월 최대 3만3천원에서 7천700원: the two ends of one span.
		if p := r.amts[j-1]; p.gloss < 0 && p.tail == "에서" && p.after == a.first && r.got[j-1].per != "" {
			return r.got[j-1].per
		}
	}
	if a.kin >= 0 && !a.list && !total && r.got[a.kin].role != RoleOther {
		return r.got[a.kin].per // 월 2,500원인 TV 수신료를 4,000원으로; not 월 … 8만원 이상이면 3만원
	}
	return ""
}

// namesYear reports whether words [from, to) name a year (2019년 사상 최대의
// 연 누적 적자): the 연 of a noun after it is that year's, no rate.
func (r *reading) namesYear(from, to int) bool {
	for i := max(from, 0); i < to && i < len(r.words); i++ {
		if r.words[i].year {
			return true
		}
	}
	return false
}
