package extract_test

import (
	"regexp"
	"testing"

	"github.com/newsfacts/newsfacts/eval"
	"github.com/newsfacts/newsfacts/extract"
)

// reStructured matches what a page says of itself outside its visible
// text: meta tags, JSON-LD and the canonical link.
var reStructured = regexp.MustCompile(`(?is)<meta\b[^>]*>|<script[^>]*ld\+json[^>]*>.*?</script>|<link\b[^>]*canonical[^>]*>`)

// TestRealPagesWithoutMeta checks the real pages with their meta tags,
// JSON-LD and canonical link taken out, as outlets that give none serve
// their pages: body, title and published time must still be right, read
// from the visible page alone (the time to the minute where the page
// shows it). Bylines and the furniture that only the author tags tell
// apart (a column's sign-off) are left out. Pages whose repository has
// no fetched copy are skipped, as in TestRealPages.
func TestRealPagesWithoutMeta(t *testing.T) {
	forRealPages(t, func(t *testing.T, p eval.RealPage, page []byte) {
		text, _, err := extract.Decode(page, "")
		if err != nil {
			t.Fatal(err)
		}
		bare := reStructured.ReplaceAllString(text, "")
		a, err := extract.FromHTML([]byte(bare), extract.Options{})
		r := eval.CheckRealPage(realOutput(a, err), p.Truth)
		if !r.Body || !r.Title || !r.Time {
			t.Errorf("%s without its meta tags: body %v, title %v, time %v: %q", p.Name, r.Body, r.Title, r.Time, r.Problems)
		}
	})
}

// knownWrongWithoutClasses lists the real pages the extractor is wrong on
// once their class and id attributes are gone, with why (see knownWrong).
var knownWrongWithoutClasses = map[string]string{}

// reClassID matches class and id attributes, the names hints read.
var reClassID = regexp.MustCompile(`(?i)\s(?:class|id)=(?:"[^"]*"|'[^']*'|[^\s>]+)`)

// TestRealPagesWithoutClasses checks the real pages with every class and
// id attribute taken out, as a layout the hints know no word of: body,
// title, published time and furniture must all still be right. A footer
// no hint marks then shows its masthead dates (등록일, 발행일), which are
// the paper's, not the story's; photo captions, decks and promotions are
// told by structure and text (a photo box, the description's echo, the
// reporter's sign-off) rather than by name (0.5.35).
func TestRealPagesWithoutClasses(t *testing.T) {
	forRealPages(t, func(t *testing.T, p eval.RealPage, page []byte) {
		text, _, err := extract.Decode(page, "")
		if err != nil {
			t.Fatal(err)
		}
		bare := reClassID.ReplaceAllString(text, "")
		a, err := extract.FromHTML([]byte(bare), extract.Options{URL: p.URL})
		r := eval.CheckRealPage(realOutput(a, err), p.Truth)
		why, known := knownWrongWithoutClasses[p.Name]
		if !known {
			why, known = knownWrong[p.Name]
		}
		switch {
		case known && r.Right():
			t.Errorf("%s is right without class and id now: take it off the known failures", p.Name)
		case known:
			t.Logf("%s without class and id, known wrong (%s): %q", p.Name, why, r.Problems)
		case !r.Right():
			t.Errorf("%s without class and id: body %v, title %v, time %v, furniture %v: %q", p.Name, r.Body, r.Title, r.Time, r.Furniture, r.Problems)
		}
	})
}
