package facts

import "strings"

// copulas are the copulas that end a noun which is a sentence's
// predicate: 중국이었습니다, 회장입니다, 독일이었다. None of them ends
// another, so at most one ends a word. Cut as literal suffixes: the
// regexp they were, anchored at the end, scanned the whole word from
// its start.
var copulas = []string{"이었습니다", "였습니다", "입니다", "이었다", "였다", "이다", "이며", "이고"}

// hasCopula reports whether s ends with a copula.
func hasCopula(s string) bool {
	_, ok := cutCopula(s)
	return ok
}

// withoutCopula returns s without the copula that ends it, or s when
// none does.
func withoutCopula(s string) string {
	n, _ := cutCopula(s)
	return n
}

// cutCopula returns s without the copula that ends it, and whether one
// did.
func cutCopula(s string) (string, bool) {
	for _, c := range copulas {
		if n, ok := strings.CutSuffix(s, c); ok {
			return n, true
		}
	}
	return s, false
}
