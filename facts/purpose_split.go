package facts

import (
	"strings"
	"unicode/utf8"
)

// This file drops X별 (by X) from a purpose when the sentence's items say
// which X each amount is of (docs/meaning.md "Decisions, thirteenth
// round", L2).

// notSplits are nouns in 별 that split nothing: 특별, 개별, 차별 ….
var notSplits = setOf("특별", "개별", "차별", "구별", "작별", "분별", "식별", "판별", "선별", "이별", "유별", "각별",
	"송별", "감별", "결별", "고별", "변별", "석별", "사별", "별별", "대별")

// isSplit reports whether w is X별, a measure split by X: 직업별, 부문별, 월별.
func isSplit(w string) bool {
	return strings.HasSuffix(w, "별") && utf8.RuneCountInString(w) >= 2 && !notSplits[w] && isHangulWord(w)
}

// withoutSplit drops X별 and the words before it (the owner it splits:
// 가구주) from purpose p when p stands before amount a and a word between
// them, the subject or topic of an item, names the X the amount is of:
// 가구주 직업별 부채보유액을 보면 자유업종사자가 325만 원 → 부채보유액.
// With no item between (노벨상 부문별 상금 (약 11억원), 월별 수출액은 최저
// 59만 달러) the amount is every X's or spans them, and X별 stays.
func (r *reading) withoutSplit(p string, a amount) string {
	ps := strings.Fields(p)
	cut := -1
	for i, w := range ps[:max(len(ps)-1, 0)] {
		if isSplit(w) {
			cut = i
		}
	}
	if cut < 0 {
		return p
	}
	last := ps[len(ps)-1]
	k := -1
	for i := a.first - 1; i >= 0 && i >= a.first-reach; i-- {
		if r.words[i].stem == last {
			k = i
			break
		}
	}
	if k < 0 {
		return p
	}
	for i := k + 1; i < a.first; i++ {
		w := r.words[i]
		if w.noun && w.subj && !w.money && !w.time && !w.verb {
			return strings.Join(ps[cut+1:], " ")
		}
	}
	return p
}
