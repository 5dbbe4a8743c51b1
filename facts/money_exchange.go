package facts

import "strings"

// exchangeUnit reports whether the money draft d is the one unit of a
// currency that an exchange rate is given per: 1 달러 당 138엔, 1달러 당
// 0.82 파운드, 1위안에 1천200원, 1달러에 4천750원. A 당 or 에 after it and
// an amount of another currency right after that make it the denominator
// of the rate, as 1장에 5달러 makes 1장 no count (docs/facts.md, "Counts"),
// not money that anyone has.
func (x *extractor) exchangeUnit(d draft) bool {
	if d.kind != KindMoney || d.value == nil || d.min != nil || d.value.Cmp(Decimal{Coef: 1}) != 0 {
		return false
	}
	rest := strings.TrimPrefix(x.text[d.end:], " ")
	after, ok := strings.CutPrefix(rest, "당")
	if !ok {
		if after, ok = strings.CutPrefix(rest, "에"); !ok {
			return false
		}
	}
	q := len(x.text) - len(strings.TrimPrefix(after, " "))
	if q >= len(x.text) || !numberStart(x.text, q) {
		return false
	}
	n2, ok := number(x.text, q)
	if !ok {
		return false
	}
	u2, ok := x.unitAfter(n2)
	return ok && u2.kind == KindMoney && u2.currency != "" && u2.currency != d.currency
}
