package sqlite

import (
	"context"
	"errors"
	"fmt"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/facts"
	"github.com/newsfacts/newsfacts/internal/pagebody"
)

// SaveExtractions saves, in one transaction, what the extractor of the
// given version made of each page: its article and facts as SaveArticle
// saves them, or the reason it holds none as MarkNoArticle records it, in
// order. One commit for many pages: SQLite writes the index pages that
// the articles share to the WAL once, not once an article. An article
// whose canonical URL holds another page's different article
// (newsfacts.ErrURLTaken) is saved under its page's URL, in its place:
// its Saved.Shared is set and its Article.URL changed. It returns an
// error, saving none of them, if one cannot be saved.
func (db *DB) SaveExtractions(ctx context.Context, version string, xs []newsfacts.Extraction) ([]newsfacts.Saved, error) {
	tx, err := db.beginConn(ctx)
	if err != nil {
		return nil, fmt.Errorf("save extractions: %w", err)
	}
	defer tx.end()
	// The statements run without ctx's cancellation (quick): the
	// transaction is rolled back if ctx has ended when they are done
	// (connTx.commit).
	ctx = quick(ctx)
	out := make([]newsfacts.Saved, len(xs))
	var ids claimIDs
	for i, x := range xs {
		if x.Article == nil {
			if err := db.markNoArticle(ctx, tx, x.PageID, version, x.Reason); err != nil {
				return nil, err
			}
			continue
		}
		var sketch facts.Sketch
		if x.Sketch != nil {
			sketch = *x.Sketch
		} else {
			sketch = facts.SketchOf(x.Article.Text)
		}
		id, err := db.saveArticle(ctx, tx, x.PageID, x.Article, version, sketch, &ids)
		if errors.Is(err, newsfacts.ErrURLTaken) {
			if err := tx.QueryRowContext(ctx, `SELECT url FROM pages WHERE id = ?`, x.PageID).Scan(&x.Article.URL); err != nil {
				return nil, fmt.Errorf("save article of page %d: %w", x.PageID, err)
			}
			out[i].Shared = true
			id, err = db.saveArticle(ctx, tx, x.PageID, x.Article, version, sketch, &ids)
		}
		if err != nil {
			return nil, err
		}
		out[i].ArticleID = id
	}
	if err := tx.commit(); err != nil {
		return nil, fmt.Errorf("save extractions: %w", err)
	}
	for _, x := range xs {
		db.extraction.release(x.PageID)
	}
	return out, nil
}

// Pages returns the stored pages with the given IDs, in that order, or an
// error wrapping newsfacts.ErrNotFound if one does not exist. SQLite has
// no round trip to save: it reads them one by one, each a short read that
// ctx's end does not interrupt (quick); ctx is checked between them.
func (db *DB) Pages(ctx context.Context, ids []int64) ([]*newsfacts.Page, error) {
	out := make([]*newsfacts.Page, len(ids))
	for i, id := range ids {
		if err := ctx.Err(); err != nil {
			return nil, context.Cause(ctx)
		}
		p, err := db.Page(quick(ctx), id)
		if err != nil {
			return nil, err
		}
		out[i] = p
	}
	return out, nil
}

// RecycleBody takes back the body of a page that Pages returned, once
// nothing refers to it: a later read may decompress into it
// (pagebody.Recycle).
func (db *DB) RecycleBody(body []byte) { pagebody.Recycle(body) }
