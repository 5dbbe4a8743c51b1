package postgres

import (
	"context"
	"encoding/json"
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
// across re-extractions; so do the rows, IDs and claims of the facts that
// say what the stored ones at their positions said (factdiff.go). It is
// SaveExtractions of one page, but for a canonical URL that another
// page's different article holds.
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
	out, err := db.saveBatch(ctx, version, []newsfacts.Extraction{{PageID: pageID, Article: a}}, true)
	if err != nil {
		return 0, err
	}
	if out[0].Err != nil {
		return 0, out[0].Err
	}
	return out[0].ArticleID, nil
}

// saved is what article_prepare returned.
type saved struct {
	status       string
	articleID    int64
	maxClaim     *int64
	candidates   []byte
	squatterID   *int64
	squatterURL  *string
	squatterText *string
	squatterHead *string
	keptSeq      []int32 // the positions of the facts kept
	keptClaim    []int64 // their claims, 0 for none
}

// fields are the places of what article_prepare returns, for Scan.
func (s *saved) fields() []any {
	return []any{&s.status, &s.articleID, &s.maxClaim, &s.candidates,
		&s.squatterID, &s.squatterURL, &s.squatterHead, &s.squatterText, &s.keptSeq, &s.keptClaim}
}

// scan reads what article_prepare returned.
func (s *saved) scan(row pgx.Row) error { return row.Scan(s.fields()...) }

const qArticlePrepare = `SELECT status, coalesce(article_id, 0), max_claim, candidates,
	squatter_id, squatter_url, squatter_title, squatter_text, kept_seq, kept_claim
	FROM article_prepare($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21,
		$22, $23, $24, $25, $26, $27, $28, $29, $30)`

// pageURLIs reports whether page pageID was fetched from u.
func (db *DB) pageURLIs(ctx context.Context, conn *pgx.Conn, pageID int64, u string) (bool, error) {
	var own bool
	err := conn.QueryRow(ctx, `SELECT url = $1 FROM pages WHERE id = $2`, u, pageID).Scan(&own)
	return own, err
}

// articleArgs lays an article out as article_prepare's arguments; the
// sixth, what to do with another page's article under a.URL, is the
// caller's.
func (db *DB) articleArgs(pageID int64, a *extract.Article, version string, link bool, sketch []byte, digests [][]byte, digest []byte) []any {
	holder, claimed := db.extraction.claimed(pageID)
	from, to := "", ""
	if !a.Published.IsZero() {
		from, to = claimWindow(a.Published)
	}
	n := len(a.Facts)
	kind, value, currency, min, max := make([]string, n), make([]*string, n), make([]*string, n), make([]*string, n), make([]*string, n)
	for i, f := range a.Facts {
		kind[i], value[i], currency[i], min[i], max[i] = string(f.Kind), decimal(f.Value), optional(f.Currency), decimal(f.Min), decimal(f.Max)
	}
	return []any{pageID, version, timestamp(db.now()), nullable(holder), claimed, int64(0), link, from, to,
		a.URL, outlet(a.URL), a.Title, a.Byline, nullTime(a.Published), nullTime(a.Modified), a.Text,
		a.Section, a.Lang, jsonList(a.Authors), jsonList(a.Emails), jsonList(a.Captions), sketch, a.Charset,
		kind, value, currency, min, max, digests, digest}
}

// factDigests are the digests of an article's facts, in order.
func factDigests(a *extract.Article) [][]byte {
	var published *string
	if !a.Published.IsZero() {
		p := timestamp(a.Published)
		published = &p
	}
	out := make([][]byte, len(a.Facts))
	for i, f := range a.Facts {
		out[i] = factDigest(f, published)
	}
	return out
}

// factRows are the facts of the articles of a transaction, column by
// column, for qInsertFacts: one statement inserts them all.
type factRows struct {
	article                                       []int64
	seq, approx, start, end                       []int32
	kind, text, quals, context, sentence          []string
	value, currency, unit, min, max               []*string
	role, agent, purpose, period, periodText, per []*string
	digest                                        [][]byte
	claim                                         []*int64
}

// add appends the facts of article articleID that are not kept, with
// their digests and claims (0: none).
func (r *factRows) add(articleID int64, fs []facts.Fact, digests [][]byte, claims []int64, kept []bool) {
	for i, f := range fs {
		if kept[i] {
			continue
		}
		r.digest = append(r.digest, digests[i])
		r.article, r.seq = append(r.article, articleID), append(r.seq, int32(i))
		r.kind, r.text = append(r.kind, string(f.Kind)), append(r.text, f.Text)
		r.value, r.currency, r.unit = append(r.value, decimal(f.Value)), append(r.currency, optional(f.Currency)), append(r.unit, optional(f.Unit))
		r.min, r.max = append(r.min, decimal(f.Min)), append(r.max, decimal(f.Max))
		approx := int32(0)
		if f.Approx {
			approx = 1
		}
		r.approx = append(r.approx, approx)
		r.quals, r.context = append(r.quals, jsonList(f.Qualifiers)), append(r.context, jsonList(f.ContextWords))
		r.start, r.end, r.sentence = append(r.start, int32(f.Start)), append(r.end, int32(f.End)), append(r.sentence, f.Sentence)
		r.role, r.agent, r.purpose = append(r.role, optional(string(f.Role))), append(r.agent, optional(string(f.Agent))), append(r.purpose, optional(string(f.Purpose)))
		r.period, r.periodText, r.per = append(r.period, optional(string(f.Period))), append(r.periodText, optional(string(f.PeriodText))), append(r.per, optional(string(f.Per)))
		var claim *int64
		if claims != nil && claims[i] != 0 {
			claim = &claims[i]
		}
		r.claim = append(r.claim, claim)
	}
}

// args are qInsertFacts' arguments.
func (r *factRows) args() []any {
	return []any{r.article, r.seq, r.kind, r.text, r.value, r.currency, r.unit, r.min, r.max, r.approx,
		r.quals, r.context, r.start, r.end, r.sentence, r.role, r.agent, r.purpose, r.period, r.periodText, r.per, r.digest, r.claim}
}

// qInsertFacts inserts factRows.
const qInsertFacts = `
	INSERT INTO facts (article_id, seq, kind, text, value, value_text, currency, unit, min, max,
	                   approx, qualifiers, context_words, char_start, char_end, sentence,
	                   role, agent, purpose, period, period_text, per, digest, claim_id)
	SELECT t.article_id, t.seq, t.kind, t.text, t.value::numeric, t.value, t.currency, t.unit,
	       t.min::numeric, t.max::numeric, t.approx, t.qualifiers::jsonb, t.context::jsonb, t.cs, t.ce,
	       t.sentence, t.role, t.agent, t.purpose, t.period, t.period_text, t.per, t.digest, t.claim
	FROM unnest($1::bigint[], $2::integer[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
	            $9::text[], $10::integer[], $11::text[], $12::text[], $13::integer[], $14::integer[], $15::text[],
	            $16::text[], $17::text[], $18::text[], $19::text[], $20::text[], $21::text[], $22::bytea[], $23::bigint[])
	     AS t(article_id, seq, kind, text, value, currency, unit, min, max, approx, qualifiers, context,
	          cs, ce, sentence, role, agent, purpose, period, period_text, per, digest, claim)`

// MarkNoArticle records that the extractor of the given version found no
// article in page pageID and why, and removes any article an older extractor
// had taken from it or from an earlier version of it, in one call of
// page_no_article (one round trip). A claim lost is as for SaveArticle.
func (db *DB) MarkNoArticle(ctx context.Context, pageID int64, version, reason string) error {
	holder, claimed := db.extraction.claimed(pageID)
	holderArg := nullable(holder)
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
