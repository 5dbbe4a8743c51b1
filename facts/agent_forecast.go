package facts

import "strings"

// forecastParticiples are the stems of the verbs of forecasting and
// estimating whose passive participle (전망된, 예상된, 추정된) may modify an
// amount.
var forecastParticiples = []string{"전망", "예상", "추정", "추산", "예측", "관측"}

// forecastFigure reports whether amount a is modified by the passive
// participle of a verb of forecasting right before it (당초 전망된 180억
// 달러보다, 예상된 3조원을 넘어): a figure someone foresaw, named as
// such, whose forecaster the sentence does not name — no agent (S4, as a
// sentence that ends in 추정됐다). The subject of the clause around it
// (호주 정부가 밝힌 사업규모는 … 전망된 …보다 줄었다) states another figure.
// The passive 된 is the form: an active 전망한 has its forecaster as
// subject, left to the old rules.
func (r *reading) forecastFigure(a amount) bool {
	b := a.first - 1
	if b < 0 {
		return false
	}
	w := r.words[b]
	if w.comma || !strings.HasSuffix(w.raw, "된") {
		return false
	}
	stem := strings.TrimSuffix(w.raw, "된")
	for _, f := range forecastParticiples {
		if stem == f {
			return true
		}
	}
	return false
}
