//go:build unix

package sqlite

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/internal/pagebody"
	"github.com/newsfacts/newsfacts/internal/shared"
)

// BenchmarkStorePage stores the 121 pages of the public extraction
// benchmark, each into a new database, three ways in one run: with their
// bodies stored as received (the store before compression), compressed (the
// store as it is), and the compression alone. It reports the process CPU
// time per page of each and zstd/(raw+encode), which the issue wants at
// most 1: compressing costs the store nothing beyond the compression.
//
//	go test -tags sqlite_fts5 -run '^$' -bench StorePage -benchtime 5x ./sqlite/
func BenchmarkStorePage(b *testing.B) {
	dir := filepath.Join("..", "..", "shared", "benchmarks", "article-extraction", "html")
	files, _ := filepath.Glob(filepath.Join(dir, "*.html.gz"))
	if len(files) == 0 {
		shared.Missing(b, dir, nil)
	}
	var bodies [][]byte
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			b.Fatal(err)
		}
		body, err := io.ReadAll(zr)
		if err != nil {
			b.Fatal(err)
		}
		bodies = append(bodies, body)
	}
	asReceived := func(raw []byte) ([]byte, string) { return raw, "" }
	store := func(encode func([]byte) ([]byte, string)) time.Duration {
		encodeBody = encode
		defer func() { encodeBody = pagebody.Encode }()
		db, err := Open(b.Context(), filepath.Join(b.TempDir(), "news.db"))
		if err != nil {
			b.Fatal(err)
		}
		start := processCPU(b)
		for i, body := range bodies {
			u := "https://bench.test/" + strings.TrimSuffix(filepath.Base(files[i]), ".gz")
			if _, err := db.InsertPage(b.Context(), &newsfacts.Page{URL: u, RequestedURL: u, FinalURL: u, Status: 200, Body: body}); err != nil {
				b.Fatal(err)
			}
		}
		spent := processCPU(b) - start
		if err := db.Close(); err != nil {
			b.Fatal(err)
		}
		return spent
	}
	var raw, zstd, enc time.Duration
	for b.Loop() {
		raw += store(asReceived)
		zstd += store(pagebody.Encode)
		start := processCPU(b)
		for _, body := range bodies {
			pagebody.Encode(body)
		}
		enc += processCPU(b) - start
	}
	per := func(d time.Duration) float64 { return float64(d.Microseconds()) / float64(b.N*len(bodies)) }
	b.ReportMetric(per(raw), "raw-µs/page")
	b.ReportMetric(per(zstd), "zstd-µs/page")
	b.ReportMetric(per(enc), "encode-µs/page")
	b.ReportMetric(float64(zstd)/float64(raw+enc), "zstd/(raw+encode)")
}

// processCPU is the CPU time the process has spent, user and system.
func processCPU(tb testing.TB) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		tb.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
