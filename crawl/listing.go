package crawl

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"golang.org/x/net/html/charset"
)

// Errors of reading a listing.
var (
	// ErrNotListing is returned by readListing for a document that is
	// neither a feed nor a sitemap.
	ErrNotListing = errors.New("not a feed or sitemap")
	// ErrListingLimit ends a listing that goes past one of the bounds below:
	// the entries read before it are kept, the rest is ignored.
	ErrListingLimit = errors.New("listing over the limits")
)

// Bounds of one feed or sitemap. The sitemap protocol
// (https://www.sitemaps.org/protocol.html) allows at most 50,000 URLs and
// 50 MiB uncompressed in a sitemap or sitemap index; feeds get the same.
// The size is Config.MaxListingSize. The others bound what the XML decoder
// holds at once, whatever the document: it keeps one token whole (a text,
// or a tag with its attributes) and a stack of the open elements with
// their namespaces. Real feeds and sitemaps nest a handful of elements,
// with a few attributes each, and their longest texts (an item's HTML
// description) take some KB.
const (
	maxListed       = 50000   // entries of one listing
	maxListingToken = 1 << 20 // bytes of one XML token
	maxListingDepth = 64      // elements open at once
	maxListingAttrs = 64      // attributes of one element
)

// listed is one URL of a listing, with its date if it gives one.
type listed struct {
	URL  string
	Date time.Time
}

// entryElem is, for each root element, the element of one listed URL.
var entryElem = map[string]string{
	"rss":          "item",    // RSS 2.0
	"RDF":          "item",    // RSS 1.0
	"feed":         "entry",   // Atom
	"urlset":       "url",     // sitemap, Google News sitemap
	"sitemapindex": "sitemap", // sitemap index
}

// dateRank orders the date elements of an entry: the date of publication
// wins over the date of the last change.
var dateRank = map[string]int{
	"publication_date": 3, // news:publication_date, Google News sitemaps
	"pubDate":          3, // RSS 2.0
	"published":        3, // Atom
	"date":             2, // dc:date, RSS 1.0
	"updated":          1, // Atom
	"lastmod":          1, // sitemaps
}

// listingReader reads the entries of an RSS 1.0 or 2.0 feed, an Atom feed,
// a sitemap (Google News sitemaps included) or a sitemap index one at a
// time, token by token: it never holds the document, only the entry being
// read. A listing is never read past its bounds (see above).
type listingReader struct {
	format string // root element: rss, RDF, feed, urlset or sitemapindex
	entry  string // element of one entry
	d      *xml.Decoder
	in     *boundedReader
	n      int  // entries returned
	depth  int  // of the current element
	closed bool // the last token was an end element: depth goes down before the next
	err    error
}

// readListing starts reading the feed or sitemap in r, gzipped or not, in
// any charset its XML declaration names, and reads up to its root element.
// The document may not be (or inflate to) more than maxSize bytes. It
// returns ErrNotListing for another kind of document, and a gunzip error
// for a broken gzip stream.
func readListing(r io.Reader, maxSize int64) (*listingReader, error) {
	br := bufio.NewReader(r)
	if magic, _ := br.Peek(2); bytes.Equal(magic, []byte{0x1f, 0x8b}) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("gunzip: %w", err)
		}
		br = bufio.NewReader(zr)
	}
	lr := &listingReader{in: &boundedReader{r: br, max: maxSize}}
	lr.d = xml.NewDecoder(lr.in)
	lr.d.CharsetReader = charset.NewReaderLabel
	lr.d.Strict = false // feeds in the wild carry HTML entities and stray tags
	lr.d.Entity = xml.HTMLEntity
	for {
		tok, err := lr.token()
		switch {
		case err == nil:
		case errors.Is(err, ErrBodyTooLarge) || errors.Is(err, ErrListingLimit):
			return nil, err
		case lr.in.err != nil && lr.in.err != io.EOF:
			return nil, fmt.Errorf("read listing: %w", lr.in.err) // a broken gzip stream
		default:
			return nil, ErrNotListing // not XML, or the charset it names is unknown
		}
		if t, ok := tok.(xml.StartElement); ok {
			name := t.Name.Local
			if lr.entry = entryElem[name]; lr.entry == "" {
				return nil, ErrNotListing
			}
			lr.format = name
			return lr, nil
		}
	}
}

// index reports whether the listing is a sitemap index: its entries are
// sitemaps, not pages.
func (lr *listingReader) index() bool { return lr.format == "sitemapindex" }

// next returns the next entry that names a URL. It returns io.EOF at the
// end of the document; an error wrapping ErrListingLimit or
// ErrBodyTooLarge past a bound; the decoder's error for malformed XML.
// After an error it returns the same error.
func (lr *listingReader) next() (listed, error) {
	if lr.err != nil {
		return listed{}, lr.err
	}
	l, err := lr.scan()
	if err != nil {
		if lr.format != "" && err != io.EOF && !errors.Is(err, ErrListingLimit) && !errors.Is(err, ErrBodyTooLarge) {
			err = fmt.Errorf("parse %s: %w", lr.format, err)
		}
		lr.err = err
	}
	return l, err
}

func (lr *listingReader) scan() (listed, error) {
	var (
		cur        listed
		curRank    int
		entryDepth int    // of the open entry; 0 if none
		field      string // element whose text is being read
		text       strings.Builder
	)
	for {
		tok, err := lr.token()
		if err != nil {
			return listed{}, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := t.Name.Local
			switch {
			case entryDepth == 0 && name == lr.entry:
				entryDepth, cur, curRank = lr.depth, listed{}, 0
			case entryDepth == 0:
			case name == "link" && lr.format == "feed" && lr.depth == entryDepth+1:
				// Atom: <link href="…"/>, the page itself when rel is
				// alternate or missing.
				rel, href := "", ""
				for _, a := range t.Attr {
					switch a.Name.Local {
					case "rel":
						rel = a.Value
					case "href":
						href = a.Value
					}
				}
				if (rel == "" || rel == "alternate") && cur.URL == "" {
					cur.URL = strings.TrimSpace(href)
				}
			case (name == "link" || name == "loc" || name == "guid") && lr.depth == entryDepth+1,
				dateRank[name] > 0:
				// loc only as a direct child: <image:loc> is an image.
				field = name
				text.Reset()
			}
		case xml.CharData:
			if field != "" {
				text.Write(t)
			}
		case xml.EndElement:
			name := t.Name.Local
			if field != "" && name == field {
				v := strings.TrimSpace(text.String())
				switch {
				case name == "link" || name == "loc":
					if cur.URL == "" {
						cur.URL = v
					}
				case name == "guid":
					// A permalink guid stands in for a missing link.
					if cur.URL == "" && (strings.HasPrefix(v, "http://") || strings.HasPrefix(v, "https://")) {
						cur.URL = v
					}
				case dateRank[name] > curRank:
					if dt, ok := parseDate(v); ok {
						cur.Date, curRank = dt, dateRank[name]
					}
				}
				field = ""
			}
			// The decoder's depth counts this element until the token
			// after its end.
			if entryDepth > 0 && lr.depth == entryDepth && name == lr.entry {
				entryDepth = 0
				if cur.URL != "" {
					if lr.n == maxListed {
						return listed{}, fmt.Errorf("%w: more than %d URLs (the sitemap protocol's limit): the rest ignored", ErrListingLimit, maxListed)
					}
					lr.n++
					return cur, nil
				}
			}
		}
	}
}

// token returns the decoder's next token, within the bounds of one token's
// size, of the elements open at once and of an element's attributes, and
// keeps lr.depth: the depth of a start element, and of an end element
// (the depth goes down after it).
func (lr *listingReader) token() (xml.Token, error) {
	if lr.closed {
		lr.closed = false
		lr.depth--
	}
	lr.in.startToken()
	tok, err := lr.d.Token()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return nil, io.EOF
		}
		return nil, err
	}
	switch t := tok.(type) {
	case xml.StartElement:
		lr.depth++
		if lr.depth > maxListingDepth {
			return nil, fmt.Errorf("%w: elements nested more than %d deep", ErrListingLimit, maxListingDepth)
		}
		if len(t.Attr) > maxListingAttrs {
			return nil, fmt.Errorf("%w: an element with more than %d attributes", ErrListingLimit, maxListingAttrs)
		}
	case xml.EndElement:
		lr.closed = true
	}
	return tok, nil
}

// boundedReader is the decoder's input: it counts the bytes read, of the
// whole document and of the token being read, and fails past either bound.
// It is an io.ByteReader, so that the decoder reads from it byte by byte
// and its counts are exact.
type boundedReader struct {
	r          *bufio.Reader
	max        int64 // bytes of the document
	n          int64 // bytes read
	tokenStart int64 // n when the token being read began
	err        error // the last error of r
}

func (b *boundedReader) startToken() { b.tokenStart = b.n }

func (b *boundedReader) check(want int64) error {
	switch {
	case b.n+want > b.max:
		return fmt.Errorf("%w: more than %s (the sitemap protocol's limit): read up to there", ErrBodyTooLarge, size(b.max))
	case b.n+want-b.tokenStart > maxListingToken:
		return fmt.Errorf("%w: an XML token of more than %s", ErrListingLimit, size(maxListingToken))
	}
	return nil
}

// ReadByte implements io.ByteReader.
func (b *boundedReader) ReadByte() (byte, error) {
	if err := b.check(1); err != nil {
		// Only past the end: a document of exactly max bytes is read.
		if _, peekErr := b.r.Peek(1); peekErr != nil {
			b.err = peekErr
			return 0, peekErr
		}
		return 0, err
	}
	c, err := b.r.ReadByte()
	if err == nil {
		b.n++
	}
	b.err = err
	return c, err
}

// Read implements io.Reader, for a charset decoder the XML declaration
// puts in between.
func (b *boundedReader) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	// A charset decoder reads ahead in blocks: a token may go a block
	// past its bound before it is stopped.
	if err := b.check(1); err != nil {
		if _, peekErr := b.r.Peek(1); peekErr != nil {
			b.err = peekErr
			return 0, peekErr
		}
		return 0, err
	}
	n, err := b.r.Read(p[:min(int64(len(p)), 4096, b.max-b.n)])
	b.n += int64(n)
	b.err = err
	return n, err
}

// size writes a byte count as MiB or KiB when it is a whole number of
// them.
func size(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// dateLayouts are the date forms feeds and sitemaps use: RFC 822 and its
// variants in RSS, RFC 3339 (W3C datetime) in Atom and sitemaps, and the
// zone-less forms some Korean feeds write, read as Korean time.
var dateLayouts = []string{
	time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	"2 Jan 2006 15:04:05 -0700", time.RFC822Z, time.RFC822,
	time.RFC3339Nano, time.RFC3339, "2006-01-02T15:04Z07:00", "2006-01-02",
	"2006-01-02 15:04:05", "2006-01-02T15:04:05", "2006.01.02 15:04:05", "2006-01-02 15:04",
}

// kst is Korea Standard Time, for dates written without a zone.
var kst = time.FixedZone("KST", 9*60*60)

// parseDate parses a feed or sitemap date; ok is false if no layout fits.
func parseDate(s string) (t time.Time, ok bool) {
	s = strings.TrimSpace(s)
	if len(s) > 64 {
		return time.Time{}, false // no layout is that long
	}
	for _, layout := range dateLayouts {
		if t, err := time.ParseInLocation(layout, s, kst); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
