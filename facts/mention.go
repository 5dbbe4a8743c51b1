package facts

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// at tries to read facts at text[i:]. It returns where the walk goes on,
// past what it read, or i or less when nothing starts at i.
func (x *extractor) at(i int) int {
	c := x.text[i]
	switch {
	case c >= '0' && c <= '9':
		if !numberStart(x.text, i) || unitTail(x.text, i) {
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

// unitTail reports whether the digits at text[i] are glued after a run of
// Korean units that follows digits — the 37만 of "1억5천만37만 달러": a
// garbled amount, units out of order or repeated, that did not scan as
// one number from its first digit. No part of it is an amount of its own
// (as no part of one too large to hold is): its tail alone would be a
// wrong one. A number that scans ("3백만2천원") is read whole from its
// first digit and never reaches here.
func unitTail(text string, i int) bool {
	j, units := i, 0
	for j > 0 {
		r, w := utf8.DecodeLastRuneInString(text[:j])
		if !isUnit(r) && r != '여' {
			break
		}
		j -= w
		units++
	}
	if units == 0 || j == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:j])
	return isDigit(r)
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
	yeo        bool  // a 여 inside: 4천여만원, 15억여원, 10억여 원; a qualifier
	between    words // the words between the ends of a range: 최고, 최대
	pre, post  bool  // look for qualifiers before start, after end
}

// emit records the fact d with its qualifiers and context words and
// returns where the walk goes on. A KRW amount with a fraction of a won is
// dropped, unless the fraction is written in 전 (1426원30전, jeon).
func (x *extractor) emit(d draft) int {
	if x.exchangeUnit(d) {
		return d.end // 1달러에 4천750원: the unit of an exchange rate
	}
	if d.currency == "KRW" && !strings.HasSuffix(x.text[d.start:d.end], "전") {
		for _, v := range []*Decimal{d.value, d.min, d.max} {
			if v != nil && !v.isInt() {
				return d.end
			}
		}
	}
	var ws words
	if d.pre {
		ws, _ = preWordsAt(x.text, d.start)
	}
	if d.yeo {
		ws.add("여", around{roleQual, true}) // inside the amount: after the words before it
	}
	ws.merge(d.between)
	end := d.end
	if d.post {
		var post words
		post, end = postWordsAt(x.text, d.end, d.kind)
		ws.merge(post)
	}
	if ws.quals == nil {
		ws.quals = []string{}
	}
	if ws.context == nil {
		ws.context = []string{}
	}
	x.add(Fact{
		Kind: d.kind, Text: x.text[d.start:d.end], Value: d.value,
		Currency: d.currency, Unit: d.unit, Min: d.min, Max: d.max,
		Approx: d.approx || ws.approx, Qualifiers: ws.quals, ContextWords: ws.context,
		Start: d.start, End: d.end,
	})
	return end
}

// single returns the draft of the number n with its unit u, ending at end.
func single(n num, u unit, start, end int) draft {
	d := draft{
		kind: u.kind, start: start, end: end, currency: u.currency,
		approx: n.approx || u.approx || n.vague, yeo: n.yeo || u.approx, pre: true, post: true,
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
		return n1.end // past an amount too large to read, else 0
	}
	if strings.HasSuffix(x.text[:i], "제") {
		if n2, ok := x.secondEnd(n1.end); ok {
			return n2.end // 제1~3조
		}
		return n1.end // 제3조, 제1호, 제2차: ordinals; 제750조2호 (numberStart)
	}
	u1, has1 := x.unitAfter(n1)
	if end, ok := x.rangeAt(n1, u1, has1); ok {
		return end
	}
	if has1 {
		if v, end, ok := x.minor(n1, u1); ok {
			d := single(n1, u1, n1.start, end)
			d.value = &v
			return x.emit(signed(d, x.text))
		}
		if n1.loneDigit && u1.word == "불" {
			return n1.end // 이불 is a blanket, unless cents follow
		}
		return x.unitGloss(u1, x.emit(signed(single(n1, u1, n1.start, u1.end), x.text)))
	}
	if end, ok := x.glossed(n1); ok {
		return end
	}
	if end, ok := x.list(n1); ok {
		return end
	}
	if end, ok := x.bareRange(n1); ok {
		return end
	}
	if x.bare(n1) {
		return x.emit(signed(single(n1, unit{kind: KindMoney, currency: "KRW"}, n1.start, n1.end), x.text))
	}
	return n1.end
}

// signed returns d with a sign glued before its number, if any, as part
// of its text: a minus makes the value negative (전일 대비 -153명, 성장률
// -3.0%), a plus changes nothing (+19.7%). A dash after a digit or a
// letter is no sign (5-6천 톤, A-1), and a sign before a range stays out.
func signed(d draft, text string) draft {
	r, w := utf8.DecodeLastRuneInString(text[:d.start])
	if r != '-' && r != '−' && r != '+' || d.value == nil {
		return d
	}
	if pp, _ := utf8.DecodeLastRuneInString(text[:d.start-w]); d.start-w > 0 &&
		(isDigit(pp) || isHangul(pp) || unicode.IsLetter(pp)) {
		return d
	}
	d.start -= w
	if r != '+' {
		v := *d.value
		v.Coef = -v.Coef
		d.value = &v
	}
	return d
}

// unitGloss reads a number with no unit of its own that glosses, in
// brackets right after it, the amount of unit u that the walk read up to
// text[p]: a count's gloss counts in its counter (6만여 명(경찰 추산 5만)
// gives 5만 명 too), a money gloss after 한화 or 원화 is KRW (1만6천엔(한화
// 약 16만) gives 16만 원 too). It returns where the walk goes on.
func (x *extractor) unitGloss(u unit, p int) int {
	s := x.text[p:]
	if !strings.HasPrefix(s, "(") {
		return p
	}
	end := strings.IndexByte(s[:min(len(s), maxGloss)], ')')
	if end < 0 || strings.IndexByte(s[1:end], '(') >= 0 {
		return p
	}
	inner := s[1:end]
	k := strings.LastIndexByte(inner, ' ') + 1
	at := p + 1 + k
	if at >= len(x.text) || !numberStart(x.text, at) {
		return p
	}
	n, ok := number(x.text, at)
	if !ok || n.end != p+end || n.vague {
		return p
	}
	var g unit
	switch words := inner[:k]; {
	case u.kind == KindCount:
		g = unit{kind: KindCount, word: u.word}
	case u.kind == KindMoney && (strings.Contains(words, "한화") || strings.Contains(words, "원화")):
		g = unit{kind: KindMoney, currency: "KRW"}
	default:
		return p
	}
	d := single(n, g, n.start, n.end)
	d.post = false
	x.emit(d)
	return p + end + 1
}

// minor reads the cents written after an amount in dollars, euros or
// pounds: "1달러 20센트", "3 달러 50 센트", "이달러이십삼센트", "3파운드 50펜스".
// It returns the amount in the major unit and where the cents end, or
// false when no cents below 100 follow.
func (x *extractor) minor(n1 num, u1 unit) (Decimal, int, bool) {
	major := strings.TrimSuffix(u1.word, "화")
	dollar := major == "달러" || major == "불" || major == "유로"
	if u1.kind == KindMoney && major == "원" && !n1.vague {
		return x.jeon(n1, u1)
	}
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

// jeon reads the hundredths of a won (전) after the won u1 of n1, glued
// or after a space: 1426원30전, 55원 60전, as exchange rates are quoted.
func (x *extractor) jeon(n1 num, u1 unit) (Decimal, int, bool) {
	p := u1.end
	if strings.HasPrefix(x.text[p:], " ") {
		p++
	}
	k := jeonLen(x.text[p:])
	if k == 0 {
		return Decimal{}, 0, false
	}
	n2, err := scanAmount(x.text[p : p+k-len("전")])
	if err != nil {
		return Decimal{}, 0, false
	}
	n2.Scale += 2
	v, ok := n1.value.plus(n2)
	return v, p + k, ok
}

// jeonLen returns the length of the hundredths of a won at the start of
// s (30전, 5전), or 0. 전 is also "before" (3년 전) and opens 전후
// (around), so it counts only glued to one or two digits and followed by
// what may follow a noun (fitsAfter), not by 후.
func jeonLen(s string) int {
	q := 0
	for q < len(s) && q < 3 && isDigit(rune(s[q])) {
		q++
	}
	if q == 0 || q > 2 || !strings.HasPrefix(s[q:], "전") {
		return 0
	}
	end := q + len("전")
	if rest := s[end:]; strings.HasPrefix(rest, "후") || !fitsAfter(rest) {
		return 0
	}
	return end
}

// maxGloss bounds the gloss in brackets inside an amount, in bytes.
const maxGloss = 64

// glossed reads an amount split by a gloss in brackets before its
// currency: "3만2000(약 4400만원)달러" is 32,000 USD, its text the whole
// span. It returns where the walk goes on, inside the brackets, so that
// the gloss is read as a fact of its own, after the amount it glosses.
func (x *extractor) glossed(n1 num) (int, bool) {
	rest := x.text[n1.end:]
	if !strings.HasPrefix(rest, "(") {
		return 0, false
	}
	end := strings.IndexByte(rest[:min(len(rest), maxGloss)], ')')
	if end < 0 || strings.IndexByte(rest[1:end], '(') >= 0 {
		return 0, false
	}
	n := n1
	n.end += end + 1
	u, ok := x.unitAfter(n)
	if !ok || u.kind != KindMoney || n1.vague {
		return 0, false
	}
	x.emit(single(n1, u, n1.start, u.end))
	return n1.end + 1, true
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
	d := single(n, unit{kind: KindMoney, currency: code}, i, n.end)
	return x.emit(d)
}
