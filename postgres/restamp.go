package postgres

import (
	"crypto/sha256"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/extract"
)

// A re-extraction by a new version of the rules mostly makes again the
// articles and facts it finds stored. Such pages of a batch are saved by
// one call of articles_restamp (migration 0017), which compares digests
// in the server and, for those that match, gives back their claims,
// stamps the new version and records the extraction, set-wise; the
// others are saved one call of article_prepare each.

// articleDigest hashes the columns of an article's row that
// article_prepare writes from what the extractor made, as it writes them
// (articles.digest): every value written with its length, or marked NULL.
// The row's page, URL and outlet name are compared on their own.
func articleDigest(a *extract.Article, sketch []byte) []byte {
	h := sha256.New()
	str := func(v any) *string {
		if s, ok := v.(string); ok {
			return &s
		}
		return nil
	}
	sk := string(sketch)
	for _, s := range []*string{str(outlet(a.URL)), &a.Title, &a.Byline, str(nullTime(a.Published)),
		str(nullTime(a.Modified)), &a.Text, &a.Section, &a.Lang, str(jsonList(a.Authors)),
		str(jsonList(a.Emails)), str(jsonList(a.Captions)), &sk} {
		writeText(h, s)
	}
	return h.Sum(nil)[:digestSize]
}

// qRestamp calls articles_restamp.
const qRestamp = `SELECT r_page, r_article FROM articles_restamp($1, $2, $3, $4, $5, $6, $7, $8, $9)`

// restampArgs are, for the pages of a batch that articles_restamp may
// save, its arguments; nil when there are none. A page may be saved so
// when this handle's extraction claimed it, an extractor processed it
// before (a page never extracted has no stored article: the call would
// find none), and its article's URL is no other page's of the batch,
// whose save, in order, decides which page holds the article.
func (db *DB) restampArgs(version, at string, xs []newsfacts.Extraction, ps []pending) []any {
	urls := make(map[string]int, len(xs))
	for _, x := range xs {
		if x.Article != nil {
			urls[x.Article.URL]++
		}
	}
	var (
		holder               string
		pages                []int64
		links, charsets      []string
		digests, factDigests [][]byte
		nfacts               []int32
	)
	for i, x := range xs {
		if x.Article == nil || urls[x.Article.URL] > 1 {
			continue
		}
		h, _ := db.extraction.claimed(x.PageID)
		if h == "" || !db.extraction.again(x.PageID) {
			continue
		}
		holder = h
		p := &ps[i]
		all := make([]byte, 0, len(p.digests)*digestSize) // not nil: NULL matches nothing
		for _, d := range p.digests {
			all = append(all, d...)
		}
		pages, links, charsets = append(pages, x.PageID), append(links, x.Article.URL), append(charsets, x.Article.Charset)
		digests, factDigests, nfacts = append(digests, p.digest), append(factDigests, all), append(nfacts, int32(len(p.digests)))
	}
	if len(pages) == 0 {
		return nil
	}
	return []any{holder, version, at, pages, links, digests, factDigests, nfacts, charsets}
}

// restamp queues on b the call of articles_restamp with args, which
// records in done the article ID of each page it saved.
func restamp(b *pgx.Batch, args []any, done map[int64]int64) {
	b.Queue(qRestamp, args...).Query(func(rows pgx.Rows) error {
		var page, article int64
		_, err := pgx.ForEachRow(rows, []any{&page, &article}, func() error {
			done[page] = article
			return nil
		})
		if err != nil {
			return fmt.Errorf("restamp: %w", err)
		}
		return nil
	})
}
