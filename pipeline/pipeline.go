// Package pipeline joins the pure extractor to the store: it turns stored
// pages into articles and facts. store.go says what it needs of the store.
package pipeline

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"time"

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
	// Workers is how many pages are extracted at once, each on a
	// goroutine of its own; less than 1 means 1.
	Workers int
	// LockWait is how long Extract waits for another extraction of the
	// database to end; 0: not at all.
	LockWait time.Duration
}

// Extract runs an Extractor with the current extraction rules; see
// Extractor.Extract.
func Extract(ctx context.Context, db Store, log *slog.Logger) (Result, error) {
	return (&Extractor{Log: log}).Extract(ctx, db)
}

// prefetch is how many pages may wait, read or extracted, for the next
// stage, per extracting goroutine: enough to ride out one slow page, few
// enough to bound memory.
const prefetch = 4

// extracted is what the extractor made of one page, the seq-th pending.
type extracted struct {
	seq     int
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
// when ctx is done, keeping what it saved so far. It first takes the
// database's extract lock, waiting up to e.LockWait, and returns an error
// wrapping newsfacts.ErrLocked if another extraction holds it: two would
// both do all the work.
//
// Reading pages, extracting and saving overlap: one goroutine reads pages
// ahead, e.Workers extract, and the caller's goroutine saves, in page
// order whatever the number of workers, so the database does not hold the
// extractor up and a run saves the same rows in the same order on one core
// or many. The pages read and not yet saved are bounded.
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
	workers := max(e.Workers, 1)
	unlock, err := db.LockExtract(ctx, e.LockWait)
	if err != nil {
		return res, err
	}
	defer unlock()
	ids, err := db.PendingPages(ctx, version)
	if err != nil {
		return res, err
	}
	log.Info("extract started", "pages", len(ids), "extractor_version", version, "workers", workers)

	runCtx, cancel := context.WithCancel(ctx)
	type job struct {
		seq  int
		page *newsfacts.Page
	}
	pages := make(chan job, prefetch*workers)
	results := make(chan extracted, prefetch*workers)
	// window holds a token for each page read and not yet saved.
	window := make(chan struct{}, 2*prefetch*workers)
	var (
		wg, extractors sync.WaitGroup
		readErr        error // set by the reader before it closes pages
	)
	defer func() {
		cancel()
		for range results { // let the stages see the cancellation and end
		}
		wg.Wait()
	}()
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(pages)
		for i, id := range ids {
			select {
			case window <- struct{}{}:
			case <-runCtx.Done():
				return
			}
			p, err := db.Page(runCtx, id)
			if err != nil {
				readErr = err
				return
			}
			select {
			case pages <- job{i, p}:
			case <-runCtx.Done():
				return
			}
		}
	}()
	for range workers {
		wg.Add(1)
		extractors.Add(1)
		go func() {
			defer wg.Done()
			defer extractors.Done()
			for j := range pages {
				a, err := fromHTML(j.page.Body, extract.Options{URL: j.page.URL, ContentType: j.page.ContentType, Profiles: e.Profiles})
				select {
				case results <- extracted{j.seq, j.page, a, err}:
				case <-runCtx.Done():
					return
				}
			}
		}()
	}
	go func() {
		extractors.Wait()
		close(results)
	}()

	waiting := make(map[int]extracted, cap(window))
	next := 0
	for r := range results {
		waiting[r.seq] = r
		for {
			r, ok := waiting[next]
			if !ok {
				break
			}
			delete(waiting, next)
			next++
			if err := ctx.Err(); err != nil {
				return res, context.Cause(ctx)
			}
			if err := e.save(ctx, db, r, version, &res, log); err != nil {
				return res, err
			}
			<-window
		}
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

// save stores what the extractor made of one page and counts it in res.
func (e *Extractor) save(ctx context.Context, db Store, r extracted, version string, res *Result, log *slog.Logger) error {
	p := r.page
	if r.err != nil {
		log.Debug("no article", "page_id", p.ID, "url", p.URL, "reason", r.err)
		if err := db.MarkNoArticle(ctx, p.ID, version, r.err.Error()); err != nil {
			return err
		}
		res.Pages++
		res.NoArticle++
		return nil
	}
	articleID, err := db.SaveArticle(ctx, p.ID, r.article, version)
	if errors.Is(err, newsfacts.ErrURLTaken) {
		// The page names as its canonical URL one that another,
		// different article holds: the site gives several articles one
		// canonical URL. This one keeps its page's URL.
		log.Warn("canonical url shared by different articles; keyed by the page's url",
			"page_id", p.ID, "url", p.URL, "canonical", r.article.URL)
		r.article.URL = p.URL
		res.SharedCanonical++
		articleID, err = db.SaveArticle(ctx, p.ID, r.article, version)
	}
	if err != nil {
		return err
	}
	res.Pages++
	res.Articles++
	res.Facts += len(r.article.Facts)
	log.Debug("saved article", "page_id", p.ID, "article_id", articleID, "url", r.article.URL, "facts", len(r.article.Facts))
	return nil
}
