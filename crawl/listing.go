package crawl

import (
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

// ErrNotListing is returned by parseListing for a document that is neither
// a feed nor a sitemap.
var ErrNotListing = errors.New("not a feed or sitemap")

// listing is what a feed or a sitemap lists.
type listing struct {
	format   string   // root element: rss, RDF, feed, urlset or sitemapindex
	pages    []listed // the pages (articles) it lists
	sitemaps []listed // the sitemaps a sitemap index lists
}

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

// parseListing reads an RSS 1.0 or 2.0 feed, an Atom feed, a sitemap (Google
// News sitemaps included) or a sitemap index, gzipped or not, in any charset
// its XML declaration names. A gzipped document may not inflate to more than
// maxSize bytes (ErrBodyTooLarge). It returns ErrNotListing for another
// kind of document, and an error for malformed XML.
func parseListing(body []byte, maxSize int64) (*listing, error) {
	var r io.Reader = bytes.NewReader(body)
	if bytes.HasPrefix(body, []byte{0x1f, 0x8b}) {
		zr, err := gzip.NewReader(r)
		if err != nil {
			return nil, fmt.Errorf("gunzip: %w", err)
		}
		data, err := io.ReadAll(io.LimitReader(zr, maxSize+1))
		if err != nil {
			return nil, fmt.Errorf("gunzip: %w", err)
		}
		if int64(len(data)) > maxSize {
			return nil, fmt.Errorf("gunzip: %w: more than %d bytes", ErrBodyTooLarge, maxSize)
		}
		r = bytes.NewReader(data)
	}
	d := xml.NewDecoder(r)
	d.CharsetReader = charset.NewReaderLabel
	d.Strict = false // feeds in the wild carry HTML entities and stray tags
	d.Entity = xml.HTMLEntity
	var (
		l          listing
		entry      string // element name of one entry
		depth      int    // of the current element
		entryDepth int    // of the open entry; 0 if none
		cur        listed
		curRank    int
		field      string // element whose text is being read
		text       strings.Builder
	)
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			if l.format == "" {
				return nil, ErrNotListing
			}
			return nil, fmt.Errorf("parse %s: %w", l.format, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			name := t.Name.Local
			if l.format == "" {
				if entry = entryElem[name]; entry == "" {
					return nil, ErrNotListing
				}
				l.format = name
				continue
			}
			switch {
			case entryDepth == 0 && name == entry:
				entryDepth, cur, curRank = depth, listed{}, 0
			case entryDepth == 0:
			case name == "link" && l.format == "feed" && depth == entryDepth+1:
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
			case (name == "link" || name == "loc" || name == "guid") && depth == entryDepth+1,
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
			if entryDepth > 0 && depth == entryDepth && name == entry {
				if cur.URL != "" {
					if l.format == "sitemapindex" {
						l.sitemaps = append(l.sitemaps, cur)
					} else {
						l.pages = append(l.pages, cur)
					}
				}
				entryDepth = 0
			}
			depth--
		}
	}
	if l.format == "" {
		return nil, ErrNotListing
	}
	return &l, nil
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
	for _, layout := range dateLayouts {
		if t, err := time.ParseInLocation(layout, s, kst); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
