package extract

import (
	"errors"
	"time"
)

// Version identifies the extractor's rules. Stored with every article, it
// lets the pipeline re-extract pages whose articles came from older rules.
const Version = "0.1.0"

// Errors FromHTML returns for input that holds no article.
var (
	ErrNotHTML   = errors.New("not an html document")
	ErrNoArticle = errors.New("no article text found")
)

// Options tells FromHTML what is known about a page besides its bytes.
type Options struct {
	URL         string // the page's URL, used for relative links and site rules
	ContentType string // the HTTP Content-Type header, for its charset
}

// Article is the clean content of one news page.
type Article struct {
	URL        string    // canonical URL when the page names one, else Options.URL
	Title      string    // headline without the site suffix
	Byline     string    // reporters as written, e.g. "강나루"
	Published  time.Time // zero when unknown; carries the page's offset
	Modified   time.Time // zero when unknown
	Text       string    // clean body: Paragraphs joined by "\n"
	Paragraphs []string
	Facts      []Fact // facts found in Text, offsets into Text
}

// FromHTML extracts the article from an HTML page.
func FromHTML(page []byte, opt Options) (*Article, error) {
	return nil, ErrNoArticle // replaced by the HTML extractor
}
