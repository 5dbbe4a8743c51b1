package facts

// This file gives the amounts of a list their purposes: kin amounts
// share one, items shared out (A와 B는 각각 N, M) take their own.

// kinPurpose returns the purpose amount j takes from the amounts of its
// list or of the same quantity before it: the item of the noun before
// its list's first amount that 각각 gives it (쌀과 옥수수는 각각 5천원,
// 2천원); the purpose of the amount in the same place of an earlier list
// of the same quantity and length (… 각각 5천원, 2천원 하던 게 7천200원,
// 3천500원까지); else that of its kin.
func (r *reading) kinPurpose(j int) string {
	h := r.listHead(j)
	if h != j {
		ha := r.group(h)
		if i, s := r.measuredSpan(ha); i >= 0 {
			if p := r.shareOut(s, i, ha, j); p != "" {
				return p
			}
		}
	}
	if k := r.amts[h].kin; k >= 0 && k < h {
		mine, theirs := r.listOf(h), r.listOf(r.listHead(k))
		if len(mine) == len(theirs) && len(mine) > 1 {
			for n, m := range mine {
				if m == j {
					return r.got[theirs[n]].purpose
				}
			}
		}
	}
	return r.got[r.amts[j].kin].purpose
}

// listHead returns the first amount of the list amount j is an item of,
// or j.
func (r *reading) listHead(j int) int {
	if r.amts[j].list && r.amts[j].kin >= 0 {
		return r.amts[j].kin
	}
	return j
}

// listOf returns the amounts of the list whose first amount is h, in
// order, without glosses.
func (r *reading) listOf(h int) []int {
	list := []int{h}
	for k := h + 1; k < len(r.amts); k++ {
		if r.amts[k].gloss >= 0 {
			continue
		}
		if !r.amts[k].list || r.amts[k].kin != h {
			break
		}
		list = append(list, k)
	}
	return list
}

// shareOut returns the item of the noun phrase of words s…i that amount
// j stands for, when the phrase joins items with 와 or 과 and 각각 stands
// between it and the amount: 쌀과 옥수수는 각각 5천원, 2천원 → 쌀,
// 옥수수; A와 B의 판매가는 각각 … → A, B. A head the items share (가격,
// 판매가) is no part of an item. "" otherwise.
func (r *reading) shareOut(s, i int, a amount, j int) string {
	each := false
	for k := i + 1; k < a.first; k++ {
		if r.words[k].raw == "각각" {
			each = true
		}
	}
	if !each {
		return ""
	}
	var items [][2]int
	from := s
	for k := s; k < i; k++ {
		w := r.words[k]
		if w.part == "와" || w.part == "과" {
			items = append(items, [2]int{from, k})
			from = k + 1
		} else if w.part == "의" {
			items = append(items, [2]int{from, k})
			from = -1
			break
		}
	}
	if len(items) == 0 {
		return ""
	}
	if from >= 0 {
		end := i
		if from < i {
			end = i - 1 // 쌀과 옥수수 가격: the head they share
		}
		items = append(items, [2]int{from, end})
	}
	n := r.eachIndex(s, j, len(items))
	if n < 0 {
		return ""
	}
	return r.phrase(items[n][0], items[n][1])
}
