package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/newsfacts/newsfacts/facts"
)

// ClaimArticle is one article of a cross-outlet set (testdata/claims):
// the story it tells, where and when it was published and its text. The
// money facts of one story with the same currency and value are one
// claim; every other pair of facts is two.
type ClaimArticle struct {
	Story      string   `json:"story"` // s01 …, or d01 … for a decoy: the same amount, another story
	Outlet     string   `json:"outlet"`
	URL        string   `json:"url"`
	Published  string   `json:"published"` // RFC 3339
	Title      string   `json:"title"`
	Paragraphs []string `json:"paragraphs"`

	published time.Time
}

// Text returns the article's body: its paragraphs joined by line breaks.
func (a ClaimArticle) Text() string { return strings.Join(a.Paragraphs, "\n") }

// PublishedTime returns when the article was published.
func (a ClaimArticle) PublishedTime() time.Time { return a.published }

// LoadClaimSet reads a cross-outlet set: one ClaimArticle a line. It
// returns the first error met, with its file and line.
func LoadClaimSet(path string) ([]ClaimArticle, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read claim set: %w", err)
	}
	defer f.Close()
	var out []ClaimArticle
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 4<<20)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var a ClaimArticle
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		if a.published, err = time.Parse(time.RFC3339, a.Published); err != nil {
			return nil, fmt.Errorf("%s:%d: published: %w", path, n, err)
		}
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return out, nil
}

// ClaimScore is the pairwise score of claims: over every pair of money
// facts of the set, whether the two are one claim.
type ClaimScore struct {
	Articles, Stories, Facts, Claims int
	TP, FP, FN                       int // pairs: one claim found and true; found, not true; true, not found
	Misses                           []string
}

// Precision returns TP / (TP + FP), 1 when no pair was found.
func (s ClaimScore) Precision() float64 { return Ratio{s.TP, s.TP + s.FP}.Value() }

// Recall returns TP / (TP + FN), 1 when no pair is true.
func (s ClaimScore) Recall() float64 { return Ratio{s.TP, s.TP + s.FN}.Value() }

// claimFact is one money fact of a claim set and the claims it is in.
type claimFact struct {
	article int
	fact    facts.Fact
	truth   string // story, currency and value
	claim   int64
}

// ScoreClaims reads the money facts of the articles, places each in a
// claim as the store does when it saves articles in publication order
// (facts.ClaimOf among the facts of the same amount already placed), and
// scores the pairs against the stories.
func ScoreClaims(articles []ClaimArticle) ClaimScore {
	order := make([]int, len(articles))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool {
		return articles[order[i]].published.Before(articles[order[j]].published)
	})
	var s ClaimScore
	stories := map[string]bool{}
	var all []claimFact
	placed := map[string][]facts.Statement{} // by currency and amount
	var next int64
	for _, i := range order {
		a := articles[i]
		stories[a.Story] = true
		text := a.Text()
		sketch := facts.SketchOf(text)
		for _, f := range facts.Extract(text, facts.Options{Published: a.published}) {
			if f.Kind != facts.KindMoney {
				continue
			}
			key := amountKey(f)
			st := facts.Statement{Article: int64(i + 1), Published: a.published, Sentence: f.Sentence,
				Purpose: string(f.Purpose), Story: sketch}
			st.Claim = facts.ClaimOf(st, placed[key])
			if st.Claim == 0 || key == "" {
				next++
				st.Claim = next
			}
			if key != "" {
				placed[key] = append(placed[key], st)
			}
			all = append(all, claimFact{article: i, fact: f, truth: a.Story + " " + key, claim: st.Claim})
		}
	}
	claims := map[int64]bool{}
	for x, f := range all {
		claims[f.claim] = true
		for _, g := range all[x+1:] {
			same, found := f.truth == g.truth && !strings.HasSuffix(f.truth, " "), f.claim == g.claim
			switch {
			case same && found:
				s.TP++
			case found:
				s.FP++
				s.Misses = append(s.Misses, fmt.Sprintf("joined, not one claim: %s %q (%s) and %s %q (%s)",
					articles[f.article].URL, f.fact.Sentence, f.truth, articles[g.article].URL, g.fact.Sentence, g.truth))
			case same:
				s.FN++
				s.Misses = append(s.Misses, fmt.Sprintf("one claim, not joined: %s %q and %s %q",
					articles[f.article].URL, f.fact.Sentence, articles[g.article].URL, g.fact.Sentence))
			}
		}
	}
	s.Articles, s.Stories, s.Facts, s.Claims = len(articles), len(stories), len(all), len(claims)
	return s
}

// amountKey is the currency and value, or range, of a money fact; "" for
// a vague amount, which is a claim of its own.
func amountKey(f facts.Fact) string {
	switch {
	case f.Value != nil:
		return f.Currency + " " + f.Value.String()
	case f.Min != nil && f.Max != nil:
		return f.Currency + " " + f.Min.String() + "~" + f.Max.String()
	}
	return ""
}
