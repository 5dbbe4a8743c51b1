package facteval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/newsfacts/newsfacts/facts"
)

// Sentence is one annotated sentence: where it was published and the facts
// it states, in text order.
type Sentence struct {
	ID     string `json:"id"`     // unique across the set
	Source string `json:"source"` // the corpus or outlet it comes from
	Ref    string `json:"ref"`    // where in the source: a URL, a file and line
	Date   string `json:"date"`   // when it was published, as precise as known
	Text   string `json:"text"`
	Trap   Trap   `json:"trap"` // the class of trap, "" for a plain sentence
	Note   string `json:"note"`
	Facts  []Gold `json:"facts"`
	// From, when set, says where the text is read from (a fetched copy of a
	// repository, see Fill) for a set that may not hold it; Text is then
	// empty in the file.
	From *From  `json:"from,omitempty"`
	File string `json:"-"` // the file and line it was read from, for messages
}

// Trap is the class of a trap sentence, one chosen to tempt the extractor
// into a wrong fact, and its detail ("numeral-in-word: 승조원"); "" for a
// plain sentence. In JSON it is that string, or true or false.
type Trap string

// UnmarshalJSON reads a string, or true (the trap "trap") or false.
func (t *Trap) UnmarshalJSON(b []byte) error {
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	switch v := v.(type) {
	case string:
		*t = Trap(v)
	case bool:
		*t = ""
		if v {
			*t = "trap"
		}
	case nil:
		*t = ""
	default:
		return fmt.Errorf("trap %s: want a string or a boolean: %w", b, ErrFormat)
	}
	return nil
}

// Gold is one fact as annotated by hand.
type Gold struct {
	Kind         facts.Kind
	Text         string
	Value        *facts.Decimal
	Min, Max     *facts.Decimal
	Currency     string
	Unit         string
	Approx       bool
	Qualifiers   []string
	ContextWords []string
}

// goldJSON is Gold as it is written, numbers as decimal strings.
type goldJSON struct {
	Kind         facts.Kind      `json:"kind"`
	Text         string          `json:"text"`
	Value        json.RawMessage `json:"value"`
	Min          json.RawMessage `json:"min"`
	Max          json.RawMessage `json:"max"`
	Currency     string          `json:"currency"`
	Unit         string          `json:"unit"`
	Approx       bool            `json:"approx"`
	Qualifiers   []string        `json:"qualifiers"`
	ContextWords []string        `json:"context_words"`
}

// UnmarshalJSON reads a fact, its numbers written as decimal strings
// ("1800000000000", "2.75") or null; a JSON number is taken as written.
func (g *Gold) UnmarshalJSON(b []byte) error {
	var j goldJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*g = Gold{Kind: j.Kind, Text: j.Text, Currency: j.Currency, Unit: j.Unit, Approx: j.Approx,
		Qualifiers: j.Qualifiers, ContextWords: j.ContextWords}
	for _, f := range []struct {
		name string
		raw  json.RawMessage
		dst  **facts.Decimal
	}{{"value", j.Value, &g.Value}, {"min", j.Min, &g.Min}, {"max", j.Max, &g.Max}} {
		d, err := decimal(f.raw)
		if err != nil {
			return fmt.Errorf("%s: %w", f.name, err)
		}
		*f.dst = d
	}
	return nil
}

// decimalRE is an exact decimal as the set writes it, with a sign or
// none: -153 (docs/facts.md, signs).
var decimalRE = regexp.MustCompile(`^-?[0-9]+(?:\.[0-9]+)?$`)

// ErrFormat is wrapped by the errors Load and Read return for a line that
// breaks the set's format.
var ErrFormat = errors.New("not in the annotation format")

// decimal parses a decimal string, a JSON number or null.
func decimal(raw json.RawMessage) (*facts.Decimal, error) {
	s := string(bytes.TrimSpace(raw))
	if s == "" || s == "null" {
		return nil, nil
	}
	if strings.HasPrefix(s, `"`) {
		if err := json.Unmarshal(raw, &s); err != nil {
			return nil, err
		}
	}
	if !decimalRE.MatchString(s) {
		return nil, fmt.Errorf("%q is not a decimal: %w", s, ErrFormat)
	}
	abs, neg := strings.CutPrefix(s, "-")
	d, err := facts.ParseAmount(abs)
	if err != nil {
		return nil, err
	}
	if neg {
		d.Coef = -d.Coef
	}
	return &d, nil
}

// Load reads the annotated sentences of path: every *.jsonl file of it, in
// name order, when it is a directory, else the files the glob path names
// (a single file is a glob too). It returns an error wrapping ErrFormat,
// naming the file and line, for a line that is not an annotated sentence
// (see Read), an error when two sentences share an id or path names no
// file, and the file system's errors as they are.
func Load(path string) ([]Sentence, error) {
	pattern := path
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		pattern = filepath.Join(path, "*.jsonl")
	}
	names, err := filepath.Glob(pattern)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("%s: no annotated sets (want a directory of *.jsonl files, a file or a glob)", path)
	}
	var set []Sentence
	seen := map[string]string{}
	for _, name := range names {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		s, err := Read(f, name)
		f.Close()
		if err != nil {
			return nil, err
		}
		for _, x := range s {
			if where, dup := seen[x.ID]; dup {
				return nil, fmt.Errorf("%s: id %q also at %s: %w", x.File, x.ID, where, ErrFormat)
			}
			seen[x.ID] = x.File
		}
		set = append(set, s...)
	}
	return set, nil
}

// Read reads the annotated sentences of r, one JSON object a line (blank
// lines are skipped), named name in messages. Each must have an id and a
// text; each fact a kind of facts.Kind, a text found in the sentence, a
// currency for money only, a unit for counts and %/%p for percents, and
// either a value, or a range, or approx. It returns an error wrapping
// ErrFormat at the first line that breaks this.
func Read(r io.Reader, name string) ([]Sentence, error) {
	var set []Sentence
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 4<<20)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		where := fmt.Sprintf("%s:%d", name, n)
		var s Sentence
		dec := json.NewDecoder(bytes.NewReader(line))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&s); err != nil {
			return nil, fmt.Errorf("%s: %w: %w", where, ErrFormat, err)
		}
		s.File = where
		if err := s.check(); err != nil {
			return nil, fmt.Errorf("%s: %s: %w", where, s.ID, err)
		}
		set = append(set, s)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return set, nil
}

// check reports what in s breaks the format. A sentence read from a
// fetched copy (From set) has no text until Fill gives it one, and is
// checked then.
func (s *Sentence) check() error {
	if s.ID != "" && s.Text == "" && s.From != nil {
		return nil
	}
	if s.ID == "" || s.Text == "" {
		return fmt.Errorf("no id or no text: %w", ErrFormat)
	}
	for i, g := range s.Facts {
		bad := ""
		switch {
		case g.Kind != facts.KindMoney && g.Kind != facts.KindCount && g.Kind != facts.KindPercent:
			bad = fmt.Sprintf("kind %q", g.Kind)
		case g.Text == "" || !strings.Contains(s.Text, g.Text):
			bad = "text not in the sentence"
		case (g.Kind == facts.KindMoney) != (g.Currency != ""):
			bad = "currency for money only, and always"
		case g.Kind == facts.KindMoney && g.Unit != "":
			bad = "money with a unit"
		case g.Kind == facts.KindCount && g.Unit == "":
			bad = "count without a unit"
		case g.Kind == facts.KindPercent && g.Unit != "%" && g.Unit != "%p":
			bad = fmt.Sprintf("percent unit %q", g.Unit)
		case g.Value != nil && (g.Min != nil || g.Max != nil):
			bad = "both a value and a range"
		case g.Value == nil && g.Min == nil && g.Max == nil && !g.Approx:
			bad = "no value, no range and not approx"
		}
		if bad != "" {
			return fmt.Errorf("fact %d %q: %s: %w", i, g.Text, bad, ErrFormat)
		}
	}
	return nil
}
