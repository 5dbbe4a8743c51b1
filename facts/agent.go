package facts

import (
	"strings"
)

// subjectParts are the particles that mark the subject or topic of a
// clause: 정부는, 기업이, 삼성전자가, 정부도, 한은에서는.
var subjectParts = setOf("은", "는", "이", "가", "께서", "도", "만", "에서는", "이나")

// agent finds who spends, pays, raises, earns, announces, receives or
// owns the amount a (docs/meaning.md "agent"), in this order: the owner
// of the amount or of the noun it measures (삼성전자의 영업이익 6조 원,
// 정부 예산 10조 원); the nearest subject before it that is an actor and
// not the subject of a clause that only modifies a noun (민간이 보유한);
// a subject after it (…라고 정부가 밝혔다); for a sentence that points
// back, the agent of the sentence before.
func (r *reading) agent(a amount) string {
	if a.before >= 0 {
		w := r.words[a.before]
		if w.part == "의" && w.actor {
			return r.agentPhrase(a.before)
		}
	}
	// The owner of the noun the amount measures: 정부 예산 10조 원,
	// 현대차의 지난해 순이익은, 네이버의 1분기 영업이익은.
	if m := r.measured(a); m >= 1 {
		for o := m - 1; o >= 0; o-- {
			w := r.words[o]
			if isTimeWord(w) {
				continue
			}
			if (w.part == "의" || w.part == "") && w.actor {
				return r.agentPhrase(o)
			}
			break
		}
	}
	// A part of an amount before it: 정부 예산 10조 원 가운데 3조 원.
	if a.before >= 1 && (r.words[a.before].raw == "가운데" || r.words[a.before].raw == "중") && r.lastAgent != "" && r.lastEnd == a.before-1 {
		return r.lastAgent
	}
	for i := a.before; i >= 0 && i >= a.first-reach; i-- {
		if r.isSubject(i) {
			return r.agentPhrase(i)
		}
	}
	// A speaker after it: …을 투입한다고 정부가 밝혔다.
	for i := a.after; i < len(r.words) && i <= a.last+reach; i++ {
		if r.isSubject(i) && r.speaks(i) {
			return r.agentPhrase(i)
		}
	}
	if r.back {
		return firstAgent(r.prevSplit())
	}
	return ""
}

// speaks reports whether the subject at word i is followed, in the next
// few words, by a verb of saying or announcing.
func (r *reading) speaks(i int) bool {
	for j := i + 1; j < len(r.words) && j <= i+4; j++ {
		if speechRE.MatchString(r.words[j].raw) {
			return true
		}
	}
	return false
}

// isSubject reports whether word i is an actor marked as the subject or
// topic of a clause that is not a modifier of a noun.
func (r *reading) isSubject(i int) bool {
	return isSubjectOf(r.words, i)
}

// isSubjectOf is isSubject over a list of words.
func isSubjectOf(ws []word, i int) bool {
	w := ws[i]
	if !subjectParts[w.part] || !w.actor {
		return false
	}
	// 측은: the side of someone: 삼성전자 측은.
	if i+1 < len(ws) && isAdnominal(ws[i+1]) {
		return false // 민간이 보유한 GPU: the subject of a modifier
	}
	return true
}

// firstAgent returns the first actor that is a subject in the words ws.
func firstAgent(ws []word) string {
	r := &reading{words: ws}
	for i := range ws {
		if isSubjectOf(ws, i) {
			return r.agentPhrase(i)
		}
	}
	return ""
}

// isAdnominal reports whether w is a verb that modifies the noun after it:
// 보유한, 배정된, 발표할, 있는.
func isAdnominal(w word) bool {
	if !isVerbish(w) || w.comma {
		return false
	}
	for _, e := range []string{"한", "된", "할", "될", "던", "는", "은", "인", "운", "른", "린", "든", "난", "진", "간", "낸", "준", "쓴", "받은", "들인"} {
		if strings.HasSuffix(w.raw, e) {
			return true
		}
	}
	return false
}

// agentPhrase returns the agent that word i names, as written: its noun,
// with the name and organisation before a title (유상임 과기정통부 장관),
// or the words before a common noun that narrow it (개인 투자자).
func (r *reading) agentPhrase(i int) string {
	w := r.words[i]
	stem := strings.TrimSuffix(w.stem, " 측")
	if orgNames[stem] {
		return stem
	}
	parts := []string{stem}
	limit := 0
	switch {
	case personTitles[stem]:
		limit = 2 // 유상임 과기정통부 장관
	case actorNouns[stem] || actorNouns[strings.TrimSuffix(stem, "들")]:
		limit = 1 // 개인 투자자, 국내 기업들
	}
	for j := i - 1; j >= 0 && i-j <= limit; j-- {
		p := r.words[j]
		if p.part != "" || p.comma || !isNouny(p) || isTimeWord(p) || determiners[p.raw] || isPreQualifier(p.raw) {
			break
		}
		parts = append([]string{p.raw}, parts...)
	}
	return strings.Join(parts, " ")
}
