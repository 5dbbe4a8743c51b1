package facts

// itemLabel returns the label an item of a list gives its own amount:
// `X(으)로` written right before it, after the comma that closes the item
// before (행사 준비비 명목으로 200만원, 홍보용으로 500만원을 → 홍보용).
// Each item of such a list says what its amount is paid as, so the label
// the first item carries does not pass to the next (docs/meaning.md
// "Twenty-third round: lists (list23)"); "" when the amount is no such item.
func (r *reading) itemLabel(a amount) string {
	b := a.first - 1
	if a.kin < 0 || b < 1 || a.before != b {
		return ""
	}
	w := r.words[b]
	if w.part != "로" && w.part != "으로" || !w.noun || w.time || w.actor || w.comma || w.money || w.amt || boundNouns[w.stem] {
		return ""
	}
	s := b
	for s > 0 && b-s < 4 {
		p := r.words[s-1]
		if p.comma {
			break
		}
		if !plainNoun(p) {
			return ""
		}
		s--
	}
	if s == 0 || !r.words[s-1].comma || !r.words[s-1].money {
		return "" // the label must open the item, right after the amount before
	}
	return trimTail(r.phrase(s, b))
}
