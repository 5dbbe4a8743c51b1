package facts

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file cuts from an agent phrase the text a crawl glued before the
// name (docs/meaning.md D18-10): a headline, a byline or a photo credit
// with no full stop between it and the sentence. Such text ends in a mark
// that no name holds glued to the word after it: a closing square bracket
// (`[ 오정민 기자 ]공정거래위원회`), an ellipsis (`하는…]공정위`), or a closing
// round bracket whose inside has a space or `=` (a
// byline: `(누리일보=홍길동 기자)금융위원회`). A round bracket with no space
// inside stays: it is part of a name (카카오(035720)벤처스, (주)누리).
// A closing quote is not cut: a quoted name ends in it before its
// particle (‘누리 그룹’과 ‘한빛 솔루션’이). A trailing `(이하 X)`, the short name the copy will use, is dropped.

var shortNameRE = regexp.MustCompile(`\s*\(이하 [^()]*\)$`)

// crawlCut returns p without the crawl text glued before the name.
func crawlCut(p string) string {
	cut := -1
	for i := 0; i < len(p); {
		c, w := utf8.DecodeRuneInString(p[i:])
		next, _ := utf8.DecodeRuneInString(p[i+w:])
		at, end := i, i+w
		i = end
		if !(unicode.IsLetter(next) || unicode.IsDigit(next)) {
			continue
		}
		switch c {
		case ']', '…':
			cut = end
		case ')':
			if o := strings.LastIndex(p[:at], "("); o >= 0 && strings.ContainsAny(p[o:at], " =") {
				cut = end
			}
		}
	}
	if cut > 0 && cut < len(p) {
		p = p[cut:]
	}
	return shortNameRE.ReplaceAllString(p, "")
}
