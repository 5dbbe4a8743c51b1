package facts

import (
	"regexp"
	"strings"
)

// afterAmountTail drops from agent phrase p the tail of another amount
// that opens it before a comma (원어치, 외국인투자자: the 원어치 of the
// item before; 달러(16.2%), 스웨덴): in a list of items `X가 N원어치, Y가
// M원어치` the comma ends the item before, and a name never starts with a
// currency's unit, 어치 or a figure. A list of names (예스24와 알라딘,
// 교보문고; 미국과 일본, 유럽) opens with a noun and is kept as written.
func afterAmountTail(p string) string {
	k := strings.Index(p, ",")
	if k < 0 {
		return p
	}
	head := strings.Fields(p[:k])
	if len(head) != 1 {
		return p
	}
	h := head[0]
	if i := strings.IndexByte(h, '('); i > 0 {
		h = h[:i] // 달러(16.2%)
	}
	if moneyWords[h] || strings.HasSuffix(h, "어치") || startsDigit(h) {
		return strings.TrimSpace(p[k+1:])
	}
	return p
}

// percentBracketRE matches a bracket holding only a percent, signed or not,
// after a name (삼성전자(-0.14%)는, SK하이닉스(+2.1%)): the day's move of
// its share, a gloss of the price and no part of who (A11, as a count or
// an age in brackets is none). A stock code (삼성전자(005930)) glosses the
// name itself and stays.
var percentBracketRE = regexp.MustCompile(`\s*\([+\-−]?[0-9][0-9.,]*\s*%(포인트|p)?\)`)
