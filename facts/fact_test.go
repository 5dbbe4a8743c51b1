package facts

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// want is an expected fact, written with the helpers below so that each
// table row fits a line: money("1조 원", "1000000000000", "KRW").q("약").a().
type want struct {
	kind     Kind
	text     string
	value    string // Decimal.String(), "" for nil
	currency string
	unit     string
	min, max string // "" for nil
	approx   bool
	quals    []string
	context  []string
}

func money(text, value, currency string) want {
	return want{kind: KindMoney, text: text, value: value, currency: currency}
}

func count(text, value, unit string) want {
	return want{kind: KindCount, text: text, value: value, unit: unit}
}

func pct(text, value, unit string) want {
	return want{kind: KindPercent, text: text, value: value, unit: unit}
}

// q adds qualifiers.
func (w want) q(quals ...string) want { w.quals = append(slices.Clone(w.quals), quals...); return w }

// c adds context words.
func (w want) c(words ...string) want {
	w.context = append(slices.Clone(w.context), words...)
	return w
}

// a marks the fact approximate.
func (w want) a() want { w.approx = true; return w }

// rng makes the fact a range from min to max, with no value.
func (w want) rng(min, max string) want { w.value, w.min, w.max = "", min, max; return w }

func (w want) String() string {
	return fmt.Sprintf("%s %q value=%s cur=%s unit=%s min=%s max=%s approx=%v quals=%q context=%q",
		w.kind, w.text, w.value, w.currency, w.unit, w.min, w.max, w.approx, w.quals, w.context)
}

// got turns a fact into a want for comparison.
func got(f Fact) want {
	s := func(d *Decimal) string {
		if d == nil {
			return ""
		}
		return d.String()
	}
	return want{
		kind: f.Kind, text: f.Text, value: s(f.Value), currency: f.Currency, unit: f.Unit,
		min: s(f.Min), max: s(f.Max), approx: f.Approx, quals: f.Qualifiers, context: f.ContextWords,
	}
}

func (w want) equal(v want) bool {
	return w.kind == v.kind && w.text == v.text && w.value == v.value && w.currency == v.currency &&
		w.unit == v.unit && w.min == v.min && w.max == v.max && w.approx == v.approx &&
		slices.Equal(w.quals, v.quals) && slices.Equal(w.context, v.context)
}

const (
	jo    = "1000000000000" // 1조
	eok   = "100000000"     // 1억
	krw   = "KRW"
	none_ = ""
)

// factTest is a case of Facts: an input and the facts it must give, in
// order; an empty want means no fact at all.
type factTest struct {
	in   string
	want []want
}

// factTests are all the table cases of Facts, each kind in its own file.
// The fuzz targets are seeded with them.
var factTests = slices.Concat(moneyTests, moneyRound16Tests, moneyRound17Tests, moneyRound21Tests, countTests, countRound9Tests, countRound21Tests, percentTests, trapTests)

func TestFacts(t *testing.T) {
	for _, tt := range factTests {
		t.Run(tt.in, func(t *testing.T) {
			facts := Facts(tt.in)
			var gots []want
			for _, f := range facts {
				gots = append(gots, got(f))
			}
			ok := len(gots) == len(tt.want)
			for i := 0; ok && i < len(gots); i++ {
				ok = gots[i].equal(tt.want[i])
			}
			if !ok {
				t.Errorf("Facts(%q) =\n%s\nwant\n%s", tt.in, list(gots), list(tt.want))
			}
			checkFacts(t, tt.in, facts)
		})
	}
}

func list(ws []want) string {
	if len(ws) == 0 {
		return "\t(none)"
	}
	var b strings.Builder
	for _, w := range ws {
		b.WriteString("\t" + w.String() + "\n")
	}
	return b.String()
}

// checkFacts checks what every fact of text must satisfy: its span is the
// text at its offsets, in order of their starts (a gloss stands inside the
// amount it glosses), with non-nil qualifiers, in its sentence, and a
// value, or a range, or a vague approximation; a range with a vague end
// has only the other, and is approximate.
func checkFacts(t *testing.T, text string, facts []Fact) {
	t.Helper()
	runes := []rune(text)
	last := 0
	for _, f := range facts {
		if f.Start < last || f.End < f.Start || f.End > len(runes) {
			t.Errorf("fact %q at [%d,%d) out of order or out of the text", f.Text, f.Start, f.End)
			continue
		}
		last = f.Start
		// Compared as runes: text that is not UTF-8 holds bytes that
		// []rune reads as U+FFFD, in the fact's text as in the whole.
		if s := string(runes[f.Start:f.End]); s != string([]rune(f.Text)) {
			t.Errorf("fact %q at [%d,%d) holds %q", f.Text, f.Start, f.End, s)
		}
		if f.Qualifiers == nil || f.ContextWords == nil {
			t.Errorf("fact %q: nil Qualifiers or ContextWords", f.Text)
		}
		if !strings.Contains(f.Sentence, f.Text) {
			t.Errorf("fact %q not in its sentence %q", f.Text, f.Sentence)
		}
		if n := utf8.RuneCountInString(f.Sentence); n > maxWindow && f.Sentence != f.Text {
			t.Errorf("fact %q carries %d code points of its sentence, more than %d", f.Text, n, maxWindow)
		}
		switch {
		case f.Value != nil && (f.Min != nil || f.Max != nil):
			t.Errorf("fact %q has both a value and a range", f.Text)
		case (f.Min == nil) != (f.Max == nil) && !f.Approx:
			t.Errorf("fact %q has half a range and is not approximate", f.Text)
		case f.Min != nil && f.Max != nil && f.Min.Cmp(*f.Max) >= 0:
			t.Errorf("fact %q: min %v not below max %v", f.Text, f.Min, f.Max)
		case f.Value == nil && f.Min == nil && !f.Approx:
			t.Errorf("fact %q has no value and is not approximate", f.Text)
		}
		if (f.Kind == KindMoney) != (f.Currency != "") {
			t.Errorf("fact %q of kind %s has currency %q", f.Text, f.Kind, f.Currency)
		}
		if f.Currency == "KRW" && f.Value != nil && !f.Value.isInt() && !strings.HasSuffix(f.Text, "전") {
			t.Errorf("fact %q: fractional won %v with no 전", f.Text, f.Value)
		}
	}
}

func TestFactsSentence(t *testing.T) {
	text := "첫 문장입니다. 예산은 1조 원입니다.\n둘째 줄에 30%가 있습니다."
	facts := Facts(text)
	wantSent := []string{"예산은 1조 원입니다.", "둘째 줄에 30%가 있습니다."}
	if len(facts) != len(wantSent) {
		t.Fatalf("Facts(%q) gave %d facts, want %d", text, len(facts), len(wantSent))
	}
	for i, f := range facts {
		if f.Sentence != wantSent[i] {
			t.Errorf("fact %q sentence = %q, want %q", f.Text, f.Sentence, wantSent[i])
		}
	}
}

func TestFactsOffsets(t *testing.T) {
	text := "가나 1조 원, 𝄞 $5"
	facts := Facts(text)
	if len(facts) != 2 {
		t.Fatalf("Facts(%q) = %d facts, want 2", text, len(facts))
	}
	if f := facts[0]; f.Start != 3 || f.End != 7 {
		t.Errorf("fact %q at [%d,%d), want [3,7)", f.Text, f.Start, f.End)
	}
	if f := facts[1]; f.Start != 11 || f.End != 13 {
		t.Errorf("fact %q at [%d,%d), want [11,13)", f.Text, f.Start, f.End)
	}
}

// TestFactsSpaces checks that any run of white space stands for the one
// space the patterns expect, and that offsets and Text still point into
// the original text.
func TestFactsSpaces(t *testing.T) {
	tests := []struct {
		in         string
		text       string // the fact's Text
		value      string
		unit       string
		start, end int // in code points
		sentence   string
	}{
		{"회사는 1조\u00a0원을 벌었다", "1조\u00a0원", jo, "", 4, 8, "회사는 1조\u00a0원을 벌었다"},
		{"회사는 1조  원을 벌었다", "1조  원", jo, "", 4, 9, "회사는 1조  원을 벌었다"},
		{"회사는 1조\t원을 벌었다", "1조\t원", jo, "", 4, 8, "회사는 1조\t원을 벌었다"},
		{"회사는 1조\u3000원을 벌었다", "1조\u3000원", jo, "", 4, 8, "회사는 1조\u3000원을 벌었다"},
		{"회사는\u00a0\u00a01조 \u2009 8천억\t\t원을 벌었다", "1조 \u2009 8천억\t\t원", "1800000000000", "", 5, 16, "회사는\u00a0\u00a01조 \u2009 8천억\t\t원을 벌었다"},
		{"첫  문장.\u00a0 둘째는  3.5%\u00a0포인트  올랐다", "3.5%\u00a0포인트", "3.5", "%p", 13, 21, "둘째는  3.5%\u00a0포인트  올랐다"},
		{"𝄞\t\t100\u00a0명", "100\u00a0명", "100", "명", 3, 8, "𝄞\t\t100\u00a0명"},
		{"2천억\u00a0~\u00a03천억\u00a0원", "2천억\u00a0~\u00a03천억\u00a0원", "", "", 0, 11, "2천억\u00a0~\u00a03천억\u00a0원"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			facts := Facts(tt.in)
			if len(facts) != 1 {
				t.Fatalf("Facts(%q) = %d facts, want 1", tt.in, len(facts))
			}
			f := facts[0]
			value := ""
			if f.Value != nil {
				value = f.Value.String()
			}
			if f.Text != tt.text || value != tt.value || f.Unit != tt.unit || f.Start != tt.start || f.End != tt.end || f.Sentence != tt.sentence {
				t.Errorf("Facts(%q) = %q value=%s unit=%s at [%d,%d) in %q, want %q value=%s unit=%s at [%d,%d) in %q",
					tt.in, f.Text, value, f.Unit, f.Start, f.End, f.Sentence, tt.text, tt.value, tt.unit, tt.start, tt.end, tt.sentence)
			}
			checkFacts(t, tt.in, facts)
		})
	}
}

func TestFactJSON(t *testing.T) {
	facts := Extract("최대 연 20억 원, 2천억~3천억 원", Options{})
	var lines []string
	for _, f := range facts {
		f.Sentence = ""
		b, err := json.Marshal(f)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, string(b))
	}
	wantLines := []string{
		`{"kind":"money","text":"20억 원","value":2000000000,"currency":"KRW","unit":"","min":null,"max":null,"approx":false,"qualifiers":["최대","연"],"context_words":[],"start":5,"end":10,"sentence":"","role":"level","agent":null,"purpose":null,"period":null,"period_text":null,"per":"year"}`,
		`{"kind":"money","text":"2천억~3천억 원","value":null,"currency":"KRW","unit":"","min":200000000000,"max":300000000000,"approx":false,"qualifiers":[],"context_words":[],"start":12,"end":21,"sentence":"","role":"level","agent":null,"purpose":null,"period":null,"period_text":null,"per":null}`,
	}
	if !slices.Equal(lines, wantLines) {
		t.Errorf("JSON =\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(wantLines, "\n"))
	}
}

// TestFactTableSize keeps the table at the size the issue asks for.
func TestFactTableSize(t *testing.T) {
	if n := len(factTests); n < 200 {
		t.Errorf("factTests has %d cases, want at least 200", n)
	}
}
