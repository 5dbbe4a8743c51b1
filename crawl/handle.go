package crawl

import (
	"context"
	"crypto/sha256"
	"errors"
	"mime"
	"net/http"
	"net/url"
	"slices"
	"strings"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/extract"
)

// storedHeaders are the response headers kept with a page: what says how to
// read it and how to ask for it again.
var storedHeaders = []string{
	"Content-Type", "Content-Language", "Content-Encoding", "ETag", "Last-Modified",
	"Cache-Control", "Expires", "Date", "Link",
}

// handle records a 2xx response: a feed or sitemap is read for the pages it
// lists, an HTML page for its links, and stored if it is an article.
func (cr *crawler) handle(ctx context.Context, src *Source, it newsfacts.QueueItem, s *slot) error {
	final, _ := url.Parse(s.hops[len(s.hops)-1])
	ctype := s.header.Get("Content-Type")
	mt, _, mtErr := mime.ParseMediaType(ctype)
	done := newsfacts.Outcome{Item: it, Done: true, ETag: s.header.Get("ETag"), LastModified: s.header.Get("Last-Modified"), Queue: newsfacts.Drop}
	if it.Kind == newsfacts.KindFeed || it.Kind == newsfacts.KindSitemap || looksLikeListing(mt) {
		r, err := s.bodyReader()
		if err != nil {
			return err // the spool file, on the database's disk, cannot be read
		}
		lr, err := readListing(r, int64(cr.cfg.MaxListingSize))
		switch {
		case err == nil:
			return cr.listed(ctx, src, it, s, lr, done)
		case !errors.Is(err, ErrNotListing) || (it.Kind != newsfacts.KindStart && it.Kind != newsfacts.KindPage):
			return cr.fail(ctx, it, s, err, newsfacts.Drop)
		}
	}
	if !isHTML(ctype, mt, mtErr) {
		cr.st.Skipped.Add(1)
		cr.log.Debug("skipped: not html", "url", it.URL, "content_type", ctype)
		done.Revisit = it.Kind != newsfacts.KindPage
		return cr.complete(ctx, done)
	}
	// Links are read only if they may be followed; rel=canonical always.
	links, declared := pageLinks(s.body, final, it.Depth < cr.depth(src))
	canon, err := src.canonical(final.String())
	if err != nil {
		canon = final.String()
	}
	// The page's own rel=canonical names it, if it is on the source's
	// hosts: a page cannot claim another site's URL, nor widen the crawl.
	// Nor can it claim a URL that is no article's (the home page, its
	// section, a URL without its article number: see
	// extract.TrustCanonical), or one that another page with other
	// content claimed in this run: sites that give every article one
	// canonical URL would otherwise store them all as versions of it.
	pageURL := canon
	if declared != "" && len(declared) <= MaxURLLength {
		if c, err := src.canonical(declared); err == nil && extract.TrustCanonical(c, canon) {
			if du, err := url.Parse(c); err == nil && slices.Contains(src.Hosts, du.Host) && cr.claim(c, canon, s.body) {
				pageURL = c
			}
		}
	}
	// A page is an article if its URL says so, or its rel=canonical. The
	// URL asked for counts only if it answered itself: an article deleted
	// and redirected to the home page is not an article.
	article := src.isArticle(canon) || src.isArticle(pageURL) || (len(s.hops) == 1 && src.isArticle(it.URL))
	done.Revisit = it.Kind != newsfacts.KindPage || !article
	if it.Depth+1 < cr.depth(src) {
		// Its links lead to index pages, fetched every run for their
		// links: read it in full every run, as a 304 would hide them.
		done.ETag, done.LastModified = "", ""
	}
	for _, u := range []string{canon, pageURL} {
		if u != it.URL {
			done.AlsoDone = append(done.AlsoDone, visitKey(u))
		}
	}
	done.Found = cr.linked(ctx, src, it, links)
	if article {
		done.Page = &newsfacts.Page{
			URL: pageURL, RequestedURL: it.URL, FinalURL: final.String(), FoundURL: it.FoundURL,
			Status: s.status, ContentType: ctype, ETag: done.ETag, LastModified: done.LastModified,
			Headers: pickHeaders(s.header), Body: s.body, RunID: cr.runID, Source: src.outletName(),
		}
	}
	return cr.complete(ctx, done)
}

// canonClaim is the first page of a run that named a canonical URL: the
// URL it was fetched from and the hash of its body.
type canonClaim struct {
	from string
	hash [sha256.Size]byte
}

// claim records that the page fetched from canon, with the given body,
// names c as its canonical URL, and reports whether it may be stored
// under c: no page fetched from another URL with another body named c
// before in this run.
func (cr *crawler) claim(c, canon string, body []byte) bool {
	if c == canon {
		return true
	}
	mine := canonClaim{from: canon, hash: sha256.Sum256(body)}
	v, loaded := cr.claims.LoadOrStore(c, mine)
	if !loaded {
		return true
	}
	first := v.(canonClaim)
	if first.from == canon || first.hash == mine.hash {
		return true
	}
	cr.log.Warn("canonical url shared by different pages; stored under its own url", "url", canon, "canonical", c, "first", first.from)
	return false
}

// isHTML reports whether a Content-Type is HTML or XHTML, given its media
// type mt as mime.ParseMediaType read it, with err. A response without one
// is taken as HTML: the link parser does no harm to others. A header whose
// parameters are malformed ("text/html; UTF-8", "text/html; charset:utf-8")
// still names its media type: ParseMediaType returns it with
// ErrInvalidMediaParameter, and the page is HTML all the same.
func isHTML(ctype, mt string, err error) bool {
	if ctype == "" {
		return true
	}
	if err != nil && !errors.Is(err, mime.ErrInvalidMediaParameter) {
		return false
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}

// looksLikeListing reports whether a media type may be a feed or sitemap.
func looksLikeListing(mt string) bool {
	return strings.Contains(mt, "xml") || strings.Contains(mt, "rss") || strings.Contains(mt, "atom") || strings.Contains(mt, "gzip")
}

func pickHeaders(h http.Header) map[string]string {
	out := make(map[string]string)
	for _, k := range storedHeaders {
		if v := h.Get(k); v != "" {
			out[k] = v
		}
	}
	return out
}
