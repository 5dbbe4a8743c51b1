package postgres

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/newsfacts/newsfacts/extract"
	"github.com/newsfacts/newsfacts/facts"
)

// claimsLock is the key of the advisory lock under which an extraction
// links the money facts of an article to claims.
const claimsLock = 7_151_500_004

// linkClaims stores the sketch of article articleID's text and gives each
// of its money facts (whose row IDs are ids, in the order of a.Facts) a
// claim, as sqlite's linkClaims does: that of the most similar fact of the
// same currency and value (or range) in an article published within
// facts.ClaimWindow, when facts.SameClaim finds them one claim, else a new
// one.
//
// Many extractions save at once: the facts of one are linked under a
// lock (claimsLock, held until the transaction ends), so that each sees
// every fact saved before it, as one extraction would, and no two take the
// same new claim ID.
func linkClaims(ctx context.Context, tx pgx.Tx, articleID int64, a *extract.Article, ids []int64) error {
	sketch := facts.SketchOf(a.Text)
	if _, err := tx.Exec(ctx, `UPDATE articles SET sketch = $1 WHERE id = $2`, sketch.Bytes(), articleID); err != nil {
		return fmt.Errorf("store sketch: %w", err)
	}
	if !slices.ContainsFunc(a.Facts, func(f facts.Fact) bool { return f.Kind == facts.KindMoney }) {
		return nil
	}
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(claimsLock)); err != nil {
		return fmt.Errorf("lock claims: %w", err)
	}
	for i, f := range a.Facts {
		if f.Kind != facts.KindMoney {
			continue
		}
		s := facts.Statement{Article: articleID, Published: a.Published, Sentence: f.Sentence,
			Purpose: string(f.Purpose), Story: sketch}
		cands, err := claimCandidates(ctx, tx, f, a.Published)
		if err != nil {
			return err
		}
		claim := facts.ClaimOf(s, cands)
		if claim == 0 {
			if err := tx.QueryRow(ctx, `SELECT coalesce(max(claim_id), 0) + 1 FROM facts`).Scan(&claim); err != nil {
				return fmt.Errorf("new claim: %w", err)
			}
		}
		if _, err := tx.Exec(ctx, `UPDATE facts SET claim_id = $1 WHERE id = $2`, claim, ids[i]); err != nil {
			return fmt.Errorf("set claim of %q: %w", f.Text, err)
		}
	}
	return nil
}

// claimCandidates returns the facts that the money fact f, of an article
// published at pub, may share a claim with; see sqlite's claimCandidates.
func claimCandidates(ctx context.Context, tx pgx.Tx, f facts.Fact, pub time.Time) ([]facts.Statement, error) {
	if pub.IsZero() || f.Value == nil && (f.Min == nil || f.Max == nil) {
		return nil, nil
	}
	from := pub.Add(-facts.ClaimWindow).UTC().Format(time.RFC3339)
	to := pub.Add(facts.ClaimWindow).UTC().Format(time.RFC3339)
	q := `
		SELECT f.claim_id, f.article_id, a.published_at, f.sentence, coalesce(f.purpose, ''), a.sketch
		FROM facts f JOIN articles a ON a.id = f.article_id
		WHERE f.kind = 'money' AND f.currency = $1 AND f.value = $2::numeric AND f.claim_id IS NOT NULL
		  AND a.published_utc BETWEEN $3 AND $4`
	args := []any{f.Currency, decimal(f.Value), from, to}
	if f.Value == nil {
		q = `
		SELECT f.claim_id, f.article_id, a.published_at, f.sentence, coalesce(f.purpose, ''), a.sketch
		FROM facts f JOIN articles a ON a.id = f.article_id
		WHERE f.kind = 'money' AND f.currency = $1 AND f.value IS NULL AND f.min = $2::numeric AND f.max = $3::numeric
		  AND f.claim_id IS NOT NULL AND a.published_utc BETWEEN $4 AND $5`
		args = []any{f.Currency, decimal(f.Min), decimal(f.Max), from, to}
	}
	rows, err := tx.Query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("claim candidates of %q: %w", f.Text, err)
	}
	defer rows.Close()
	var out []facts.Statement
	for rows.Next() {
		var (
			s         facts.Statement
			published string
			sketch    []byte
		)
		if err := rows.Scan(&s.Claim, &s.Article, &published, &s.Sentence, &s.Purpose, &sketch); err != nil {
			return nil, fmt.Errorf("claim candidates of %q: %w", f.Text, err)
		}
		if s.Published, err = time.Parse(time.RFC3339, published); err != nil {
			continue // a time the store did not write: no candidate
		}
		s.Story = facts.SketchFromBytes(sketch)
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("claim candidates of %q: %w", f.Text, err)
	}
	return out, nil
}
