package postgres

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/jackc/pgx/v5"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/extract"
	"github.com/newsfacts/newsfacts/facts"
	"github.com/newsfacts/newsfacts/internal/pagebody"
)

// SaveExtractions saves, in one transaction, what the extractor of the
// given version made of each page: its article and facts as SaveArticle
// saves them, or the reason it holds none as MarkNoArticle records it, in
// order. Two round trips and one WAL flush for the batch: the calls of
// article_prepare and page_no_article for all the pages, then the facts
// of all the articles, their claims decided (claimer), in one INSERT, and
// the COMMIT. An article whose canonical URL holds another page's
// different article (newsfacts.ErrURLTaken) is saved under its page's
// URL: its Saved.Shared is set and its Article.URL changed. A page this
// handle's extraction claimed and another took over is not saved: its
// Saved.Err wraps newsfacts.ErrClaimLost. A transaction that deadlocks
// with another extraction's is run again. It returns an error, saving none
// of them, if one cannot be saved.
func (db *DB) SaveExtractions(ctx context.Context, version string, xs []newsfacts.Extraction) ([]newsfacts.Saved, error) {
	return db.saveBatch(ctx, version, xs, false)
}

// saveBatch is SaveExtractions; strict refuses an article whose canonical
// URL holds another page's different article, as SaveArticle does: its
// Saved.Err wraps newsfacts.ErrURLTaken, and it saves nothing of the batch.
func (db *DB) saveBatch(ctx context.Context, version string, xs []newsfacts.Extraction, strict bool) ([]newsfacts.Saved, error) {
	out := make([]newsfacts.Saved, len(xs))
	var err error
	for range maxTxTries {
		if err = db.saveExtractions(ctx, version, xs, out, strict); !retryable(err) {
			break
		}
	}
	var taken *urlTakenError
	if errors.As(err, &taken) {
		out[taken.i].Err = taken.err
		return out, nil
	}
	if err != nil {
		return nil, err
	}
	for i, x := range xs {
		if out[i].Err == nil {
			db.extraction.release(x.PageID)
		}
	}
	return out, nil
}

// articleFacts are the facts of one article of a batch: its ID, the
// facts with their digests and claims, and which of them it kept.
type articleFacts struct {
	id      int64
	facts   []facts.Fact
	digests [][]byte
	claims  []int64
	kept    []bool
}

// urlTakenError ends a strict batch whose i-th article's canonical URL
// another page's different article holds.
type urlTakenError struct {
	i   int
	err error
}

func (e *urlTakenError) Error() string { return e.err.Error() }

// pending is one page of a batch on its way: its article_prepare
// arguments and what the call returned, or page_no_article's answer.
type pending struct {
	args    []any
	digests [][]byte // of the article's facts
	digest  []byte   // of the article's columns
	link    bool
	sketch  facts.Sketch
	s       saved
	ok      bool // page_no_article's answer
}

func (db *DB) saveExtractions(ctx context.Context, version string, xs []newsfacts.Extraction, out []newsfacts.Saved, strict bool) error {
	conn, err := db.pool.Acquire(ctx)
	if err != nil {
		return fmt.Errorf("save extractions: %w", err)
	}
	defer conn.Release()
	inTx := true
	defer func() {
		if inTx {
			conn.Exec(context.WithoutCancel(ctx), "ROLLBACK")
		}
	}()
	ps := make([]pending, len(xs))
	at := timestamp(db.now())
	for i, x := range xs {
		if a := x.Article; a != nil {
			p := &ps[i]
			p.link = slices.ContainsFunc(a.Facts, func(f facts.Fact) bool { return f.Kind == facts.KindMoney })
			if x.Sketch != nil {
				p.sketch = *x.Sketch
			} else {
				p.sketch = facts.SketchOf(a.Text)
			}
			p.digests = factDigests(a)
			p.digest = articleDigest(a, p.sketch.Bytes())
		}
	}
	var b pgx.Batch
	b.Queue("BEGIN")
	// The pages whose article and facts are stored as the extractor made
	// them again: saved by one call for all, in a round trip of its own
	// (restamp.go).
	restamped := map[int64]int64{}
	if args := db.restampArgs(version, at, xs, ps); args != nil {
		restamp(&b, args, restamped)
		if err := conn.SendBatch(ctx, &b).Close(); err != nil {
			return fmt.Errorf("save extractions: %w", err)
		}
		b = pgx.Batch{}
	}
	// mark queues on bb the page_no_article call of the i-th page.
	mark := func(bb *pgx.Batch, i int) {
		p, x := &ps[i], xs[i]
		holder, claimed := db.extraction.claimed(x.PageID)
		bb.Queue(`SELECT page_no_article($1, $2, $3, $4, $5, $6)`,
			x.PageID, version, x.Reason, at, nullable(holder), claimed).QueryRow(func(row pgx.Row) error {
			return row.Scan(&p.ok)
		})
	}
	// When every article was restamped, nothing is saved one by one: the
	// pages without one are marked with the COMMIT, sparing a round trip.
	late := !slices.ContainsFunc(xs, func(x newsfacts.Extraction) bool {
		_, ok := restamped[x.PageID]
		return x.Article != nil && !ok
	})
	for i, x := range xs {
		p := &ps[i]
		if _, ok := restamped[x.PageID]; ok && x.Article != nil {
			continue
		}
		if x.Article == nil {
			if !late {
				mark(&b, i)
			}
			continue
		}
		p.args = db.articleArgs(x.PageID, x.Article, version, p.link, p.sketch.Bytes(), p.digests, p.digest)
		b.Queue(qArticlePrepare, p.args...).QueryRow(func(row pgx.Row) error { return p.s.scan(row) })
	}
	if err := conn.SendBatch(ctx, &b).Close(); err != nil {
		return fmt.Errorf("save extractions: %w", err)
	}
	var (
		c         claimer
		rows      factRows
		written   []articleFacts    // the facts to write, by article
		byArticle = map[int64]int{} // an article's place in written
		dropped   struct{ ids, n []int64 }
	)
	for i, x := range xs {
		p := &ps[i]
		out[i] = newsfacts.Saved{Shared: out[i].Shared}
		if x.Article == nil {
			if !late && !p.ok {
				out[i].Err = fmt.Errorf("mark page %d: %w", x.PageID, newsfacts.ErrClaimLost)
			}
			continue
		}
		a := x.Article
		if id, ok := restamped[x.PageID]; ok {
			out[i].ArticleID = id
			if a.FactsDropped > 0 {
				dropped.ids, dropped.n = append(dropped.ids, id), append(dropped.n, int64(a.FactsDropped))
			}
			continue
		}
		if p.s.status == "squatter" {
			if err := db.settle(ctx, conn.Conn(), x.PageID, a, p, &out[i], strict); err != nil {
				var taken *urlTakenError
				if errors.As(err, &taken) {
					taken.i = i
				}
				return err
			}
		}
		switch p.s.status {
		case "lost":
			out[i].Err = fmt.Errorf("save article %s: page %d: %w", a.URL, x.PageID, newsfacts.ErrClaimLost)
			continue
		case "ok":
		default:
			return fmt.Errorf("save article %s: article_prepare said %q", a.URL, p.s.status)
		}
		out[i].ArticleID = p.s.articleID
		kept, keptClaims := keptFacts(p.s, len(a.Facts))
		claims := keptClaims
		if p.link {
			if claims, err = c.assign(p.s, a, p.sketch, kept, keptClaims); err != nil {
				return fmt.Errorf("save article %s: %w", a.URL, err)
			}
		}
		// An article saved again in the batch (two pages of one
		// article) has the facts of its last save only.
		if j, ok := byArticle[p.s.articleID]; ok {
			written[j] = articleFacts{}
		}
		byArticle[p.s.articleID] = len(written)
		written = append(written, articleFacts{p.s.articleID, a.Facts, p.digests, claims, kept})
		if a.FactsDropped > 0 {
			dropped.ids, dropped.n = append(dropped.ids, p.s.articleID), append(dropped.n, int64(a.FactsDropped))
		}
	}
	for _, w := range written {
		if w.id != 0 {
			rows.add(w.id, w.facts, w.digests, w.claims, w.kept)
		}
	}
	b = pgx.Batch{}
	for i, x := range xs {
		if late && x.Article == nil {
			mark(&b, i)
		}
	}
	if len(rows.article) > 0 {
		b.Queue(qInsertFacts, rows.args()...)
	}
	if len(dropped.ids) > 0 {
		// A hostile page's facts past extract's bound are counted in
		// articles.facts_dropped, which a save of the article resets
		// (migration 0011).
		b.Queue(`UPDATE articles a SET facts_dropped = d.n FROM unnest($1::bigint[], $2::bigint[]) AS d(id, n) WHERE a.id = d.id`,
			dropped.ids, dropped.n)
	}
	b.Queue("COMMIT")
	if err := conn.SendBatch(ctx, &b).Close(); err != nil {
		return fmt.Errorf("save extractions: %w", err)
	}
	inTx = false
	for i, x := range xs {
		if late && x.Article == nil && !ps[i].ok {
			out[i].Err = fmt.Errorf("mark page %d: %w", x.PageID, newsfacts.ErrClaimLost)
		}
	}
	return nil
}

// settle saves, in the batch's transaction, an article that article_prepare
// found another page's article under its URL (status "squatter"): the
// same article replaces it; a different one under the page's own URL
// moves that article to its own page's URL; any other is saved under its
// page's URL (o.Shared). p.s is then what the last call returned.
//
// With strict, an article that is neither the same nor under its page's
// own URL is not saved: settle returns a *urlTakenError wrapping
// newsfacts.ErrURLTaken.
func (db *DB) settle(ctx context.Context, conn *pgx.Conn, pageID int64, a *extract.Article, p *pending, o *newsfacts.Saved, strict bool) error {
	for range 3 {
		move := int64(-1) // the same article from another page: one article, as the canonical URL says
		if !extract.SameArticle(*p.s.squatterHead, *p.s.squatterText, a.Title, a.Text) {
			own, err := db.pageURLIs(ctx, conn, pageID, a.URL)
			if err != nil {
				return fmt.Errorf("save article %s: %w", a.URL, err)
			}
			move = *p.s.squatterID
			if !own && strict {
				return &urlTakenError{err: fmt.Errorf("save article %s from page %d: %w", a.URL, pageID, newsfacts.ErrURLTaken)}
			}
			if !own {
				// Keyed by the page's URL instead, which is its own.
				if err := conn.QueryRow(ctx, `SELECT url FROM pages WHERE id = $1`, pageID).Scan(&a.URL); err != nil {
					return fmt.Errorf("save article of page %d: %w", pageID, err)
				}
				o.Shared = true
				p.args[9], p.args[10] = a.URL, outlet(a.URL)
				move = 0
			}
		}
		p.args[5] = move
		p.s = saved{}
		if err := conn.QueryRow(ctx, qArticlePrepare, p.args...).Scan(p.s.fields()...); err != nil {
			return fmt.Errorf("save article %s: %w", a.URL, err)
		}
		if p.s.status != "squatter" {
			return nil
		}
	}
	return fmt.Errorf("save article %s: %w", a.URL, errors.New("another page's article holds its url still"))
}

// nullable is s, or nil for the empty string: NULL.
func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// Pages returns the stored pages with the given IDs, in that order, read
// in one query, or an error wrapping newsfacts.ErrNotFound if one does not
// exist.
func (db *DB) Pages(ctx context.Context, ids []int64) ([]*newsfacts.Page, error) {
	rows, err := db.pool.Query(ctx, qPage+` WHERE id = ANY($1)`, ids)
	if err != nil {
		return nil, fmt.Errorf("pages: %w", err)
	}
	defer rows.Close()
	byID := make(map[int64]*newsfacts.Page, len(ids))
	for rows.Next() {
		p, err := scanPage(rows)
		if err != nil {
			return nil, err
		}
		byID[p.ID] = p
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("pages: %w", err)
	}
	out := make([]*newsfacts.Page, len(ids))
	for i, id := range ids {
		if out[i] = byID[id]; out[i] == nil {
			return nil, fmt.Errorf("page %d: %w", id, newsfacts.ErrNotFound)
		}
	}
	return out, nil
}

// RecycleBody takes back the body of a page that Pages returned, once
// nothing refers to it: a later read may decompress into it
// (pagebody.Recycle).
func (db *DB) RecycleBody(body []byte) { pagebody.Recycle(body) }
