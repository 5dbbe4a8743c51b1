package facts

import "strings"

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
