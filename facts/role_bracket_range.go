package facts

import (
	"strings"
	"unicode/utf8"
)

// bracketRange reports whether amount a is a range that a bracket after a
// noun gives with the measure it bounds (중소 가맹점(연 매출 5억~30억원)에,
// 소상공인(연 매출 3억 원∼10억 원)): the bracket says which of the noun's
// members are meant, those whose measure falls between the two ends, so
// the ends sort a class, other (6b's classes; D19-9). One member's measure
// is one amount, no range (삼성전자(매출 300조원)); a range glossing
// another amount (50억~70억호주달러(약 4조~6조원)) is that amount's.
func (r *reading) bracketRange(a amount) bool {
	s := r.text[a.start:a.end]
	if !strings.ContainsAny(s, "~∼～") || !strings.HasPrefix(r.text[a.end:], ")") && !strings.HasPrefix(strings.TrimLeft(r.text[a.end:], "원 "), ")") {
		return false
	}
	open := strings.LastIndexByte(r.text[:a.start], '(')
	if open <= 0 || strings.ContainsAny(r.text[open:a.start], ")~∼～0123456789") {
		return false
	}
	inside := strings.Fields(r.text[open+1 : a.start])
	if len(inside) == 0 || glossWords[inside[len(inside)-1]] || inside[len(inside)-1] == "약" {
		return false // (약 4조~6조원): a gloss
	}
	if glossedOwner(r.text[strings.LastIndexAny(r.text[:open], " (")+1 : open]) {
		return false // 누리전자(매출 5조~6조원): one firm's own measure, glossed
	}
	host, _ := utf8.DecodeLastRuneInString(r.text[:open])
	return host >= 0xAC00 && host <= 0xD7A3 && !strings.HasSuffix(r.text[:open], "원") && !strings.HasSuffix(r.text[:open], "달러")
}

// rangeClass reports whether amount a is a range right before a bare noun
// of a class (연 매출 5억~30억원 가맹점은, 3억~5억원 사이 기업): the two ends
// sort the noun's members as a bracket after it does (bracketRange) and
// as a bound does (1조 원 이상 기업), so the range is a class's, other.
func (r *reading) rangeClass(a amount) bool {
	if !strings.ContainsAny(r.text[a.start:a.end], "~∼～") || a.tail != "" || a.after >= len(r.words) {
		return false
	}
	h := a.after
	if r.words[h].raw == "사이" && h+1 < len(r.words) {
		h++ // 3억~5억원 사이 기업
	}
	n := r.words[h].stem
	return classNouns[n] || endsInClassNoun(n)
}
