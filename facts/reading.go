package facts

import (
	"sort"
	"strings"
	"time"
)

// reading is one sentence cut into words, with its money amounts and the
// sentence before it, for the amounts whose sentence points back to it
// (여기에는, 이 중).
type reading struct {
	index int    // of the sentence in the text
	text  string // the sentence
	words []word
	prev  string // the sentence before, or ""
	back  bool   // the sentence points back to prev

	amts []amount  // the money amounts of the sentence, in order
	got  []meaning // what was read of each, filled in order

	spans    []timeSpan // the time expressions of the sentence, found once
	quotes   [][2]int   // the quotations in double quotation marks, found once
	timesSet bool
	prevRead *reading // the sentence before, read once when asked

	// What the sentence before said of its last money fact, when it had
	// one: a sentence that points back (이는 …) may share it.
	prevAgent, prevPurpose     string
	prevPeriod, prevPeriodText string
	topicSet                   bool
	topicWord                  int // the word of the sentence's topic, or -1
	memo                       measuredMemo
}

// reach is how many words before or after an amount its rules look at:
// a clause, a subject or a time further away is not the amount's, and a
// long sentence full of amounts is read in time linear in its length.
const reach = 32

// newReading reads text[lo:hi], sentence k of text or a window of it; with
// spans, the sentences of text, the sentence before is read too.
func newReading(text string, lo, hi, k int, spans [][2]int) *reading {
	return newReadingWith(text, lo, hi, k, spans, nil)
}

// newReadingWith is newReading with the words made before kept in cache
// (splitWordsWith).
func newReadingWith(text string, lo, hi, k int, spans [][2]int, cache map[string]word) *reading {
	r := &reading{index: k, text: text[lo:hi], topicWord: -1}
	r.words = splitWordsWith(r.text, cache)
	markClauses(r.words)
	if k > 0 && spans != nil {
		r.setPrev(text, spans[k-1][0], spans[k-1][1])
	}
	return r
}

// setPrev makes text[lo:hi] the sentence before r's: of a long one, its
// last maxWindow code points, which a sentence that points back reads.
func (r *reading) setPrev(text string, lo, hi int) {
	if longer(text[lo:hi], maxWindow) {
		lo = backSpace(text, lo, hi, maxWindow)
	}
	r.prev = text[lo:hi]
	r.back = pointsBack(r.words)
}

// before returns the reading of the sentence before, made once.
func (r *reading) before() *reading {
	if r.prevRead == nil {
		r.prevRead = &reading{text: r.prev, words: splitWords(r.prev), topicWord: -1}
		markClauses(r.prevRead.words)
	}
	return r.prevRead
}

// amount is where an amount stands among the words of its sentence, and
// how it is tied to the amounts before it.
type amount struct {
	start, end  int    // bytes of the amount in the sentence
	first, last int    // its words: the first holds its start, the last its end
	before      int    // the first word before it that is no qualifier, or -1
	after       int    // the first word after it and its qualifiers, or len(words)
	tail        string // the particle or ending glued to it or to its last qualifier: 을, 의, 으로 …
	quals       []string

	gloss int // the amount it glosses in another currency (10위안(약 1,700원)), or -1
	kin   int // an earlier amount of its list, or of the same quantity, or -1
	list  bool
}

// add locates the amount of bytes [start, end) of the sentence, with its
// qualifiers, and ties it to the amounts before it.
func (r *reading) add(start, end int, quals []string) {
	a := r.locate(start, end, quals)
	a.gloss, a.kin = -1, -1
	if n := len(r.amts); n > 0 {
		p := r.amts[n-1]
		root := n - 1
		if p.gloss >= 0 {
			root = p.gloss
		}
		switch {
		case r.glosses(p, a):
			a.gloss = root
		case r.listed(p, a):
			a.kin, a.list = root, true
			if r.amts[root].kin >= 0 && r.amts[root].list {
				a.kin = r.amts[root].kin
			}
		case r.sameQuantity(n - 1):
			a.kin = root
		}
	}
	r.amts = append(r.amts, a)
}

// locate finds the amount of bytes [start, end) of the sentence.
func (r *reading) locate(start, end int, quals []string) amount {
	a := amount{start: start, end: end, quals: quals}
	// The first word that ends after start, and the last that starts
	// before end: words are in order, so both are found by halving.
	a.first = sort.Search(len(r.words), func(i int) bool { return r.words[i].end > start })
	a.last = sort.Search(len(r.words), func(i int) bool { return r.words[i].start >= end }) - 1
	if a.first >= len(r.words) {
		a.first = len(r.words) - 1
	}
	if a.last < a.first {
		a.last = a.first
	}
	// What is glued after the amount's end in its last word: 원을 → 을.
	lw := r.words[a.last]
	if end >= lw.start && end <= lw.end {
		a.tail = lw.raw[end-lw.start:]
	}
	a.tail = strings.TrimLeft(a.tail, ")]") // 달러)를: the end of a gloss
	a.after = a.last + 1
	// 5,000원 의 급여: a particle written apart from the amount.
	if a.tail == "" && a.after < len(r.words) && looseParticles[r.words[a.after].raw] {
		a.tail = r.words[a.after].raw
		a.after++
	}
	// 원(+19.7%) glued to it: the bracket says more of the amount; 원(한
	// 가마니 80kg)을: the bracket runs over words.
	if strings.HasPrefix(a.tail, "(") {
		if k := strings.IndexAny(a.tail, ")]"); k >= 0 {
			a.tail = a.tail[k+1:]
		} else {
			a.tail = ""
			for k := a.last + 1; k < len(r.words) && k <= a.last+5; k++ {
				if c := strings.IndexAny(r.written(k), ")]"); c >= 0 {
					if !r.startsAmount(k) {
						a.tail, a.after = strings.TrimSpace(r.written(k)[c+1:]), k+1
					}
					break
				}
			}
		}
	}
	// A qualifier glued to the currency: 원가량의, 원대의, 원어치를.
	if rest, ok := cutPrefix(a.tail, postQualWords); ok {
		a.tail = rest
	}
	// Qualifiers after it as words of their own: 1조 8천억 원 규모의.
	for a.tail == "" && a.after < len(r.words) {
		w := r.words[a.after]
		q, rest := w.stem, ""
		if k := strings.IndexAny(w.raw, ")]’”'\""); k > 0 {
			q = w.raw[:k] // 상당)의, 미만’(20.9%): the qualifier ends a bracket or quote
			t := strings.TrimLeft(w.raw[k:], ")]’”'\"")
			if _, rest = cutParticle(t); rest == "" && (looseParticles[t] || t == "의") {
				rest = t // 상당)의: the particle alone after the bracket
			}
			if strings.Contains(w.raw[k:], "(") {
				rest = "" // ’(20.9%) 순으로
			}
		} else {
			rest = w.part
		}
		if _, ok := postQualifiers[q]; !ok && !meaningPost[q] {
			break
		}
		a.tail = rest
		a.after++
	}
	// 원(3.2%) or 원 (3.2%): a gloss in brackets is stepped over.
	if a.after < len(r.words) && strings.HasPrefix(r.words[a.after].raw, "(") && a.tail == "" && !r.words[a.after].comma {
		a.after++
	}
	a.tail = strings.TrimLeft(a.tail, "여") // 원여
	a.before = a.first - 1
	for a.before >= 0 && isPreQualifier(r.words[a.before].raw) {
		a.before--
	}
	return a
}

// written returns word k as written, with the signs after it up to the
// next word: 원) for the word 원.
func (r *reading) written(k int) string {
	end := len(r.text)
	if k+1 < len(r.words) {
		end = r.words[k+1].start
	}
	return r.text[r.words[k].start:end]
}

// startsAmount reports whether word k is within an amount of the
// sentence located so far or to come: a bracket that glosses it is no
// part of the one before.
func (r *reading) startsAmount(k int) bool {
	return isAmountWord(strings.Trim(r.words[k].raw, "()[]"))
}

// homonymTitles are titles that are also common nouns: 차관 (a loan),
// 군수 (munitions).
var homonymTitles = setOf("차관", "군수")

// meaningPost are words after an amount that say how it is counted but
// are no qualifiers of docs/facts.md: 29만 6천 달러 어치를 (어치 apart),
// 1천만 달러 초반대의.
var meaningPost = setOf("어치", "초반대", "중반대", "후반대", "초반", "중반", "후반")

// looseParticles are particles that a careless writer leaves apart from
// the amount they follow: 3,500~5,000원 의 급여.
var looseParticles = setOf("의", "을", "를", "이", "가", "은", "는", "에", "으로", "로", "과", "와")

// glossWords are the words that may stand between an amount and its
// value in another currency: 124억 루블, 미화로 약 1억2천700만 달러;
// 1만6천엔(한화 약 16만); 15달러, 한국 돈으로 대략 17000원.
var glossWords = setOf("(", ",", "약", "대략", "미화", "미화로", "한화", "한화로", "원화", "원화로", "한국",
	"우리", "돈으로", "돈", "달러로", "환산", "환산하면", "환산해", "기준", "기준으로", "가량", "정도", "상당",
	"규모", "당시", "현재", "시가", "시가로", "엔화로", "위안화로", "유로화로")

// glosses reports whether amount b gives amount a in another currency or
// unit: a(약 b), a(미화 b), a, 미화로 약 b. Only those words and brackets
// stand between them, and at least a bracket or a word of a currency.
func (r *reading) glosses(a, b amount) bool {
	if b.start < a.end {
		return false // one stands inside the other (a range's end glossed)
	}
	between := r.text[a.end:b.start]
	if len(between) > 80 || !strings.ContainsAny(between, "(") && !strings.Contains(between, "미화") &&
		!strings.Contains(between, "한화") && !strings.Contains(between, "돈으로") && !strings.Contains(between, "원화") &&
		!strings.Contains(between, "환산") && !strings.Contains(between, " 원 기준") {
		return false
	}
	rest := strings.NewReplacer("(", " ( ", ",", " , ").Replace(between)
	based := strings.Contains(between, "기준") || strings.Contains(between, "환산")
	for _, f := range strings.Fields(rest) {
		if !glossWords[f] && !(based && (countries[f] || moneyWords[f])) {
			return false // but 대한민국 원 기준: the currency the gloss is counted in
		}
	}
	return true
}

// listed reports whether amounts a and b are items of one list: b
// follows a after a comma or 와/과 with at most a few words between, none
// a verb (건당 120만원에 '급상승 베스트', 70만원에 …; 평양 9천600원, 신의주
// 9천450원), or each is followed by the same verb (150만원을 받고 …, 75만원을
// 받고).
func (r *reading) listed(a, b amount) bool {
	if b.first-a.last > 6 || b.start < a.end {
		return false
	}
	if strings.HasSuffix(r.text[:b.start], "(") && !strings.HasSuffix(r.text[:a.start], "(") {
		return false // 40억 원에, 무궁화위성 3호(3019억 투자)는: an aside, not an item
	}
	lw := r.words[a.last]
	joined := lw.comma || a.tail == "와" || a.tail == "과" || strings.HasSuffix(a.tail, ",")
	if !joined && a.after <= b.first && a.after-1 < len(r.words) {
		q := r.words[a.after-1]
		joined = a.after-1 > a.last && q.comma // 5천원 안팎,
	}
	parallel := a.after < len(r.words) && b.after < len(r.words) && a.after < b.first &&
		r.words[a.after].verb && r.words[a.after].raw == r.words[b.after].raw
	if !joined && !parallel {
		return false
	}
	quoted := false
	for i := a.after; i < b.first && i < len(r.words); i++ {
		w := r.words[i]
		if w.quoteOpen {
			quoted = true
		}
		if w.verb && !quoted && !(parallel && w.raw == r.words[a.after].raw) {
			return false
		}
		if w.quoteClose {
			quoted = false
		}
		if w.raw == "총" || w.raw == "모두" || w.raw == "합계" {
			return false
		}
		if (w.part == "은" || w.part == "는" || w.part == "이" || w.part == "가") && w.actor && !quoted && a.tail != "와" && a.tail != "과" {
			return false // 교역액은 50억 달러로, 북한은 … 28억 달러어치를: a clause of its own (but 삼성이 애플에게 2천만 원과 애플이 삼성에게 4천만 원을 배상: one verb)
		}
	}
	for _, q := range b.quals {
		if q == "총" {
			return false
		}
	}
	return true
}

// sameQuantity reports whether the amount after amount k (the last so
// far) is another value of the same quantity: 9천원대였던 게 … 1만 원까지
// 올랐다; 1150원이 아닌 1100원; 월 2,500원인 TV 수신료를 4,000원으로 인상.
func (r *reading) sameQuantity(k int) bool {
	a := r.amts[k]
	if strings.HasSuffix(a.tail, "던") && a.after < len(r.words) {
		if n := r.words[a.after].raw; n == "게" || n == "것이" || n == "것은" {
			return true // 3천 원이던 게 5천 원으로
		}
	}
	for i := a.after; i < len(r.words) && i <= a.after+3; i++ {
		w := r.words[i]
		if strings.HasSuffix(w.raw, "던") && i+1 < len(r.words) {
			n := r.words[i+1].raw
			if n == "게" || n == "것이" || n == "것은" || strings.HasPrefix(n, "것에서") || n == "것보다" {
				return true
			}
		}
		if w.raw == "아닌" {
			return true
		}
		if i == a.after && strings.HasSuffix(w.raw, "다가") && isChangeWord(w.raw) {
			return true // 1천900원까지 올랐다가 … 1천800원으로 내렸지만
		}
		if w.comma || w.ends {
			break
		}
	}
	return a.tail == "인" && a.after+1 < len(r.words) && r.followsObject(a.after)
}

// followsObject reports whether an object (…을, …를) stands within a few
// words from word i, before any verb: 인 TV 수신료를 ….
func (r *reading) followsObject(i int) bool {
	for j := i; j < len(r.words) && j < i+4; j++ {
		w := r.words[j]
		if w.part == "을" || w.part == "를" {
			return true
		}
		if w.verb || w.comma {
			return false
		}
	}
	return false
}

// postQualWords are the qualifiers that may be glued to an amount's
// currency with a particle after them: 원가량의, 원대의, 원어치를.
var postQualWords = []string{"가량", "규모", "상당", "정도", "어치", "짜리", "대", "선", "수준"}

// cutPrefix returns what follows the first of prefixes that s starts with.
func cutPrefix(s string, prefixes []string) (string, bool) {
	for _, p := range prefixes {
		if rest, ok := strings.CutPrefix(s, p); ok {
			return rest, true
		}
	}
	return "", false
}

// isPreQualifier reports whether w is a word that qualifies the amount
// after it: 최대, 연, 약, 총, 1인당, 매년.
func isPreQualifier(w string) bool {
	if _, ok := preWord(w); ok {
		return true // a qualifier or a context word
	}
	return rateWord(w) || perWords[w] != ""
}

// group returns amount j with the amounts that gloss it: its left
// context is its own, its right context that of its last gloss
// (124억 루블, 미화로 약 1억2천700만 달러가량 투입된).
func (r *reading) group(j int) amount {
	g := r.amts[j]
	for k := j + 1; k < len(r.amts) && r.amts[k].gloss == j; k++ {
		b := r.amts[k]
		g.last, g.after, g.tail, g.end = b.last, b.after, b.tail, b.end
		g.quals = append(append([]string(nil), g.quals...), b.quals...)
	}
	return g
}

// markMoney marks the words that hold part of a money amount: no noun
// phrase takes them in (4억1천만 달러, 수백억 원).
func (r *reading) markMoney() {
	for _, a := range r.amts {
		for i := a.first; i <= a.last && i < len(r.words); i++ {
			r.words[i].money = true
		}
	}
}

// markTimes marks as times the words of the sentence's time expressions
// (2019년 12월 말, 한달 전): no noun phrase takes them in.
func (r *reading) markTimes(pub time.Time) {
	k := 0
	for _, t := range r.timeSpans(pub) {
		for k < len(r.words) && r.words[k].end <= t.start {
			k++
		}
		for i := k; i < len(r.words) && r.words[i].start < t.end; i++ {
			if !r.words[i].money {
				r.words[i].time = true
			}
		}
	}
}

// explain reads the meaning of amount j of the sentence against the
// publication time pub (zero when unknown). A gloss means what the amount
// it glosses means.
func (r *reading) explain(j int, pub time.Time) meaning {
	if g := r.amts[j].gloss; g >= 0 {
		return r.got[g]
	}
	a := r.group(j)
	m := meaning{role: r.role(a, j)}
	m.purpose = r.purpose(a, j)
	m.per = r.per(a, j, m.purpose)
	m.period, m.periodText = r.period(a, pub)
	m.agent = r.agent(a, j)
	return m
}

// share fills in, after every amount of the sentence is read, what the
// items of a list leave to one another: 1,500원, 2,500원, 800~1,000원의
// 월급 — the head noun and its period written once, after the last.
func (r *reading) share() {
	for j := len(r.amts) - 1; j > 0; j-- {
		a := r.amts[j]
		if !a.list || a.kin < 0 || r.got[j].purpose == "" {
			continue
		}
		for k := a.kin; k < j; k++ {
			if r.amts[k].gloss >= 0 {
				continue
			}
			if r.got[k].purpose == "" {
				r.got[k].purpose = r.got[j].purpose
				if r.got[k].per == "" {
					r.got[k].per = r.got[j].per
				}
			}
		}
	}
	for j := range r.amts {
		if g := r.amts[j].gloss; g >= 0 {
			r.got[j] = r.got[g]
		}
	}
}

// clauseStart returns the index of the first word of the clause that
// holds word i: the word after the last one before i that ends a clause.
func (r *reading) clauseStart(i int) int {
	for j := i - 1; j >= 0; j-- {
		if r.words[j].ends || j < i-reach {
			return j + 1
		}
	}
	return 0
}

// clauseEnd returns the index of the word that ends the clause holding
// word i, or the last word.
func (r *reading) clauseEnd(i int) int {
	for j := i; j < len(r.words); j++ {
		if r.words[j].ends || j >= i+reach {
			return j
		}
	}
	return len(r.words) - 1
}

// clauseEnders are endings of a verb that close a clause and start
// another: 확충하고, 지원하며, 유치할 경우, 선정한 뒤.
var clauseEnders = []string{
	"하고", "되고", "했고", "됐고", "이고", "하며", "되며", "했으며", "됐으며", "으며", "이며",
	"하면서", "면서", "지만", "는데", "은데", "해서", "하여", "돼", "되어", "하면", "되면", "으면",
	"라면", "니까", "므로", "도록", "었고", "았고", "였고", "했는데", "인데", "다며", "라며", "더라도",
	"려면", "으나", "했으나", "였으나", "었으나", "았으나",
}

// clauseNouns are words that close a clause: 유치할 경우, 선정한 뒤.
var clauseNouns = setOf("경우", "뒤", "후", "때", "가운데", "반면", "동시에", "한편", "위해", "위해서", "따라", "반면에",
	"전", "전엔", "전에", "전에는", "이전에", "뒤에", "후에", "결과", "끝에")

// closesClause reports whether the word w closes a clause.
func closesClause(w word) bool {
	if (w.comma || w.quoteClose) && w.verb {
		return true
	}
	if w.part == "이라고" || w.part == "라고" {
		return true // a quotation ends: …일’이라고 평가했다
	}
	if clauseNouns[w.raw] || w.comma && (clauseNouns[w.stem] || w.stem == "결과") {
		return true // 조사 결과, …: the survey's clause ends
	}
	if w.verb && !nounEndings[w.raw] && (strings.HasSuffix(w.raw, "고") || strings.HasSuffix(w.raw, "며") || strings.HasSuffix(w.raw, "면") ||
		strings.HasSuffix(w.raw, "어서") || strings.HasSuffix(w.raw, "아서") || strings.HasSuffix(w.raw, "여서")) {
		return true // 받고, 실으며, 들여서
	}
	return clauseEnderIndex.has(w.raw) && !nounEndings[w.raw]
}

// markClauses marks the clause ends that only the word before tells: a
// bare noun of an event after its date, with a comma (2005년 8월31일 착공,
// 총 550억 원 …), ends a clause as a verb would.
func markClauses(ws []word) {
	for i := range ws {
		// 식량 차관이, 군수 지원: a loan and munitions, not a vice
		// minister or a county head, unless a body or a name stands before
		// it (국방부 차관, 양평 군수).
		if w := &ws[i]; w.actor && homonymTitles[strings.TrimSuffix(w.stem, "들")] && (i == 0 || !ws[i-1].actor && !ws[i-1].name && !cityStems[ws[i-1].stem]) {
			w.actor, w.named, w.owner = false, false, false
		}
	}
	for i := 1; i < len(ws); i++ {
		// 통제해 온, 운영하고 있는: an auxiliary verb after a verb is a verb
		// that modifies the noun after it, no noun (온 is also "whole").
		if w := &ws[i]; auxAdnominal[w.raw] && ws[i-1].verb && !ws[i-1].comma {
			w.verb, w.noun, w.adn, w.actor, w.named, w.owner = true, false, true, false, false, false
		}
	}
	for i := 1; i < len(ws); i++ {
		w := &ws[i]
		if w.comma && w.part == "" && w.noun && ws[i-1].time {
			w.ends = true
		}
		if w.raw == "보고" && (ws[i-1].part == "으로" || ws[i-1].part == "로") {
			w.verb, w.noun, w.ends = true, false, true // 들어갈 것으로 보고: seeing, no report
		}
		if w.raw == "것과" && w.comma {
			w.ends = true // …사용한 것과, …: one of a list of clauses
		}
		if w.raw == "시" && ws[i-1].adn {
			w.ends, w.noun, w.actor, w.named, w.owner = true, false, false, false, false // 위반할 시: when, no city
		}
	}
	// A short quotation is a name or a label (‘대단하고 중대한 일’): no
	// clause ends inside it.
	for i := 0; i < len(ws); i++ {
		if !ws[i].quoteOpen || ws[i].quoteClose {
			continue
		}
		for k := i; k < len(ws) && k <= i+4; k++ {
			if ws[k].quoteClose {
				for q := i; q < k; q++ {
					ws[q].ends = false
				}
				break
			}
		}
	}
}

// conditional reports whether word w closes a clause of condition or
// concession: 넘으면, 주면, 유치할 경우, 되더라도, 878억원이라면.
func conditional(w word) bool {
	if w.raw == "경우" || w.raw == "경우에는" || w.raw == "경우엔" {
		return true
	}
	if !w.verb {
		return false
	}
	for _, p := range considering {
		if strings.HasPrefix(w.raw, p) {
			return false // 8월을 제외하면, 환산하면: a way of counting, no condition
		}
	}
	return strings.HasSuffix(w.raw, "면") && !strings.HasSuffix(w.raw, "려면") || strings.HasSuffix(w.raw, "더라도")
}

// considering are the beginnings of verbs whose 면 sets how a figure is
// counted, not a condition on it: 제외하면, 감안하면, 환산하면, 합하면.
var considering = []string{"제외하", "빼", "감안하", "포함하", "합하", "합치", "더하", "환산하", "따지", "보면", "비교하", "계산하", "비하면"}
