package sqlite

import (
	"context"
	"fmt"
	"time"

	"github.com/newsfacts/newsfacts/extract"
	"github.com/newsfacts/newsfacts/facts"
)

// claimIDs hands out the IDs of new claims in a transaction: the greatest
// claim ID, read once, and counted up from there.
type claimIDs struct {
	last int64
	read bool
}

// next returns the ID of a new claim.
func (c *claimIDs) next(ctx context.Context, tx *connTx) (int64, error) {
	if !c.read {
		if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(claim_id), 0) FROM facts`).Scan(&c.last); err != nil {
			return 0, fmt.Errorf("new claim: %w", err)
		}
		c.read = true
	}
	c.last++
	return c.last, nil
}

// claimsOf returns the claim of each fact of article articleID, whose
// text's sketch is sketch, in order; 0 for those that are not money. A
// money fact joins the claim of the most similar fact of the same
// currency and value (or range) in an article published within
// facts.ClaimWindow, when facts.SameClaim finds them one claim, else a new
// one (from ids): the facts of other articles, and the article's own
// money facts before it (an amount stated twice is one claim). Facts of
// an article without a publication time, and vague amounts, are claims of
// their own. Claim IDs are labels: a fact keeps the claim of the facts it
// joined, so re-extracting an article leaves the claims of the others as
// they were. The claims are decided before the facts are written, so that
// each fact is written once. A fact kept from the article's last save
// (keep[i]) keeps its claim (stored[i].claim) and is a candidate for the
// money facts after it; the candidates from the store are other
// articles' facts.
func claimsOf(ctx context.Context, tx *connTx, articleID int64, a *extract.Article, sketch facts.Sketch, ids *claimIDs,
	keep []bool, stored []storedFact) ([]int64, error) {
	claims := make([]int64, len(a.Facts))
	type placed struct {
		fact facts.Fact
		st   facts.Statement
	}
	var mine []placed
	for i, f := range a.Facts {
		if f.Kind != facts.KindMoney {
			continue
		}
		s := facts.Statement{Article: articleID, Published: a.Published, Sentence: f.Sentence,
			Purpose: string(f.Purpose), Story: sketch}
		if keep[i] && stored[i].claim != 0 {
			s.Claim, claims[i] = stored[i].claim, stored[i].claim
			mine = append(mine, placed{f, s})
			continue
		}
		cands, err := claimCandidates(ctx, tx, f, a.Published, articleID)
		if err != nil {
			return nil, err
		}
		if !a.Published.IsZero() {
			for _, m := range mine {
				if facts.SameAmount(m.fact, f) {
					cands = append(cands, m.st)
				}
			}
		}
		claim := facts.ClaimOf(s, cands)
		if claim == 0 {
			if claim, err = ids.next(ctx, tx); err != nil {
				return nil, err
			}
		}
		s.Claim = claim
		mine = append(mine, placed{f, s})
		claims[i] = claim
	}
	return claims, nil
}

// claimCandidates returns the facts that the money fact f, of an article
// published at pub, may share a claim with: the same currency and value,
// or the same range, in articles published within facts.ClaimWindow of
// pub, that have a claim, of articles other than self. A vague amount or
// an unknown time has none.
func claimCandidates(ctx context.Context, tx *connTx, f facts.Fact, pub time.Time, self int64) ([]facts.Statement, error) {
	if pub.IsZero() || f.Value == nil && (f.Min == nil || f.Max == nil) {
		return nil, nil
	}
	from := pub.Add(-facts.ClaimWindow).UTC().Format(time.RFC3339)
	to := pub.Add(facts.ClaimWindow).UTC().Format(time.RFC3339)
	q := `
		SELECT f.claim_id, f.article_id, a.published_at, f.sentence, coalesce(f.purpose, ''), a.sketch
		FROM facts f JOIN articles a ON a.id = f.article_id
		WHERE f.kind = 'money' AND f.currency = ? AND f.value = ? AND f.claim_id IS NOT NULL
		  AND a.published_utc BETWEEN ? AND ? AND f.article_id <> ?`
	args := []any{f.Currency, number(f.Value), from, to, self}
	if f.Value == nil {
		q = `
		SELECT f.claim_id, f.article_id, a.published_at, f.sentence, coalesce(f.purpose, ''), a.sketch
		FROM facts f JOIN articles a ON a.id = f.article_id
		WHERE f.kind = 'money' AND f.currency = ? AND f.value IS NULL AND f.min = ? AND f.max = ?
		  AND f.claim_id IS NOT NULL AND a.published_utc BETWEEN ? AND ? AND f.article_id <> ?`
		args = []any{f.Currency, number(f.Min), number(f.Max), from, to, self}
	}
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("claim candidates of %q: %w", f.Text, err)
	}
	defer rows.Close()
	var out []facts.Statement
	for rows.Next() {
		var s facts.Statement
		var published string
		var sketch []byte
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
