//go:build unix

package pipeline_test

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/extract"
	"github.com/newsfacts/newsfacts/internal/fixture"
	"github.com/newsfacts/newsfacts/pipeline"
	"golang.org/x/net/html"
)

// benchPages returns the HTML pages the benchmark extracts: our own
// testdata/site, and the saved pages of ../../shared/testpages/raw when that
// folder is there.
func benchPages(b *testing.B) []newsfacts.Page {
	b.Helper()
	var pages []newsfacts.Page
	for _, root := range []string{
		filepath.Join("..", "testdata", "site"),
		filepath.Join("..", "..", "shared", "testpages", "raw"),
	} {
		if _, err := os.Stat(root); err != nil {
			b.Logf("skipping %s: %v", root, err)
			continue
		}
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".html") {
				return err
			}
			body, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			u := "https://bench.test/" + filepath.ToSlash(path)
			pages = append(pages, newsfacts.Page{URL: u, RequestedURL: u, FinalURL: u, Status: 200,
				ContentType: "text/html; charset=utf-8", Body: body})
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	if len(pages) == 0 {
		b.Skip("no pages")
	}
	return pages
}

// BenchmarkExtract compares, in one run, extraction alone (FromHTML over
// pages in memory) with extraction from the database into facts
// (Extractor.Extract over the same pages stored: read, extract, replace the
// article and its facts in one transaction each, FTS triggers included).
// Each iteration bumps the extractor version, so every page is re-extracted
// and every article replaced, the costlier path. It reports both speeds in
// pages/s, their ratio (the goal is ≥ 0.8), the same ratio in CPU time and
// what the database adds per page.
//
// FromHTML uses the real extractor; with the stub that finds no article the
// ratio means little. seed-article replaces FromHTML by one that returns
// the seed article (11 facts, 1,000 characters) for every page: the
// database's cost of a realistic article, whatever the extractor.
// parse+seed-article first parses the page with golang.org/x/net/html, the
// parser under goquery: a lower bound on what a real extractor spends, so
// its ratio is a pessimistic stand-in for the real one.
func BenchmarkExtract(b *testing.B) {
	pages := benchPages(b)
	seed := fixture.Seed(b)
	seedArticle := func(_ []byte, opt extract.Options) (*extract.Article, error) {
		a := *seed
		a.URL = opt.URL
		return &a, nil
	}
	parseSeedArticle := func(page []byte, opt extract.Options) (*extract.Article, error) {
		if _, err := html.Parse(bytes.NewReader(page)); err != nil {
			return nil, err
		}
		return seedArticle(page, opt)
	}
	for _, bc := range []struct {
		name     string
		fromHTML func([]byte, extract.Options) (*extract.Article, error)
	}{
		{"FromHTML", extract.FromHTML},
		{"seed-article", seedArticle},
		{"parse+seed-article", parseSeedArticle},
	} {
		b.Run(bc.name, func(b *testing.B) {
			ctx := b.Context()
			db := fixture.OpenDB(b)
			for i := range pages {
				p := pages[i]
				if _, err := db.InsertPage(ctx, &p); err != nil {
					b.Fatal(err)
				}
			}
			var alone, fromDB, aloneCPU, fromDBCPU time.Duration
			n := 0
			for b.Loop() {
				start, startCPU := time.Now(), cpuTime()
				for _, p := range pages {
					a, err := bc.fromHTML(p.Body, extract.Options{URL: p.URL, ContentType: p.ContentType})
					_, _ = a, err
				}
				alone += time.Since(start)
				aloneCPU += cpuTime() - startCPU

				start, startCPU = time.Now(), cpuTime()
				e := &pipeline.Extractor{Version: fmt.Sprint("bench-", n), FromHTML: bc.fromHTML, Log: quiet}
				res, err := e.Extract(ctx, db)
				fromDB += time.Since(start)
				fromDBCPU += cpuTime() - startCPU
				if err != nil {
					b.Fatal(err)
				}
				if res.Pages != len(pages) {
					b.Fatalf("extracted %d pages, want %d", res.Pages, len(pages))
				}
				n++
			}
			total := float64(n * len(pages))
			b.ReportMetric(total/alone.Seconds(), "alone_pages/s")
			b.ReportMetric(total/fromDB.Seconds(), "db_pages/s")
			b.ReportMetric(alone.Seconds()/fromDB.Seconds(), "ratio")
			// What the database adds per page; negative when reading and
			// saving, overlapped with extraction, hide entirely.
			b.ReportMetric(float64((fromDB-alone).Microseconds())/total, "db_µs/page")
			b.ReportMetric(float64(len(pages)), "pages")
			// The same ratio in CPU time: on a machine that other work keeps
			// busy, wall-clock ratios swing; this one does not, but it
			// counts the database's work even where it overlaps extraction.
			b.ReportMetric(aloneCPU.Seconds()/fromDBCPU.Seconds(), "cpu_ratio")
		})
	}
}

// cpuTime returns the CPU time the process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
