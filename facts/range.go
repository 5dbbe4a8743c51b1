package facts

import "strings"

// rangeAt reads a range that starts with n1 (and its unit u1, if has1):
// "2천억~3천억 원", "20~30%", "2천억 원~3천억 원", "2천억 원에서 3천억 원
// 사이". It reports false, reading nothing, when there is none. A range
// whose ends cannot be told ("1~1조5천억 원", "30~20%") is read and dropped:
// its high end alone would be a wrong amount.
func (x *extractor) rangeAt(n1 num, u1 unit, has1 bool) (int, bool) {
	p := n1.end
	if has1 {
		p = u1.end
	}
	var n2 num
	var u2 unit
	end := -1
	if n, ok := x.secondEnd(p); ok {
		n2 = n
		if u2, ok = x.unitAfter(n2); ok && (!has1 || sameUnit(u1, u2)) {
			end = u2.end
		}
	} else if m := matchAt(betweenRE, x.text[p:], "에"); has1 && m != nil && p+m[1] < len(x.text) && numberStart(x.text, p+m[1]) {
		var ok bool
		if n2, ok = number(x.text, p+m[1]); ok && !n2.vague {
			if u2, ok = x.unitAfter(n2); ok && sameUnit(u1, u2) {
				if e := matchAt(betweenEndRE, x.text[u2.end:], "사"); e != nil {
					end = u2.end + e[1]
				}
			}
		}
	}
	if end < 0 {
		return 0, false
	}
	lo, hi, ok := bounds(x.text, n1, n2, has1)
	if !ok {
		return end, true
	}
	lo, hi = u2.scaled(lo), u2.scaled(hi)
	d := draft{
		kind: u2.kind, start: n1.start, end: end, min: &lo, max: &hi,
		currency: u2.currency, approx: n1.approx || n2.approx || u1.approx || u2.approx,
		pre: true, post: true,
	}
	if u2.kind != KindMoney {
		d.unit = u2.word
	}
	return x.emit(d), true
}

// secondEnd returns the number after a tilde at text[p:]: the second end
// of a range, before any unit. A vague one is none.
func (x *extractor) secondEnd(p int) (num, bool) {
	if x.second.at != p || p == 0 {
		x.second.at = p
		x.second.n, x.second.ok = x.readSecondEnd(p)
	}
	return x.second.n, x.second.ok
}

// readSecondEnd is secondEnd without the memory of the last one.
func (x *extractor) readSecondEnd(p int) (num, bool) {
	m := matchAt(rangeSepRE, x.text[p:], "~∼～〜")
	if m == nil {
		return num{}, false
	}
	p += m[1]
	if p >= len(x.text) || !numberStart(x.text, p) {
		return num{}, false
	}
	n2, ok := number(x.text, p)
	return n2, ok && !n2.vague
}

// sameUnit reports whether two units are the same currency, counter or
// percent sign.
func sameUnit(a, b unit) bool {
	return a.kind == b.kind && a.currency == b.currency && a.cents == b.cents && (a.kind == KindMoney || a.word == b.word)
}

// bounds returns the ends of the range n1 to n2. A plain first end takes
// the units of the second when the first has no unit of its own
// ("2~3천억" is 2천억 to 3천억, "1~1.5조" 1조 to 1.5조); a first end with
// small units only takes the lowest big unit of the second ("2천~3천억" is
// 2천억 to 3천억, "5백~6백만" 5백만 to 6백만); and a shorter plain second
// end takes the first's leading digits ("96~7%" is 96% to 97%). It
// reports false unless the low end is below the high end.
func bounds(text string, n1, n2 num, has1 bool) (Decimal, Decimal, bool) {
	lo, hi := n1.value, n2.value
	s1, s2 := text[n1.start:n1.end], text[n2.start:n2.end]
	switch {
	case has1:
	case !n1.plain:
		if n1.top == 0 && n2.top > 0 && !n1.english {
			v, ok := lo.shift(lowestBig(s2))
			if !ok {
				return lo, hi, false
			}
			lo = v
		}
	case !n2.plain && !n2.english:
		units := strings.TrimLeft(s2, "0123456789,.")
		if strings.Trim(units, unitRunes) != "" {
			return lo, hi, false // "1~1조5천억": which units would 1 take?
		}
		v, err := scanAmount(s1 + units)
		if err != nil {
			return lo, hi, false
		}
		lo = v
	case n2.plain && !n1.commas && lo.Scale == 0 && hi.Scale == 0 && len(s2) < len(s1) && hi.Cmp(lo) < 0:
		v, err := scanAmount(s1[:len(s1)-len(s2)] + s2)
		if err != nil {
			return lo, hi, false
		}
		hi = v
	}
	return lo, hi, lo.Cmp(hi) < 0
}

// lowestBig returns the exponent of the lowest big unit (만, 억, 조, 경)
// in the number s, or 0 if it has none.
func lowestBig(s string) int {
	low := 0
	for _, r := range s {
		if e := bigUnits[r]; e > 0 && (low == 0 || e < low) {
			low = e
		}
	}
	return low
}

// list reads amounts that share the currency of the last one: "2천억,
// 3천억, 5천억 원", "2천억과 3천억 원". Each is a fact of its own; the
// qualifiers before the first go to the first, those after the last to the
// last.
func (x *extractor) list(n1 num) (int, bool) {
	if n1.plain || n1.vague || n1.english {
		return 0, false
	}
	items := []num{n1}
	p := n1.end
	for len(items) < 8 {
		m := matchAt(listSepRE, x.text[p:], ",·과와및또")
		if m == nil || p+m[1] >= len(x.text) || !numberStart(x.text, p+m[1]) {
			return 0, false
		}
		n, ok := number(x.text, p+m[1])
		if !ok || n.vague || n.plain || n.english {
			return 0, false
		}
		u, ok := x.unitAfter(n)
		if !ok {
			items = append(items, n)
			p = n.end
			continue
		}
		if u.kind != KindMoney {
			return 0, false
		}
		for k, it := range items {
			d := single(it, u, it.start, it.end)
			d.approx = it.approx || it.vague
			d.pre, d.post = k == 0, false
			x.emit(d)
		}
		d := single(n, u, n.start, u.end)
		d.pre = false
		return x.emit(d), true
	}
	return 0, false
}
