package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/extract"
	"github.com/newsfacts/newsfacts/facts"
)

// SaveArticle stores the article extracted from page pageID by the given
// extractor version, replacing the same article saved under the same URL
// or taken from another version of the page, and all of its facts in one
// transaction: a reader sees either the old article and facts or the new
// ones, never a mix. Each money fact joins the claim of the same amount
// that other articles reported (see claimsOf), in the same transaction.
// It returns the article's ID, which stays the same across
// re-extractions; so do the rows, IDs and claims of the facts that say
// what the stored ones at their positions said (factdiff.go).
//
// A different article that another page saved under a.URL is never
// replaced: when a.URL is the page's own URL, that article moves to its
// own page's URL; otherwise SaveArticle saves nothing and returns an error
// wrapping newsfacts.ErrURLTaken.
func (db *DB) SaveArticle(ctx context.Context, pageID int64, a *extract.Article, version string) (int64, error) {
	tx, err := db.beginConn(ctx)
	if err != nil {
		return 0, fmt.Errorf("save article %s: %w", a.URL, err)
	}
	defer tx.end()
	id, err := db.saveArticle(quick(ctx), tx, pageID, a, version, facts.SketchOf(a.Text), &claimIDs{})
	if err != nil {
		return 0, err
	}
	if err := tx.commit(); err != nil {
		return 0, fmt.Errorf("save article %s: %w", a.URL, err)
	}
	db.extraction.release(pageID)
	return id, nil
}

// saveArticle is SaveArticle in transaction tx, sketch being the sketch
// of a.Text; new claims take their IDs from ids.
func (db *DB) saveArticle(ctx context.Context, tx *connTx, pageID int64, a *extract.Article, version string, sketch facts.Sketch, ids *claimIDs) (int64, error) {
	var err error
	// A different article from another page under this URL: a canonical
	// URL that several articles share. The URL a page was fetched from is
	// its own: an article that took it as its canonical moves to its own
	// page's URL. Any other URL is refused: the caller saves the article
	// under its page's URL instead.
	var squatter int64
	var squatterURL, title, text string
	err = tx.QueryRowContext(ctx, `
		SELECT a.id, p.url, a.title, a.text FROM articles a JOIN pages p ON p.id = a.page_id
		WHERE a.url = ? AND p.url <> (SELECT url FROM pages WHERE id = ?)`, a.URL, pageID).Scan(&squatter, &squatterURL, &title, &text)
	switch {
	case errors.Is(err, sql.ErrNoRows):
	case err != nil:
		return 0, fmt.Errorf("save article %s: %w", a.URL, err)
	case extract.SameArticle(title, text, a.Title, a.Text):
		// The same article from another page (a mobile copy, a second
		// address): one article, as the canonical URL says.
	default:
		var own bool
		if err := tx.QueryRowContext(ctx, `SELECT url = ? FROM pages WHERE id = ?`, a.URL, pageID).Scan(&own); err != nil {
			return 0, fmt.Errorf("save article %s: %w", a.URL, err)
		}
		if !own {
			return 0, fmt.Errorf("save article %s from page %d: %w", a.URL, pageID, newsfacts.ErrURLTaken)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE articles SET url = ? WHERE id = ?`, squatterURL, squatter); err != nil {
			return 0, fmt.Errorf("save article %s: move article %d to %s: %w", a.URL, squatter, squatterURL, err)
		}
	}
	// A page that held another URL's article before (its canonical link
	// changed, in this version of the page or an earlier one) must not
	// keep it.
	if _, err := tx.ExecContext(ctx, `DELETE FROM articles WHERE page_id IN (`+qVersions+`) AND url <> ?`, pageID, a.URL); err != nil {
		return 0, fmt.Errorf("save article %s: %w", a.URL, err)
	}
	var id int64
	err = tx.QueryRowContext(ctx, `
		INSERT INTO articles (page_id, url, outlet, title, byline, published_at, modified_at, text,
		                      extractor_version, extracted_at, section, lang, authors, emails, captions,
		                      facts_dropped, outlet_name, sketch)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT source FROM pages WHERE id = ?), ?)
		ON CONFLICT (url) DO UPDATE SET
			page_id = excluded.page_id, outlet = excluded.outlet, title = excluded.title,
			byline = excluded.byline, published_at = excluded.published_at,
			modified_at = excluded.modified_at, text = excluded.text,
			extractor_version = excluded.extractor_version, extracted_at = excluded.extracted_at,
			section = excluded.section, lang = excluded.lang, authors = excluded.authors,
			emails = excluded.emails, captions = excluded.captions, facts_dropped = excluded.facts_dropped,
			outlet_name = excluded.outlet_name, sketch = excluded.sketch
		RETURNING id`,
		pageID, a.URL, outlet(a.URL), a.Title, a.Byline, nullTime(a.Published), nullTime(a.Modified),
		a.Text, version, timestamp(db.now()), a.Section, a.Lang,
		jsonList(a.Authors), jsonList(a.Emails), jsonList(a.Captions), a.FactsDropped, pageID, sketch.Bytes()).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("save article %s: %w", a.URL, err)
	}
	// The facts that say what the stored ones say stay as they are, with
	// their ids and claims; the others are rewritten (factdiff.go).
	rows := make([][]any, len(a.Facts))
	digests := make([][]byte, len(a.Facts))
	published := nullTime(a.Published)
	for i, f := range a.Facts {
		rows[i] = factValues(f)
		digests[i] = factDigest(rows[i], published)
	}
	stored, err := storedFacts(ctx, tx, id)
	if err != nil {
		return 0, fmt.Errorf("save article %s: %w", a.URL, err)
	}
	keep, gone := keptFacts(stored, digests)
	if err := deleteFacts(ctx, tx, id, gone, len(gone) == len(stored)); err != nil {
		return 0, fmt.Errorf("save article %s: %w", a.URL, err)
	}
	claims, err := claimsOf(ctx, tx, id, a, sketch, ids, keep, stored)
	if err != nil {
		return 0, fmt.Errorf("save article %s: %w", a.URL, err)
	}
	if err := insertFacts(ctx, tx, id, rows, digests, claims, keep); err != nil {
		return 0, fmt.Errorf("save article %s: %w", a.URL, err)
	}
	if err := db.markExtracted(ctx, tx, pageID, version, nil, a.Charset); err != nil {
		return 0, fmt.Errorf("save article %s: %w", a.URL, err)
	}
	return id, nil
}

// qVersions selects the IDs of every stored version of the page whose ID
// is its one parameter.
const qVersions = `SELECT id FROM pages WHERE url = (SELECT url FROM pages WHERE id = ?)`

// MarkNoArticle records that the extractor of the given version found no
// article in page pageID and why, and removes any article an older extractor
// had taken from it or from an earlier version of it.
func (db *DB) MarkNoArticle(ctx context.Context, pageID int64, version, reason string) error {
	tx, err := db.beginConn(ctx)
	if err != nil {
		return fmt.Errorf("mark page %d: %w", pageID, err)
	}
	defer tx.end()
	if err := db.markNoArticle(quick(ctx), tx, pageID, version, reason); err != nil {
		return err
	}
	if err := tx.commit(); err != nil {
		return fmt.Errorf("mark page %d: %w", pageID, err)
	}
	db.extraction.release(pageID)
	return nil
}

// markNoArticle is MarkNoArticle in transaction tx.
func (db *DB) markNoArticle(ctx context.Context, tx *connTx, pageID int64, version, reason string) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM articles WHERE page_id IN (`+qVersions+`)`, pageID); err != nil {
		return fmt.Errorf("mark page %d: %w", pageID, err)
	}
	if err := db.markExtracted(ctx, tx, pageID, version, reason, ""); err != nil {
		return fmt.Errorf("mark page %d: %w", pageID, err)
	}
	return nil
}

// markExtracted records in page_extractions that the extractor of the
// given version processed page pageID: with the charset it decoded the
// body from, the outlet (the host of the page's URL) and why it found no
// article when reason is not nil.
func (db *DB) markExtracted(ctx context.Context, tx *connTx, pageID int64, version string, reason any, charset string) error {
	var pageURL string
	if err := tx.QueryRowContext(ctx, `SELECT url FROM pages WHERE id = ?`, pageID).Scan(&pageURL); err != nil {
		return fmt.Errorf("mark page extracted: %w", err)
	}
	_, err := tx.ExecContext(ctx, `
		INSERT INTO page_extractions (page_id, version, error, charset, extracted_at, outlet) VALUES (?, ?, ?, ?, ?, ?)
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

// insertedFactColumns are the columns insertFacts writes, one ? each.
const insertedFactColumns = `article_id, seq, kind, text, value, value_text, currency, unit, min, max,
	approx, qualifiers, context_words, char_start, char_end, sentence,
	role, agent, purpose, period, period_text, per, digest, claim_id`

// insertFactsSQL inserts n facts in one statement. insertFacts uses
// three sizes only, so that the connection's statement cache
// (_stmt_cache_size in Open) keeps each compiled across articles.
func insertFactsSQL(n int) string {
	row := "(" + strings.Repeat("?, ", strings.Count(insertedFactColumns, ",")) + "?)"
	return "INSERT INTO facts (" + insertedFactColumns + ") VALUES " + strings.Repeat(row+", ", n-1) + row
}

// The statements of insertFacts, by the number of facts they insert.
var insertFactsStmts = map[int]string{16: insertFactsSQL(16), 4: insertFactsSQL(4), 1: insertFactsSQL(1)}

// factValues are the values of a fact's row from kind to per, as
// insertedFactColumns lists them.
func factValues(f facts.Fact) []any {
	var valueText any
	if f.Value != nil {
		valueText = f.Value.String()
	}
	return []any{string(f.Kind), f.Text,
		number(f.Value), valueText, nullString(f.Currency), nullString(f.Unit),
		number(f.Min), number(f.Max), f.Approx, jsonList(f.Qualifiers), jsonList(f.ContextWords), f.Start, f.End, f.Sentence,
		nullString(string(f.Role)), nullString(string(f.Agent)), nullString(string(f.Purpose)),
		nullString(string(f.Period)), nullString(string(f.PeriodText)), nullString(string(f.Per))}
}

// insertFacts writes the rows of an article's facts (factValues) that
// are not kept, each at its position, with its digest and claim (0:
// none), up to 16 in one statement: a statement run costs a call into
// SQLite and its compiled program a start, whatever rows it writes.
func insertFacts(ctx context.Context, tx *connTx, articleID int64, rows [][]any, digests [][]byte, claims []int64, keep []bool) error {
	var todo []int
	for i := range rows {
		if !keep[i] {
			todo = append(todo, i)
		}
	}
	args := make([]any, 0, 16*24)
	for len(todo) > 0 {
		n := 1
		for _, size := range []int{16, 4} {
			if len(todo) >= size {
				n = size
				break
			}
		}
		args = args[:0]
		for _, i := range todo[:n] {
			var claim any
			if claims[i] != 0 {
				claim = claims[i]
			}
			args = append(args, articleID, i)
			args = append(args, rows[i]...)
			args = append(args, digests[i], claim)
		}
		if _, err := tx.ExecContext(ctx, insertFactsStmts[n], args...); err != nil {
			return fmt.Errorf("insert facts %q…: %w", rows[todo[0]][1], err)
		}
		todo = todo[n:]
	}
	return nil
}

// number converts an exact decimal to what the facts table stores: an
// INTEGER when it is whole, so sums of won stay exact, else a REAL.
func number(d *facts.Decimal) any {
	if d == nil {
		return nil
	}
	s := d.String()
	if i, err := strconv.ParseInt(s, 10, 64); err == nil {
		return i
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return nil
	}
	return f
}

func nullString(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// outlet names the site a URL belongs to: its host. (The outlet's name in
// sources.toml, once pages carry it, is the better key: see
// page_extractions.outlet.)
func outlet(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return u.Hostname()
}
