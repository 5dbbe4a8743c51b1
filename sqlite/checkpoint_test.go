package sqlite_test

import (
	"bytes"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts/internal/fixture"
	"github.com/newsfacts/newsfacts/sqlite"
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
	body := bytes.Repeat([]byte("<p>정부는 반도체 설비 투자에 정책금융을 공급한다.</p>"), 1500) // 100 KB
	for i := range 100 {
		u := fmt.Sprintf("https://a.kr/news/%d", i)
		if _, err := db.InsertPage(ctx, &sqlite.Page{URL: u, RequestedURL: u, FinalURL: u, Status: 200, Body: body}); err != nil {
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
