package facts

// This file reads the penalty an amount is when a court's or a
// prosecutor's order on it is written around it: 벌금 30만 원의 선고유예
// 판결, 벌금 50만원 약식명령, 1년 이하 징역 또는 1천만원 이하 벌금
// (docs/meaning.md "Ninth round: purpose on b4").

// orderNouns are the nouns of an order that imposes, suspends or asks
// for a penalty: the amount is the penalty, not the order.
var orderNouns = setOf("선고", "판결", "선고유예", "집행유예", "약식명령", "명령", "처분", "구형", "약식기소", "결정", "판정")

// penaltyOrdered returns the penalty amount a is, or "": a noun of
// penaltyNouns right before it, with no particle, when what follows it is
// a noun of an order (벌금 70만원의 선고, 벌금 50만원 약식명령); or the
// noun of penaltyNouns right after it and its qualifiers, a comma after
// it closing an item of a list of penalties (징역 또는 1천만원 이하
// 벌금, …).
func (r *reading) penaltyOrdered(a amount) string {
	n := len(r.words)
	if a.after >= n {
		return ""
	}
	if b := a.before; b >= 0 && b == a.first-1 && a.tail != "" && a.tail != "의" {
		return ""
	} else if b >= 0 && b == a.first-1 {
		w := r.words[b]
		if penaltyNouns[w.stem] && w.part == "" && !w.comma {
			h := a.after
			for h+1 < n && r.words[h].part == "" && r.words[h].noun && !r.words[h].comma {
				h++ // 선고유예 판결: the head of the phrase after
			}
			if x := r.words[h]; orderNouns[x.stem] || orderNouns[r.words[a.after].stem] {
				return w.stem
			}
		}
	}
	if w := r.words[a.after]; a.tail == "" && penaltyNouns[w.stem] && w.part == "" && w.comma {
		return w.stem
	}
	return ""
}
