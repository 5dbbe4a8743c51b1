package facts

import "strings"

// This file reads per over clauses: one quantity whose per is written
// once, for its first value, keeps it for the values of later clauses
// (docs/meaning.md, ninth round, T14: 연간 5천 달러에서 4만 달러 수준으로
// 내려가고 … 톱 랭커들의 캐디들은 50만 달러까지 → year for all three).

// perOver returns the per of the nearest money amount before amount a,
// the j-th, read with role, when a is a later value of the same quantity: the same role
// and currency, no per and no 총 of its own, no time of its own between
// them but a start (지난 2020년부터), and no noun measured that differs
// from the earlier one's (매해 25만 … 기부금을 내왔으며 2004년에는
// 150만 달러의 기금을: another noun, no per).
func (r *reading) perOver(a amount, j int, role Role) Per {
	if hasQual(a, "총") || a.gloss >= 0 || j == 0 || j > len(r.got) {
		return ""
	}
	k := j - 1
	for k >= 0 && r.amts[k].gloss >= 0 {
		k--
	}
	if k < 0 {
		return ""
	}
	b := r.amts[k]
	p := r.got[k].per
	if p == "" || r.unitOf(b) != r.unitOf(a) || hasQual(b, "총") {
		return ""
	}
	if role != r.got[k].role {
		return "" // 이용금액이 8만원 이상이면 6만원 환급해주고: a bound and a refund, two quantities
	}
	for _, t := range r.spans {
		if t.start >= b.end && t.end <= a.start && !strings.Contains(t.text, "부터") {
			return "" // 월 50만원을 받는 그는 지난해 1억원을: a time of its own
		}
	}
	na, nb := r.quantityNoun(a), r.quantityNoun(b)
	if nb == "" {
		nb = r.clauseTopic(b) // 캐디는 연간 5천 달러에서 4만 달러 수준으로: the topic its values are of
	}
	if na != "" && nb != "" && !sameNoun(na, nb) || na != "" && nb == "" {
		return ""
	}
	return p
}

// quantityNoun returns the noun amount a measures, as a comparison of
// quantities needs it: the noun it stands in brackets after (처분가능소득
// (84만7천39원)), the noun right before it as a topic, a subject or bare
// (캐디들은 20만 달러, 장학금 규모가 … 5만 달러로), else the noun after it
// with 의 (150만 달러의 기금), or "".
func (r *reading) quantityNoun(a amount) string {
	if n, ok := r.bracketNoun(a); ok {
		return n // 처분가능소득(84만7천39원)
	}
	if i := a.before; i >= 0 && i == a.first-1 || i >= 0 && i == a.first-2 && r.words[i+1].time {
		if w := r.words[i]; w.noun && !w.time && !w.amt && (w.part == "" || w.part == "은" || w.part == "는" || w.part == "이" || w.part == "가") {
			return w.stem
		}
	}
	if a.tail == "의" && a.after < len(r.words) {
		if w := r.words[a.after]; w.noun && !w.time {
			return w.stem
		}
	}
	return ""
}

// sameNoun reports whether nouns x and y name one quantity: equal, one
// the plural of the other, or one ending the other (규모, 장학금 규모).
func sameNoun(x, y string) bool {
	x, y = strings.TrimSuffix(x, "들"), strings.TrimSuffix(y, "들")
	return x == y || strings.HasSuffix(x, y) || strings.HasSuffix(y, x)
}

// unitOf returns the unit amount a is written in, the letters after its
// last digit (원, 달러, 만 달러 → 달러): two values of one quantity share it.
func (r *reading) unitOf(a amount) string {
	s := r.text[a.start:a.end]
	i := strings.LastIndexAny(s, "0123456789")
	u := strings.TrimSpace(s[i+1:])
	for {
		v := strings.TrimLeft(u, "십백천만억조 ")
		if v == u {
			return u
		}
		u = v
	}
}

// clauseTopic returns the noun marked as a topic or subject before amount
// a in its clause, or "".
func (r *reading) clauseTopic(a amount) string {
	for i := a.first - 1; i >= r.clauseStart(a.first); i-- {
		if w := r.words[i]; w.noun && !w.time && !w.amt && (w.part == "은" || w.part == "는" || w.part == "이" || w.part == "가") {
			return w.stem
		}
	}
	return ""
}

// perFrame returns the period of a word of every period (매년, 매달,
// 매일) that opens the sentence, or stands right after its topic, for an
// amount of a later clause (매년 평균 5천182건의 … 분실물이 접수되고
// 금액으로는 평균 6억 9천716만원이: per year), as a time heading the
// sentence frames it; a time of the amount's own before it, or 총, breaks
// the frame.
func (r *reading) perFrame(a amount) Per {
	if hasQual(a, "총") {
		return ""
	}
	f := -1
	for _, i := range []int{0, r.topic() + 1} {
		if i >= 0 && i < a.first && everyPeriod[r.words[i].raw] {
			f = i
			break
		}
	}
	if f < 0 || r.clauseEnd(f) >= a.first {
		return "" // its own clause: perBefore reads it
	}
	for _, t := range r.spans {
		if t.start > r.words[f].end && t.end <= a.start {
			return "" // 매해 … 내왔으며 2004년에는 150만 달러의: a time of its own
		}
	}
	return perWords[r.words[f].raw]
}

// everyPeriod are the words of every year, month or day that may frame a
// sentence.
var everyPeriod = setOf("매년", "해마다", "매해", "매달", "매월", "매일", "날마다")
