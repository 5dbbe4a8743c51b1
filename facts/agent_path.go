package facts

// took records path, the name of the rule of agent that chose the agent
// (or chose none), and returns agent. The name is never output: it is how
// agent_path_test.go counts, over the annotated sets, how often each
// rule is right (docs/meaning.md "Fourteenth round: agent").
func (r *reading) took(path, agent string) string {
	r.path = path
	return agent
}

// ownSubject reports whether the clause of amount a has its subject
// already: the amount itself with 이/가 (현금 500만 원이 사라져), or the
// noun m it measures, before it, with 이/가 (상금이 약 7억 달러에 달하는).
// A subject after the amount then belongs to another clause (경찰이, 미국
// 복권의 당첨자가), for a clause has one subject (docs/meaning.md
// "Fourteenth round: agent").
func (r *reading) ownSubject(a amount, m int) bool {
	if a.tail == "이" || a.tail == "가" {
		return true
	}
	return m >= 0 && m < a.first && (r.words[m].part == "이" || r.words[m].part == "가")
}

// sourceHolds reports whether the source at word s (X에 따르면) may be
// the agent of amount a (E1): when it is named as the owner of what is
// cited (LG전자의 비행 계획에 따르면: its own account), or when a may be a
// market's price or rate, which the source that surveyed it holds — the
// noun a measures is a price or a rate, or the sentence names a price or a
// unit before a (‘아시아프레스’에 따르면 … kg당 쌀이 5천원대), or a
// measures no noun written. An account of others' money, a noun a
// measures that is no price in a sentence that names none (통일부에
// 따르면 … 탈북자들에게 지원된 정착금은 모두 2천3백88억원), is not the
// source's.
func (r *reading) sourceHolds(s int, a amount) bool {
	if r.words[s].part == "의" {
		return true
	}
	m, _ := r.measuredSpan(a)
	if m < 0 {
		return true
	}
	for k := 0; k < a.first && k < len(r.words); k++ {
		if st := r.words[k].stem; hasAnySuffix(st, priceEnds) || isRateNoun(st) || r.nounRate(k) || rateWord(r.words[k].raw) {
			return true
		}
	}
	return false
}

// measureOfForecast reports whether word i, before amount a, is a measure
// that the sentence forecasts: a topic or a subject (…은/는/이/가) that
// names a measure, or the noun a measures (총 계약액은 80억∼90억달러가 될
// 전망이다; 발굴된 금의 가격이 3억달러 이상 될 것으로 예상했다), in a
// sentence that ends with a verb of forecasting. Whoever forecasts
// another's measure owns none of it (tenth round; E1).
func (r *reading) measureOfForecast(i int, a amount) bool {
	w := r.words[i]
	if w.part != "은" && w.part != "는" && w.part != "이" && w.part != "가" || w.actor || !r.forecastLast() {
		return false
	}
	if r.measures(i) {
		return true
	}
	m, _ := r.measuredSpan(a)
	return i == m
}
