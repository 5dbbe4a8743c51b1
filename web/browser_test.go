package web_test

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/newsfacts/newsfacts/internal/fixture"
)

// chromium finds Debian's Chromium. Without it the browser test skips on
// a developer's machine and fails in CI (CI or NEWSFACTS_CI set), where
// .ci/run installs it.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" || os.Getenv("NEWSFACTS_CI") != "" {
		t.Fatal("no chromium in PATH: install it (apt-get install chromium), as .ci/run does")
	}
	t.Skip("no chromium in PATH (apt-get install chromium); the browser test fails in CI without it")
	return ""
}

// artifacts returns the folder for the test's screenshots:
// $NEWSFACTS_ARTIFACTS/web when set, else a new temporary folder, which
// is kept and logged.
func artifacts(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("NEWSFACTS_ARTIFACTS")
	if dir == "" {
		d, err := os.MkdirTemp("", "newsfacts-web-")
		if err != nil {
			t.Fatal(err)
		}
		dir = d
	} else {
		dir = filepath.Join(dir, "web")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshots in %s", dir)
	return dir
}

// TestBrowser drives a headless Chromium through the view: the overview,
// a search, the facts browser filtered to money with its chart, and an
// article whose facts must be highlighted. It saves a screenshot of each.
func TestBrowser(t *testing.T) {
	exe := chromium(t)
	dir := artifacts(t)
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			srv, ids, _ := b.open(t)
			browse(t, exe, filepath.Join(dir, b.name), srv.URL, ids)
		})
	}
}

// browse drives the browser through the view at base, saving screenshots
// in dir.
func browse(t *testing.T, exe, dir, base string, ids map[string]int64) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1200, 900),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("hide-scrollbars", true),
	}
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
	defer cancel()
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelAlloc()
	bctx, cancelBrowser := chromedp.NewContext(actx, chromedp.WithErrorf(t.Logf))
	defer cancelBrowser()

	shot := func(name string) {
		t.Helper()
		png, err := chromedp.Run(bctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatalf("screenshot %s: %v", name, err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	do := func(step string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(bctx, actions...); err != nil {
			t.Fatalf("%s: %v", step, err)
		}
	}

	do("overview",
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.CSS(`figure.chart svg`)))
	if bars := eval[int](t, bctx, `document.querySelectorAll('figure.chart svg rect').length`); bars == 0 {
		t.Error("overview: no bars drawn")
	}
	shot("home.png")

	eval[string](t, bctx, `document.body.dataset.before = "1"`)
	do("search",
		chromedp.SendKeys(chromedp.CSS(`form.search.big input[name=q]`), "반도체"),
		chromedp.Submit(chromedp.CSS(`form.search.big input[name=q]`)),
		chromedp.WaitNotPresent(chromedp.CSS(`body[data-before]`)),
		chromedp.WaitVisible(chromedp.CSS(`li.hit`)))
	hits := eval[[]string](t, bctx, `[...document.querySelectorAll('li.hit a.title')].map(a => a.textContent)`)
	if len(hits) != 2 || !strings.Contains(strings.Join(hits, "|"), "AI 반도체 지원에 2조 원") {
		t.Errorf("search 반도체: hits %q, want the two articles about 반도체", hits)
	}
	shot("search.png")

	do("facts",
		chromedp.Navigate(base+"/facts"),
		chromedp.WaitVisible(chromedp.CSS(`form.filters`)),
		chromedp.SetValue(chromedp.CSS(`select[name=kind]`), "money"),
		chromedp.SetValue(chromedp.CSS(`input[name=min]`), "1000억"),
		chromedp.Click(chromedp.CSS(`input[name=claims]`)))
	// Mark the page, so that the wait below ends on the next one.
	eval[string](t, bctx, `document.body.dataset.before = "1"`)
	do("filter",
		chromedp.Click(chromedp.CSS(`form.filters button[type=submit]`)),
		chromedp.WaitNotPresent(chromedp.CSS(`body[data-before]`)),
		chromedp.WaitVisible(chromedp.CSS(`p.count`)))
	kinds := eval[[]string](t, bctx, `[...document.querySelectorAll('table.facts tbody tr td:nth-child(3)')].map(td => td.textContent)`)
	chartBars := eval[int](t, bctx, `document.querySelectorAll('figure.chart svg rect').length`)
	if len(kinds) == 0 || chartBars == 0 {
		t.Errorf("facts: %d rows, %d chart bars, want some of each", len(kinds), chartBars)
	}
	for _, k := range kinds {
		if k != "money" {
			t.Errorf("facts filtered to money show a %q row", k)
		}
	}
	if title := eval[string](t, bctx, `document.querySelector('figure.chart figcaption').textContent`); !strings.Contains(title, "each claim counted once") {
		t.Errorf("facts: chart %q, want the won of each claim once (the box was ticked)", title)
	}
	if claims := eval[int](t, bctx, `document.querySelectorAll('table.facts div.claim a').length`); claims != len(kinds) {
		t.Errorf("facts: %d rows show their claim, want all %d", claims, len(kinds))
	}
	shot("facts.png")

	do("article",
		chromedp.Navigate(fmt.Sprintf("%s/articles/%d", base, ids[fixture.SeedURL])),
		chromedp.WaitVisible(chromedp.CSS(`article.doc a.fact`)))
	if marks := eval[int](t, bctx, `document.querySelectorAll('article.doc a.fact').length`); marks != 11 {
		t.Errorf("article: %d facts highlighted, want 11", marks)
	}
	background := eval[string](t, bctx, `getComputedStyle(document.querySelector('article.doc a.fact.money')).backgroundColor`)
	if background == "" || background == "rgba(0, 0, 0, 0)" || background == "transparent" {
		t.Errorf("article: a money fact's background is %q, want a highlight", background)
	}
	// What each amount means is shown with it: the seed's first 1조 8천억 원
	// is the ministry's, for the supplementary budget.
	if meaning := eval[string](t, bctx, `document.querySelector('ol div.meaning').textContent`); !strings.Contains(meaning, "과학기술정보통신부") || !strings.Contains(meaning, "추경예산안") {
		t.Errorf("article: the first money fact's meaning reads %q, want its agent and purpose", meaning)
	}
	shot("article.png")
}

// eval evaluates a JavaScript expression in the page and fails the test
// when it cannot.
func eval[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
	return v
}
