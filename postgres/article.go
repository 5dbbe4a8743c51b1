package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"

	"github.com/jackc/pgx/v5"

	"github.com/newsfacts/newsfacts/extract"
	"github.com/newsfacts/newsfacts/facts"
)

// SaveArticle stores the article extracted from page pageID by the given
// extractor version, replacing any article with the same URL, or taken from
// another version of the page, and all of its facts in one transaction: a
// reader sees either the old article and facts or the new ones, never a
// mix. It returns the article's ID, which stays the same across
// re-extractions. For a page this handle's extraction claimed and another
// took over, it writes nothing and returns an error wrapping
// newsfacts.ErrClaimLost. A transaction that deadlocks with another
// extraction's is run again.
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
	_, err := tx.Exec(ctx, `
		INSERT INTO page_extractions (page_id, version, error, charset, extracted_at) VALUES ($1, $2, $3, $4, $5)
		ON CONFLICT (page_id) DO UPDATE SET version = excluded.version, error = excluded.error,
			charset = excluded.charset, extracted_at = excluded.extracted_at`,
		pageID, version, reason, charset, timestamp(db.now()))
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
		                   approx, qualifiers, char_start, char_end, sentence,
		                   role, agent, purpose, period, period_text, per)
		VALUES ($1, $2, $3, $4, $5::numeric, $6, $7, $8, $9::numeric, $10::numeric, $11, $12, $13, $14, $15,
		        $16, $17, $18, $19, $20, $21)
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
		quals := f.Qualifiers
		if quals == nil {
			quals = []string{}
		}
		qj, err := json.Marshal(quals)
		if err != nil {
			return nil, fmt.Errorf("insert fact %q: %w", f.Text, err)
		}
		approx := 0
		if f.Approx {
			approx = 1
		}
		b.Queue(qInsertFact, articleID, i, string(f.Kind), f.Text,
			decimal(f.Value), decimal(f.Value), nullString(f.Currency), nullString(f.Unit),
			decimal(f.Min), decimal(f.Max), approx, string(qj), f.Start, f.End, f.Sentence,
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
