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
	"github.com/newsfacts/newsfacts/facts"
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
	// FactsDropped counts the facts found past the bound on an article's
	// facts and not saved (Extractor.MaxFacts).
	FactsDropped int
	// TakenOver counts the pages whose claim ran out before they were
	// saved (the process stalled longer than the claim lasts) and that
	// another extraction took over: it saves them, not this one.
	TakenOver int
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
	// LockWait is how long Extract waits for another extraction of a
	// SQLite database to end; 0: not at all.
	LockWait time.Duration
	// MaxFacts bounds the facts kept of one article, as
	// extract.Options.MaxFacts: 0 means extract.DefaultMaxFacts, a
	// negative number no bound. The facts past it are counted
	// (articles.facts_dropped) and logged in a warning.
	MaxFacts int
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
	page    *newsfacts.Page // its body dropped once extracted
	article *extract.Article
	sketch  *facts.Sketch
	err     error // why the page holds no article
}

// claimBatch is how many pages the reader claims at once, at least: a
// claim is a write, worth sharing among many pages.
const claimBatch = 32

// readBatch is how many pages the reader reads at once: one query, one
// round trip to a server, for them all.
const readBatch = 4

// The saver saves the extracted pages in batches, one transaction each:
// a commit costs SQLite the pages of its indexes written again to the
// WAL, and PostgreSQL a round trip and a WAL flush, whatever it holds.
// A batch is saved once it holds saveBatch pages or saveBytes of
// article text, or its first page has waited saveDelay: a slow page does
// not hold the others' saving back.
const (
	saveBatch = 32
	saveBytes = 4 << 20
	saveDelay = 500 * time.Millisecond
)

// heldPoll is how often an extraction that has nothing left to claim
// looks again while other extractions hold pending pages: if one of them
// dies, its pages come free when its claims run out, and this one takes
// them.
const heldPoll = 250 * time.Millisecond

// Extract turns every stored page that e's version has not processed into an
// article and its facts. Re-extraction after a version change replaces each
// article and all its facts at once, and a reader sees either the old or
// the new ones. A page the extractor rejects (no article, not HTML) is
// marked with the reason, so it is not tried again until the version
// changes. The pages are saved in batches, one transaction each
// (Store.SaveExtractions): a crash loses the batch being saved, whose pages
// stay pending and are extracted again, and saves nothing twice. Extract
// stops at the first database error or when ctx is done, keeping what it
// saved so far.
//
// It first begins the extraction (Store.BeginExtract): on SQLite it takes
// the database's extract lock, waiting up to e.LockWait, and returns an
// error wrapping newsfacts.ErrLocked if another extraction holds it. On
// PostgreSQL any number of extractions work at once: each claims the pages
// it extracts (Store.ClaimPages), and one ends when no pending page is
// left, waiting for the pages other extractions hold: if one dies, the
// pages it held come free and are extracted by those left.
//
// Claiming and reading pages, extracting and saving overlap: one goroutine
// claims and reads pages ahead, e.Workers extract (and sketch the
// articles' text for their claims), and the caller's goroutine saves, in
// the order the pages were claimed whatever the number of workers, so the
// database does not hold the extractor up and a run saves the same rows in
// the same order on one core or many. The pages read and not yet saved are
// bounded.
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
	end, err := db.BeginExtract(ctx, e.LockWait)
	if err != nil {
		return res, err
	}
	defer end()
	log.Info("extract started", "extractor_version", version, "workers", workers)

	runCtx, cancel := context.WithCancel(ctx)
	type job struct {
		seq  int
		page *newsfacts.Page
	}
	pages := make(chan job, prefetch*workers)
	results := make(chan extracted, prefetch*workers)
	// window holds a token for each page read and not yet saved: those
	// the stages pass on, and a batch being filled.
	window := make(chan struct{}, 2*prefetch*workers+readBatch+saveBatch)
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
		readErr = e.read(runCtx, db, version, max(claimBatch, cap(window)), func(seq int, p *newsfacts.Page) bool {
			select {
			case pages <- job{seq, p}:
				return true
			case <-runCtx.Done():
				return false
			}
		}, window)
	}()
	for range workers {
		wg.Add(1)
		extractors.Add(1)
		go func() {
			defer wg.Done()
			defer extractors.Done()
			for j := range pages {
				a, err := fromHTML(j.page.Body, extract.Options{URL: j.page.URL, ContentType: j.page.ContentType,
					Profiles: e.Profiles, MaxFacts: e.MaxFacts})
				r := extracted{seq: j.seq, page: j.page, article: a, err: err}
				if err == nil {
					sketch := facts.SketchOf(a.Text)
					r.sketch = &sketch
				}
				j.page.Body = nil // saved pages are not read again: let the body go
				select {
				case results <- r:
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

	var (
		waiting = make(map[int]extracted, cap(window))
		next    int
		batch   []extracted
		size    int
		timer   <-chan time.Time
	)
	flush := func() error {
		timer = nil
		if len(batch) == 0 {
			return nil
		}
		if err := ctx.Err(); err != nil {
			return context.Cause(ctx)
		}
		err := e.save(ctx, db, batch, version, &res, log)
		for range batch {
			<-window
		}
		batch, size = batch[:0], 0
		return err
	}
	for done := false; !done; {
		select {
		case r, ok := <-results:
			if !ok {
				done = true
				break
			}
			waiting[r.seq] = r
			for {
				r, ok := waiting[next]
				if !ok {
					break
				}
				delete(waiting, next)
				next++
				batch = append(batch, r)
				if r.article != nil {
					size += len(r.article.Text)
				}
				if len(batch) >= saveBatch || size >= saveBytes {
					if err := flush(); err != nil {
						return res, err
					}
				}
			}
			if len(batch) > 0 && timer == nil {
				timer = time.After(saveDelay)
			}
		case <-timer:
			if err := flush(); err != nil {
				return res, err
			}
		}
	}
	// results is closed: every page went through, or the reader stopped.
	if err := ctx.Err(); err != nil {
		return res, context.Cause(ctx)
	}
	if err := flush(); err != nil {
		return res, err
	}
	if readErr != nil {
		return res, readErr
	}
	log.Info("extract finished", "pages", res.Pages, "articles", res.Articles, "no_article", res.NoArticle,
		"facts", res.Facts, "facts_dropped", res.FactsDropped, "shared_canonical", res.SharedCanonical, "taken_over", res.TakenOver)
	return res, nil
}

// read claims the pending pages batch by batch, reads them readBatch at a
// time once window has room for them, and hands each to send with its
// sequence number, until no pending page is left or held by another
// extraction, send returns false or ctx ends. It goes through the pages in
// ID order and, when it reaches the end, once more from the first: pages
// that were held by extractions that died, or became current again, are
// behind it. It returns the error of a claim or a read, not ctx's.
func (e *Extractor) read(ctx context.Context, db Store, version string, batch int,
	send func(seq int, p *newsfacts.Page) bool, window chan struct{}) error {
	seq := 0
	after := int64(0)
	for {
		ids, held, err := db.ClaimPages(ctx, version, after, batch)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return err
		}
		if len(ids) == 0 {
			switch {
			case after > 0:
				after = 0
				continue
			case held == 0:
				return nil
			}
			select {
			case <-time.After(heldPoll):
				continue
			case <-ctx.Done():
				return nil
			}
		}
		after = ids[len(ids)-1]
		for len(ids) > 0 {
			chunk := ids[:min(readBatch, len(ids))]
			ids = ids[len(chunk):]
			for range chunk {
				select {
				case window <- struct{}{}:
				case <-ctx.Done():
					return nil
				}
			}
			ps, err := db.Pages(ctx, chunk)
			if err != nil {
				if ctx.Err() != nil {
					return nil
				}
				return err
			}
			for _, p := range ps {
				if !send(seq, p) {
					return nil
				}
				seq++
			}
		}
	}
}

// save stores what the extractor made of a batch of pages, in one
// transaction, and counts it in res.
func (e *Extractor) save(ctx context.Context, db Store, batch []extracted, version string, res *Result, log *slog.Logger) error {
	xs := make([]newsfacts.Extraction, len(batch))
	for i, r := range batch {
		xs[i] = newsfacts.Extraction{PageID: r.page.ID, Article: r.article, Sketch: r.sketch}
		if r.err != nil {
			xs[i].Article, xs[i].Reason = nil, r.err.Error()
		}
	}
	canonical := make([]string, len(batch)) // the URLs the articles named
	for i, r := range batch {
		if r.article != nil {
			canonical[i] = r.article.URL
		}
	}
	saved, err := db.SaveExtractions(ctx, version, xs)
	if err != nil {
		return err
	}
	for i, r := range batch {
		p, s := r.page, saved[i]
		if s.Err != nil {
			if !errors.Is(s.Err, newsfacts.ErrClaimLost) {
				return s.Err
			}
			res.TakenOver++
			log.Warn("page taken over by another extraction: its claim ran out", "page_id", p.ID, "url", p.URL)
			continue
		}
		res.Pages++
		if xs[i].Article == nil {
			log.Debug("no article", "page_id", p.ID, "url", p.URL, "reason", r.err)
			res.NoArticle++
			continue
		}
		a := r.article
		if s.Shared {
			// The page names as its canonical URL one that another,
			// different article holds: the site gives several articles
			// one canonical URL. This one kept its page's URL.
			log.Warn("canonical url shared by different articles; keyed by the page's url",
				"page_id", p.ID, "url", p.URL, "canonical", canonical[i])
			res.SharedCanonical++
		}
		res.Articles++
		res.Facts += len(a.Facts)
		res.FactsDropped += a.FactsDropped
		log.Debug("saved article", "page_id", p.ID, "article_id", s.ArticleID, "url", a.URL, "facts", len(a.Facts))
		if a.FactsDropped > 0 {
			log.Warn("article has more facts than are kept; the rest are counted in articles.facts_dropped",
				"page_id", p.ID, "article_id", s.ArticleID, "url", a.URL,
				"facts", len(a.Facts), "facts_dropped", a.FactsDropped)
		}
	}
	return nil
}
