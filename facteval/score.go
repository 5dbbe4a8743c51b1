package facteval

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/facts"
)

// Counts are the facts of one kind: annotated, predicted, and matched.
type Counts struct {
	Gold, Pred, Match int
}

// Precision is Match/Pred, 1 when nothing was predicted.
func (c Counts) Precision() float64 { return ratio(c.Match, c.Pred) }

// Recall is Match/Gold, 1 when nothing was annotated.
func (c Counts) Recall() float64 { return ratio(c.Match, c.Gold) }

// F1 is the harmonic mean of Precision and Recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// Agreement counts the matched facts whose qualifiers, context words or
// approx agree with the annotation.
type Agreement struct {
	Matched, Qualifiers, Context, Approx int
}

// MissKind says how a fact was missed.
type MissKind string

// The kinds of miss. A Wrong miss counts as a false positive of the
// predicted fact's kind and a false negative of the annotated one's.
const (
	FalsePositive MissKind = "false positive" // predicted, not annotated
	FalseNegative MissKind = "false negative" // annotated, not predicted
	Wrong         MissKind = "wrong"          // the same span read differently
	Words         MissKind = "words"          // matched, but qualifiers, context words or approx differ
)

// Miss is one disagreement between the annotation and the extractor.
type Miss struct {
	Kind     MissKind
	Sentence *Sentence
	Gold     *Gold       // nil for a false positive
	Got      *facts.Fact // nil for a false negative
	Diff     string      // what differs: "value 3 ≠ 2", "qualifiers [약] ≠ []"
}

// Report is the score of an extractor on a set.
type Report struct {
	Sentences, Traps int
	Kinds            map[facts.Kind]*Counts // money, count, percent
	All              Counts
	Words            Agreement
	Misses           []Miss // in the order of the set
}

// Kinds are the kinds of fact, in the order reports list them.
var Kinds = []facts.Kind{facts.KindMoney, facts.KindCount, facts.KindPercent}

// Score runs extract on every sentence of set and compares what it finds
// with the annotation. Within a sentence, each annotated fact is paired
// first with a predicted fact equal to it in kind, text, value, min, max,
// currency and unit (a match); what is left is paired by span — the same
// text, or overlapping spans — as a Wrong miss; the rest are false
// negatives and false positives.
func Score(set []Sentence, extract func(string) []facts.Fact) *Report {
	r := &Report{Kinds: map[facts.Kind]*Counts{}}
	for _, k := range Kinds {
		r.Kinds[k] = &Counts{}
	}
	count := func(k facts.Kind) *Counts {
		if c, ok := r.Kinds[k]; ok {
			return c
		}
		c := &Counts{}
		r.Kinds[k] = c
		return c
	}
	for i := range set {
		s := &set[i]
		r.Sentences++
		if s.Trap != "" {
			r.Traps++
		}
		got := extract(s.Text)
		for _, g := range s.Facts {
			count(g.Kind).Gold++
		}
		for _, f := range got {
			count(f.Kind).Pred++
		}
		goldAt := goldSpans(s)
		gotAt := factSpans(s.Text, got)
		usedGold, usedGot := make([]bool, len(s.Facts)), make([]bool, len(got))
		for gi := range s.Facts {
			g := &s.Facts[gi]
			for fi := range got {
				if usedGot[fi] || !same(g, &got[fi]) {
					continue
				}
				usedGold[gi], usedGot[fi] = true, true
				count(g.Kind).Match++
				r.agree(s, g, &got[fi])
				break
			}
		}
		for gi := range s.Facts {
			if usedGold[gi] {
				continue
			}
			for fi := range got {
				if usedGot[fi] || !overlap(goldAt[gi], gotAt[fi]) {
					continue
				}
				usedGold[gi], usedGot[fi] = true, true
				r.Misses = append(r.Misses, Miss{Kind: Wrong, Sentence: s, Gold: &s.Facts[gi], Got: &got[fi],
					Diff: diff(&s.Facts[gi], &got[fi])})
				break
			}
		}
		for gi := range s.Facts {
			if !usedGold[gi] {
				r.Misses = append(r.Misses, Miss{Kind: FalseNegative, Sentence: s, Gold: &s.Facts[gi]})
			}
		}
		for fi := range got {
			if !usedGot[fi] {
				r.Misses = append(r.Misses, Miss{Kind: FalsePositive, Sentence: s, Got: &got[fi]})
			}
		}
	}
	for _, c := range r.Kinds {
		r.All.Gold += c.Gold
		r.All.Pred += c.Pred
		r.All.Match += c.Match
	}
	return r
}

// agree counts what of the matched fact f agrees with g, and records a
// Words miss when anything does not.
func (r *Report) agree(s *Sentence, g *Gold, f *facts.Fact) {
	r.Words.Matched++
	var d []string
	if slices.Equal(g.Qualifiers, f.Qualifiers) {
		r.Words.Qualifiers++
	} else {
		d = append(d, fmt.Sprintf("qualifiers %q ≠ %q", g.Qualifiers, f.Qualifiers))
	}
	if slices.Equal(g.ContextWords, f.ContextWords) {
		r.Words.Context++
	} else {
		d = append(d, fmt.Sprintf("context_words %q ≠ %q", g.ContextWords, f.ContextWords))
	}
	if g.Approx == f.Approx {
		r.Words.Approx++
	} else {
		d = append(d, fmt.Sprintf("approx %v ≠ %v", g.Approx, f.Approx))
	}
	if len(d) > 0 {
		r.Misses = append(r.Misses, Miss{Kind: Words, Sentence: s, Gold: g, Got: f, Diff: strings.Join(d, ", ")})
	}
}

// same reports whether f is g: kind, text, value, min, max, currency and
// unit.
func same(g *Gold, f *facts.Fact) bool {
	return g.Kind == f.Kind && g.Text == f.Text && g.Currency == f.Currency && g.Unit == f.Unit &&
		sameNumber(g.Value, f.Value) && sameNumber(g.Min, f.Min) && sameNumber(g.Max, f.Max)
}

// sameNumber reports whether a and b are both nil or equal in value.
func sameNumber(a, b *facts.Decimal) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return a.Cmp(*b) == 0
}

// diff says what differs between g and f.
func diff(g *Gold, f *facts.Fact) string {
	var d []string
	add := func(name, a, b string) {
		if a != b {
			d = append(d, fmt.Sprintf("%s %s ≠ %s", name, a, b))
		}
	}
	add("kind", string(g.Kind), string(f.Kind))
	add("text", fmt.Sprintf("%q", g.Text), fmt.Sprintf("%q", f.Text))
	add("value", Number(g.Value), Number(f.Value))
	add("min", Number(g.Min), Number(f.Min))
	add("max", Number(g.Max), Number(f.Max))
	add("currency", g.Currency, f.Currency)
	add("unit", g.Unit, f.Unit)
	return strings.Join(d, ", ")
}

// Number formats a decimal, or "null".
func Number(d *facts.Decimal) string {
	if d == nil {
		return "null"
	}
	return d.String()
}

// span is a byte span of a sentence.
type span struct{ start, end int }

func overlap(a, b span) bool { return a.start < b.end && b.start < a.end && a.end > a.start }

// goldSpans finds where each annotated fact stands in its sentence: the
// first occurrence of its text after the start of the one before (a gloss
// stands inside the amount it glosses), else anywhere; {-1, -1} if none.
func goldSpans(s *Sentence) []span {
	spans := make([]span, len(s.Facts))
	from := 0
	for i, g := range s.Facts {
		k := strings.Index(s.Text[from:], g.Text)
		if k >= 0 {
			k += from
		} else {
			k = strings.Index(s.Text, g.Text)
		}
		if k < 0 {
			spans[i] = span{-1, -1}
			continue
		}
		spans[i] = span{k, k + len(g.Text)}
		from = k + 1
		for from < len(s.Text) && !utf8.RuneStart(s.Text[from]) {
			from++
		}
	}
	return spans
}

// factSpans returns the byte spans of the facts of text, whose offsets are
// in code points.
func factSpans(text string, fs []facts.Fact) []span {
	// The byte offset of every code point offset, and of the end.
	at := make([]int, 0, len(text)+1)
	for i := range text {
		at = append(at, i)
	}
	at = append(at, len(text))
	spans := make([]span, len(fs))
	for i, f := range fs {
		if f.Start < 0 || f.End >= len(at) || f.Start > f.End {
			spans[i] = span{-1, -1}
			continue
		}
		spans[i] = span{at[f.Start], at[f.End]}
	}
	return spans
}

// Bar is a figure the extractor must reach on a set: a metric of a kind.
type Bar struct {
	Kind   facts.Kind
	Metric string // "precision", "recall" or "F1"
	Min    float64
}

// Bars are the figures of issue 12, for the real-text evaluation and for
// any held-out set of the same conventions.
var Bars = []Bar{
	{facts.KindMoney, "precision", 0.99},
	{facts.KindMoney, "recall", 0.98},
	{facts.KindCount, "F1", 0.97},
	{facts.KindPercent, "F1", 0.99},
}

// Of returns the figure of b in r.
func (b Bar) Of(r *Report) float64 {
	c := r.Kinds[b.Kind]
	if c == nil {
		c = &Counts{}
	}
	switch b.Metric {
	case "precision":
		return c.Precision()
	case "recall":
		return c.Recall()
	}
	return c.F1()
}
