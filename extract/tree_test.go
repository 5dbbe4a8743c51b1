package extract

import (
	"strings"
	"testing"
)

// collapseSpaceRef is collapseSpace written plainly, rune by rune: the
// reference the fast version must agree with on every input.
func collapseSpaceRef(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch r {
		case ' ', '\t', '\n', '\r', '\f', '\v', '\u00a0', '\u2002', '\u2003', '\u2009', '\u3000', '\u202f', '\u205f', '\u2007', '\u2008', '\u200a', '\u2028', '\u2029', '\u0085', '\u1680':
			space = true
			continue
		case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

var collapseTexts = append(utf8EdgeTexts[:len(utf8EdgeTexts):len(utf8EdgeTexts)],
	"   ",
	"  한 문장입니다.  ",
	"a\t\n b\r\n\fc\vd",
	"과학기술\u00a0정보\u3000통신부\u200b가\u2060 AI",
	"\u200b \u200bx",
	"x\u200b \u200b",
	"\ufeff머리",
	"\xed\xa0\x80 서로", // a surrogate: invalid in UTF-8
	"a \xff b",
	"\ufffd 대체 문자",
	"\x00\x01 제어 \x7f",
	"\u0085다음\u1680줄\u2028\u2029끝",
	"漢字とかな、まじり。 ꀀ 힣",
)

func TestCollapseSpace(t *testing.T) {
	for _, s := range collapseTexts {
		if got, want := collapseSpace(s), collapseSpaceRef(s); got != want {
			t.Errorf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzCollapseSpace(f *testing.F) {
	for _, s := range collapseTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := collapseSpace(s), collapseSpaceRef(s); got != want {
			t.Errorf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
	})
}

// utf8EdgeTexts are the texts every byte-level scanner's test holds to
// its plain reference: the edges of isHangul3's fast path, sequences cut
// short or invalid, and the empty text.
var utf8EdgeTexts = []string{
	"가각\uabff\uac00\ud77f\ud780\ud7a3\ud7a4\ud7b0\ud7ff 통 특 한 해 힣", // the edges of isHangul3
	"\xed\xa0\x80\xed\x9f", // a surrogate, then a lead byte cut short
	"",
	"\xeb\x80",       // a Hangul lead byte cut short
	"\xeb\x80\x41",   // followed by no continuation byte
	"\xec\xff\xbf 끝", // an invalid continuation
}
