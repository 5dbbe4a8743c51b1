package facts

import "strings"

// bandInBracket reports whether amount a is a range (5억~30억원) that
// closes a bracket glued to a noun of a class and opened by the measure it
// bounds: 중소 가맹점(연 매출 5억~30억원). The bracket states the band that
// sorts the class, as boundInBracket's 기업집단(자산총액 10조원 이상) does with
// one bound: nobody's (6b, D19-9). A name before the bracket (a firm, a
// body: 누리전자(매출 5조~6조원)) glosses that one's own measure and is left
// to the other rules; the class is told by its count or plural (46만여 중소
// 가맹점, 협력업체들), for a name no dictionary knows is one thing.
func (r *reading) bandInBracket(a amount) bool {
	span := r.text[a.start:a.end]
	if !strings.ContainsAny(span, "~∼") {
		return false
	}
	if !strings.HasPrefix(strings.TrimLeft(r.text[a.end:], " "), ")") {
		return false
	}
	o := strings.LastIndex(r.text[:a.start], "(")
	if o <= 0 || strings.Contains(r.text[o:a.start], ")") {
		return false
	}
	inside := strings.Fields(r.text[o+1 : a.start])
	measure := false
	for _, f := range inside {
		if bodyNoun(f) || tradeNoun(f) {
			measure = true
		}
	}
	if !measure {
		return false
	}
	// the word the bracket is glued to
	k := -1
	for i, w := range r.words {
		if w.start <= o && o <= w.end+1 {
			k = i
		}
	}
	if k < 0 {
		return false
	}
	w := r.words[k]
	if w.named || w.name || isActor(w.stem) || isPerson(w.stem) || !w.noun {
		return false
	}
	// A class is counted or plural (46만여 중소 가맹점, 업체들): a name is one.
	if strings.HasSuffix(w.stem, "들") {
		return true
	}
	for i := k - 1; i >= 0 && i >= k-3; i-- {
		if p := r.words[i]; startsDigit(p.raw) && !p.money {
			return true
		}
		if p := r.words[i]; p.part != "" || p.comma || p.verb {
			break
		}
	}
	return false
}
