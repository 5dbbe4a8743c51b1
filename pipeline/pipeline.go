// Package pipeline joins the pure extractor to the store: it turns stored
// pages into articles and facts.
package pipeline

import (
	"context"
	"log/slog"

	"github.com/newsfacts/newsfacts/extract"
	"github.com/newsfacts/newsfacts/sqlite"
)

// Result counts what Extract did.
type Result struct {
	Pages     int // pages processed
	Articles  int // articles saved
	NoArticle int // pages that hold no article (index pages, errors pages …)
	Facts     int // facts saved
}

// Extractor turns stored pages into articles and facts with one version of
// the extraction rules. The zero value uses package extract; tests set the
// fields to simulate another version of the rules.
type Extractor struct {
	// Version is recorded with every article and page the extractor
	// processes; a page extracted by another version is extracted again.
	// Empty means extract.Version.
	Version string
	// FromHTML extracts the article of a page; nil means extract.FromHTML.
	FromHTML func(page []byte, opt extract.Options) (*extract.Article, error)
	// Log receives progress; nil means slog.Default().
	Log *slog.Logger
}

// Extract runs an Extractor with the current extraction rules; see
// Extractor.Extract.
func Extract(ctx context.Context, db *sqlite.DB, log *slog.Logger) (Result, error) {
	return (&Extractor{Log: log}).Extract(ctx, db)
}

// Extract turns every stored page that e's version has not processed into an
// article and its facts, one transaction per article: re-extraction after a
// version change replaces each article and all its facts at once, and a
// reader sees either the old or the new ones. A page the extractor rejects
// (no article, not HTML) is marked with the reason, so it is not tried again
// until the version changes. Extract stops at the first database error or
// when ctx is done, keeping what it saved so far.
func (e *Extractor) Extract(ctx context.Context, db *sqlite.DB) (Result, error) {
	var res Result
	version, fromHTML, log := e.Version, e.FromHTML, e.Log
	if version == "" {
		version = extract.Version
	}
	if fromHTML == nil {
		fromHTML = extract.FromHTML
	}
	if log == nil {
		log = slog.Default()
	}
	ids, err := db.PendingPages(ctx, version)
	if err != nil {
		return res, err
	}
	log.Info("extract started", "pages", len(ids), "extractor_version", version)
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return res, context.Cause(ctx)
		}
		p, err := db.Page(ctx, id)
		if err != nil {
			return res, err
		}
		res.Pages++
		a, err := fromHTML(p.Body, extract.Options{URL: p.URL, ContentType: p.ContentType})
		if err != nil {
			res.NoArticle++
			log.Info("no article", "page_id", p.ID, "url", p.URL, "reason", err)
			if err := db.MarkNoArticle(ctx, p.ID, version, err.Error()); err != nil {
				return res, err
			}
			continue
		}
		articleID, err := db.SaveArticle(ctx, p.ID, a, version)
		if err != nil {
			return res, err
		}
		res.Articles++
		res.Facts += len(a.Facts)
		log.Debug("saved article", "page_id", p.ID, "article_id", articleID, "url", a.URL, "facts", len(a.Facts))
	}
	log.Info("extract finished", "pages", res.Pages, "articles", res.Articles, "no_article", res.NoArticle, "facts", res.Facts)
	return res, nil
}
