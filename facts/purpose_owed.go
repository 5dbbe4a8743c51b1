package facts

import "strings"

// owedKinds are the nouns of verbs that name the kind of money owed
// (docs/meaning.md L1: 배상, 보상 and 청구 say what the money is, as 위자료
// does). 대출 is left out: b3 gives it, b4 gives none to the same
// construction (44억원을 대출받아, 600만원을 대출받기도).
var owedKinds = []string{"배상", "보상", "청구"}

// owedForms are the endings after an owedKinds noun that make it the verb
// of the amount before it, active or received (보상할, 보상받을, 배상하라는).
var owedForms = []string{"하", "해", "했", "할", "한", "받"}

// owedKind returns the noun of the verb right after amount a, an object
// (을, 를) or bare, when the verb names the kind of money owed (5천만원을
// 보상할 → 보상, 2천만 달러를 보상받을 → 보상), or "".
func (r *reading) owedKind(a amount) string {
	if a.tail != "을" && a.tail != "를" && a.tail != "" || a.after >= len(r.words) {
		return ""
	}
	if b := a.before; b >= 0 && b == a.first-1 && (r.words[b].part == "으로" || r.words[b].part == "로") && r.words[b].noun {
		return "" // 위자료로 3천만원을 청구했다: what it is claimed as says more
	}
	w := r.words[a.after].raw
	for _, k := range owedKinds {
		if rest, ok := strings.CutPrefix(w, k); ok && hasAnyPrefix(rest, owedForms) {
			return k
		}
	}
	return ""
}
