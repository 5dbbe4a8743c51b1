package facts

import "strings"

// This file reads the head noun that items glossed with their amounts in
// brackets share (톡비즈(1338억원)와 포털비즈(1310억원) 매출이 → 톡비즈
// 매출, 포털비즈 매출): the items are joined by 와 or 과 and the bare head
// noun after the last bracket is each item's, as 쌀과 옥수수 가격 is the
// price of each (P1: the whole noun phrase; docs/meaning.md
// "Twenty-second round: purpose", B15).

// sharedHead returns the head phrase after the list of bracketed items
// that amount a glosses one of, or "": the word holding a closes its
// bracket with 와 or 과 after it, or follows such an item, and the words
// after the last item's bracket start with a bare noun phrase that has a
// particle of subject, topic or object.
func (r *reading) sharedHead(a amount) string {
	n := len(r.words)
	k := a.last
	if k < 0 || k >= n || !strings.Contains(r.words[k].raw, ")") {
		return ""
	}
	joined := false
	if k > 0 {
		if p := r.words[k-1]; strings.Contains(p.raw, ")") && (p.part == "와" || p.part == "과") && p.money {
			joined = true // 톡비즈(…)와 [포털비즈(…)] 매출
		}
	}
	for ; k < n; k++ {
		w := r.words[k]
		if !strings.Contains(w.raw, ")") {
			return ""
		}
		if w.part == "와" || w.part == "과" {
			joined = true
			if k+1 < n && strings.Contains(r.words[k+1].raw, "(") && !strings.Contains(r.words[k+1].raw, ")") {
				// the next item's bracket spans words: 포털비즈(1310 억원)
				for k+1 < n && !strings.Contains(r.words[k+1].raw, ")") {
					k++
				}
			}
			continue
		}
		if w.part != "" || w.comma || !strings.HasSuffix(w.raw, ")") {
			return ""
		}
		break
	}
	if !joined || k+1 >= n {
		return ""
	}
	h := r.words[k+1]
	if !h.noun || h.actor || h.time || h.money || h.amt || h.open || genericHeads[h.stem] || genericMoney[h.stem] || boundNouns[h.stem] {
		return ""
	}
	switch h.part {
	case "이", "가", "은", "는", "을", "를", "도":
		return h.stem
	}
	return ""
}
