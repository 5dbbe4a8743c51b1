package facts

import "strings"

// This file reads what a generic noun of money is for when 위한 says it
// (docs/meaning.md "Decisions, sixteenth round (purpose)", P5).

// moneyForHeads are the nouns that say only that an amount is money set
// aside or spent: `X을 위한 Y` with Y one of them gives X (P5), since Y
// alone would put every budget in one bucket. A noun that says more
// (추가 예산, 긴급자금, 국방 예산) is no member and stays.
var moneyForHeads = setOf("예산", "자금", "기금", "비용", "지출", "재원", "사업비")

// forMoneyHead returns X when purpose p, read for amount a, is a bare
// generic noun of money that `X을 위한` modifies, before the amount
// (시스템 구축을 위한 예산으로는 100만 달러) or after it (동맹을 지원하기
// 위한 48억 달러의 예산), or "".
func (r *reading) forMoneyHead(a amount, p string) string {
	if !moneyForHeads[p] {
		return ""
	}
	if b := a.before; b >= 1 && r.words[b].raw == "위한" && a.after < len(r.words) && r.words[a.after].stem == p {
		return withoutLeadCount(r.forAt(b, true))
	}
	cs := r.clauseStart(a.first)
	for k := a.first - 1; k >= 1 && k > cs && k >= a.first-reach; k-- {
		if r.words[k].stem == p && r.words[k-1].raw == "위한" {
			return withoutLeadCount(r.forAt(k-1, true))
		}
	}
	return ""
}

// withoutLeadCount drops the words of a count that open phrase p: a
// number (4400만명분 코로나 백신 확보) and a counter with 의 left by it
// (개의 위성 유도방식의 지능형 폭탄 구매), as quantities are no part of a
// purpose (fourth round).
func withoutLeadCount(p string) string {
	ws := strings.Fields(p)
	for len(ws) > 1 {
		st, isOf := strings.CutSuffix(ws[0], "의")
		if !strings.ContainsAny(ws[0], "0123456789") && !(isOf && counterNoun(st)) {
			break
		}
		ws = ws[1:]
	}
	return strings.Join(ws, " ")
}
