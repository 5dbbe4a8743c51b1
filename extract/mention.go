package extract

import (
	"strings"
	"unicode/utf8"
)

// at tries to read facts at text[i:]. It returns where the walk goes on,
// past what it read, or i or less when nothing starts at i.
func (x *extractor) at(i int) int {
	c := x.text[i]
	switch {
	case c >= '0' && c <= '9':
		if !numberStart(x.text, i) {
			return 0
		}
		return x.mention(i)
	case c == '$' || c >= 'A' && c <= 'Z' && prefixAhead(x.text[i:]):
		if i > 0 && isWordByte(x.text[i-1]) {
			return 0 // "CUSD", "5US$"
		}
		return x.prefixed(i)
	case c < utf8.RuneSelf:
		return 0
	}
	r, _ := utf8.DecodeRuneInString(x.text[i:])
	switch r {
	case '₩', '€', '£', '¥':
		return x.prefixed(i)
	}
	if numberStart(x.text, i) {
		return x.mention(i)
	}
	return 0
}

// prefixAhead reports whether s starts with a currency written with
// letters before an amount (US$, HK$, KRW …), cheaply, before the regexp
// is tried.
func prefixAhead(s string) bool {
	if len(s) > 2 && (s[1] == '$' || s[2] == '$') {
		return true
	}
	return len(s) > 3 && strings.Contains(isoAlt, s[:3]) && !strings.Contains(s[:3], "|")
}

// draft is a fact being put together, with byte offsets.
type draft struct {
	kind       Kind
	start, end int
	value      *Decimal
	min, max   *Decimal
	currency   string
	unit       string
	approx     bool
	sentence   string
	pre, post  bool // look for qualifiers before start, after end
}

// emit records the fact d with its qualifiers and returns where the walk
// goes on. A KRW amount with a fraction of a won is dropped.
func (x *extractor) emit(d draft) int {
	if d.currency == "KRW" {
		for _, v := range []*Decimal{d.value, d.min, d.max} {
			if v != nil && !v.isInt() {
				return d.end
			}
		}
	}
	quals := []string{}
	approx := d.approx
	end := d.end
	if d.pre {
		q, a := preQuals(x.text, d.start)
		quals, approx = append(quals, q...), approx || a
	}
	if d.post {
		q, a, e := postQuals(x.text, d.end, d.kind)
		quals, approx, end = append(quals, q...), approx || a, e
	}
	x.facts = append(x.facts, Fact{
		Kind: d.kind, Text: x.text[d.start:d.end], Value: d.value,
		Currency: d.currency, Unit: d.unit, Min: d.min, Max: d.max,
		Approx: approx, Qualifiers: quals, Start: d.start, End: d.end,
		Sentence: d.sentence,
	})
	return end
}

// single returns the draft of the number n with its unit u, ending at end.
func single(n num, u unit, start, end int, sentence string) draft {
	d := draft{
		kind: u.kind, start: start, end: end, currency: u.currency,
		approx: n.approx || u.approx || n.vague, sentence: sentence, pre: true, post: true,
	}
	if u.kind != KindMoney {
		d.unit = u.word
	}
	if !n.vague {
		v := u.scaled(n.value)
		d.value = &v
	}
	return d
}

// scaled returns v in the currency's unit: 50센트 is 0.5 dollars.
func (u unit) scaled(v Decimal) Decimal {
	if u.cents {
		v.Scale += 2
		v, _ = v.norm()
	}
	return v
}

// mention reads the facts that start with the number at text[i:]: one
// amount, a range, a list sharing a currency or a bare 조 amount.
func (x *extractor) mention(i int) int {
	n1, ok := number(x.text, i)
	if !ok {
		return 0
	}
	if strings.HasSuffix(x.text[:i], "제") {
		return n1.end // 제3조, 제1호, 제2차: ordinals
	}
	sent := x.sentence(i)
	u1, has1 := x.unitAfter(n1)
	if !n1.vague {
		if end, ok := x.rangeAt(n1, u1, has1, sent); ok {
			return end
		}
	}
	if has1 {
		if v, end, ok := x.minor(n1, u1, sent); ok {
			d := single(n1, u1, n1.start, end, sent)
			d.value = &v
			return x.emit(d)
		}
		if n1.loneDigit && u1.word == "불" {
			return n1.end // 이불 is a blanket, unless cents follow
		}
		return x.emit(single(n1, u1, n1.start, u1.end, sent))
	}
	if end, ok := x.list(n1, sent); ok {
		return end
	}
	if x.bare(n1, sent) {
		return x.emit(single(n1, unit{kind: KindMoney, currency: "KRW"}, n1.start, n1.end, sent))
	}
	return n1.end
}

// minor reads the cents written after an amount in dollars, euros or
// pounds: "1달러 20센트", "3 달러 50 센트", "이달러이십삼센트", "3파운드 50펜스".
// It returns the amount in the major unit and where the cents end, or
// false when no cents below 100 follow.
func (x *extractor) minor(n1 num, u1 unit, sent string) (Decimal, int, bool) {
	major := strings.TrimSuffix(u1.word, "화")
	dollar := major == "달러" || major == "불" || major == "유로"
	if u1.kind != KindMoney || u1.cents || n1.vague || !dollar && major != "파운드" {
		return Decimal{}, 0, false
	}
	p := u1.end
	if strings.HasPrefix(x.text[p:], " ") {
		p++
	}
	// Not numberStart: the cents may be glued to the currency word.
	if p >= len(x.text) || !isDigit(rune(x.text[p])) && !isNumeral(firstRune(x.text[p:])) {
		return Decimal{}, 0, false
	}
	n2, ok := number(x.text, p)
	if !ok || n2.vague || n2.value.Scale != 0 || n2.value.Cmp(Decimal{Coef: 100}) >= 0 {
		return Decimal{}, 0, false
	}
	u2, ok := x.unitAfter(n2)
	if !ok || !u2.cents || (u2.word == "센트") != dollar {
		return Decimal{}, 0, false
	}
	v, ok := n1.value.plus(u2.scaled(n2.value))
	return v, u2.end, ok
}

// firstRune returns the first rune of s, or utf8.RuneError.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// prefixed reads an amount written after a currency sign or code: $455
// million, US$1.5 billion, ₩5,000, KRW 5,000.
func (x *extractor) prefixed(i int) int {
	m := match(prefixRE, x.text[i:])
	if m == nil {
		return 0
	}
	q := i + m[1]
	if q >= len(x.text) || !isDigit(rune(x.text[q])) {
		return 0
	}
	n, ok := number(x.text, q)
	if !ok || !fitsAfter(x.text[n.end:]) {
		return 0
	}
	code := prefixCode(x.text[i+m[2] : i+m[3]])
	d := single(n, unit{kind: KindMoney, currency: code}, i, n.end, x.sentence(i))
	return x.emit(d)
}

// rangeAt reads a range that starts with n1 (and its unit u1, if has1):
// "2천억~3천억 원", "20~30%", "2천억 원~3천억 원", "2천억 원에서 3천억 원
// 사이". It reports false, reading nothing, when there is none. A range
// whose ends cannot be told ("1~1조5천억 원", "30~20%") is read and dropped:
// its high end alone would be a wrong amount.
func (x *extractor) rangeAt(n1 num, u1 unit, has1 bool, sent string) (int, bool) {
	p := n1.end
	if has1 {
		p = u1.end
	}
	var n2 num
	var u2 unit
	end := -1
	if m := matchAt(rangeSepRE, x.text[p:], "~∼～〜"); m != nil && p+m[1] < len(x.text) && numberStart(x.text, p+m[1]) {
		var ok bool
		if n2, ok = number(x.text, p+m[1]); ok && !n2.vague {
			if u2, ok = x.unitAfter(n2); ok && (!has1 || sameUnit(u1, u2)) {
				end = u2.end
			}
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
		sentence: sent, pre: true, post: true,
	}
	if u2.kind != KindMoney {
		d.unit = u2.word
	}
	return x.emit(d), true
}

// sameUnit reports whether two units are the same currency, counter or
// percent sign.
func sameUnit(a, b unit) bool {
	return a.kind == b.kind && a.currency == b.currency && a.cents == b.cents && (a.kind == KindMoney || a.word == b.word)
}

// bounds returns the ends of the range n1 to n2. A plain first end takes
// the units of the second when the first has no unit of its own
// ("2~3천억" is 2천억 to 3천억, "1~1.5조" 1조 to 1.5조), and a shorter plain
// second end takes the first's leading digits ("96~7%" is 96% to 97%).
// It reports false unless the low end is below the high end.
func bounds(text string, n1, n2 num, has1 bool) (Decimal, Decimal, bool) {
	lo, hi := n1.value, n2.value
	s1, s2 := text[n1.start:n1.end], text[n2.start:n2.end]
	switch {
	case has1 || !n1.plain:
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

// list reads amounts that share the currency of the last one: "2천억,
// 3천억, 5천억 원", "2천억과 3천억 원". Each is a fact of its own; the
// qualifiers before the first go to the first, those after the last to the
// last.
func (x *extractor) list(n1 num, sent string) (int, bool) {
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
			d := single(it, u, it.start, it.end, sent)
			d.approx = it.approx || it.vague
			d.pre, d.post = k == 0, false
			x.emit(d)
		}
		d := single(n, u, n.start, u.end, sent)
		d.pre = false
		return x.emit(d), true
	}
	return 0, false
}

// notMoneyWords are words after a bare "1억 " that make it no amount of
// money: 1억 년, 2조 배, 10억 회.
var notMoneyWords = []string{"년", "광년", "배", "회", "번", "위", "등", "종", "주", "뷰", "표", "대", "개", "명"}

// bare reports whether the number n, with no currency, is an amount of won
// in its sentence: see Facts for the rule.
func (x *extractor) bare(n num, sent string) bool {
	if n.vague || n.plain || n.english || n.top < 8 || !n.endsBig {
		return false
	}
	after := x.text[n.end:]
	before := x.text[max(0, n.start-24):n.start]
	if matchAt(teamAfterRE, after, "와과,·나랑") != nil || teamBeforeRE.MatchString(before) {
		return false // 1조와 2조로 나눠
	}
	if a, ok := strings.CutPrefix(after, " "); ok {
		if a != "" && isDigit(rune(a[0])) {
			return false // 25조 1항, 3조 2교대
		}
		for _, w := range notMoneyWords {
			if strings.HasPrefix(a, w) {
				return false
			}
		}
	} else if !fitsAfter(after) {
		return false // 조원진, 조의2
	}
	if w := wordBefore(x.text, n.start); w == "제" || lawWordRE.MatchString(w) {
		return false // 당헌 25조, 제 3조
	}
	a := x.about(n.start)
	return a.cue && !a.foreign
}

// wordBefore returns the Hangul word that ends at text[:i], or after one
// space before it.
func wordBefore(text string, i int) string {
	if i > 0 && text[i-1] == ' ' {
		i--
	}
	w := i
	for w > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:w])
		if !isHangul(r) {
			break
		}
		w -= size
	}
	return text[w:i]
}
