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
	host, _ := utf8.DecodeLastRuneInString(r.text[:open])
	return host >= 0xAC00 && host <= 0xD7A3 && !strings.HasSuffix(r.text[:open], "원") && !strings.HasSuffix(r.text[:open], "달러")
}
