package facts

import (
	"sort"
	"strings"
	"time"
)

// reading is one sentence cut into words, with the sentence before it for
// the amounts whose sentence points back to it (여기에는, 이 중).
type reading struct {
	index int    // of the sentence in the text
	text  string // the sentence, or the block of it read
	from  int    // where text starts in the whole text

	// A block of a long sentence serves the amounts in [coreStart,
	// coreEnd), bytes of the whole text; coreEnd is 0 for a sentence.
	coreStart, coreEnd int
	words              []word
	prev               string // the sentence before, or ""
	back               bool   // the sentence points back to prev

	// The agent of the last amount explained in this sentence and the
	// index of its last word: 10조 원 가운데 3조 원 shares it.
	lastAgent string
	lastEnd   int

	times     [][]int // the time expressions of the sentence, found once
	timesSet  bool
	prevWords []word // the words of prev, split once
}

// reach is how many words before or after an amount its rules look at:
// a clause, a subject or a time further away is not the amount's, and a
// long sentence full of amounts is read in time linear in its length.
const reach = 32

// prevSplit returns the words of the sentence before, split once.
func (r *reading) prevSplit() []word {
	if r.prevWords == nil {
		r.prevWords = splitWords(r.prev)
	}
	return r.prevWords
}

// newReading reads sentence k of text, whose sentences are spans.
func newReading(text string, spans [][2]int, k int) *reading {
	r := &reading{index: k, text: text[spans[k][0]:spans[k][1]], from: spans[k][0]}
	r.words = splitWords(r.text)
	if k > 0 {
		r.prev = prevWindow(text, spans[k-1])
		r.back = pointsBack(r.words)
	}
	return r
}

// blockSize is how many code points of a long sentence one reading
// serves: the amounts that start in them are read with maxWindow code
// points of the sentence before and after them, more than the rules reach.
const blockSize = 4000

// newBlockReading reads a block of the long sentence k of text, from the
// amount at bytes [start, end) on: the amounts that stand in the next
// blockSize code points, with maxWindow code points on each side. Each
// part of the sentence is so cut into words about once, and no reading
// holds more than a block of it. The sentence before is its own only when
// the block starts the sentence.
func newBlockReading(text string, spans [][2]int, k, start, end int) *reading {
	ss, se := spans[k][0], spans[k][1]
	from, _ := back(text, ss, start, maxWindow)
	coreEnd, _ := forth(text, end, se, blockSize)
	to, _ := forth(text, coreEnd, se, maxWindow)
	from, to = cutAtSpaces(text, ss, se, from, to, start, coreEnd)
	r := &reading{index: k, text: text[from:to], from: from, coreStart: start, coreEnd: coreEnd}
	r.words = splitWords(r.text)
	if k > 0 && from == ss {
		r.prev = prevWindow(text, spans[k-1])
		r.back = pointsBack(r.words)
	}
	return r
}

// serves reports whether the block r was read from may read the amount at
// bytes [start, end) too: it stands in the block's core.
func (r *reading) serves(start, end int) bool {
	return r.coreEnd > 0 && start >= r.coreStart && end <= r.coreEnd
}

// prevWindow returns the sentence span of text, or, when it is longer
// than maxWindow code points, its end: what points back from the next
// sentence points at what stands nearest.
func prevWindow(text string, span [2]int) string {
	s, e := span[0], span[1]
	if longer(text[s:e], maxWindow) {
		ws, we := longWindow(text, s, e, e, e)
		return text[ws:we]
	}
	return text[s:e]
}

// amount is where an amount stands among the words of its sentence.
type amount struct {
	first, last int    // its words: the first holds its start, the last its end
	before      int    // the first word before it that is no qualifier, or -1
	after       int    // the first word after it and its qualifiers, or len(words)
	tail        string // the particle or ending glued to it or to its last qualifier: 을, 의, 으로 …
	quals       []string
}

// locate finds the amount of bytes [start, end) of the sentence.
func (r *reading) locate(start, end int, quals []string) amount {
	a := amount{quals: quals}
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
	a.after = a.last + 1
	// A qualifier glued to the currency: 원가량의, 원대의, 원어치를.
	if rest, ok := cutPrefix(a.tail, postQualWords); ok {
		a.tail = rest
	}
	// Qualifiers after it as words of their own: 1조 8천억 원 규모의.
	for a.tail == "" && a.after < len(r.words) {
		w := r.words[a.after]
		if _, ok := postQualifiers[w.stem]; !ok {
			break
		}
		a.tail = w.part
		a.after++
	}
	// 원(3.2%) or 원 (3.2%): a gloss in brackets is stepped over.
	if a.after < len(r.words) && strings.HasPrefix(r.words[a.after].raw, "(") && a.tail == "" {
		a.after++
	}
	a.tail = strings.TrimLeft(a.tail, "여") // 원여
	a.before = a.first - 1
	for a.before >= 0 && isPreQualifier(r.words[a.before].raw) {
		a.before--
	}
	// The amount's first word may hold more than the amount: 81.1%인 1조
	// is two words, but 총1조 one.
	return a
}

// postQualWords are the qualifiers that may be glued to an amount's
// currency with a particle after them: 원가량의, 원대의, 원어치를.
var postQualWords = []string{"가량", "규모", "상당", "정도", "어치", "짜리", "대"}

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

// explain reads the meaning of the amount of bytes [start, end) of the
// sentence, with its qualifiers, against the publication time pub (zero
// when unknown).
func (r *reading) explain(start, end int, quals []string, pub time.Time) meaning {
	a := r.locate(start, end, quals)
	m := meaning{role: r.role(a), per: r.per(a)}
	m.period, m.periodText = r.period(start, end, a, pub)
	m.purpose = r.purpose(a)
	m.agent = r.agent(a)
	r.lastAgent, r.lastEnd = m.agent, a.last
	return m
}

// clauseStart returns the index of the first word of the clause that
// holds word i: the word after the last one before i that ends a clause.
func (r *reading) clauseStart(i int) int {
	for j := i - 1; j >= 0; j-- {
		if endsClause(r.words[j]) || j < i-reach {
			return j + 1
		}
	}
	return 0
}

// clauseEnd returns the index of the word that ends the clause holding
// word i, or the last word.
func (r *reading) clauseEnd(i int) int {
	for j := i; j < len(r.words); j++ {
		if endsClause(r.words[j]) || j >= i+reach {
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
	"라면", "니까", "므로", "도록", "었고", "았고", "였고", "했는데", "인데",
}

// clauseNouns are words that close a clause: 유치할 경우, 선정한 뒤.
var clauseNouns = setOf("경우", "뒤", "후", "때", "가운데", "반면", "동시에", "한편", "위해", "위해서", "따라")

// endsClause reports whether the word w closes a clause.
func endsClause(w word) bool { return w.ends }

// closesClause is endsClause, worked out.
func closesClause(w word) bool {
	if w.comma && isVerbish(w) {
		return true
	}
	if clauseNouns[w.raw] {
		return true
	}
	for _, e := range clauseEnders {
		if strings.HasSuffix(w.raw, e) && !nounEndings[w.raw] {
			return true
		}
	}
	return false
}
