package pipeline

import (
	"context"
	"errors"
	"fmt"
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
	// Faults counts the pages on which the extraction rules panicked (a
	// bug, logged with its stack): each is marked without article, with
	// the fault as its reason, and the run goes on.
	Faults int
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
	// It must not keep page once it returns: the bytes are reused.
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

// extracted is what the extractor made of one page, the seq-th pending.
type extracted struct {
	seq     int
	page    *newsfacts.Page // its body dropped once extracted
	article *extract.Article
	sketch  *facts.Sketch
	err     error // why the page holds no article
}

// heldPoll is how often an extraction that has nothing left to claim
// looks again while other extractions hold pending pages: if one of them
// dies, its pages come free when its claims run out, and this one takes
// them.
const heldPoll = 250 * time.Millisecond

// Extract turns every stored page that e's version has not processed into an
// article and its facts. Re-extraction after a version change replaces each
// article and its facts at once, and a reader sees either the old or
// the new ones. A page the extractor rejects (no article, not HTML) is
// marked with the reason, so it is not tried again until the version
// changes. The pages are saved in batches, one transaction each
// (Store.SaveExtractions): a crash loses the batches being filled and
// saved, whose pages stay pending and are extracted again, and saves
// nothing twice. Extract stops at the first database error or when ctx is
// done, keeping what it saved so far.
//
// It first begins the extraction (Store.BeginExtract): on SQLite it takes
// the database's extract lock, waiting up to e.LockWait, and returns an
// error wrapping newsfacts.ErrLocked if another extraction holds it. On
// PostgreSQL any number of extractions work at once: each claims the pages
// it extracts (Store.ClaimPages), and one ends when no pending page is
// left, waiting for the pages other extractions hold: if one dies, the
// pages it held come free and are extracted by those left.
//
// Each of e.Workers goroutines claims and reads pages, extracts them (and
// sketches the articles' text for their claims) and adds them to the
// batch being filled; the worker whose page fills a batch saves it, once
// it has extracted the other pages it read (none waits behind a page it
// holds), and the batches others fill meanwhile, while the others go on
// extracting
// (no worker waits for another's save, nor, on SQLite, for the one
// writer). So e.Workers is the number of cores the extraction keeps busy:
// one worker does all the work on one core, as an operator who limits its
// CPU expects, and two keep two busy. (A reader and a saver of their own
// beside the workers made one worker use most of two cores and left two
// with little to gain.) The pages are saved in
// the order they were claimed whatever the number of workers, so a run
// saves the same rows in the same order on one core or many; a batch
// whose first page has waited saveDelay (a page that takes long to
// extract is before the rest) is saved as it is. Once a claim comes back
// short (few pages are left), the workers take one page at a time and
// the batches are cut at endBatch pages, and once no page is left to
// hand out the pages are saved as they come in order, so that the last
// pages are not extracted nor saved on one core after the others have
// ended. The pages read and not yet saved are bounded.
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

	runCtx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	r := &run{e: e, db: db, version: version, fromHTML: fromHTML, log: log, res: &res, cancel: cancel,
		feed: &feed{db: db, version: version}}
	r.batches = newBatcher(workers, func(t taken) { r.save(runCtx, t) })
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() { r.work(runCtx) })
	}
	wg.Wait()
	if ctx.Err() == nil && context.Cause(runCtx) == nil {
		r.batches.flush()
	}
	r.batches.stop()
	r.batches.saves.Wait() // a batch the timer queued may be being saved
	if err := ctx.Err(); err != nil {
		return res, context.Cause(ctx)
	}
	if err := context.Cause(runCtx); err != nil {
		return res, err
	}
	log.Info("extract finished", "pages", res.Pages, "articles", res.Articles, "no_article", res.NoArticle,
		"facts", res.Facts, "facts_dropped", res.FactsDropped, "shared_canonical", res.SharedCanonical, "taken_over", res.TakenOver)
	return res, nil
}

// run is one Extract under way, shared by its workers.
type run struct {
	e        *Extractor
	db       Store
	version  string
	fromHTML func(page []byte, opt extract.Options) (*extract.Article, error)
	log      *slog.Logger
	feed     *feed
	batches  *batcher
	res      *Result // written by the saves, which run one at a time, in order
	cancel   context.CancelCauseFunc
}

// work is one worker: it takes pages from the feed, extracts them and
// adds them to the batches, saving those it fills, until no pending page
// is left, a worker fails or ctx ends.
func (r *run) work(ctx context.Context) {
	for ctx.Err() == nil {
		r.batches.wait(ctx)
		ids, seq, held, err := r.feed.next(ctx, readBatch)
		if err != nil {
			r.cancel(err)
			return
		}
		if held {
			// Others hold the pending pages left: save what waits, then
			// look again.
			r.batches.flush()
			select {
			case <-time.After(heldPoll):
			case <-ctx.Done():
			}
			continue
		}
		if len(ids) == 0 {
			r.batches.flush()
			return
		}
		if r.feed.ending() {
			r.batches.end()
		}
		pages, err := r.db.Pages(ctx, ids)
		if err != nil {
			r.cancel(err)
			return
		}
		for i, p := range pages {
			if ctx.Err() != nil {
				break // the batches queued are let go by drain
			}
			r.batches.add(r.extract(seq+i, p))
		}
		// Save the batches filled, with the pages read all extracted: a
		// page held while saving would keep the pages after it, which
		// the others extract meanwhile, from being saved.
		r.batches.drain()
	}
}

// extract runs the extractor on page p, the seq-th pending.
func (r *run) extract(seq int, p *newsfacts.Page) extracted {
	var a *extract.Article
	err := Guard(func() (err error) {
		a, err = r.fromHTML(p.Body, extract.Options{URL: p.URL, ContentType: p.ContentType,
			Profiles: r.e.Profiles, MaxFacts: r.e.MaxFacts})
		return err
	})
	x := extracted{seq: seq, page: p, article: a, err: err}
	if err == nil {
		sketch := facts.SketchOf(a.Text)
		x.sketch = &sketch
	}
	if rb, ok := r.db.(bodyRecycler); ok {
		rb.RecycleBody(p.Body) // the article holds none of it: strings are copies
	}
	p.Body = nil // saved pages are not read again: let the body go
	return x
}

// save saves batch t, unless the extraction failed or ctx ended; a
// failure ends the extraction. The batcher runs one save at a time, in
// order.
func (r *run) save(ctx context.Context, t taken) {
	if ctx.Err() != nil {
		return
	}
	if err := r.e.save(ctx, r.db, t.pages, r.version, r.res, r.log); err != nil {
		r.cancel(err)
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
		if fault := (*FaultError)(nil); errors.As(r.err, &fault) {
			log.Error("extractor fault: the page is marked without article; the next version of the rules extracts it again",
				"page_id", p.ID, "url", p.URL, "panic", fmt.Sprint(fault.Value), "stack", string(fault.Stack))
			res.Faults++
		}
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
