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

// Extract turns every stored page that the current extractor version has
// not processed into an article and its facts, one transaction per article.
// A page the extractor rejects (no article, not HTML) is marked with the
// reason, so it is not tried again until the extractor version changes. Extract stops at the first
// database error or when ctx is done, keeping what it saved so far.
func Extract(ctx context.Context, db *sqlite.DB, log *slog.Logger) (Result, error) {
	var res Result
	if log == nil {
		log = slog.Default()
	}
	ids, err := db.PendingPages(ctx, extract.Version)
	if err != nil {
		return res, err
	}
	log.Info("extract started", "pages", len(ids), "extractor_version", extract.Version)
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return res, context.Cause(ctx)
		}
		p, err := db.Page(ctx, id)
		if err != nil {
			return res, err
		}
		res.Pages++
		a, err := extract.FromHTML(p.Body, extract.Options{URL: p.URL, ContentType: p.ContentType})
		if err != nil {
			res.NoArticle++
			log.Info("no article", "page_id", p.ID, "url", p.URL, "reason", err)
			if err := db.MarkNoArticle(ctx, p.ID, extract.Version, err.Error()); err != nil {
				return res, err
			}
			continue
		}
		articleID, err := db.SaveArticle(ctx, p.ID, a, extract.Version)
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
