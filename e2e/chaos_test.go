package e2e

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts/extract"
	"github.com/newsfacts/newsfacts/internal/pgtest"
	"github.com/newsfacts/newsfacts/internal/testsite"
	"github.com/newsfacts/newsfacts/pipeline"
	"github.com/newsfacts/newsfacts/postgres"
)

// chaosScale is the size of the chaos test: the in full under
// NEWSFACTS_CHAOS=1, and a short version otherwise (in CI too).
type chaosScale struct {
	articles          int              // per host
	crawlKills        int              // at most, while the crawls run
	crawlEvery        [2]time.Duration // a kill every so often, drawn at random in this range
	extractKills      int
	extractEvery      [2]time.Duration
	crawlsTimeout     time.Duration
	extractionTimeout time.Duration
}

func chaosSize() chaosScale {
	if os.Getenv("NEWSFACTS_CHAOS") == "1" {
		return chaosScale{articles: 300, crawlKills: 30, crawlEvery: [2]time.Duration{2 * time.Second, 5 * time.Second},
			extractKills: 10, extractEvery: [2]time.Duration{300 * time.Millisecond, 1500 * time.Millisecond},
			crawlsTimeout: 10 * time.Minute, extractionTimeout: 5 * time.Minute}
	}
	return chaosScale{articles: 30, crawlKills: 3, crawlEvery: [2]time.Duration{time.Second, 2 * time.Second},
		extractKills: 3, extractEvery: [2]time.Duration{200 * time.Millisecond, 600 * time.Millisecond},
		crawlsTimeout: 3 * time.Minute, extractionTimeout: 2 * time.Minute}
}

// chaosSeed returns the seed of the test's random choices: NEWSFACTS_CHAOS_SEED
// if set, so that a failure can be run again, else the clock.
func chaosSeed(t *testing.T) uint64 {
	if s := os.Getenv("NEWSFACTS_CHAOS_SEED"); s != "" {
		seed, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatalf("NEWSFACTS_CHAOS_SEED=%q: %v", s, err)
		}
		return seed
	}
	return uint64(time.Now().UnixNano())
}

// TestChaos is the chaos test: 4 crawl processes share one
// PostgreSQL database and 3 loopback hosts of articles with -delay 200ms,
// while a random one of them is killed with SIGKILL every few seconds and
// started again; at the end every article is stored exactly once, and no
// host saw two requests closer than 200 ms, or two at once (measured at
// the hosts). Then 3 extract processes, killed and started again the same
// way, leave exactly the articles and facts that one extraction of the same
// pages leaves. NEWSFACTS_CHAOS=1 runs it in full (300 articles a host);
// the seed of the random choices is printed, and NEWSFACTS_CHAOS_SEED runs
// the same choices again.
func TestChaos(t *testing.T) {
	size := chaosSize()
	seed := chaosSeed(t)
	t.Logf("chaos seed %d (NEWSFACTS_CHAOS_SEED=%d runs these choices again)", seed, seed)
	rng := rand.New(rand.NewPCG(seed, seed>>1|1))
	const delay = 200 * time.Millisecond

	var (
		sites   []*testsite.Site
		sources strings.Builder
		urls    []string
	)
	for _, name := range []string{"a", "b", "c"} {
		site := testsite.New(name, size.articles)
		srv := site.Serve(t)
		sites = append(sites, site)
		fmt.Fprintf(&sources, "[[source]]\nname = %q\nsitemaps = [%q]\narticles = [\"/news/\"]\n\n", name, srv.URL+"/sitemap.xml")
		for i := range size.articles {
			urls = append(urls, site.URL(srv.URL, i))
		}
	}
	dir := t.TempDir()
	if d := os.Getenv("NEWSFACTS_CHAOS_LOGS"); d != "" {
		dir = d // kept, to read after a failure
	}
	sourcesFile := filepath.Join(dir, "sources.toml")
	if err := os.WriteFile(sourcesFile, []byte(sources.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	db := pgtest.NewDB(t)

	crawls := &chaos{t: t, rng: rng, name: "crawl", slots: 4, kills: size.crawlKills, every: size.crawlEvery, logs: dir,
		args: []string{"-db", db, "-sources", sourcesFile, "-delay", delay.String(), "-parallel", "1",
			"-lease", "2s", "-request-timeout", "10s", "-backoff", "100ms", "-log-format", "json"}}
	killed := crawls.run(size.crawlsTimeout)
	t.Logf("crawls: %d killed and started again", killed)

	pg := openPG(t, db)
	var pages, distinct int
	if err := pg.QueryRow(t.Context(), `SELECT count(*), count(DISTINCT url) FROM pages`).Scan(&pages, &distinct); err != nil {
		t.Fatal(err)
	}
	if pages != len(urls) || distinct != len(urls) {
		t.Errorf("pages = %d rows of %d URLs, want the %d articles, each once", pages, distinct, len(urls))
	}
	for _, u := range urls {
		var n int
		if err := pg.QueryRow(t.Context(), `SELECT count(*) FROM pages WHERE url = $1`, u).Scan(&n); err != nil || n != 1 {
			t.Errorf("article %s stored %d times (%v), want once", u, n, err)
		}
	}
	for _, s := range sites {
		if gap, r1, r2 := s.MinGap(); gap < delay {
			t.Errorf("host %s: two requests %s apart (%s from %s at %s, %s from %s), want ≥ %s",
				s.Name, gap, r1.Path, r1.Remote, r1.At.Format("15:04:05.000"), r2.Path, r2.Remote, delay)
		}
		if n := s.MaxInFlight(); n > 1 {
			t.Errorf("host %s: %d requests at once, want 1 (-parallel 1)", s.Name, n)
		}
		t.Logf("host %s: %d requests, %d for robots.txt, %d for the sitemap", s.Name, len(s.Requests()),
			s.Count("/robots.txt"), s.Count("/sitemap.xml"))
	}
	// Each process that got as far as starting its run has a row; the four
	// that finished, ok ones.
	var runs, ok int
	if err := pg.QueryRow(t.Context(), `SELECT count(*), count(*) FILTER (WHERE status = 'ok') FROM crawl_runs`).Scan(&runs, &ok); err != nil ||
		ok != 4 || runs < 4 || runs > crawls.started {
		t.Errorf("crawl_runs = %d rows, %d ok (%v); want 4 ok, at most one per crawl process started (%d)", runs, ok, err, crawls.started)
	}
	if t.Failed() {
		return
	}

	// The clean extraction: the same pages, in a database of their own,
	// extracted once, by one process.
	clean := openPG(t, pgtest.NewDB(t))
	copyPages(t, pg, clean)
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	if _, err := (&pipeline.Extractor{Workers: 2, Log: quiet}).Extract(t.Context(), clean); err != nil {
		t.Fatal(err)
	}
	extracts := &chaos{t: t, rng: rng, name: "extract", slots: 3, kills: size.extractKills, every: size.extractEvery, logs: dir,
		args: []string{"-db", db, "-workers", "1", "-lease", "2s", "-log-format", "json"}}
	killed = extracts.run(size.extractionTimeout)
	t.Logf("extracts: %d killed and started again", killed)
	want, got := extraction(t, clean), extraction(t, pg)
	if got != want {
		t.Errorf("after the extracts: %d bytes of articles and facts, want %d as one extraction leaves\n%s",
			len(got), len(want), firstDiff(got, want))
	}
	var left int
	if err := pg.QueryRow(t.Context(), `SELECT count(*) FROM extract_claims`).Scan(&left); err != nil || left != 0 {
		t.Errorf("extract_claims = %d rows (%v) after every extract finished, want none", left, err)
	}
}

// chaos runs slots processes of a command at once until each has exited 0,
// killing a random one with SIGKILL every so often (every, drawn at random
// in the range), kills times at most, and starting it again.
type chaos struct {
	t     *testing.T
	rng   *rand.Rand
	name  string
	args  []string
	slots int
	kills int
	every [2]time.Duration
	logs  string // where each process's standard error goes

	mu      sync.Mutex
	running map[int]*exec.Cmd // by slot
	started int
}

// run runs the processes and returns how many it killed. It fails the test
// if one exits with another code than 0, or if they are not all done
// within timeout.
func (c *chaos) run(timeout time.Duration) (killed int) {
	t := c.t
	ctx, cancel := context.WithTimeout(t.Context(), timeout)
	defer cancel()
	c.running = map[int]*exec.Cmd{}
	var wg sync.WaitGroup
	for slot := range c.slots {
		wg.Go(func() { c.slot(ctx, slot) })
	}
	done := make(chan struct{})
	go func() {
		wg.Wait()
		close(done)
	}()
	for killed < c.kills {
		wait := c.every[0] + time.Duration(c.rng.Int64N(int64(c.every[1]-c.every[0])+1))
		select {
		case <-done:
			return killed
		case <-ctx.Done():
			t.Fatalf("%s: not done within %s", c.name, timeout)
		case <-time.After(wait):
		}
		c.mu.Lock()
		var live []int
		for slot := range c.slots {
			if c.running[slot] != nil {
				live = append(live, slot)
			}
		}
		if len(live) > 0 {
			slot := live[c.rng.IntN(len(live))]
			if err := c.running[slot].Process.Signal(syscall.SIGKILL); err == nil {
				killed++
			}
		}
		c.mu.Unlock()
	}
	select {
	case <-done:
	case <-ctx.Done():
		t.Fatalf("%s: not done within %s", c.name, timeout)
	}
	return killed
}

// slot runs the command again and again until it exits 0 or ctx ends.
func (c *chaos) slot(ctx context.Context, slot int) {
	for ctx.Err() == nil {
		c.mu.Lock()
		c.started++
		n := c.started
		c.mu.Unlock()
		logPath := filepath.Join(c.logs, fmt.Sprintf("%s-%d.log", c.name, n))
		logFile, err := os.Create(logPath)
		if err != nil {
			c.t.Error(err)
			return
		}
		cmd := exec.CommandContext(ctx, filepath.Join(binaries(c.t), c.name), c.args...)
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, logFile
		c.mu.Lock()
		err = cmd.Start()
		if err == nil {
			c.running[slot] = cmd
		}
		c.mu.Unlock()
		if err != nil {
			logFile.Close()
			c.t.Error(err)
			return
		}
		err = cmd.Wait()
		logFile.Close()
		c.mu.Lock()
		delete(c.running, slot)
		c.mu.Unlock()
		var ee *exec.ExitError
		switch {
		case err == nil:
			return
		case errors.As(err, &ee) && !ee.Exited() && ee.Sys().(syscall.WaitStatus).Signal() == syscall.SIGKILL:
			continue // killed: started again
		default:
			log, _ := os.ReadFile(logPath)
			c.t.Errorf("%s (process %d): %v\nstdout: %s\nstderr (end): %s", c.name, n, err, out.String(), tail(string(log), 3000))
			return
		}
	}
}

// openPG opens the PostgreSQL database url names, closed when the test ends.
func openPG(t *testing.T, url string) *postgres.DB {
	t.Helper()
	db, err := postgres.Open(t.Context(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// copyPages stores the pages of from in to, as fetched.
func copyPages(t *testing.T, from, to *postgres.DB) {
	t.Helper()
	rows, err := from.Query(t.Context(), `SELECT id FROM pages ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for rows.Next() {
		var id int64
		rows.Scan(&id)
		ids = append(ids, id)
	}
	rows.Close()
	for _, id := range ids {
		p, err := from.Page(t.Context(), id)
		if err != nil {
			t.Fatal(err)
		}
		p.RunID = 0
		if _, err := to.InsertPage(t.Context(), p); err != nil {
			t.Fatal(err)
		}
	}
}

// extraction returns the articles and facts of a database as text, one
// line each, by URL and position, with the claims as the groups of facts
// they make (numbered in order of first appearance): two databases that
// hold the same extraction give the same text whatever IDs their rows got.
func extraction(t *testing.T, db *postgres.DB) string {
	t.Helper()
	rows, err := db.Query(t.Context(), `
		SELECT a.url, a.title, coalesce(a.published_at, ''), a.extractor_version, md5(a.text),
		       coalesce(f.seq, -1), coalesce(f.kind, ''), coalesce(f.text, ''), coalesce(f.value::text, ''),
		       coalesce(f.currency, ''), coalesce(f.claim_id, 0)
		FROM articles a LEFT JOIN facts f ON f.article_id = a.id
		ORDER BY a.url, f.seq`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var b strings.Builder
	claims := map[int64]int{}
	for rows.Next() {
		var (
			url, title, published, version, text, kind, ftext, value, currency string
			seq                                                                int
			claim                                                              int64
		)
		if err := rows.Scan(&url, &title, &published, &version, &text, &seq, &kind, &ftext, &value, &currency, &claim); err != nil {
			t.Fatal(err)
		}
		group := 0
		if claim != 0 {
			if claims[claim] == 0 {
				claims[claim] = len(claims) + 1
			}
			group = claims[claim]
		}
		fmt.Fprintln(&b, url, title, published, version, text, seq, kind, ftext, value, currency, group)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	var marked, noArticle int
	if err := db.QueryRow(t.Context(), `SELECT count(*), count(error) FROM page_extractions WHERE version = $1`,
		extract.Version).Scan(&marked, &noArticle); err != nil {
		t.Fatal(err)
	}
	fmt.Fprintln(&b, "pages extracted:", marked, "without article:", noArticle)
	return b.String()
}

// firstDiff returns the first line where got and want differ.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range max(len(g), len(w)) {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return fmt.Sprintf("line %d:\n got  %s\n want %s", i+1, gl, wl)
		}
	}
	return ""
}
