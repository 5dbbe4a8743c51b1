package e2e

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// bigSite is a test news site of n articles, each served after a pause,
// listed on the front page (/), in a sitemap (/sitemap.xml; ?from=i&n=k for
// some) and in a sitemap index of sitemaps of 1,000 (/sitemap-index.xml;
// ?n=k for the first k). It counts the requests for each article.
type bigSite struct {
	*httptest.Server
	n      int
	pause  time.Duration
	mu     sync.Mutex
	hits   map[int]int
	served atomic.Int64 // article responses sent
}

func newBigSite(t *testing.T, n int, pause time.Duration) *bigSite {
	t.Helper()
	s := &bigSite{n: n, pause: pause, hits: map[int]int{}}
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("User-agent: *\nDisallow: /private/\n"))
	})
	mux.HandleFunc("/{$}", func(w http.ResponseWriter, r *http.Request) {
		var b bytes.Buffer
		b.WriteString("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>테스트 뉴스</title></head><body><ul>")
		for i := range n {
			fmt.Fprintf(&b, "<li><a href=\"/news/%d.html\">기사 %d</a></li>", i, i)
		}
		b.WriteString("</ul></body></html>")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(b.Bytes())
	})
	mux.HandleFunc("/sitemap-index.xml", func(w http.ResponseWriter, r *http.Request) {
		k := query(r, "n", n) // ?n=k lists the first k articles, 1,000 to a sitemap
		var b bytes.Buffer
		b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
		for from := 0; from < k; from += 1000 {
			fmt.Fprintf(&b, "<sitemap><loc>http://%s/sitemap.xml?from=%d&amp;n=%d</loc></sitemap>", r.Host, from, min(1000, k-from))
		}
		b.WriteString("</sitemapindex>")
		w.Header().Set("Content-Type", "application/xml")
		w.Write(b.Bytes())
	})
	mux.HandleFunc("/sitemap.xml", func(w http.ResponseWriter, r *http.Request) {
		from := query(r, "from", 0) // ?from=i&n=k lists articles i to i+k-1
		k := query(r, "n", n-from)
		var b bytes.Buffer
		b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
		for i := from; i < min(from+k, n); i++ {
			fmt.Fprintf(&b, "<url><loc>http://%s/news/%d.html</loc></url>", r.Host, i)
		}
		b.WriteString("</urlset>")
		w.Header().Set("Content-Type", "application/xml")
		w.Write(b.Bytes())
	})
	mux.HandleFunc("/news/{id}", func(w http.ResponseWriter, r *http.Request) {
		id, err := strconv.Atoi(strings.TrimSuffix(r.PathValue("id"), ".html"))
		if err != nil || id < 0 || id >= n {
			http.NotFound(w, r)
			return
		}
		s.mu.Lock()
		s.hits[id]++
		s.mu.Unlock()
		if s.pause > 0 {
			time.Sleep(s.pause)
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(article(id))
		s.served.Add(1)
	})
	s.Server = httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

// query returns the integer query parameter name of r, or def.
func query(r *http.Request, name string, def int) int {
	v, err := strconv.Atoi(r.URL.Query().Get(name))
	if err != nil || v < 0 {
		return def
	}
	return v
}

// article is the page of article id: a few KB, like a short news story.
func article(id int) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "<!DOCTYPE html><html lang=\"ko\"><head><meta charset=\"utf-8\"><title>기사 %d</title></head><body><article><h1>기사 %d</h1>", id, id)
	for p := range 12 {
		fmt.Fprintf(&b, "<p>정부는 %d번째 문단에서 반도체 설비 투자에 정책금융 %d조 원을 공급한다고 밝혔다. 중소 협력사도 지원 대상에 포함된다.</p>", p, id%90+1)
	}
	b.WriteString("</article></body></html>")
	return b.Bytes()
}

func (s *bigSite) hitsOf(id int) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[id]
}

// proc is a command started in the background.
type proc struct {
	cmd     *exec.Cmd
	stdout  bytes.Buffer
	stderr  bytes.Buffer
	done    chan struct{}
	err     error
	rssFile string // where the launcher writes the peak RSS (startMeasured)
}

// start starts a built command without waiting for it.
func start(t *testing.T, name string, args ...string) *proc {
	t.Helper()
	p := &proc{cmd: exec.Command(filepath.Join(binaries(t), name), args...), done: make(chan struct{})}
	p.cmd.Stdout, p.cmd.Stderr = &p.stdout, &p.stderr
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p.watch(t)
	return p
}

// watch waits for the started command in the background, and kills it
// when the test ends if it is still running.
func (p *proc) watch(t *testing.T) {
	go func() {
		p.err = p.cmd.Wait()
		close(p.done)
	}()
	t.Cleanup(func() {
		select {
		case <-p.done:
		default:
			p.cmd.Process.Kill()
			<-p.done
		}
	})
}

// wait waits for the command to end, up to d, and returns its exit code.
func (p *proc) wait(t *testing.T, d time.Duration) int {
	t.Helper()
	select {
	case <-p.done:
	case <-time.After(d):
		p.cmd.Process.Kill()
		<-p.done
		t.Fatalf("%s did not end within %s\nstderr: %s", p.cmd.Path, d, p.stderr.String())
	}
	return p.cmd.ProcessState.ExitCode()
}

// sampleRSS reads the running command's resident set size (VmRSS, Linux)
// every 50ms until it ends, and returns the samples in bytes.
func (p *proc) sampleRSS() (samples func() []int64) {
	var (
		mu  sync.Mutex
		out []int64
	)
	done := make(chan struct{})
	go func() {
		defer close(done)
		path := fmt.Sprintf("/proc/%d/status", p.pid())
		for {
			select {
			case <-p.done:
				return
			case <-time.After(50 * time.Millisecond):
			}
			b, err := os.ReadFile(path)
			if err != nil {
				continue
			}
			for _, line := range strings.Split(string(b), "\n") {
				if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
					kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
					mu.Lock()
					out = append(out, kb*1024)
					mu.Unlock()
				}
			}
		}
	}()
	return func() []int64 {
		<-done
		mu.Lock()
		defer mu.Unlock()
		return out
	}
}

// maxRSS returns the ended command's peak resident set size in bytes.
func (p *proc) maxRSS() int64 {
	ru, ok := p.cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		return 0
	}
	return ru.Maxrss * 1024 // kilobytes on Linux
}

// waitFor polls cond every 10ms until it holds or d has passed.
func waitFor(t *testing.T, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not within %s", what, d)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
