package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"

	"github.com/jackc/pgx/v5"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/extract"
	"github.com/newsfacts/newsfacts/facts"
)

// SaveArticle stores the article extracted from page pageID by the given
// extractor version, replacing the same article saved under the same URL
// or taken from another version of the page, and all of its facts in one
// transaction: a reader sees either the old article and facts or the new
// ones, never a mix. It returns the article's ID, which stays the same
// across re-extractions.
//
// A different article that another page saved under a.URL is never
// replaced: when a.URL is the page's own URL, that article moves to its
// own page's URL; otherwise SaveArticle saves nothing and returns an error
// wrapping newsfacts.ErrURLTaken.
//
// For a page this handle's extraction claimed and another took over, it
// writes nothing and returns an error wrapping newsfacts.ErrClaimLost. A
// transaction that deadlocks with another extraction's is run again.
func (db *DB) SaveArticle(ctx context.Context, pageID int64, a *extract.Article, version string) (int64, error) {
	var (
		id  int64
		err error
	)
	for range maxTxTries {
		if id, err = db.saveArticle(ctx, pageID, a, version); !retryable(err) {
			break
		}
	}
	if err != nil {
		return 0, err
	}
	db.extraction.release(pageID)
	return id, nil
}

func (db *DB) saveArticle(ctx context.Context, pageID int64, a *extract.Article, version string) (int64, error) {
	tx, err := db.pool.Begin(ctx)
	if err != nil {
		return 0, fmt.Errorf("save article %s: %w", a.URL, err)
	}
	defer tx.Rollback(ctx)
	if err := db.unclaim(ctx, tx, pageID); err != nil {
		return 0, fmt.Errorf("save article %s: %w", a.URL, err)
	}
	// A different article from another page under this URL: a canonical
	// URL that several articles share. The URL a page was fetched from is
	// its own: an article that took it as its canonical moves to its own
	// page's URL. Any other URL is refused: the caller saves the article
	// under its page's URL instead.
	var squatter int64
	var squatterURL, title, text string
	err = tx.QueryRow(ctx, `
		SELECT a.id, p.url, a.title, a.text FROM articles a JOIN pages p ON p.id = a.page_id
		WHERE a.url = $1 AND p.url <> (SELECT url FROM pages WHERE id = $2)`, a.URL, pageID).Scan(&squatter, &squatterURL, &title, &text)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
	case err != nil:
		return 0, fmt.Errorf("save article %s: %w", a.URL, err)
	case extract.SameArticle(title, text, a.Title, a.Text):
		// The same article from another page: one article, as the
		// canonical URL says.
	default:
		var own bool
		if err := tx.QueryRow(ctx, `SELECT url = $1 FROM pages WHERE id = $2`, a.URL, pageID).Scan(&own); err != nil {
			return 0, fmt.Errorf("save article %s: %w", a.URL, err)
		}
		if !own {
			return 0, fmt.Errorf("save article %s from page %d: %w", a.URL, pageID, newsfacts.ErrURLTaken)
		}
		if _, err := tx.Exec(ctx, `UPDATE articles SET url = $1 WHERE id = $2`, squatterURL, squatter); err != nil {
			return 0, fmt.Errorf("save article %s: move article %d to %s: %w", a.URL, squatter, squatterURL, err)
		}
	}
	// A page that held another URL's article before (its canonical link
	// changed, in this version of the page or an earlier one) must not
	// keep it.
	if _, err := tx.Exec(ctx, `DELETE FROM articles WHERE page_id IN (`+qVersions+`) AND url <> $2`, pageID, a.URL); err != nil {
		return 0, fmt.Errorf("save article %s: %w", a.URL, err)
	}
	var id int64
	err = tx.QueryRow(ctx, `
		INSERT INTO articles (page_id, url, outlet, title, byline, published_at, modified_at, text,
		                      extractor_version, extracted_at, section, lang, authors, emails, captions)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
		ON CONFLICT (url) DO UPDATE SET
			page_id = excluded.page_id, outlet = excluded.outlet, title = excluded.title,
			byline = excluded.byline, published_at = excluded.published_at,
			modified_at = excluded.modified_at, text = excluded.text,
			extractor_version = excluded.extractor_version, extracted_at = excluded.extracted_at,
			section = excluded.section, lang = excluded.lang, authors = excluded.authors,
			emails = excluded.emails, captions = excluded.captions
		RETURNING id`,
		pageID, a.URL, outlet(a.URL), a.Title, a.Byline, nullTime(a.Published), nullTime(a.Modified),
		a.Text, version, timestamp(db.now()), a.Section, a.Lang,
		jsonList(a.Authors), jsonList(a.Emails), jsonList(a.Captions)).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("save article %s: %w", a.URL, err)
	}
	if _, err := tx.Exec(ctx, `DELETE FROM facts WHERE article_id = $1`, id); err != nil {
		return 0, fmt.Errorf("save article %s: delete old facts: %w", a.URL, err)
	}
	ids, err := insertFacts(ctx, tx, id, a.Facts)
	if err != nil {
		return 0, fmt.Errorf("save article %s: %w", a.URL, err)
	}
	if err := linkClaims(ctx, tx, id, a, ids); err != nil {
		return 0, fmt.Errorf("save article %s: %w", a.URL, err)
	}
	if err := db.markExtracted(ctx, tx, pageID, version, nil, a.Charset); err != nil {
		return 0, fmt.Errorf("save article %s: %w", a.URL, err)
	}
	if err := tx.Commit(ctx); err != nil {
		return 0, fmt.Errorf("save article %s: %w", a.URL, err)
	}
	return id, nil
}

// qVersions selects the IDs of every stored version of the page whose ID
// is its parameter $1.
const qVersions = `SELECT id FROM pages WHERE url = (SELECT url FROM pages WHERE id = $1)`

// MarkNoArticle records that the extractor of the given version found no
// article in page pageID and why, and removes any article an older extractor
// had taken from it or from an earlier version of it. A claim lost is as
// for SaveArticle.
func (db *DB) MarkNoArticle(ctx context.Context, pageID int64, version, reason string) error {
	var err error
	for range maxTxTries {
		if err = db.markNoArticle(ctx, pageID, version, reason); !retryable(err) {
			break
		}
	}
	if err != nil {
		return err
	}
	db.extraction.release(pageID)
	return nil
}

func (db *DB) markNoArticle(ctx context.Context, pageID int64, version, reason string) error {
	tx, err := db.pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("mark page %d: %w", pageID, err)
	}
	defer tx.Rollback(ctx)
	if err := db.unclaim(ctx, tx, pageID); err != nil {
		return fmt.Errorf("mark page %d: %w", pageID, err)
	}
	if _, err := tx.Exec(ctx, `DELETE FROM articles WHERE page_id IN (`+qVersions+`)`, pageID); err != nil {
		return fmt.Errorf("mark page %d: %w", pageID, err)
	}
	if err := db.markExtracted(ctx, tx, pageID, version, reason, ""); err != nil {
		return fmt.Errorf("mark page %d: %w", pageID, err)
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("mark page %d: %w", pageID, err)
	}
	return nil
}

// markExtracted records in page_extractions that the extractor of the
// given version processed page pageID: with the charset it decoded the
// body from, and why it found no article when reason is not nil.
func (db *DB) markExtracted(ctx context.Context, tx pgx.Tx, pageID int64, version string, reason any, charset string) error {
	var pageURL string
	if err := tx.QueryRow(ctx, `SELECT url FROM pages WHERE id = $1`, pageID).Scan(&pageURL); err != nil {
		return fmt.Errorf("mark page extracted: %w", err)
	}
	_, err := tx.Exec(ctx, `
		INSERT INTO page_extractions (page_id, version, error, charset, extracted_at, outlet) VALUES ($1, $2, $3, $4, $5, $6)
		ON CONFLICT (page_id) DO UPDATE SET version = excluded.version, error = excluded.error,
			charset = excluded.charset, extracted_at = excluded.extracted_at, outlet = excluded.outlet`,
		pageID, version, reason, charset, timestamp(db.now()), outlet(pageURL))
	if err != nil {
		return fmt.Errorf("mark page extracted: %w", err)
	}
	return nil
}

// jsonList encodes a list of strings as a JSON array, [] when empty.
func jsonList(list []string) string {
	if len(list) == 0 {
		return "[]"
	}
	b, err := json.Marshal(list)
	if err != nil {
		return "[]" // a []string always encodes
	}
	return string(b)
}

// qInsertFact inserts one fact; value, min and max are passed as their
// exact decimal text and stored as numeric.
const qInsertFact = `
		INSERT INTO facts (article_id, seq, kind, text, value, value_text, currency, unit, min, max,
		                   approx, qualifiers, context_words, char_start, char_end, sentence,
		                   role, agent, purpose, period, period_text, per)
		VALUES ($1, $2, $3, $4, $5::numeric, $6, $7, $8, $9::numeric, $10::numeric, $11, $12, $13, $14, $15, $16,
		        $17, $18, $19, $20, $21, $22)
		RETURNING id`

// insertFacts writes an article's facts in order, in one round trip, and
// returns their IDs.
func insertFacts(ctx context.Context, tx pgx.Tx, articleID int64, fs []facts.Fact) ([]int64, error) {
	if len(fs) == 0 {
		return nil, nil
	}
	ids := make([]int64, len(fs))
	var b pgx.Batch
	for i, f := range fs {
		approx := 0
		if f.Approx {
			approx = 1
		}
		b.Queue(qInsertFact, articleID, i, string(f.Kind), f.Text,
			decimal(f.Value), decimal(f.Value), nullString(f.Currency), nullString(f.Unit),
			decimal(f.Min), decimal(f.Max), approx, jsonList(f.Qualifiers), jsonList(f.ContextWords), f.Start, f.End, f.Sentence,
			nullString(string(f.Role)), nullString(string(f.Agent)), nullString(string(f.Purpose)),
			nullString(string(f.Period)), nullString(string(f.PeriodText)), nullString(string(f.Per))).
			QueryRow(func(row pgx.Row) error { return row.Scan(&ids[i]) })
	}
	if err := tx.SendBatch(ctx, &b).Close(); err != nil {
		return nil, fmt.Errorf("insert facts: %w", err)
	}
	return ids, nil
}

// decimal is an exact decimal's text, or NULL.
func decimal(d *facts.Decimal) any {
	if d == nil {
		return nil
	}
	return d.String()
}

// outlet names the site an article URL belongs to: its host.
func outlet(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return u.Hostname()
}
