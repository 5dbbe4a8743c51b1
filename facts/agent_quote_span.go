package facts

import "strings"

// A direct quotation ("…다"며, “…다”고) is a clause of its own inside the
// sentence: its subjects are the quoted speaker's topics, not those of
// the clause that goes on after it. An amount after the quotation's end
// (공정위 측은 “… 소비자는 주문 여부만 결정하는 형태였다”며 … 과태료
// 250만 원을 부과했다) has for subject the one before the quotation, who
// says it and goes on (domagent22).

// quotedBefore returns the direct quotations of the sentence that close
// before word to with a quotative ending glued to the closing mark
// (…였다”며, …했다"고, …것"이라고): each as the first and the last word
// inside it, the last being the word that closes it.
func (r *reading) quotedBefore(to int) [][2]int {
	var spans [][2]int
	open := -1
	for k := 0; k < to && k < len(r.words); k++ {
		w := r.words[k]
		if open < 0 {
			if s := w.start; s > 0 && strings.ContainsAny(r.text[max(0, s-3):s], "\"“") {
				open = k
			} else {
				continue
			}
		}
		if c := strings.IndexAny(w.raw, "\"”"); c > 0 && r.quotative(k) {
			spans = append(spans, [2]int{open, k})
			open = -1
		} else if k > open && strings.ContainsAny(r.text[w.end:min(len(r.text), w.end+3)], "\"”") {
			open = -1 // a quoted name or phrase (“알뜰폰” 요금): no clause
		}
	}
	return spans
}

// insideQuoted reports whether word i stands inside one of the quotations
// spans, before its closing word.
func insideQuoted(spans [][2]int, i int) bool {
	for _, s := range spans {
		if i >= s[0] && i < s[1] {
			return true
		}
	}
	return false
}
