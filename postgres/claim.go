package postgres

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"time"

	"github.com/newsfacts/newsfacts/extract"
	"github.com/newsfacts/newsfacts/facts"
)

// claimWindow returns the bounds, as articles.published_utc, of the
// publication times of the articles whose facts a fact of an article
// published at pub may share a claim with.
func claimWindow(pub time.Time) (from, to string) {
	return pub.Add(-facts.ClaimWindow).UTC().Format(time.RFC3339), pub.Add(facts.ClaimWindow).UTC().Format(time.RFC3339)
}

// candidate is a fact of another article that a money fact may share a
// claim with, as article_save returns it.
type candidate struct {
	Seq       int    `json:"seq"` // the money fact's position in its article
	Claim     int64  `json:"claim"`
	Article   int64  `json:"article"`
	Published string `json:"published"`
	Sentence  string `json:"sentence"`
	Purpose   string `json:"purpose"`
	Sketch    string `json:"sketch"` // base64
}

// claimUpdate is the claim of each money fact saved, for one UPDATE.
type claimUpdate struct {
	ids, claims []int64
}

// assignClaims gives each money fact of article a, saved as s, a claim, as
// sqlite's linkClaims does, fact by fact in order: that of the most
// similar fact of the same currency and value (or range) in an article
// published within facts.ClaimWindow, when facts.ClaimOf finds one, else
// a new one, numbered after s.maxClaim. The candidates are the other
// articles' facts that article_save read under the claims lock, and the
// article's own money facts placed before: an amount stated twice is one
// claim.
func assignClaims(s saved, a *extract.Article, sketch facts.Sketch) (claimUpdate, error) {
	var cands []candidate
	if err := json.Unmarshal(s.candidates, &cands); err != nil {
		return claimUpdate{}, fmt.Errorf("claim candidates: %w", err)
	}
	bySeq := map[int][]facts.Statement{}
	for _, c := range cands {
		published, err := time.Parse(time.RFC3339, c.Published)
		if err != nil {
			continue // a time the store did not write: no candidate
		}
		raw, err := base64.StdEncoding.DecodeString(c.Sketch)
		if err != nil {
			return claimUpdate{}, fmt.Errorf("claim candidates: %w", err)
		}
		bySeq[c.Seq] = append(bySeq[c.Seq], facts.Statement{Claim: c.Claim, Article: c.Article, Published: published,
			Sentence: c.Sentence, Purpose: c.Purpose, Story: facts.SketchFromBytes(raw)})
	}
	if len(s.factIDs) != len(a.Facts) {
		return claimUpdate{}, fmt.Errorf("claims: %d facts saved of %d", len(s.factIDs), len(a.Facts))
	}
	var (
		u     claimUpdate
		next  int64
		mine  []facts.Statement // the article's money facts placed so far
		which []facts.Fact
	)
	if s.maxClaim != nil {
		next = *s.maxClaim
	}
	for i, f := range a.Facts {
		if f.Kind != facts.KindMoney {
			continue
		}
		st := facts.Statement{Article: s.articleID, Published: a.Published, Sentence: f.Sentence,
			Purpose: string(f.Purpose), Story: sketch}
		cands := bySeq[i]
		if !a.Published.IsZero() {
			for j, m := range mine {
				if sameAmount(which[j], f) {
					cands = append(cands, m)
				}
			}
		}
		claim := facts.ClaimOf(st, cands)
		if claim == 0 {
			next++
			claim = next
		}
		st.Claim = claim
		mine, which = append(mine, st), append(which, f)
		u.ids, u.claims = append(u.ids, s.factIDs[i]), append(u.claims, claim)
	}
	return u, nil
}

// sameAmount reports whether two money facts state the same amount: the
// same currency and value, or, without a value, the same range.
func sameAmount(a, b facts.Fact) bool {
	if a.Currency != b.Currency {
		return false
	}
	switch {
	case a.Value != nil && b.Value != nil:
		return a.Value.String() == b.Value.String()
	case a.Value == nil && b.Value == nil && a.Min != nil && a.Max != nil && b.Min != nil && b.Max != nil:
		return a.Min.String() == b.Min.String() && a.Max.String() == b.Max.String()
	}
	return false
}
