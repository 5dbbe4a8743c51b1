package facts

import (
	"regexp"
	"strings"
)

// A particle of time glued after a bracket that glosses a time with its
// amount (올해 2월(7억2516만원)에는 7억원을 넘겼다) makes the time, bracket and
// all, an adverbial of the clause that follows: the clause's amounts take
// the time as the bracketed one does. Without such a particle the time
// stays the bracketed amount's alone (한달 전(10,886원)보다, 올해 1월(31억원)과
// 비교하면: a base), docs/meaning.md, "Twenty-second round: time
// (domtime22)".

// timeParticleRE matches a particle of time, alone or topicalised, that
// ends a time adverbial: 에, 에는, 엔, 에도, 에만.
var timeParticleRE = regexp.MustCompile(`^(?:에|에는|엔|에도|에만)(?:[ ,]|$)`)

// bracketAdverbial reports whether the bracket right after time t closes
// with a particle of time glued to it.
func (r *reading) bracketAdverbial(t timeSpan) bool {
	closing := strings.IndexByte(r.text[t.end:], ')')
	if closing < 0 {
		return false
	}
	return timeParticleRE.MatchString(r.text[t.end+closing+1:])
}
