package facts

import (
	"strings"
	"unicode/utf8"
)

// This file tells a company's name by its form, as South Korean business
// copy writes it: the legal marks ㈜, (주) and 주식회사 before or after a
// name, and the closed set of endings of firms' names that orgEndings
// lacks (카카오뱅크, JYP엔터테인먼트, 신한금융). The endings are words of
// the firm's trade glued to its name: a name of at least two syllables
// before them, so that the bare trade word (금융, 뱅크) stays no name.

// companyEndings are the glued endings of firms' names, with the least
// number of syllables (or letters) of the whole word.
var companyEndings = []struct {
	end    string
	minLen int
}{
	{"엔터테인먼트", 8}, {"엔터", 4}, {"금융", 4}, {"금융지주", 6}, {"뱅크", 4}, {"벤처스", 5},
	{"캐피털", 5}, {"자산운용", 6}, {"투자증권", 6}, {"저축은행", 6},
}

// companyName reports whether n is written as a company's name.
func companyName(n string) bool {
	for _, mark := range []string{"㈜", "(주)", "주식회사 ", "주식회사"} {
		if rest, ok := strings.CutPrefix(n, mark); ok && rest != "" {
			return true
		}
		if rest, ok := strings.CutSuffix(n, mark); ok && rest != "" && mark != "주식회사 " {
			return true
		}
	}
	// 5개사, 10여개사: the counter 개사 counts companies, so the count names
	// a group of firms (누락된 5개사의 총자산).
	if num, ok := strings.CutSuffix(n, "개사"); ok {
		if num = strings.TrimSuffix(num, "여"); num != "" && strings.Trim(num, "0123456789,") == "" {
			return true
		}
	}
	syl := utf8.RuneCountInString(n)
	for _, e := range companyEndings {
		if strings.HasSuffix(n, e.end) && syl >= e.minLen {
			return true
		}
	}
	return false
}
