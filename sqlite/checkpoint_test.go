package sqlite_test

import (
	"fmt"
	"math/rand/v2"
	"os"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/internal/fixture"
)

// TestCheckpointer writes pages enough for some 2,500 pages of WAL, fewer
// than the writer checkpoints itself at, and waits for the checkpointer to
// copy them into the database file while the database stays open.
func TestCheckpointer(t *testing.T) {
	db := fixture.OpenDB(t)
	ctx := t.Context()
	fi, err := os.Stat(db.Path)
	if err != nil {
		t.Fatal(err)
	}
	before := fi.Size()
	body := incompressible(100 << 10) // bodies are stored compressed: these stay 100 KB
	for i := range 100 {
		u := fmt.Sprintf("https://a.kr/news/%d", i)
		if _, err := db.InsertPage(ctx, &newsfacts.Page{URL: u, RequestedURL: u, FinalURL: u, Status: 200, Body: body}); err != nil {
			t.Fatal(err)
		}
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		fi, err := os.Stat(db.Path)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Size() >= before+100*int64(len(body)) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("database file %d bytes, %d before 10 MB of pages: the WAL was not checkpointed", fi.Size(), before)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestWALBounded stores 200 MB of pages as fast as it can, faster than
// the checkpointer finds a moment for the WAL to start over: the writer's
// own checkpoints keep the WAL file near 64 MB, whatever the page size and
// however slowly the checkpointer syncs.
func TestWALBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 200 MB")
	}
	db := fixture.OpenDB(t)
	ctx := t.Context()
	body := incompressible(100 << 10) // bodies are stored compressed: these stay 100 KB
	var peak int64
	for i := range 2000 {
		u := fmt.Sprintf("https://a.kr/news/%d", i)
		if _, err := db.InsertPage(ctx, &newsfacts.Page{URL: u, RequestedURL: u, FinalURL: u, Status: 200, Body: body}); err != nil {
			t.Fatal(err)
		}
		if fi, err := os.Stat(db.Path + "-wal"); err == nil {
			peak = max(peak, fi.Size())
		}
	}
	// 64 MB (writerCheckpointAt) and a few transactions: a writer past it
	// waits for the checkpointer's run to end, and then checkpoints
	// itself. Before it waited, its checkpoint was skipped while the
	// checkpointer synced, and the WAL grew by what it wrote meanwhile:
	// 96-133 MB under a little I/O load, 205 MB on a loaded machine;
	// without the writer's checkpoints, 330 MB and more.
	const limit = 80 << 20
	if peak > limit {
		t.Errorf("WAL peaked at %.1f MB, want at most %.0f MB", float64(peak)/(1<<20), float64(limit)/(1<<20))
	}
	t.Logf("WAL peak %.1f MB", float64(peak)/(1<<20))
}

// incompressible returns n pseudo-random bytes, the same on every call,
// which zstd cannot make smaller: the store writes them at full size.
func incompressible(n int) []byte {
	b := make([]byte, n)
	r := rand.New(rand.NewPCG(1, 2))
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}
