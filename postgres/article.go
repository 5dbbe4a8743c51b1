package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"slices"

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
//
// The article and its facts are written by one call of article_save
// (migration 0009): one round trip for an article without money, two for
// one whose money facts are linked to claims, decided in Go between them,
// or whose facts were too many to keep (Article.FactsDropped).
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

// saved is what article_save returned.
type saved struct {
	status       string
	articleID    int64
	factIDs      []int64
	maxClaim     *int64
	candidates   []byte
	squatterID   *int64
	squatterURL  *string
	squatterText *string
	squatterHead *string
}

const qArticleSave = `SELECT status, coalesce(article_id, 0), coalesce(fact_ids, '{}'), max_claim, candidates,
	squatter_id, squatter_url, squatter_title, squatter_text
	FROM article_save($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21,
		$22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42)`

func (db *DB) saveArticle(ctx context.Context, pageID int64, a *extract.Article, version string) (int64, error) {
	link := slices.ContainsFunc(a.Facts, func(f facts.Fact) bool { return f.Kind == facts.KindMoney })
	sketch := facts.SketchOf(a.Text)
	args := db.articleArgs(pageID, a, version, link, sketch.Bytes())
	conn, err := db.pool.Acquire(ctx)
	if err != nil {
		return 0, fmt.Errorf("save article %s: %w", a.URL, err)
	}
	defer conn.Release()
	// One transaction over the calls: BEGIN goes with the first, COMMIT
	// with the last, each a batch of one round trip.
	inTx := false
	defer func() {
		if inTx {
			conn.Exec(context.WithoutCancel(ctx), "ROLLBACK")
		}
	}()
	call := func(squatter int64, begin bool) (saved, error) {
		args[5] = squatter
		var b pgx.Batch
		if begin {
			b.Queue("BEGIN")
		}
		var s saved
		b.Queue(qArticleSave, args...).QueryRow(func(row pgx.Row) error {
			return row.Scan(&s.status, &s.articleID, &s.factIDs, &s.maxClaim, &s.candidates,
				&s.squatterID, &s.squatterURL, &s.squatterHead, &s.squatterText)
		})
		inTx = inTx || begin
		err := conn.SendBatch(ctx, &b).Close()
		return s, err
	}
	// A hostile page's facts past extract's bound are counted in
	// articles.facts_dropped, written after article_save in the same
	// transaction (a save resets it: migration 0010).
	tx := link || a.FactsDropped > 0
	s, err := call(0, tx)
	if err != nil {
		return 0, fmt.Errorf("save article %s: %w", a.URL, err)
	}
	if s.status == "squatter" {
		// A different article from another page under this URL: a
		// canonical URL that several articles share. The URL a page was
		// fetched from is its own: an article that took it as its
		// canonical moves to its own page's URL. Any other URL is
		// refused: the caller saves the article under its page's URL.
		move := int64(-1) // the same article from another page: one article, as the canonical URL says
		if !extract.SameArticle(*s.squatterHead, *s.squatterText, a.Title, a.Text) {
			own, err := db.pageURLIs(ctx, conn.Conn(), pageID, a.URL)
			if err != nil {
				return 0, fmt.Errorf("save article %s: %w", a.URL, err)
			}
			if !own {
				return 0, fmt.Errorf("save article %s from page %d: %w", a.URL, pageID, newsfacts.ErrURLTaken)
			}
			move = *s.squatterID
		}
		if s, err = call(move, tx && !inTx); err != nil {
			return 0, fmt.Errorf("save article %s: %w", a.URL, err)
		}
	}
	switch s.status {
	case "lost":
		return 0, fmt.Errorf("save article %s: page %d: %w", a.URL, pageID, newsfacts.ErrClaimLost)
	case "ok":
	default:
		return 0, fmt.Errorf("save article %s: article_save said %q", a.URL, s.status)
	}
	if !tx {
		return s.articleID, nil
	}
	var b pgx.Batch
	if link {
		claims, err := assignClaims(s, a, sketch)
		if err != nil {
			return 0, fmt.Errorf("save article %s: %w", a.URL, err)
		}
		b.Queue(`UPDATE facts f SET claim_id = c.claim FROM unnest($1::bigint[], $2::bigint[]) AS c(id, claim) WHERE f.id = c.id`,
			claims.ids, claims.claims)
	}
	if a.FactsDropped > 0 {
		b.Queue(`UPDATE articles SET facts_dropped = $1 WHERE id = $2`, a.FactsDropped, s.articleID)
	}
	b.Queue("COMMIT")
	if err := conn.SendBatch(ctx, &b).Close(); err != nil {
		return 0, fmt.Errorf("save article %s: %w", a.URL, err)
	}
	inTx = false
	return s.articleID, nil
}

// pageURLIs reports whether page pageID was fetched from u.
func (db *DB) pageURLIs(ctx context.Context, conn *pgx.Conn, pageID int64, u string) (bool, error) {
	var own bool
	err := conn.QueryRow(ctx, `SELECT url = $1 FROM pages WHERE id = $2`, u, pageID).Scan(&own)
	return own, err
}

// articleArgs lays an article out as article_save's arguments; the sixth,
// what to do with another page's article under a.URL, is the caller's.
func (db *DB) articleArgs(pageID int64, a *extract.Article, version string, link bool, sketch []byte) []any {
	holder, claimed := db.extraction.claimed(pageID)
	from, to := "", ""
	if !a.Published.IsZero() {
		from, to = claimWindow(a.Published)
	}
	n := len(a.Facts)
	var (
		kind, text, value, currency, unit, min, max   = make([]string, n), make([]string, n), make([]*string, n), make([]*string, n), make([]*string, n), make([]*string, n), make([]*string, n)
		approx, start, end                            = make([]int32, n), make([]int32, n), make([]int32, n)
		quals, context, sentence                      = make([]string, n), make([]string, n), make([]string, n)
		role, agent, purpose, period, periodText, per = make([]*string, n), make([]*string, n), make([]*string, n), make([]*string, n), make([]*string, n), make([]*string, n)
	)
	for i, f := range a.Facts {
		kind[i], text[i] = string(f.Kind), f.Text
		value[i], currency[i], unit[i], min[i], max[i] = decimal(f.Value), optional(f.Currency), optional(f.Unit), decimal(f.Min), decimal(f.Max)
		if f.Approx {
			approx[i] = 1
		}
		quals[i], context[i] = jsonList(f.Qualifiers), jsonList(f.ContextWords)
		start[i], end[i], sentence[i] = int32(f.Start), int32(f.End), f.Sentence
		role[i], agent[i], purpose[i] = optional(string(f.Role)), optional(string(f.Agent)), optional(string(f.Purpose))
		period[i], periodText[i], per[i] = optional(string(f.Period)), optional(string(f.PeriodText)), optional(string(f.Per))
	}
	var holderArg any
	if holder != "" {
		holderArg = holder
	}
	return []any{pageID, version, timestamp(db.now()), holderArg, claimed, int64(0), link, from, to,
		a.URL, outlet(a.URL), a.Title, a.Byline, nullTime(a.Published), nullTime(a.Modified), a.Text,
		a.Section, a.Lang, jsonList(a.Authors), jsonList(a.Emails), jsonList(a.Captions), sketch, a.Charset,
		kind, text, value, currency, unit, min, max, approx, quals, context, start, end,
		sentence, role, agent, purpose, period, periodText, per}
}

// MarkNoArticle records that the extractor of the given version found no
// article in page pageID and why, and removes any article an older extractor
// had taken from it or from an earlier version of it, in one call of
// page_no_article (one round trip). A claim lost is as for SaveArticle.
func (db *DB) MarkNoArticle(ctx context.Context, pageID int64, version, reason string) error {
	holder, claimed := db.extraction.claimed(pageID)
	var holderArg any
	if holder != "" {
		holderArg = holder
	}
	var (
		ok  bool
		err error
	)
	for range maxTxTries {
		err = db.pool.QueryRow(ctx, `SELECT page_no_article($1, $2, $3, $4, $5, $6)`,
			pageID, version, reason, timestamp(db.now()), holderArg, claimed).Scan(&ok)
		if !retryable(err) {
			break
		}
	}
	switch {
	case err != nil:
		return fmt.Errorf("mark page %d: %w", pageID, err)
	case !ok:
		return fmt.Errorf("mark page %d: %w", pageID, newsfacts.ErrClaimLost)
	}
	db.extraction.release(pageID)
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

// decimal is an exact decimal's text, or nil.
func decimal(d *facts.Decimal) *string {
	if d == nil {
		return nil
	}
	s := d.String()
	return &s
}

// optional is s, or nil for the empty string: NULL.
func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// outlet names the site an article URL belongs to: its host.
func outlet(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return u.Hostname()
}
