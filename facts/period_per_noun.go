package facts

// This file reads the period an amount is per from the noun it is said
// of: a topic opened by 한 해 or 한 달 (이 나라의 한 해 수출액은 500억
// 달러), or a noun of pay per period it is given as (월급으로 300만 원).

// perOfNoun returns the period of the noun before amount a in its clause
// that the amount is said of, or "": 한 해 or 한 달 opening a topic or a
// subject right before it (한 해 수출액은 500억 달러: per year; but 2024년
// 한 해 수출액은, 지난 한 해: that year's total), or a noun of pay per
// period with 으로 or 로 (월급으로 300만 원을 받는다: per month).
func (r *reading) perOfNoun(a amount, start int) Per {
	for i := a.first - 1; i >= start && i >= a.first-3; i-- {
		w := r.words[i]
		if w.amt || w.money || w.comma {
			return ""
		}
		if (w.part == "으로" || w.part == "로") && perNouns[w.stem] != "" {
			return perNouns[w.stem] // 월급으로 300만 원을
		}
	}
	i := a.first - 1
	if i-2 < start || i < 0 {
		return ""
	}
	n, p := r.words[i], r.words[i-1]
	if !n.noun || n.time || n.dur || n.part != "은" && n.part != "는" && n.part != "이" && n.part != "가" {
		return ""
	}
	if p.part != "" || p.comma || r.words[i-2].raw != "한" {
		return ""
	}
	if k := i - 3; k >= 0 && (r.words[k].time && r.words[k].part == "" && !r.words[k].comma || bareTimeOpeners[r.words[k].raw]) {
		return "" // 2024년 한 해 수출액은: that year's total
	}
	switch p.stem {
	case "해":
		return PerYear
	case "달":
		return PerMonth
	}
	return ""
}
