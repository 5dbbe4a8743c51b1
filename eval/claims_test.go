package eval

import (
	"path/filepath"
	"testing"
)

// TestClaimSet scores claims on our cross-outlet set: at least 20 stories
// each carried by two outlets or more, and decoys of the same amounts.
func TestClaimSet(t *testing.T) {
	arts, err := LoadClaimSet(filepath.Join("..", "testdata", "claims", "articles.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	outlets := map[string]map[string]bool{}
	for _, a := range arts {
		if outlets[a.Story] == nil {
			outlets[a.Story] = map[string]bool{}
		}
		outlets[a.Story][a.Outlet] = true
	}
	multi := 0
	for _, o := range outlets {
		if len(o) >= 2 {
			multi++
		}
	}
	if multi < 20 {
		t.Fatalf("%d stories carried by two outlets or more, want at least 20", multi)
	}
	s := ScoreClaims(arts)
	t.Logf("%d articles, %d stories, %d facts, %d claims: precision %.3f recall %.3f",
		s.Articles, s.Stories, s.Facts, s.Claims, s.Precision(), s.Recall())
	if s.Precision() < 0.95 || s.Recall() < 0.95 {
		t.Errorf("precision %.3f, recall %.3f; want both at least 0.95", s.Precision(), s.Recall())
		for _, m := range s.Misses {
			t.Log(m)
		}
	}
}
