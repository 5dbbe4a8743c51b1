package pipeline_test

import (
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts/extract"
	"github.com/newsfacts/newsfacts/internal/fixture"
	"github.com/newsfacts/newsfacts/pipeline"
)

// TestExtractSavesAroundStuckPage: the pages extracted before one that
// takes long are saved while it is being extracted, not held in a batch
// until it is done; then the stuck page is saved too.
func TestExtractSavesAroundStuckPage(t *testing.T) {
	articles := make(map[string]*extract.Article)
	docs := fixture.Docs(t)
	for _, d := range docs {
		if d.Article != nil {
			articles[d.Article.URL] = d.Article
		}
	}
	base := rules(articles)
	release := make(chan struct{})
	var calls atomic.Int32
	stuck := func(b []byte, opt extract.Options) (*extract.Article, error) {
		if int(calls.Add(1)) == len(docs) { // the last page
			<-release
		}
		return base(b, opt)
	}
	db := fixture.OpenDB(t)
	storePages(t, db)
	done := make(chan error, 1)
	go func() {
		_, err := (&pipeline.Extractor{Version: "1", FromHTML: stuck, Log: quiet}).Extract(t.Context(), db)
		done <- err
	}()
	// Wait, up to a bound far above the batch's delay, for the other pages.
	saved := 0
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if saved = fixture.Int(t, db, `SELECT count(*) FROM page_extractions`); saved == len(docs)-1 {
			break
		}
	}
	close(release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if saved != len(docs)-1 {
		t.Errorf("while the last page was being extracted, %d pages were saved; want the %d before it", saved, len(docs)-1)
	}
	if n := fixture.Int(t, db, `SELECT count(*) FROM page_extractions`); n != len(docs) {
		t.Errorf("%d pages saved in the end, want %d", n, len(docs))
	}
}
