package facts

import (
	"strings"
	"unicode/utf8"
)

// This file tells whether a clause that modifies the sentence's subject
// tells a deed of its own, whose time is not the amount's (바이든 대통령이
// 지난해 8월 9일 서명한 반도체지원법은 … 520억 달러: the signing's), or
// none that is another's: a state, a verb standing for a particle, or the
// paying of the money the amount is (docs/meaning.md, "Sixteenth round
// (time): a clause on the subject").

// stateEndings end an adnominal copula of a past state after a noun of
// two letters or more (최대주주였던, 대표이던, 1위였던): what the subject
// was, no deed; after one letter they end verbs (줄였던, 벌였던, 들였던).
var stateEndings = []string{"였던", "이었던", "이던"}

// notMoneyNouns end as money nouns do but name no money: 조금 (a little),
// 지금, 방금 (now), 소금 (salt), 황금 (gold), 혈액 (blood).
var notMoneyNouns = setOf("조금", "지금", "방금", "소금", "황금", "혈액")

// moneyObjectEnds end nouns that name money as a verb's object (분담금을
// 낸, 기금을 받은, 비용을 댄): the deed of paying or taking it.
var moneyObjectEnds = []string{"금", "돈", "금액", "액", "비용", "예산", "경비", "사업비", "수수료", "보험료", "요금"}

// noOtherDeed reports whether adnominal word i, which modifies the
// subject of a sentence after time t, tells no deed other than amount
// a's: a verb standing for a particle (28일 시작된 … 비료제공에 따른
// 비용은), the paying or taking of the money its object names when a is
// that money (지난해 … 분담금을 낸 국가는 … 800만 달러를; not 지원금을 받은
// 누리사는 매출 5억 달러를), or a past state with another predicate between
// the time and it (2010년 4월 자신이 투자했던 … 최대주주였던 정씨가: right
// after the time, 전년도 1위였던, the state is the time's).
func (r *reading) noOtherDeed(t timeSpan, a amount, i int) bool {
	w := r.words[i]
	if particleVerbs[w.raw] {
		return true // period_report.go's verbs that stand for a particle
	}
	if identityAdnominal(w) {
		return true // 10일에는 같은 평형이: no deed to date (period_identity.go)
	}
	if i > 0 && moneyObject(r.words[i-1]) && r.sameMoney(a, r.words[i-1]) {
		return true
	}
	for _, e := range stateEndings {
		if n := strings.TrimSuffix(w.raw, e); n != w.raw && utf8.RuneCountInString(n) >= 2 {
			return r.predicateIn(t.end, w.start)
		}
	}
	return false
}

// sameMoney reports whether amount a can be the money that object o
// names: a measures or sizes no noun, or one that is generic money or
// holds o's noun (분담금 800만 달러; not 매출 5억 달러, 5억 달러의 매출).
func (r *reading) sameMoney(a amount, o word) bool {
	if a.tail == "의" && a.after < len(r.words) {
		n := r.words[a.after]
		return genericMoney[n.stem] || strings.Contains(n.stem, o.stem)
	}
	m, s := r.measuredSpan(a)
	if m < 0 || s < 0 || s > m {
		return true
	}
	return genericMoney[r.words[m].stem] || strings.Contains(r.text[r.words[s].start:r.words[m].end], o.stem)
}

// moneyObject reports whether w is a noun with 을 or 를 that names money.
func moneyObject(w word) bool {
	if w.part != "을" && w.part != "를" {
		return false
	}
	if genericMoney[w.stem] {
		return true
	}
	if notMoneyNouns[w.stem] {
		return false
	}
	for _, e := range moneyObjectEnds {
		if strings.HasSuffix(w.stem, e) && (w.stem != e || utf8.RuneCountInString(e) > 1) {
			return true
		}
	}
	return false
}

// predicateIn reports whether a verb or an adnominal stands in bytes
// [from, to) of the sentence.
func (r *reading) predicateIn(from, to int) bool {
	for _, w := range r.words {
		if w.start >= from && w.end <= to && (w.adn || w.verb) {
			return true
		}
	}
	return false
}
