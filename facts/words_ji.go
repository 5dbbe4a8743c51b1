package facts

import (
	"strings"
	"unicode/utf8"
)

// nounsInJi makes nouns again of the bare words ending in 지 that the
// verb test took for a verb's -지 (단지, 토지, 복지, 이차전지, 공장부지):
// the connective -지 of a verb stands before the auxiliary of negation
// (하지 않는다, 되지 못했다, 사지 마라), so a bare word in 지 with no such
// word after it is a Sino-Korean noun. The verb forms in 지 that stand
// alone stay verbs: the question -는지/-은지/-인지/-을지/-ㄹ지 (얼마인지,
// 오를지), the past and future -었지/-았지/-했지/-겠지, and 않지, 하지,
// 되지 themselves.
func nounsInJi(ws []word) {
	for k := 0; k+1 < len(ws); k++ {
		w := &ws[k]
		if !w.verb || w.part != "" || w.open || !strings.HasSuffix(w.raw, "지") || !allHangul(w.raw) || utf8.RuneCountInString(w.raw) < 2 {
			continue
		}
		if hasAnySuffix(w.raw, verbJiEnds) || finalRieul(w.raw) {
			continue
		}
		if hasAnyPrefix(ws[k+1].raw, negationAux) {
			continue
		}
		w.verb = false
		w.noun = isHangulWord(w.stem) && !determiners[w.raw] && !determiners[w.stem]
		w.time = timeWord(*w)
		w.actor = isActor(baseName(w.stem))
		w.name = w.noun && looksNamed(*w)
		if w.actor {
			w.named = namesAgent(w.stem)
			w.owner = w.named || commonActor(w.stem)
		}
		w.ends = closesClause(*w)
		w.adn = adnominal(*w)
	}
}

// verbJiEnds are the verb forms in 지 that stand without an auxiliary.
var verbJiEnds = []string{"는지", "은지", "인지", "을지", "었지", "았지", "했지", "겠지", "였지", "됐지", "않지", "하지", "되지", "시키지", "이지"}

// negationAux open the auxiliaries of negation after a verb's -지.
var negationAux = []string{"않", "못", "말", "마", "아니", "안"}

// finalRieul reports whether the syllable before the last 지 of s has ㄹ
// as its final consonant: 오를지, 할지, the question -ㄹ지.
func finalRieul(s string) bool {
	rest := strings.TrimSuffix(s, "지")
	r, _ := utf8.DecodeLastRuneInString(rest)
	if r < 0xAC00 || r > 0xD7A3 {
		return false
	}
	return (r-0xAC00)%28 == 8
}
