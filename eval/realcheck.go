package eval

import (
	"fmt"
	"strings"
	"time"
	"unicode"
)

// kst is Korea Standard Time, the zone of every published time a real
// page's truth gives.
var kst = time.FixedZone("KST", 9*60*60)

// Limits of the body check: at most MaxExtra more letters than the true
// body, at most MaxMissing fewer, and the paragraph count within
// ParagraphSlack of the truth's (at least one paragraph either way).
const (
	MaxExtra       = 0.15
	MaxMissing     = 0.10
	ParagraphSlack = 0.20
)

// RealOutput is what an extractor made of a real page.
type RealOutput struct {
	Err        error // the extractor's error, nil for an article
	Title      string
	Byline     string
	Published  time.Time
	Paragraphs []string
}

// RealResult is the verdict on one real page. Body, Title, Time and
// Furniture are the four checks of the set; Byline is reported beside
// them. Problems says why each failed check failed.
type RealResult struct {
	Body, Title, Time, Furniture, Byline bool
	Problems                             []string
}

// Right reports whether the page is right on all four checks.
func (r RealResult) Right() bool { return r.Body && r.Title && r.Time && r.Furniture }

// Classes returns the names of the failed checks among the four.
func (r RealResult) Classes() []string {
	var out []string
	for _, c := range []struct {
		ok   bool
		name string
	}{{r.Body, "body"}, {r.Title, "title"}, {r.Time, "time"}, {r.Furniture, "furniture"}} {
		if !c.ok {
			out = append(out, c.name)
		}
	}
	return out
}

// CheckRealPage checks an extractor's output against a page's truth:
//
//   - body: every phrase exactly once, at most MaxExtra more and
//     MaxMissing fewer letters than the true body, and the number of
//     paragraphs within ParagraphSlack;
//   - title: equal after collapsing white space and writing typographic
//     quotes as ASCII ones (a page's headline element and its og:title
//     may quote the same words with “” and "");
//   - time: the published time in KST to the minute, or to the day when
//     the truth gives a day;
//   - furniture: no furniture phrase in the body and no furniture line
//     as a paragraph.
//
// Texts are compared on their letters and digits only, so spacing,
// quotes and punctuation do not count.
func CheckRealPage(out RealOutput, t RealTruth) RealResult {
	var r RealResult
	fail := func(format string, args ...any) { r.Problems = append(r.Problems, fmt.Sprintf(format, args...)) }
	if out.Err != nil {
		fail("no article: %v", out.Err)
		return r
	}
	text := letters(strings.Join(out.Paragraphs, "\n"))

	r.Body = true
	for _, p := range t.Phrases {
		if n := strings.Count(text, letters(p)); n != 1 {
			r.Body = false
			fail("body: phrase %q %d times, want 1", p, n)
		}
	}
	got, want := len([]rune(text)), t.BodyLetters
	if float64(got) > float64(want)*(1+MaxExtra) {
		r.Body = false
		fail("body: %d letters, %.0f%% more than the true %d", got, 100*float64(got-want)/float64(want), want)
	}
	if float64(got) < float64(want)*(1-MaxMissing) {
		r.Body = false
		fail("body: %d letters, %.0f%% fewer than the true %d", got, 100*float64(want-got)/float64(want), want)
	}
	slack := max(1, int(float64(t.Paragraphs)*ParagraphSlack))
	if n := len(out.Paragraphs); n < t.Paragraphs-slack || n > t.Paragraphs+slack {
		r.Body = false
		fail("body: %d paragraphs, want %d±%d", n, t.Paragraphs, slack)
	}

	r.Title = titleKey(out.Title) == titleKey(t.Title)
	if !r.Title {
		fail("title: %q, want %q", out.Title, t.Title)
	}

	r.Time = checkTime(out.Published, t.Published)
	if !r.Time {
		fail("time: %v, want %s KST", out.Published, t.Published)
	}

	r.Furniture = true
	for _, f := range t.Furniture {
		if strings.Contains(text, letters(f)) {
			r.Furniture = false
			fail("furniture: %q in body", f)
		}
	}
	for _, f := range t.FurnitureLines {
		for _, p := range out.Paragraphs {
			if letters(p) == letters(f) {
				r.Furniture = false
				fail("furniture: line %q is a paragraph", f)
			}
		}
	}

	r.Byline = t.Byline == "" || out.Byline == t.Byline
	if !r.Byline {
		fail("byline: %q, want %q", out.Byline, t.Byline)
	}
	return r
}

// checkTime compares a published time with the truth's, to the precision
// the truth gives.
func checkTime(got time.Time, truth string) bool {
	want, day, err := parseTruthTime(truth)
	if err != nil || got.IsZero() {
		return false
	}
	got = got.In(kst)
	if day {
		return got.Format(time.DateOnly) == want.Format(time.DateOnly)
	}
	return got.Truncate(time.Minute).Equal(want)
}

// parseTruthTime reads a truth's published time: a KST minute or a day.
func parseTruthTime(s string) (t time.Time, day bool, err error) {
	if t, err := time.ParseInLocation("2006-01-02T15:04", s, kst); err == nil {
		return t, false, nil
	}
	if t, err := time.ParseInLocation(time.DateOnly, s, kst); err == nil {
		return t, true, nil
	}
	return time.Time{}, false, fmt.Errorf("published %q: want 2006-01-02T15:04 or 2006-01-02", s)
}

// titleKey is a title with white space collapsed and typographic quotes
// written as ASCII ones.
func titleKey(s string) string {
	return quoteFolder.Replace(strings.Join(strings.Fields(s), " "))
}

// quoteFolder writes typographic double and single quotes as ASCII ones.
var quoteFolder = strings.NewReplacer("“", `"`, "”", `"`, "„", `"`, "‟", `"`, "″", `"`, "‘", "'", "’", "'", "‚", "'", "‛", "'", "′", "'")

// letters keeps the letters and digits of s.
func letters(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, s)
}
