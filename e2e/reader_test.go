package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// readmeReader returns the words of the README's reader command: the
// first sqlite3 line of the section "Querying the database", as a shell
// would split it (single quotes only; a # comment dropped).
func readmeReader(t *testing.T) []string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, sec, ok := strings.Cut(string(b), "## Querying the database")
	if !ok {
		t.Fatal("README.md has no section ## Querying the database")
	}
	for line := range strings.SplitSeq(sec, "\n") {
		if !strings.HasPrefix(line, "sqlite3 ") {
			continue
		}
		var words []string
		var w strings.Builder
		quoted, in := false, false
		for _, r := range line {
			switch {
			case r == '\'':
				quoted, in = !quoted, true
			case !quoted && r == '#':
				return append(words, w.String())[:len(words)+boolInt(in)]
			case !quoted && r == ' ':
				if in {
					words = append(words, w.String())
					w.Reset()
					in = false
				}
			default:
				w.WriteRune(r)
				in = true
			}
		}
		if in {
			words = append(words, w.String())
		}
		return words
	}
	t.Fatal("README.md: no sqlite3 command in ## Querying the database")
	return nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// readerLoop runs a reader command, args plus a query, from the folder of
// the database db again and again until stop is closed, and counts the
// runs and the failures. Runs that start before the database exists do
// not count.
type readerLoop struct {
	queries, failed atomic.Int64
	first           atomic.Value // the first failure's output
	done            chan struct{}
}

func startReaders(db string, stop chan struct{}, args ...string) *readerLoop {
	l := &readerLoop{done: make(chan struct{})}
	query := `SELECT count(*) FROM pages; SELECT count(*) FROM money;`
	go func() {
		defer close(l.done)
		for {
			select {
			case <-stop:
				return
			default:
			}
			if _, err := os.Stat(db); err != nil {
				time.Sleep(time.Millisecond)
				continue
			}
			cmd := exec.Command(args[0], append(args[1:], query)...)
			cmd.Dir = filepath.Dir(db)
			out, err := cmd.CombinedOutput()
			l.queries.Add(1)
			if err != nil || strings.Contains(string(out), "Error") {
				l.failed.Add(1)
				l.first.CompareAndSwap(nil, strings.TrimSpace(string(out)))
			}
		}
	}()
	return l
}

// TestReaderNeverLocked is issue 17's fourth defect: the README's reader,
// sqlite3 'file:news.db?mode=ro', failed with "database is locked" 24
// times in a row just after an extract finished (the last connection to
// close checkpointed the WAL under an exclusive lock), and now and then
// while crawl and extract ran. While two rounds of crawl and extract run
// on a new database, it runs the README's reader command in a loop: it
// must never fail. Beside it runs the same command without its busy
// timeout, as the README gave it before: SQLite still makes a reader wait
// a moment when a process opens the database that none has open (it
// rebuilds the WAL's index), so a few may fail, but not the many the
// checkpoint on close made fail (39 of 300 here before the fix).
func TestReaderNeverLocked(t *testing.T) {
	shellPath := sqliteShell(t)
	reader := readmeReader(t)
	if reader[0] != "sqlite3" || !strings.Contains(strings.Join(reader, " "), "file:news.db?mode=ro") {
		t.Fatalf("README's reader command is %q: want sqlite3 on file:news.db?mode=ro", reader)
	}
	reader[0] = shellPath
	var bare []string
	for i := 0; i < len(reader); i++ {
		if reader[i] == "-cmd" && strings.HasPrefix(reader[i+1], ".timeout") {
			i++
			continue
		}
		bare = append(bare, reader[i])
	}
	n := 300
	if hostileLong() {
		n = 3000
	}
	site := newBigSite(t, n, 0)
	db := filepath.Join(t.TempDir(), "news.db")
	binaries(t)

	stop := make(chan struct{})
	readme := startReaders(db, stop, reader...)
	old := startReaders(db, stop, bare...)
	for round := range 2 {
		if r := runCmd(t, "crawl", "-db", db, "-delay", "0", "-parallel", "4", site.URL+"/"); r.code != 0 {
			t.Fatalf("crawl %d: exit %d\n%s", round, r.code, tail(r.stderr, 2000))
		}
		if r := runCmd(t, "extract", "-db", db); r.code != 0 {
			t.Fatalf("extract %d: exit %d\n%s", round, r.code, tail(r.stderr, 2000))
		}
	}
	time.Sleep(time.Second) // the failures came just after the extract ended
	close(stop)
	<-readme.done
	<-old.done
	t.Logf("README's reader %q: %d queries, %d failed; without the busy timeout: %d queries, %d failed",
		strings.Join(reader[1:], " "), readme.queries.Load(), readme.failed.Load(), old.queries.Load(), old.failed.Load())
	if readme.failed.Load() > 0 {
		t.Errorf("%d of %d README reader commands failed; first: %v", readme.failed.Load(), readme.queries.Load(), readme.first.Load())
	}
	if q, f := old.queries.Load(), old.failed.Load(); f*100 > 3*q {
		t.Errorf("%d of %d reader commands without a busy timeout failed, over 3%%; first: %v", f, q, old.first.Load())
	}
}
