package pipeline_test

import (
	"maps"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts/extract"
	"github.com/newsfacts/newsfacts/internal/fixture"
	"github.com/newsfacts/newsfacts/pipeline"
)

// TestExtractWorkers extracts the fixture pages on one goroutine and on
// several, with rules that take longer for earlier pages so that the
// workers finish out of order, and checks that both save the same
// articles under the same IDs: saving stays in page order.
func TestExtractWorkers(t *testing.T) {
	articles := make(map[string]*extract.Article)
	for _, d := range fixture.Docs(t) {
		if d.Article != nil {
			articles[d.Article.URL] = d.Article
		}
	}
	base := rules(articles)
	slowFirst := func(b []byte, opt extract.Options) (*extract.Article, error) {
		if opt.URL == fixture.SeedURL || opt.URL == fixture.ChipsURL {
			time.Sleep(20 * time.Millisecond)
		}
		return base(b, opt)
	}
	var want map[string]int64
	for _, workers := range []int{1, 4} {
		db := fixture.OpenDB(t)
		storePages(t, db)
		res, err := (&pipeline.Extractor{Version: "1", FromHTML: slowFirst, Log: quiet, Workers: workers}).Extract(t.Context(), db)
		if err != nil {
			t.Fatal(err)
		}
		if wantRes := (pipeline.Result{Pages: 7, Articles: 6, NoArticle: 1, Facts: 23}); res != wantRes {
			t.Errorf("%d workers: %+v, want %+v", workers, res, wantRes)
		}
		got := articleIDs(t, db)
		if want == nil {
			want = got
		} else if !maps.Equal(got, want) {
			t.Errorf("%d workers saved article IDs %v, want %v as one worker does", workers, got, want)
		}
	}
}
