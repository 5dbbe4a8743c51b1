package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/facteval"
	"github.com/newsfacts/newsfacts/facts"
)

// MeaningCase is one annotated sentence of a meaning evaluation set
// (facts/testdata/meaning/*.jsonl, annotated by docs/meaning.md): the
// sentence, the one before it, when it was published, and its money facts
// with what they mean.
type MeaningCase struct {
	ID        string        `json:"id"`
	Source    string        `json:"source"`
	Ref       string        `json:"ref"`
	Published string        `json:"published"` // RFC 3339, or "" when unknown
	Context   string        `json:"context"`   // the sentence before, or ""
	Text      string        `json:"text"`
	Facts     []MeaningFact `json:"facts"`
	// From and ContextFrom, when set, say where Text and Context are read
	// from (a fetched copy of a repository, see FillMeaning) for a set
	// that may not hold them; both are then empty in the file.
	From        *facteval.From `json:"from,omitempty"`
	ContextFrom *facteval.From `json:"context_from,omitempty"`
	File        string         `json:"-"` // where it was read from, with its line: set.jsonl:12
}

// MeaningFact is the annotation of one money fact. Empty fields are null
// in the file: the sentence does not say.
type MeaningFact struct {
	Text       string       `json:"text"`
	Value      string       `json:"value"`
	Currency   string       `json:"currency"`
	Role       facts.Role   `json:"role"`
	Agent      facts.Phrase `json:"agent"`
	Purpose    facts.Phrase `json:"purpose"`
	Period     facts.Phrase `json:"period"`
	PeriodText facts.Phrase `json:"period_text"`
	Per        facts.Per    `json:"per"`
}

// LoadMeaning reads the JSON Lines files at paths, one MeaningCase a
// line; blank lines are skipped. It returns the first error met, wrapped
// with the file and line it concerns.
func LoadMeaning(paths ...string) ([]MeaningCase, error) {
	var cases []MeaningCase
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("read meaning set: %w", err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 0, 64<<10), 4<<20)
		for n := 1; sc.Scan(); n++ {
			line := strings.TrimSpace(sc.Text())
			if line == "" {
				continue
			}
			var c MeaningCase
			if err := json.Unmarshal([]byte(line), &c); err != nil {
				f.Close()
				return nil, fmt.Errorf("%s:%d: %w", p, n, err)
			}
			if c.Published != "" {
				if _, err := time.Parse(time.RFC3339, c.Published); err != nil {
					f.Close()
					return nil, fmt.Errorf("%s:%d: published: %w", p, n, err)
				}
			}
			c.File = fmt.Sprintf("%s:%d", p, n)
			cases = append(cases, c)
		}
		err = sc.Err()
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", p, err)
		}
	}
	return cases, nil
}

// Ratio is a count of hits out of a total.
type Ratio struct{ Hit, Total int }

// Value returns Hit/Total, or 1 when Total is 0: nothing was asked.
func (r Ratio) Value() float64 {
	if r.Total == 0 {
		return 1
	}
	return float64(r.Hit) / float64(r.Total)
}

// add counts one case: a hit or a miss.
func (r *Ratio) add(hit bool) {
	r.Total++
	if hit {
		r.Hit++
	}
}

// MeaningScore is the result of ScoreMeaning. Role, agent and purpose
// are counted over every annotated fact (a fact the extractor did not
// find counts as a miss); period and per over the facts whose annotation
// states them, plus those where the extractor states one the annotation
// does not (docs/meaning.md "Scoring"). PeriodText is exact over the
// facts whose annotation has one.
type MeaningScore struct {
	Facts, Found   int
	Role           Ratio
	AgentLenient   Ratio
	AgentExact     Ratio
	PurposeLenient Ratio
	PurposeExact   Ratio
	Period         Ratio
	PeriodText     Ratio
	Per            Ratio
	Misses         []MeaningMiss
}

// MeaningMiss is one field the extractor got wrong.
type MeaningMiss struct {
	Case  string // the case's file and line, and id
	Fact  string // the fact's text
	Field string // role, agent, purpose, period, period_text, per or found
	Want  string
	Got   string
	Text  string // the sentence
}

// ScoreMeaning runs the extractor on each case, on its context and text
// joined by a line break with its publication time, matches the facts of
// the text with the annotated ones by currency, value and text, and
// scores each field.
func ScoreMeaning(cases []MeaningCase) MeaningScore {
	var s MeaningScore
	for _, c := range cases {
		got, _ := MoneyOf(c)
		used := make([]bool, len(got))
		for _, want := range c.Facts {
			k := MatchFact(want, got, used)
			var f MeaningFact
			if k >= 0 {
				used[k] = true
				f = fieldsOf(got[k])
			}
			s.scoreFact(c, want, f, k >= 0)
		}
	}
	return s
}

// MeaningInput returns what the extractor reads for case c: its context and
// text joined by a line break, the number of runes before the text (which
// the facts' Start and End count), and its publication time as options.
func MeaningInput(c MeaningCase) (input string, offset int, opt facts.Options) {
	input = c.Text
	if c.Context != "" {
		input = c.Context + "\n" + c.Text
		offset = utf8.RuneCountInString(c.Context) + 1
	}
	if c.Published != "" {
		opt.Published, _ = time.Parse(time.RFC3339, c.Published)
	}
	return input, offset, opt
}

// MoneyOf runs the extractor on the case as ScoreMeaning does, on its
// context and text joined by a line break with its publication time, and
// returns the money facts of the text; offset is the number of runes
// before the text (the context's and the line break), which the facts'
// Start and End count.
func MoneyOf(c MeaningCase) (got []facts.Fact, offset int) {
	input, offset, opt := MeaningInput(c)
	for _, f := range facts.Extract(input, opt) {
		if f.Kind == facts.KindMoney && f.Start >= offset {
			got = append(got, f)
		}
	}
	return got, offset
}

// fieldsOf returns the meaning fields of an extracted fact.
func fieldsOf(f facts.Fact) MeaningFact {
	return MeaningFact{Role: f.Role, Agent: f.Agent, Purpose: f.Purpose, Period: f.Period, PeriodText: f.PeriodText, Per: f.Per}
}

// scoreFact scores the meaning fields of got against the annotated fact
// want of case c, counting a miss in every field when found is false
// (docs/meaning.md "Scoring").
func (s *MeaningScore) scoreFact(c MeaningCase, want, got MeaningFact, found bool) {
	s.Facts++
	miss := func(field, w, g string) {
		s.Misses = append(s.Misses, MeaningMiss{Case: c.File + " " + c.ID, Fact: want.Text, Field: field, Want: w, Got: g, Text: c.Text})
	}
	if !found {
		miss("found", want.Text, "")
	} else {
		s.Found++
	}
	s.Role.add(found && got.Role == want.Role)
	if found && got.Role != want.Role {
		miss("role", string(want.Role), string(got.Role))
	}
	for _, fl := range []struct {
		name           string
		want, got      facts.Phrase
		lenient, exact *Ratio
	}{
		{"agent", want.Agent, got.Agent, &s.AgentLenient, &s.AgentExact},
		{"purpose", want.Purpose, got.Purpose, &s.PurposeLenient, &s.PurposeExact},
	} {
		exact := found && Exact(string(fl.want), string(fl.got))
		lenient := found && Lenient(string(fl.want), string(fl.got))
		fl.exact.add(exact)
		fl.lenient.add(lenient)
		if found && !exact {
			name := fl.name
			if lenient {
				name += " (lenient only)"
			}
			miss(name, string(fl.want), string(fl.got))
		}
	}
	for _, fl := range []struct {
		name      string
		want, got string
		r         *Ratio
	}{
		{"period", string(want.Period), string(got.Period), &s.Period},
		{"per", string(want.Per), string(got.Per), &s.Per},
	} {
		if fl.want == "" && fl.got == "" {
			continue
		}
		fl.r.add(found && fl.got == fl.want)
		if found && fl.got != fl.want {
			miss(fl.name, fl.want, fl.got)
		}
	}
	if want.PeriodText != "" {
		s.PeriodText.add(found && got.PeriodText == want.PeriodText)
		if found && got.PeriodText != want.PeriodText {
			miss("period_text", string(want.PeriodText), string(got.PeriodText))
		}
	}
}

// MatchFact returns the index of the unused fact of got that is the
// annotated fact want: the same currency and value, with the same or an
// overlapping text if one has it; -1 if none.
func MatchFact(want MeaningFact, got []facts.Fact, used []bool) int {
	return matchIndex(want, len(got), used, func(i int) (currency, value, text string) {
		f := got[i]
		if f.Value != nil {
			value = f.Value.String()
		}
		return f.Currency, value, f.Text
	})
}

// matchIndex is the rule of MatchFact over n facts that at describes: the
// first unused one with want's currency and value whose text is want's or
// overlaps it, else the first unused one with its currency and value, else
// -1.
func matchIndex(want MeaningFact, n int, used []bool, at func(i int) (currency, value, text string)) int {
	best := -1
	for i := range n {
		currency, value, text := at(i)
		if used[i] || currency != want.Currency || value != want.Value {
			continue
		}
		if text == want.Text || strings.Contains(text, want.Text) || strings.Contains(want.Text, text) {
			return i
		}
		if best < 0 {
			best = i
		}
	}
	return best
}

// lenientParticles are the particles Lenient strips from the end of a
// phrase before comparing.
var lenientParticles = []string{"에서는", "으로는", "에서", "에게", "으로", "에는", "까지", "부터",
	"은", "는", "이", "가", "을", "를", "의", "에", "와", "과", "도", "로", "만"}

// Lenient reports whether two phrases agree leniently (docs/meaning.md
// "Scoring"): after removing quotation marks, spaces and a trailing
// particle, one contains the other. Two empty phrases agree; an empty and a non-empty one do not.
func Lenient(a, b string) bool {
	a, b = lenientKey(a), lenientKey(b)
	if a == "" || b == "" {
		return a == b
	}
	return strings.Contains(a, b) || strings.Contains(b, a)
}

// Exact reports whether two phrases are the same as written, but for
// the quotation marks around or inside them (docs/meaning.md "Scoring"):
// ‘가발’ and 가발 are one purpose.
func Exact(a, b string) bool { return unquote(a) == unquote(b) }

// quoteMarks are the quotation marks a phrase is compared without.
const quoteMarks = "‘’“”'\"「」『』"

// unquote returns s without its quotation marks and the space around it.
func unquote(s string) string {
	return strings.TrimSpace(strings.Map(func(r rune) rune {
		if strings.ContainsRune(quoteMarks, r) {
			return -1
		}
		return r
	}, s))
}

func lenientKey(s string) string {
	s = strings.Join(strings.Fields(unquote(s)), "")
	for _, p := range lenientParticles {
		if k, ok := strings.CutSuffix(s, p); ok && k != "" {
			return k
		}
	}
	return s
}
