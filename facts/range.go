package facts

import "strings"

// rangeAt reads a range that starts with n1 (and its unit u1, if has1):
// "2천억~3천억 원", "20~30%", "2천억 원~3천억 원", "수십억~수백억원", or one
// written with words (wordRange). It reports false, reading nothing, when
// there is none. A range whose ends cannot be told ("1~1조5천억 원",
// "30~20%") is read and dropped: its high end alone would be a wrong
// amount.
func (x *extractor) rangeAt(n1 num, u1 unit, has1 bool) (int, bool) {
	p := n1.end
	if has1 {
		p = u1.end
	}
	// A gloss in brackets after an end does not split the range:
	// "4.8(미시간·오하이오)~4.9(위스콘신)%P".
	g1 := glossEnd(x.text[p:])
	if g1 > 0 && !strings.HasPrefix(x.text[p:], " ") {
		if n2, ok := x.readSecondEnd(p + g1); ok {
			end, ok := x.glossedRange(n1, u1, has1, n2)
			if ok {
				// Each gloss is a fact of its own, after the range.
				x.walk(p+1, p+g1-1)
				if g2 := glossEnd(x.text[n2.end:]); g2 > 0 {
					x.walk(n2.end+1, n2.end+g2-1)
				}
			}
			return end, ok
		}
		// "314달러(약 32만원)에서 693달러(약 40만원)의": the same with words.
		if end, ok := x.wordRange(n1, u1, has1, p+g1, true); ok {
			x.walk(p+1, p+g1-1)
			return end, true
		}
	}
	n2, ok := x.secondEnd(p)
	if !ok {
		if end, ok := x.tildeWordRange(n1, u1, has1, p); ok {
			return end, true
		}
		if end, ok := x.boundRange(n1, u1, has1, p); ok {
			return end, true
		}
		if end, ok := x.arrowChange(n1, has1, p); ok {
			return end, true
		}
		return x.wordRange(n1, u1, has1, p, false)
	}
	u2, ok := x.unitAfter(n2)
	if !ok || has1 && !sameUnit(u1, u2) {
		return 0, false
	}
	lo, hi, ok := rangeEnds(x.text, n1, n2, has1)
	if !ok || lo != nil && hi != nil && lo.Cmp(*hi) >= 0 {
		return u2.end, true
	}
	return x.emit(rangeDraft(n1, u1, n2, u2, lo, hi, words{})), true
}

// wordRange reads a range written with words after its first end, which
// ends at text[p]: "A에서 B까지", "A부터 B까지", "A에서 B 사이", "A와 B
// 사이", "A에서 최고 B에 달한다", "A에서 B 정도" (rangeWordRE,
// rangeCloseRE), and a range bounded on both sides, whatever follows it:
// "최소 A에서 최대 B를", "최저 A에서 최고 B로", "적게는 A에서 많게는 B가"
// (lowBounds, highBounds). The qualifiers between the ends (최고, 최대) are
// the range's. "A에서 B로" is a change from A to B, two facts and no range: a
// first end with no unit of its own takes B's, where that is plain
// ("3.5에서 3.25%로", "1천억에서 2천억 원으로"), and the walk goes on to B;
// so does a range written with words whose ends come down, which is a
// change too. A gloss in brackets glued to B (B(약 b)의) stands between it
// and what closes the range. With closedOnly, only a closed range is
// read. It reports false, reading nothing, when it read no fact.
func (x *extractor) wordRange(n1 num, u1 unit, has1 bool, p int, closedOnly bool) (int, bool) {
	m := matchAt(rangeWordRE, x.text[p:], "에부와과")
	if m == nil {
		return 0, false
	}
	conn := x.text[p+m[2] : p+m[3]]
	between, high, q := wordsBetween(x.text, p+m[1])
	if q >= len(x.text) || !numberStart(x.text, q) {
		return 0, false
	}
	n2, ok := number(x.text, q)
	if !ok {
		return 0, false
	}
	u2, ok := x.unitAfter(n2)
	if !ok || has1 && !sameUnit(u1, u2) {
		return 0, false
	}
	after := x.text[u2.end:]
	if g := glossEnd(after); g > 0 && !strings.HasPrefix(after, " ") {
		after = after[g:]
	}
	closed := false
	switch {
	case conn == "와" || conn == "과":
		closed = strings.HasPrefix(after, " 사이")
	case high && lowBefore(x.text, n1.start):
		closed = true // 최소 A에서 최대 B를, 적게는 A에서 많게는 B로: bounded on both sides
	default:
		// A band's 대 glued to B may stand before what closes the range: 30만원부터
		// 200만원대까지 (the 대 is the range's qualifier, postWordsAt).
		closed = matchAt(rangeCloseRE, strings.TrimPrefix(after, "대"), "까에사정의규가안내남쯤") != nil
	}
	if closed {
		lo, hi, ok := rangeEnds(x.text, n1, n2, has1)
		if ok && (lo == nil || hi == nil || lo.Cmp(*hi) < 0) {
			return x.emit(rangeDraft(n1, u1, n2, u2, lo, hi, between)), true
		}
	}
	if closedOnly || has1 || conn != "에서" && conn != "부터" {
		return 0, false
	}
	return x.changeFrom(n1, n2, u2)
}

// changeFrom reads the first end n1 of a change from n1 to n2 (unit u2):
// n1 alone, in n2's unit, where that is plain. It reports false, reading
// nothing, when it is not ("5천에서 1만 원으로": 5천 or 5천만?).
func (x *extractor) changeFrom(n1, n2 num, u2 unit) (int, bool) {
	d := draft{kind: u2.kind, start: n1.start, end: n1.end, currency: u2.currency,
		approx: n1.approx || n1.vague, yeo: n1.yeo, pre: true}
	if u2.kind != KindMoney {
		d.unit = u2.word
	}
	if !n1.vague {
		if !n1.plain && n1.top == 0 && n2.top > 0 || n1.plain && !n2.plain {
			return 0, false // 5천에서 1만 원으로: 5천 or 5천만? (1천에서 1천500명으로 is plain)
		}
		v := u2.scaled(n1.value)
		d.value = &v
	}
	return x.emit(d), true
}

// tildeWordRange reads a range whose second end, after the tilde at
// text[p], follows qualifiers of its own: "최소 3억~최대 5억 원", "3억 원 ~
// 최고 5억 원". The words between are the range's, as in wordRange. It
// reports false, reading nothing, when there is none.
func (x *extractor) tildeWordRange(n1 num, u1 unit, has1 bool, p int) (int, bool) {
	m := matchAt(rangeSepRE, x.text[p:], "~∼～〜")
	if m == nil || x.text[p] == '-' || strings.HasPrefix(x.text[p:], "–") {
		return 0, false
	}
	between, _, q := wordsBetween(x.text, p+m[1])
	if len(between.quals)+len(between.context) == 0 || q >= len(x.text) || !numberStart(x.text, q) {
		return 0, false
	}
	n2, ok := number(x.text, q)
	if !ok {
		return 0, false
	}
	u2, ok := x.unitAfter(n2)
	if !ok || has1 && !sameUnit(u1, u2) {
		return 0, false
	}
	lo, hi, ok := rangeEnds(x.text, n1, n2, has1)
	if !ok || lo != nil && hi != nil && lo.Cmp(*hi) >= 0 {
		return 0, false
	}
	return x.emit(rangeDraft(n1, u1, n2, u2, lo, hi, between)), true
}

// glossedRange reads the range from n1 to n2 whose first end carries a
// gloss in brackets, and perhaps its second end too, before the unit. It
// reports false, reading nothing, when no unit of the first end's kind
// follows.
func (x *extractor) glossedRange(n1 num, u1 unit, has1 bool, n2 num) (int, bool) {
	n := n2
	if g := glossEnd(x.text[n2.end:]); g > 0 && !strings.HasPrefix(x.text[n2.end:], " ") {
		n.end += g
	}
	u2, ok := x.unitAfter(n)
	if !ok || has1 && !sameUnit(u1, u2) {
		return 0, false
	}
	lo, hi, ok := rangeEnds(x.text, n1, n2, has1)
	if !ok || lo != nil && hi != nil && lo.Cmp(*hi) >= 0 {
		return 0, false
	}
	return x.emit(rangeDraft(n1, u1, n2, u2, lo, hi, words{})), true
}

// boundRange reads a bracket of bounds after the first end n1 of unit u1,
// which ends at text[p]: "15만원 이상 30만원 미만", "A 초과 B 이하" of one
// unit is one range from A to B, its bound words qualifiers. It reports
// false, reading nothing, when there is none.
func (x *extractor) boundRange(n1 num, u1 unit, has1 bool, p int) (int, bool) {
	if !has1 {
		return 0, false
	}
	m := matchAt(boundOpenRE, x.text[p:], "이초")
	if m == nil {
		return 0, false
	}
	q := p + m[1]
	if q >= len(x.text) || !numberStart(x.text, q) {
		return 0, false
	}
	n2, ok := number(x.text, q)
	if !ok || n2.vague || n1.vague {
		return 0, false
	}
	u2, ok := x.unitAfter(n2)
	if !ok || !sameUnit(u1, u2) {
		return 0, false
	}
	c := matchAt(boundCloseRE, x.text[u2.end:], "미이")
	if c == nil || !fitsAfter(x.text[u2.end+c[1]:]) {
		return 0, false
	}
	lo, hi, ok := rangeEnds(x.text, n1, n2, true)
	if !ok || lo.Cmp(*hi) >= 0 {
		return 0, false
	}
	var between words
	between.add(x.text[p+m[2]:p+m[3]], around{role: roleQual})
	return x.emit(rangeDraft(n1, u1, n2, u2, lo, hi, between)), true
}

// lowBounds and highBounds are the words that bound the two ends of a
// range written with words from below and from above: 최소 A에서 최대 B,
// 최저 A에서 최고 B, 적게는 A에서 많게는 B, 낮게는 A에서 높게는 B. 최소,
// 최저, 최대 and 최고 are qualifiers; 적게는, 많게는, 낮게는 and 높게는 are
// not on the fixed list, and are read but not recorded.
var (
	lowBounds  = map[string]bool{"최소": true, "최저": true, "적게는": true, "낮게는": true}
	highBounds = map[string]bool{"최대": true, "최고": true, "많게는": true, "높게는": true}
)

// wordsBetween returns the qualifiers and context words written, each
// followed by a space, from text[q] on, whether one of them bounds from
// above (highBounds), and where they end.
func wordsBetween(text string, q int) (words, bool, int) {
	var ws words
	high := false
	for range maxAround {
		sp := strings.IndexByte(text[q:], ' ')
		if sp <= 0 {
			break
		}
		w := text[q : q+sp]
		a, ok := preWord(w)
		if ok {
			ws.add(w, a)
		} else if !highBounds[w] {
			break
		}
		high = high || highBounds[w]
		q += sp + 1
	}
	return ws, high, q
}

// lowBefore reports whether the first end of a range, at text[start], is
// bounded from below: one of lowBounds stands among the words right
// before it, or right before those (최소 월 50만 원에서, 적게는 10명에서).
func lowBefore(text string, start int) bool {
	ws, p := preWordsAt(text, start)
	for _, w := range ws.quals {
		if lowBounds[w] {
			return true
		}
	}
	q := strings.TrimSuffix(text[:p], " ")
	return lowBounds[q[strings.LastIndexAny(q, " (")+1:]]
}

// rangeDraft returns the draft of the range n1 to n2, in the unit u2, with
// the ends lo and hi (nil when vague) and the words between.
func rangeDraft(n1 num, u1 unit, n2 num, u2 unit, lo, hi *Decimal, between words) draft {
	scaled := func(v *Decimal) *Decimal {
		if v == nil {
			return nil
		}
		s := u2.scaled(*v)
		return &s
	}
	lo, hi = scaled(lo), scaled(hi)
	d := draft{
		kind: u2.kind, start: n1.start, end: u2.end, min: lo, max: hi, currency: u2.currency,
		approx:  n1.approx || n2.approx || n1.vague || n2.vague || u1.approx || u2.approx,
		yeo:     n1.yeo || n2.yeo || u1.approx || u2.approx,
		between: between, pre: true, post: true,
	}
	if u2.kind != KindMoney {
		d.unit = u2.word
	}
	return d
}

// rangeEnds returns the ends of the range n1 to n2, in the unit of n2's
// unit u2 (see bounds), each nil when it is vague: "수십억~수백억원" has
// neither, "10억~수십억 원" only a low end. It reports false when the ends
// cannot be told.
func rangeEnds(text string, n1, n2 num, has1 bool) (*Decimal, *Decimal, bool) {
	switch {
	case n1.vague && n2.vague:
		return nil, nil, true
	case n1.vague:
		return nil, &n2.value, true
	case n2.vague:
		if !has1 && (n1.plain || n1.top == 0) {
			return nil, nil, false // 10~수십억: 10 of what?
		}
		return &n1.value, nil, true
	}
	lo, hi, ok := bounds(text, n1, n2, has1)
	return &lo, &hi, ok
}

// secondEnd returns the number after a tilde at text[p:]: the second end
// of a range, before any unit, exact or vague.
func (x *extractor) secondEnd(p int) (num, bool) {
	if x.second.at != p || p == 0 {
		x.second.at = p
		x.second.n, x.second.ok = x.readSecondEnd(p)
	}
	return x.second.n, x.second.ok
}

// readSecondEnd is secondEnd without the memory of the last one.
func (x *extractor) readSecondEnd(p int) (num, bool) {
	m := matchAt(rangeSepRE, x.text[p:], "~∼～〜-–")
	if m == nil {
		return num{}, false
	}
	dash := x.text[p] == '-' || strings.HasPrefix(x.text[p:], "–")
	p += m[1]
	// After a dash the number starts after a digit or a sign: numberStart
	// would take 5-6 for a phone number's digits.
	if p >= len(x.text) || !(dash && isDigit(rune(x.text[p])) || numberStart(x.text, p)) {
		return num{}, false
	}
	return number(x.text, p)
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
// reports false when the ends cannot be told; the caller checks their
// order.
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
			lo = lowEnd(lo, v, hi)
		}
	case !n2.plain && !n2.english:
		units := strings.TrimLeft(s2, "0123456789,.")
		if strings.Trim(units, unitRunes) != "" {
			// "1~1조5천억": which units would 1 take? Only the bare
			// number when the big unit would put it above the high
			// end ("9500~1만2000원").
			v, ok := lo.shift(lowestBig(s2))
			if !ok || v.Cmp(hi) < 0 || lowEnd(lo, v, hi) != lo {
				return lo, hi, false
			}
			return lo, hi, true
		}
		v, err := scanAmount(s1 + units)
		if err != nil {
			return lo, hi, false
		}
		lo = lowEnd(lo, v, hi)
	case n2.plain && !n1.commas && lo.Scale == 0 && hi.Scale == 0 && len(s2) < len(s1) && hi.Cmp(lo) < 0:
		v, err := scanAmount(s1[:len(s1)-len(s2)] + s2)
		if err != nil {
			return lo, hi, false
		}
		hi = v
	}
	return lo, hi, true
}

// lowEnd returns the low end of a range whose first end has no big unit
// of its own: read in the second end's (scaled: "2천~3천억" is 2천억 to
// 3천억), unless that puts it at or above the high end hi while the bare
// number bare stays under it, within a hundredth of it: "9천~1만2천원" and
// "9500~1만원" start at 9,000 and 9,500 won, not at 9천만 and 9500만.
func lowEnd(bare, scaled, hi Decimal) Decimal {
	if scaled.Cmp(hi) < 0 || bare.Cmp(hi) >= 0 {
		return scaled
	}
	if b, ok := bare.shift(2); !ok || b.Cmp(hi) < 0 {
		return scaled
	}
	return bare
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

// labelEnd returns where the number after a comma's label starts: a
// word of Hangul only and a space ("한국철도 8억"), or q itself.
func labelEnd(text string, q int) int {
	sp := strings.IndexByte(text[q:min(len(text), q+maxLabel)], ' ')
	if sp <= 0 {
		return q
	}
	for _, r := range text[q : q+sp] {
		if !isHangul(r) {
			return q
		}
	}
	if _, ok := preWord(text[q : q+sp]); ok {
		return q // a qualifier: 약 3천억 원
	}
	return q + sp + 1
}

// maxLabel bounds a label between the items of a list, in bytes.
const maxLabel = 30

// list reads amounts that share the currency or counter of the last one:
// "2천억, 3천억, 5천억 원", "2천억과 3천억 원", and with a label between
// them after a comma, "매출 2천억, 영업이익 3천억 원", "서울교통공사 16억,
// 한국철도 8억 727만 명". Each is a fact of its own; the
// qualifiers before the first go to the first, those after the last to the
// last.
func (x *extractor) list(n1 num) (int, bool) {
	if n1.plain || n1.vague || n1.english {
		return 0, false
	}
	var buf [maxList]num
	items := append(buf[:0], n1)
	p := n1.end
	for len(items) < maxList {
		it := x.listItemAfter(p)
		if !it.ok {
			return 0, false
		}
		n, u := it.n, it.u
		if !it.hasUnit {
			items = append(items, n)
			p = n.end
			continue
		}
		if u.kind == KindPercent {
			return 0, false
		}
		for k, it := range items {
			d := single(it, u, it.start, it.end)
			d.approx, d.yeo = it.approx || it.vague, it.yeo
			d.pre, d.post = k == 0, false
			x.emit(d)
		}
		d := single(n, u, n.start, u.end)
		d.pre = false
		return x.emit(d), true
	}
	return 0, false
}

// maxList is how many amounts list reads, the last with the unit.
const maxList = 8

// listItem is what list reads after an item of a list that ends at a
// byte: the next item and its unit, if it has one; ok is false when no
// item of a list follows.
type listItem struct {
	at      int // the end of the item before, plus one; 0 for none
	n       num
	u       unit
	hasUnit bool
	ok      bool
}

// listItemAfter returns the listItem after the item that ends at p. A run
// of items that never ends in a unit ("2천억, 2천억, …") is read by list
// from each of its items, maxList items on: the items read last are kept,
// so that each is read once.
func (x *extractor) listItemAfter(p int) listItem {
	for k := range x.items {
		if x.items[k].at == p+1 {
			return x.items[k]
		}
	}
	it := x.readListItem(p)
	it.at = p + 1
	x.items[x.nextItem] = it
	x.nextItem = (x.nextItem + 1) % len(x.items)
	return it
}

// readListItem reads the separator after the item that ends at p, a label
// after a comma, and the number and unit after them.
func (x *extractor) readListItem(p int) listItem {
	m := matchAt(listSepRE, x.text[p:], ",·과와및또")
	if m == nil {
		return listItem{}
	}
	q := p + m[1]
	if x.text[p] == ',' {
		q = labelEnd(x.text, q) // 서울교통공사 16억, 한국철도 8억 727만 명
	}
	if q >= len(x.text) || !numberStart(x.text, q) {
		return listItem{}
	}
	n, ok := number(x.text, q)
	if !ok || n.vague || n.plain || n.english {
		return listItem{}
	}
	u, ok := x.unitAfter(n)
	return listItem{n: n, u: u, hasUnit: ok, ok: true}
}

// changeTo reports whether after, the text after the second end of "A에서
// B", makes it a change to B: 로 right after B (3천만 달러로) or after a
// qualifier of B's (3천만 달러 선으로, 수준으로, 규모로).
func changeTo(after string) bool {
	if matchAt(changeToRE, after, "로으") != nil {
		return true
	}
	m := matchIf(postQualRE, after, postQualStarts)
	return m != nil && matchAt(changeToRE, after[m[1]:], "로으") != nil
}
