// Package pipeline joins the pure extractor to the store: it turns stored
// pages into articles and facts. store.go says what it needs of the store.
package pipeline

import (
	"context"
	"errors"
	"log/slog"
	"sync"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/extract"
)

// Result counts what Extract did.
type Result struct {
	Pages     int // pages processed: an article saved or the page marked
	Articles  int // articles saved
	NoArticle int // pages that hold no article (index pages, errors pages …)
	// SharedCanonical counts articles saved under their page's URL because
	// the canonical URL they named held another page's different article.
	SharedCanonical int
	Facts           int // facts saved
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
	// Profiles holds the outlets' extraction rules; nil means the
	// built-in profiles.
	Profiles *extract.Profiles
	// Log receives progress; nil means slog.Default().
	Log *slog.Logger
}

// Extract runs an Extractor with the current extraction rules; see
// Extractor.Extract.
func Extract(ctx context.Context, db Store, log *slog.Logger) (Result, error) {
	return (&Extractor{Log: log}).Extract(ctx, db)
}

// prefetch is how many pages may wait, read or extracted, for the next
// stage: enough to ride out one slow page, few enough to bound memory.
const prefetch = 4

// extracted is what the extractor made of one page.
type extracted struct {
	page    *newsfacts.Page
	article *extract.Article
	err     error // why the page holds no article
}

// Extract turns every stored page that e's version has not processed into an
// article and its facts, one transaction per article: re-extraction after a
// version change replaces each article and all its facts at once, and a
// reader sees either the old or the new ones. A page the extractor rejects
// (no article, not HTML) is marked with the reason, so it is not tried again
// until the version changes. Extract stops at the first database error or
// when ctx is done, keeping what it saved so far.
//
// Reading pages, extracting and saving overlap: one goroutine reads pages
// ahead, one extracts, and the caller's goroutine saves in page order, so
// the database does not hold the extractor up.
func (e *Extractor) Extract(ctx context.Context, db Store) (Result, error) {
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

	runCtx, cancel := context.WithCancel(ctx)
	pages := make(chan *newsfacts.Page, prefetch)
	results := make(chan extracted, prefetch)
	var (
		wg      sync.WaitGroup
		readErr error // set by the reader before it closes pages
	)
	defer func() {
		cancel()
		for range results { // let the stages see the cancellation and end
		}
		wg.Wait()
	}()
	wg.Add(2)
	go func() {
		defer wg.Done()
		defer close(pages)
		for _, id := range ids {
			p, err := db.Page(runCtx, id)
			if err != nil {
				readErr = err
				return
			}
			select {
			case pages <- p:
			case <-runCtx.Done():
				return
			}
		}
	}()
	go func() {
		defer wg.Done()
		defer close(results)
		for p := range pages {
			a, err := fromHTML(p.Body, extract.Options{URL: p.URL, ContentType: p.ContentType, Profiles: e.Profiles})
			select {
			case results <- extracted{p, a, err}:
			case <-runCtx.Done():
				return
			}
		}
	}()

	for r := range results {
		if err := ctx.Err(); err != nil {
			return res, context.Cause(ctx)
		}
		p := r.page
		if r.err != nil {
			log.Info("no article", "page_id", p.ID, "url", p.URL, "reason", r.err)
			if err := db.MarkNoArticle(ctx, p.ID, version, r.err.Error()); err != nil {
				return res, err
			}
			res.Pages++
			res.NoArticle++
			continue
		}
		articleID, err := db.SaveArticle(ctx, p.ID, r.article, version)
		if errors.Is(err, newsfacts.ErrURLTaken) {
			// The page names as its canonical URL one that another,
			// different article holds: the site gives several articles
			// one canonical URL. This one keeps its page's URL.
			log.Warn("canonical url shared by different articles; keyed by the page's url",
				"page_id", p.ID, "url", p.URL, "canonical", r.article.URL)
			r.article.URL = p.URL
			res.SharedCanonical++
			articleID, err = db.SaveArticle(ctx, p.ID, r.article, version)
		}
		if err != nil {
			return res, err
		}
		res.Pages++
		res.Articles++
		res.Facts += len(r.article.Facts)
		log.Debug("saved article", "page_id", p.ID, "article_id", articleID, "url", r.article.URL, "facts", len(r.article.Facts))
	}
	// results is closed: every page went through, or the reader stopped.
	if err := ctx.Err(); err != nil {
		return res, context.Cause(ctx)
	}
	if readErr != nil {
		return res, readErr
	}
	log.Info("extract finished", "pages", res.Pages, "articles", res.Articles, "no_article", res.NoArticle,
		"facts", res.Facts, "shared_canonical", res.SharedCanonical)
	return res, nil
}
