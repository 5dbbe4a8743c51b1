package facts

import (
	"encoding/json"
	"time"
	"unicode"
	"unicode/utf8"
)

// Role says what a money fact's amount is (docs/meaning.md "role").
type Role string

// The roles of an amount of money.
const (
	RoleLevel  Role = "level"  // exists, is spent, raised, earned, priced: 예산 10조 원
	RoleChange Role = "change" // a difference between two levels: 2조 원 늘어난
	RoleRate   Role = "rate"   // per unit other than time: 1인당 25만 원
	RoleOther  Role = "other"  // a threshold, a hypothetical or a name: 5만 원 이상은
)

// MarshalJSON writes the role, or null when it is unknown (counts and
// percents have none).
func (r Role) MarshalJSON() ([]byte, error) { return nullable(string(r)) }

// UnmarshalJSON reads a role or null.
func (r *Role) UnmarshalJSON(b []byte) error {
	var s *string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*r = ""
	if s != nil {
		*r = Role(*s)
	}
	return nil
}

// Per says that an amount is per year, month or day (연 20억 원, 월 50만
// 원, 하루 1만 원); empty when it is not.
type Per string

// The periods an amount may be given per.
const (
	PerYear  Per = "year"
	PerMonth Per = "month"
	PerDay   Per = "day"
)

// MarshalJSON writes the period, or null when there is none.
func (p Per) MarshalJSON() ([]byte, error) { return nullable(string(p)) }

// UnmarshalJSON reads a period or null.
func (p *Per) UnmarshalJSON(b []byte) error {
	var s *string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*p = ""
	if s != nil {
		*p = Per(*s)
	}
	return nil
}

// Phrase is words of the text as written (an agent, a purpose, a time),
// or a normalised period; empty when the text does not say. It is written
// to JSON as a string, or null when empty.
type Phrase string

// MarshalJSON writes the phrase, or null when it is empty.
func (p Phrase) MarshalJSON() ([]byte, error) { return nullable(string(p)) }

// UnmarshalJSON reads a string or null.
func (p *Phrase) UnmarshalJSON(b []byte) error {
	var s *string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*p = ""
	if s != nil {
		*p = Phrase(*s)
	}
	return nil
}

func nullable(s string) ([]byte, error) {
	if s == "" {
		return []byte("null"), nil
	}
	return json.Marshal(s)
}

// Options tells Extract what is known of a text besides its words.
type Options struct {
	// Published is when the text was published. Relative times (올해,
	// 지난해, 이날, 오늘(18일)) are resolved against it in Korean time
	// (UTC+9); when it is zero they are kept as written only.
	Published time.Time
}

// kst is Korea's time: UTC+9 all year, no daylight saving since 1988.
var kst = time.FixedZone("KST", 9*3600)

// Extract returns the facts stated in text, as Facts does, with the
// meaning of each money fact: its Role, Agent, Purpose, Period,
// PeriodText and Per, read from its sentence and, where the sentence
// points back (여기에는, 이 중), from the sentence before, by the rules of
// docs/meaning.md. Counts and percents carry no meaning.
func Extract(text string, opt Options) []Fact {
	fs := Facts(text)
	Explain(text, fs, opt)
	return fs
}

// Explain fills in the meaning of the money facts fs found in text (their
// Start and End are code point offsets into text, as Facts gives them),
// in place. Facts of other kinds are left as they are. It never fails: a
// field it cannot tell stays empty.
func Explain(text string, fs []Fact, opt Options) {
	explain(text, fs, opt, nil, nil)
}

// explain is Explain, telling trace, when it is set, the rule that gave
// each money fact's agent; when paths is not nil (as long as fs), it also
// names in paths[i] the rule that built the purpose of fs[i] (via). Only
// the tests set them.
func explain(text string, fs []Fact, opt Options, trace func(f *Fact, agentPath string), paths []string) {
	if len(fs) == 0 {
		return
	}
	var pub time.Time
	if !opt.Published.IsZero() {
		pub = opt.Published.In(kst)
	}
	text = plainSpaces(text)
	spans := sentenceSpans(text)
	// Code point offsets to bytes, in one pass: facts come in order of
	// their starts, and a fact's end may lie past the next one's start (a
	// gloss inside an amount), so the cursor steps back as well as forth,
	// never further than a fact's length.
	pos, n := 0, 0
	toByte := func(cp int) int {
		for n > cp && pos > 0 {
			_, w := utf8.DecodeLastRuneInString(text[:pos])
			pos -= w
			n--
		}
		for n < cp && pos < len(text) {
			_, w := utf8.DecodeRuneInString(text[pos:])
			pos += w
			n++
		}
		return pos
	}
	// The money facts of one sentence are read together: a gloss, a
	// list or a second value of one quantity takes from the one before.
	x := explainer{text: text, spans: spans, fs: fs, pub: pub, trace: trace, paths: paths}
	k := 0 // the sentence of the last fact
	for i := range fs {
		f := &fs[i]
		start := toByte(f.Start)
		end := toByte(f.End)
		for k < len(spans) && spans[k][1] <= start {
			k++
		}
		if k == len(spans) || spans[k][0] > start || f.Kind != KindMoney {
			continue
		}
		if x.k != k {
			x.flush()
			x.k = k
		}
		x.money = append(x.money, moneyAt{i: i, start: start, end: min(end, spans[k][1])})
	}
	x.flush()
}

// explainer reads the money facts of a text sentence by sentence.
type explainer struct {
	text  string
	spans [][2]int
	fs    []Fact
	pub   time.Time
	k     int       // the sentence of money
	money []moneyAt // the money facts of sentence k, in order
	last  *reading  // the reading of the sentence before, if it had money
	paths []string  // the rule of each fact's purpose, when asked (explain)

	// trace, when set, is told the rule that gave each money fact's agent
	// (agent_path_test.go); Explain never sets it.
	trace func(f *Fact, agentPath string)
}

// moneyAt is a money fact and its bytes in the text.
type moneyAt struct{ i, start, end int }

// flush reads the money facts gathered for sentence x.k. A sentence of
// at most maxWindow code points is read whole; a longer one (a flattened
// table, a hostile page) in windows of that size: each amount is read
// in the window of the stretch it stands in, with half a stretch of text
// on each side, so that reading costs time and memory linear in the
// sentence however many amounts it holds.
func (x *explainer) flush() {
	if len(x.money) == 0 {
		return
	}
	ss, se := x.spans[x.k][0], x.spans[x.k][1]
	if !longer(x.text[ss:se], maxWindow) {
		r := newReading(x.text, ss, se, x.k, x.spans)
		if x.last != nil && x.last.index == x.k-1 {
			for _, m := range x.last.got {
				if m.agent != "" {
					r.prevAgent = m.agent
				}
				if m.purpose != "" {
					r.prevPurpose = m.purpose
				}
				if m.period != "" || m.periodText != "" {
					r.prevPeriod, r.prevPeriodText = m.period, m.periodText
				}
			}
		}
		x.read(r, ss, x.money, 0, len(x.money))
		x.last = r
	} else {
		x.readLong(ss, se)
		x.last = nil
	}
	x.money = x.money[:0]
}

// readLong reads the money facts of the long sentence text[ss:se] in
// windows: the sentence is cut at spaces into stretches of about
// maxWindow/2 code points, and the facts of each stretch are read in the
// window of the stretch and a quarter of maxWindow on each side.
func (x *explainer) readLong(ss, se int) {
	const stretch, margin = 2 * maxWindow, maxWindow / 4
	words := map[string]word{}
	lo, first := 0, 0 // the facts in the window start at lo; those of the stretch at first
	for cut := ss; cut < se && first < len(x.money); {
		next := forthSpace(x.text, cut, se, stretch)
		// The stretch's facts start in [cut, next).
		last := first
		for last < len(x.money) && x.money[last].start < next {
			last++
		}
		if last > first {
			ws := backSpace(x.text, ss, cut, margin)
			we := forthSpace(x.text, next, se, margin)
			for lo < len(x.money) && x.money[lo].start < ws {
				lo++
			}
			hi := last
			for hi < len(x.money) && x.money[hi].end <= we {
				hi++
			}
			for _, m := range x.money[lo:hi] {
				we = max(we, m.end) // a fact longer than the margin (5, a run of spaces, then $)
			}
			r := newReadingWith(x.text, ws, we, x.k, nil, words)
			if cut == ss && x.k > 0 {
				r.setPrev(x.text, x.spans[x.k-1][0], x.spans[x.k-1][1])
			}
			x.read(r, ws, x.money[lo:hi], first-lo, last-lo)
		}
		first, cut = last, next
	}
}

// read adds the amounts ms to reading r, whose text starts at byte base
// of the text, reads them all and sets the meaning of ms[from:to].
func (x *explainer) read(r *reading, base int, ms []moneyAt, from, to int) {
	for _, m := range ms {
		f := &x.fs[m.i]
		quals := f.Qualifiers
		if len(f.ContextWords) > 0 {
			// 하루, 매달, 1인당, 평균: the words that say how to read it
			// count as much as its qualifiers for role and per.
			quals = append(append(make([]string, 0, len(quals)+len(f.ContextWords)), quals...), f.ContextWords...)
		}
		r.add(m.start-base, m.end-base, quals)
	}
	r.markMoney()
	r.markTimes(x.pub)
	r.got = make([]meaning, 0, len(r.amts))
	for j := range r.amts {
		r.got = append(r.got, r.explain(j, x.pub))
	}
	r.share()
	for j := from; j < to; j++ {
		m, f := r.got[j], &x.fs[ms[j].i]
		f.Role, f.Agent, f.Purpose = m.role, Phrase(m.agent), Phrase(m.purpose)
		f.Period, f.PeriodText, f.Per = Phrase(m.period), Phrase(m.periodText), m.per
		if x.trace != nil {
			x.trace(f, m.agentPath)
		}
		if x.paths != nil {
			x.paths[ms[j].i] = m.path
		}
	}
}

// forthSpace returns the offset of the first space at least n code
// points after i, or hi.
func forthSpace(text string, i, hi, n int) int {
	for k := 0; i < hi; k++ {
		r, w := utf8.DecodeRuneInString(text[i:])
		if k >= n && unicode.IsSpace(r) {
			return i
		}
		i += w
	}
	return hi
}

// backSpace returns the offset just after the first space at least n
// code points before i, or lo.
func backSpace(text string, lo, i, n int) int {
	for k := 0; i > lo; k++ {
		r, w := utf8.DecodeLastRuneInString(text[:i])
		if k >= n && unicode.IsSpace(r) {
			return i
		}
		i -= w
	}
	return lo
}

// meaning is what explain finds of one amount.
type meaning struct {
	role               Role
	agent, purpose     string
	agentPath          string // the rule that gave agent (took): for tests only
	path               string // the rule that built purpose (via)
	period, periodText string
	per                Per
}
