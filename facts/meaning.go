package facts

import (
	"encoding/json"
	"time"
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
	if len(fs) == 0 {
		return
	}
	var pub time.Time
	if !opt.Published.IsZero() {
		pub = opt.Published.In(kst)
	}
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
	k := 0     // the sentence of the last fact
	long := -1 // the last sentence found longer than maxWindow, or -1
	var cur *reading
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
		if long != k && (cur == nil || cur.index != k) && longer(text[spans[k][0]:spans[k][1]], maxWindow) {
			long = k
		}
		var m meaning
		if long == k {
			// A sentence longer than maxWindow is read in blocks, each
			// amount with at least maxWindow code points around it
			// (newBlockReading), so that a run of a million amounts is
			// never held as one list of words.
			if cur == nil || cur.index != k || !cur.serves(start, end) {
				cur = newBlockReading(text, spans, k, start, end)
			}
			m = cur.explain(start-cur.from, end-cur.from, f.Qualifiers, pub)
		} else {
			if cur == nil || cur.index != k || cur.from != spans[k][0] {
				cur = newReading(text, spans, k)
			}
			m = cur.explain(start-spans[k][0], end-spans[k][0], f.Qualifiers, pub)
		}
		f.Role, f.Agent, f.Purpose = m.role, Phrase(m.agent), Phrase(m.purpose)
		f.Period, f.PeriodText, f.Per = Phrase(m.period), Phrase(m.periodText), m.per
	}
}

// meaning is what explain finds of one amount.
type meaning struct {
	role               Role
	agent, purpose     string
	period, periodText string
	per                Per
}
