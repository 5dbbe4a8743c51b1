package facts

// Adjectives of identity and difference (같은 평형, 다른 단지, 동일한 면적)
// modify a noun without telling a deed or a state that a time could
// date: a time before them (10일에는 같은 평형이 5억원에 계약됐다) is the
// clause's, not a relative clause's (docs/meaning.md, "Twenty-second
// round: time (domtime22)"). They are a closed class of Korean adnominals
// that point to another noun for what they say.
var identityAdnominals = setOf("같은", "다른", "동일한", "똑같은", "비슷한", "유사한")

// identityAdnominal reports whether adnominal word w only says that its
// noun is the same as, or other than, another.
func identityAdnominal(w word) bool { return identityAdnominals[w.raw] }
