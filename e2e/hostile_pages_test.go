package e2e

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// extractCap is the peak RSS extract may reach on one hostile page: the
// README's Kubernetes limit, which extract runs under after the crawl.
const extractCap = 256 << 20

// hostilePages returns pages built to hit the extractor's worst cases, of
// about size bytes each (the crawler stores pages of up to 10 MB), by name.
func hostilePages(size int) map[string][]byte {
	head := `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>적대적 페이지</title></head><body><article><h1>적대적 페이지</h1>`
	tail := `<p>정부는 반도체 설비 투자에 17조 원을 공급한다고 밝혔다.</p></article></body></html>`
	page := func(body string) []byte { return []byte(head + body + tail) }
	repeat := func(unit string) string { return strings.Repeat(unit, max(1, size/len(unit))) }
	var table bytes.Buffer
	table.WriteString("<table>")
	for i := 0; table.Len() < size; i++ {
		fmt.Fprintf(&table, "<tr><td>%d분기</td><td>%d억 원</td><td>%d.%d%%</td><td>%d조 %d천억 원</td></tr>", i%4+1, i%9000+1, i%100, i%10, i%90+1, i%9+1)
	}
	table.WriteString("</table>")
	return map[string][]byte{
		"deep nesting":               page(repeat("<div>") + "<p>깊은 곳의 문단</p>"),
		"deep nesting, closed":       page(repeat("<div><span>") + repeat("</span></div>")),
		"giant attribute":            page(`<p title="` + repeat("가") + `">기사 본문</p>`),
		"huge script":                page("<script>var a = [" + repeat("1234567890,") + "];</script>"),
		"huge inline style":          page("<style>" + repeat(".a{color:red}") + "</style>"),
		"table of amounts":           page(table.String()),
		"run-on amounts":             page("<p>" + repeat("매출 1조 2천억 원 영업이익 3천억 원 ") + "</p>"),
		"one sentence, no stop":      page("<p>" + repeat("정부는 반도체 설비 투자를 늘리고 ") + "</p>"),
		"a flood of paragraphs":      page(repeat("<p>짧은 문단입니다.</p>")),
		"a flood of links":           page(repeat(`<a href="/news/1">기사</a> `)),
		"JSON-LD nested deep":        []byte(`<html><head><script type="application/ld+json">` + repeat("[") + `</script></head><body>` + tail),
		"JSON-LD of one huge key":    []byte(`<html><head><script type="application/ld+json">{"headline":"` + repeat("가") + `"}</script></head><body>` + tail),
		"unclosed comment":           page("<!--" + repeat("주석 ")),
		"NUL bytes":                  page(repeat("<p>본문\x00입니다.</p>")),
		"entities":                   page("<p>" + repeat("&amp;&#44032;&lt;") + "</p>"),
		"attributes by the thousand": page(`<p ` + repeat(`a="1" `) + `>기사 본문</p>`),
	}
}

// TestHostilePages runs extract -html on each hostile page: it ends within
// its deadline, under extractCap, with an article (exit 0) or a clear
// reason (exit 1 naming the file), never a panic.
func TestHostilePages(t *testing.T) {
	size := 1 << 20
	if hostileLong() {
		size = 10 << 20
	}
	binaries(t)
	dir := t.TempDir()
	for name, page := range hostilePages(size) {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, strings.ReplaceAll(name, " ", "-")+".html")
			if err := os.WriteFile(path, page, 0o644); err != nil {
				t.Fatal(err)
			}
			p := startMeasured(t, "extract", "-html", path)
			code := p.wait(t, 3*time.Minute)
			peak := p.peakRSS()
			t.Logf("%s, %d KB page: exit %d, peak RSS %.1f MiB, %d KB of output", name, len(page)>>10, code, mb(peak), p.stdout.Len()>>10)
			switch code {
			case 0:
				if !bytes.HasPrefix(p.stdout.Bytes(), []byte(`{"file":`)) {
					t.Errorf("exit 0 without an article: %.200q", p.stdout.String())
				}
			case 1:
				if !strings.Contains(p.stderr.String(), filepath.Base(path)) {
					t.Errorf("exit 1 without naming the file: %.500s", p.stderr.String())
				}
			default:
				t.Errorf("exit %d, want 0 or 1\nstderr: %s", code, tail(p.stderr.String(), 2000))
			}
			if s := p.stderr.String(); strings.Contains(s, "panic") || strings.Contains(s, "goroutine ") {
				t.Errorf("extract panicked: %s", tail(s, 2000))
			}
			if peak == 0 || peak > extractCap {
				t.Errorf("peak RSS %.1f MiB, want under %.0f MiB", mb(peak), mb(extractCap))
			}
		})
	}
}
