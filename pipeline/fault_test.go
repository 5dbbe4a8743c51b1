package pipeline_test

import (
	"bytes"
	"errors"
	"log/slog"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/extract"
	"github.com/newsfacts/newsfacts/internal/fixture"
	"github.com/newsfacts/newsfacts/pipeline"
)

// TestExtractFault runs rules that panic on one page: the run goes on,
// saves every other page, marks that one without article with the fault
// as its reason, counts it and logs it with its stack.
func TestExtractFault(t *testing.T) {
	ctx := t.Context()
	db := fixture.OpenDB(t)
	storePages(t, db)

	articles := make(map[string]*extract.Article)
	var bad string
	for _, d := range fixture.Docs(t) {
		if d.Article != nil {
			articles[d.Article.URL] = d.Article
			bad = d.Article.URL
		}
	}
	next := rules(articles)
	faulty := func(page []byte, opt extract.Options) (*extract.Article, error) {
		if opt.URL == bad {
			var words []string
			_ = words[len(page)] // a bug in the rules: index out of range
		}
		return next(page, opt)
	}
	var logs bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logs, nil))
	res, err := (&pipeline.Extractor{Version: "1", FromHTML: faulty, Log: log}).Extract(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	if want := (pipeline.Result{Pages: 7, Articles: 5, NoArticle: 2, Facts: 23 - len(articles[bad].Facts), Faults: 1}); res != want {
		t.Errorf("result %+v, want %+v", res, want)
	}
	var reason string
	if err := db.QueryRow(ctx, `SELECT error FROM page_extractions pe JOIN pages p ON p.id = pe.page_id WHERE p.url = ?`, bad).Scan(&reason); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(reason, "extractor fault") || !strings.Contains(reason, "index out of range") {
		t.Errorf("the faulty page's reason = %q, want the fault", reason)
	}
	if got := logs.String(); !strings.Contains(got, "level=ERROR msg=\"extractor fault") || !strings.Contains(got, "fault_test.go") {
		t.Errorf("the log does not say where the rules failed:\n%s", got)
	}
}

func TestGuard(t *testing.T) {
	want := errors.New("no article")
	if err := pipeline.Guard(func() error { return want }); err != want {
		t.Errorf("Guard of an error = %v, want it as is", err)
	}
	err := pipeline.Guard(func() error { panic("boom") })
	var fault *pipeline.FaultError
	if !errors.As(err, &fault) || fault.Value != "boom" || len(fault.Stack) == 0 {
		t.Errorf("Guard of a panic = %v, want a FaultError with its value and stack", err)
	}
}
