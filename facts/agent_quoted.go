package facts

import "strings"

// complementEnds end a clause that a verb of saying reports: 지원한다고,
// 액수는 1조389억원"이라고, 양이라며.
var complementEnds = []string{"다고", "라고", "다며", "라며"}

// quotedActor returns the actor that is the subject of the reported clause
// holding amount a, when agent p is only the one who says that clause, or
// -1 (E1): 강경화 장관도 … 두 나라가 "합의한 액수는 … 1조389억원"이라고
// 말했습니다; 플루거 의원은 … "… 이 60억 달러는 이란이 하마스에 지불하는
// 돈을 …"이라고 주장했습니다. The sayer stays when the clause has no actor
// for its subject (정부는 10억 달러를 지원하겠다고 밝혔다; 중국은 … 무역
// 흑자가 … 465억 달러로 증가했다고 발표했습니다: the surplus is China's).
func (r *reading) quotedActor(a amount, p string) int {
	c := r.complementEnd(a)
	if c < 0 {
		return -1
	}
	s := r.sayer(a, p)
	if s < 0 {
		return -1
	}
	for k := s + 1; k <= c; k++ {
		if k >= a.first && k <= a.last {
			continue
		}
		w := r.words[k]
		if !clauseSubjectParts[w.part] || !(w.actor || w.named) || w.time || w.money || w.amt || pronouns[w.stem] || k > a.last && topicParts[w.part] {
			continue
		}
		if r.agentPhrase(k) == p || r.clauseEndBetween(min(k, a.last), max(k, a.first)) || r.clauseEndBetween(a.last, c) {
			continue
		}
		if k < a.first && r.adnominalBetween(k, a.first) && c != a.last {
			continue // 북한이 … 벌어들인 불법 수익 150만 달러를 … 압류했다고: the clause on the noun is not the amount's
		}
		return k
	}
	return -1
}

// adnominalBetween reports whether a verb that modifies a noun stands
// between words from and to.
func (r *reading) adnominalBetween(from, to int) bool {
	for i := from + 1; i < to; i++ {
		if r.words[i].adn {
			return true
		}
	}
	return false
}

// clauseEndBetween reports whether a clause ends between the subject at
// words from and to (to excluded): a verb that modifies no noun, a comma,
// a noun of condition or time.
func (r *reading) clauseEndBetween(from, to int) bool {
	for i := from; i < to; i++ {
		if w := r.words[i]; (w.verb && !w.adn) || w.comma || conditionNouns[w.raw] {
			return true
		}
	}
	return false
}

// conditionNouns end a clause of condition or time (… 거부할 경우, 나설 때).
var conditionNouns = setOf("경우", "경우에는", "때", "때는", "때에는", "가운데", "동안")

// clauseSubjectParts mark the subject of a reported clause: 규모가, 정부는.
var clauseSubjectParts = setOf("이", "가", "은", "는", "께서")

// complementEnd returns the word that ends the reported clause holding
// amount a, a verb of saying within three words after it, or -1.
func (r *reading) complementEnd(a amount) int {
	for c := a.last; c < len(r.words); c++ {
		if !hasAnySuffix(r.words[c].raw, complementEnds) {
			continue
		}
		for v := c + 1; v < len(r.words) && v <= c+3; v++ {
			if isSpeechWord(r.words[v].raw) {
				return c
			}
		}
		return -1
	}
	return -1
}

// sayer returns the last subject or topic before amount a whose phrase is
// agent p, or -1.
func (r *reading) sayer(a amount, p string) int {
	s := -1
	for i := 0; i < a.first; i++ {
		if w := r.words[i]; w.subj && strings.TrimSpace(asideRE.ReplaceAllString(r.agentPhrase(i), "")) == p {
			s = i
		}
	}
	return s
}
