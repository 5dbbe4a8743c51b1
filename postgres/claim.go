package postgres

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"slices"
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
// claim with, as article_prepare returns it.
type candidate struct {
	Seq       int    `json:"seq"` // the money fact's position in its article
	Claim     int64  `json:"claim"`
	Article   int64  `json:"article"`
	Published string `json:"published"`
	Sentence  string `json:"sentence"`
	Purpose   string `json:"purpose"`
	Sketch    string `json:"sketch"` // base64
}

// claimer gives claims to the money facts of the articles of a batch,
// saved in one transaction, article by article in order, as sqlite's
// linkClaims does: to each, that of the most similar fact of the same
// currency and value (or range) in an article published within
// facts.ClaimWindow, when facts.ClaimOf finds one, else a new one,
// numbered after the greatest claim ID. The candidates are the other
// articles' facts that article_prepare read under the claims lock, those
// of the batch's articles placed before (whose facts were not written
// yet when article_prepare ran), and the article's own money facts placed
// before: an amount stated twice is one claim. Each article's facts are
// thus claimed as if it had been saved on its own.
type claimer struct {
	next    int64    // the greatest claim ID given so far
	earlier []placed // the money facts of the articles placed so far
}

// placed is a money fact given a claim, and when its article was
// published, in UTC as articles.published_utc.
type placed struct {
	fact facts.Fact
	st   facts.Statement
	utc  string
}

// assign returns the claims of the facts of article a, saved as s, in
// order (0 for those that are not money), and places them. A fact kept
// from the article's last save (kept[i]) keeps its claim (keptClaims[i]).
func (c *claimer) assign(s saved, a *extract.Article, sketch facts.Sketch, kept []bool, keptClaims []int64) ([]int64, error) {
	var cands []candidate
	if len(s.candidates) > 0 { // none when every money fact was kept
		if err := json.Unmarshal(s.candidates, &cands); err != nil {
			return nil, fmt.Errorf("claim candidates: %w", err)
		}
	}
	bySeq := map[int][]facts.Statement{}
	for _, c := range cands {
		published, err := time.Parse(time.RFC3339, c.Published)
		if err != nil {
			continue // a time the store did not write: no candidate
		}
		raw, err := base64.StdEncoding.DecodeString(c.Sketch)
		if err != nil {
			return nil, fmt.Errorf("claim candidates: %w", err)
		}
		bySeq[c.Seq] = append(bySeq[c.Seq], facts.Statement{Claim: c.Claim, Article: c.Article, Published: published,
			Sentence: c.Sentence, Purpose: c.Purpose, Story: facts.SketchFromBytes(raw)})
	}
	if s.maxClaim != nil {
		c.next = max(c.next, *s.maxClaim)
	}
	// An article saved again in the batch (two pages of one article)
	// replaced the facts it had.
	c.earlier = slices.DeleteFunc(c.earlier, func(p placed) bool { return p.st.Article == s.articleID })
	var from, to, utc string
	if !a.Published.IsZero() {
		from, to = claimWindow(a.Published)
		utc = a.Published.UTC().Format(time.RFC3339)
	}
	var (
		claims = make([]int64, len(a.Facts))
		mine   []placed // the article's money facts placed so far
	)
	for i, f := range a.Facts {
		if f.Kind != facts.KindMoney {
			continue
		}
		st := facts.Statement{Article: s.articleID, Published: a.Published, Sentence: f.Sentence,
			Purpose: string(f.Purpose), Story: sketch}
		if kept[i] && keptClaims[i] != 0 {
			st.Claim, claims[i] = keptClaims[i], keptClaims[i]
			mine = append(mine, placed{f, st, utc})
			continue
		}
		cands := bySeq[i]
		if !a.Published.IsZero() {
			for _, p := range c.earlier {
				if p.utc >= from && p.utc <= to && facts.SameAmount(p.fact, f) {
					cands = append(cands, p.st)
				}
			}
			for _, m := range mine {
				if facts.SameAmount(m.fact, f) {
					cands = append(cands, m.st)
				}
			}
		}
		claim := facts.ClaimOf(st, cands)
		if claim == 0 {
			c.next++
			claim = c.next
		}
		st.Claim = claim
		mine = append(mine, placed{f, st, utc})
		claims[i] = claim
	}
	if !a.Published.IsZero() {
		c.earlier = append(c.earlier, mine...)
	}
	return claims, nil
}
