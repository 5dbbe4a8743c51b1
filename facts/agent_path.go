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
