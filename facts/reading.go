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

	// forPurpose is set while a purpose is read: its noun phrase runs
	// over the commas of a list that 등 closes (P1, P4) and keeps a fiscal
	// year (P2); an agent's does not.
	forPurpose bool

	// path names the rule of agent that gave the last agent (took); only
	// a test reads it.
	path string
	// purposePath names the rule that built the purpose being read
	// (via); the tests measure the rules by it.
	purposePath string
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
	// 9월 인도분: the month of a futures contract is part of its name, no
	// time (contractMonth), and stays in the noun phrase.
	for i := 0; i+1 < len(r.words); i++ {
		if w := &r.words[i]; w.time && w.part == "" && contractMonth(w.raw, " "+r.words[i+1].raw) {
			w.time = false
		}
	}
	// 전년 동기 대비, 지난해 동월보다: the base of a comparison, left out
	// of the spans, is still a time and no noun an amount measures.
	for i := 1; i < len(r.words); i++ {
		if w := &r.words[i]; sameTimeNouns[w.stem] && baseTimeWords[r.words[i-1].raw] {
			w.time, w.noun = true, false
			r.words[i-1].time = true
		}
	}
}

// sameTimeNouns are "the same period" written after a base time: 전년
// 동기, 지난해 동월.
var sameTimeNouns = setOf("동기", "동월", "동분기", "동기간")

// baseTimeWords are the times before them.
var baseTimeWords = setOf("전년", "전년도", "지난해", "작년", "전월", "전달", "전분기", "전 분기", "예년")

// explain reads the meaning of amount j of the sentence against the
// publication time pub (zero when unknown). A gloss means what the amount
// it glosses means.
func (r *reading) explain(j int, pub time.Time) meaning {
	if g := r.amts[j].gloss; g >= 0 {
		m := r.got[g]
		m.agentPath = "gloss:" + m.agentPath
		return m
	}
	a := r.group(j)
	m := meaning{role: r.role(a, j)}
	m.purpose = r.purpose(a, j)
	m.path = r.purposePath
	if m.role == RoleLevel && r.convertedPer(a) == "" && r.sameQuantityRate(a, j, m.purpose) {
		m.role = RoleRate // 2019년엔 kg당 쌀이 5천원, … 작년엔 쌀이 5천원: the unit written once
	}
	m.per = r.per(a, j, m.purpose, m.role)
	m.period, m.periodText = r.period(a, pub)
	m.periodText = withoutWhole(m.periodText)
	if untilNow(m.periodText) {
		m.period, m.periodText = "", "" // 지금까지 3억 원을 냈다: no time (Sp6)
	}
	if m.per == PerYear && r.yearTotal(a, m.period, m.purpose) {
		m.per = "" // 2019년 사상 최대의 연 누적 적자인 23억 달러: that year's total
	}
	if m.per == PerMonth && r.monthTotal(a, m.period, m.purpose) {
		m.per = "" // 지난달 월매출 5억 원: that month's total
	}
	if rest, ok := cutPrefix(m.purpose, perOpeners); ok && rest != "" {
		m.purpose = rest // 연간 수출액 → 수출액, per year; 2024년 연간 교역액 → 교역액, that year's total (sixteenth round, P1)
	}
	m.agent = crawlCut(r.agent(a, j)) // agent_crawl.go: not the headline or byline a crawl glued before the name
	m.agentPath = r.path
	if m.role == RoleOther && m.agent != "" && r.speakerOnly(m.agent) {
		m.agentPath += "+speakerOnly"
		m.agent = "" // 외교관들은 결의안이 채택되면 … 8억달러를 삭감할 수 있을 것이라고 말했다: only spoken about (E1)
	}
	if m.agent != "" && r.placeOfPrice(a, m.agent, m.purpose, m.role) {
		m.agentPath += "+placeOfPrice"
		m.agent = "" // 하남시는 … 아파트 전셋값이 … 원: where the price is, no agent (agent_place.go)
	}
	m.purpose = withoutCountryOwner(withoutOwner(m.purpose, m.agent))
	if m.agent == m.purpose && m.agent != "" {
		// One phrase is not both who and what for: a topic priced is a
		// thing (아이폰6 모델은 … 142만원으로 책정될), else it is the agent
		// (프라이스는 … 7만 달러로 끌어내리기로).
		if r.topicThing(a) == m.purpose || isThing(lastWord(m.purpose)) || isRateNoun(lastWord(m.purpose)) {
			m.agentPath += "+isPurpose"
			m.agent = ""
		} else {
			m.purpose = ""
		}
	}
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
				r.got[k].purpose, r.got[k].path = r.got[j].purpose, "list:share"
				if r.got[k].per == "" {
					r.got[k].per = r.got[j].per
				}
			}
		}
	}
	r.spanEnds()
	for j := range r.amts {
		if g := r.amts[j].gloss; g >= 0 {
			r.got[j] = r.got[g]
		}
	}
	r.carryMeasure()
}

// carryMeasure gives an amount that names nothing it measures the
// measure an amount before it in the sentence names, when no other noun
// of a measure or an object stands between them: 2019년 북중 교역액은
// 27억 달러였으며, … 2016년에는 56억 달러에 달했습니다 (교역액 for both);
// 무역액 667만 달러를 기록한 잠비아가 …, 태국과 영국이 각각 171만 달러와 …
func (r *reading) carryMeasure() {
	for j := 1; j < len(r.amts); j++ {
		if r.amts[j].gloss >= 0 || r.got[j].purpose != "" || r.got[j].role == RoleOther || r.listTotal(r.amts[j]) ||
			strings.HasPrefix(strings.TrimLeft(r.text[r.amts[j].end:], " "), "어치") {
			continue // 28억 달러어치를 수입했고: the worth of goods, no measure
		}
		if t := r.amts[j].tail; (t == "을" || t == "를") && !strings.HasPrefix(r.text[r.amts[j].end:], ")") {
			// 원조비 4억 달러에 더해 2천만 달러를 추가로 지원할: an amount
			// that is the object of its own verb is what that verb does
			// with money, a sum handed over or spent; what it is for is
			// said by that verb's clause (guide, purpose rule 3), not by a
			// measure said of an amount before it, and is null when the
			// clause says nothing. A gloss's particle (119달러(89.99파운드)를)
			// is the amount's outside the brackets.
			continue
		}
		for k := j - 1; k >= 0; k-- {
			p := r.got[k].purpose
			if p == "" || r.amts[k].gloss >= 0 || r.got[k].role == RoleOther {
				continue // 이용금액이 1만원 이상이면 3만원 환급: a threshold measures no later amount
			}
			words := strings.Fields(p)
			if !isThing(words[len(words)-1]) || r.nounBetween(r.amts[k].after, r.amts[j].first) {
				break
			}
			r.got[j].purpose, r.got[j].path = p, "list:carry"
			break
		}
	}
}

// nounBetween reports whether words [from, to) hold a noun an amount may
// measure or an object: a noun of money or measure, or one with 을 or 를.
func (r *reading) nounBetween(from, to int) bool {
	for i := from; i < to && i < len(r.words); i++ {
		w := r.words[i]
		if w.time || w.actor || w.amt || w.money || !w.noun {
			continue
		}
		if isThing(w.stem) || w.part == "을" || w.part == "를" {
			return true
		}
	}
	return false
}

// spanEnds gives the first end of a span written A에서 B (월 최대 3만3천원에서
// 7천700원의 전화요금 할인 혜택; 최소 2천 루피(약 3만9천원)에서 최대 수만
// 루피의 벌금) the purpose of its other end, when it has none of its own.
func (r *reading) spanEnds() {
	for j := 0; j+1 < len(r.amts); j++ {
		if r.amts[j].gloss >= 0 || r.got[j].purpose != "" {
			continue
		}
		k := j + 1
		for k < len(r.amts) && r.amts[k].gloss == j {
			k++ // its gloss in brackets
		}
		if k >= len(r.amts) || r.got[k].purpose == "" || r.amts[j].end > r.amts[k].start {
			continue // no other end, or one amount holds the other (a split amount around its gloss)
		}
		between := bracketRE.ReplaceAllString(r.text[r.amts[j].end:r.amts[k].start], "")
		if spanLinkRE.MatchString(between) {
			r.got[j].purpose, r.got[j].path = r.got[k].purpose, "list:span"
		}
	}
}
