package sqlite_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts/extract"
	"github.com/newsfacts/newsfacts/facts"
	"github.com/newsfacts/newsfacts/internal/fixture"
	"github.com/newsfacts/newsfacts/sqlite"
)

// state is what a reader sees of one article: the extractor version of the
// row and a summary of its facts.
type state struct {
	version string
	facts   int
	money   int
	won     int64 // sum of the KRW amounts
}

func summarize(version string, fs []facts.Fact) state {
	s := state{version: version, facts: len(fs)}
	for _, f := range fs {
		if f.Kind == facts.KindMoney {
			s.money++
			if f.Currency == "KRW" && f.Value != nil {
				s.won += f.Value.Coef
			}
		}
	}
	return s
}

// TestReadOnlyWhileExtracting re-extracts the seed article over and over,
// alternating two fact sets, while readers on mode=ro connections read it.
// No reader may get an error ("database is locked" above all) and every
// read must see one whole fact set with its own version, never a mix.
func TestReadOnlyWhileExtracting(t *testing.T) {
	ctx := t.Context()
	db := fixture.OpenDB(t)
	fixture.Build(t, db, fixture.Version)
	pageID := fixture.SeedPageID(t, db)
	even, odd := fixture.Seed(t), fixture.Seed(t)
	odd.Facts = odd.Facts[5:] // 81.1% onwards: 6 facts, 4 of them money
	sets := map[string]*extract.Article{"even": even, "odd": odd}
	want := map[string]state{
		fixture.Version: summarize(fixture.Version, even.Facts),
		"even":          summarize("even", even.Facts),
		"odd":           summarize("odd", odd.Facts),
	}

	const saves = 300
	done := make(chan struct{})
	writeErr := make(chan error, 1)
	go func() {
		defer close(done)
		for i := range saves {
			v := "even"
			if i%2 == 1 {
				v = "odd"
			}
			if _, err := db.SaveArticle(ctx, pageID, sets[v], v); err != nil {
				writeErr <- err
				return
			}
		}
	}()

	var (
		wg    sync.WaitGroup
		reads atomic.Int64
		seen  sync.Map // version → true
	)
	errs := make(chan error, 16)
	for r := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ro, err := sqlite.OpenReadOnly(ctx, db.Path)
			if err != nil {
				errs <- err
				return
			}
			defer ro.Close()
			for {
				select {
				case <-done:
					return
				default:
				}
				// Even readers ask in one statement, odd readers in a read
				// transaction of two statements with a pause between them.
				var got state
				if r%2 == 0 {
					got, err = readOneStatement(ctx, ro)
				} else {
					got, err = readTwoStatements(ctx, ro)
				}
				if err != nil {
					errs <- fmt.Errorf("reader %d: %w", r, err)
					return
				}
				if got != want[got.version] {
					errs <- fmt.Errorf("reader %d saw %+v, want %+v: a mix of two extractions", r, got, want[got.version])
					return
				}
				seen.Store(got.version, true)
				reads.Add(1)
			}
		}()
	}
	wg.Wait()
	<-done
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	select {
	case err := <-writeErr:
		t.Fatalf("writer: %v", err)
	default:
	}
	_, sawEven := seen.Load("even")
	_, sawOdd := seen.Load("odd")
	if !sawEven || !sawOdd {
		t.Errorf("in %d reads the readers saw even %v, odd %v; want both: reads did not overlap the writes", reads.Load(), sawEven, sawOdd)
	}
	t.Logf("%d saves, %d consistent reads", saves, reads.Load())
	if err := db.Check(ctx); err != nil {
		t.Error(err)
	}
}

// readOneStatement reads the seed article's state in one SELECT.
func readOneStatement(ctx context.Context, ro *sql.DB) (state, error) {
	var s state
	err := ro.QueryRowContext(ctx, `
		SELECT a.extractor_version, count(f.id), count(CASE WHEN f.kind = 'money' THEN 1 END),
		       coalesce(sum(CASE WHEN f.kind = 'money' AND f.currency = 'KRW' THEN f.value END), 0)
		FROM articles a LEFT JOIN facts f ON f.article_id = a.id
		WHERE a.url = ?
		GROUP BY a.id`, fixture.SeedURL).Scan(&s.version, &s.facts, &s.money, &s.won)
	return s, err
}

// readTwoStatements reads the version, then, after a pause in which the
// writer may commit, the facts through the views, in one read transaction.
func readTwoStatements(ctx context.Context, ro *sql.DB) (state, error) {
	var s state
	tx, err := ro.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return s, err
	}
	defer tx.Rollback()
	var id int64
	if err := tx.QueryRowContext(ctx, `SELECT article_id, extractor_version FROM articles_clean WHERE url = ?`,
		fixture.SeedURL).Scan(&id, &s.version); err != nil {
		return s, err
	}
	time.Sleep(200 * time.Microsecond)
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM fact_provenance WHERE article_id = ?`, id).Scan(&s.facts); err != nil {
		return s, err
	}
	if err := tx.QueryRowContext(ctx, `
		SELECT count(*), coalesce(sum(CASE WHEN currency = 'KRW' THEN amount END), 0) FROM money WHERE article_id = ?`,
		id).Scan(&s.money, &s.won); err != nil {
		return s, err
	}
	return s, tx.Commit()
}

// TestSnapshotWhileExtracting takes snapshots with DB.Snapshot and
// Snapshot while the writer re-extracts; each
// snapshot is a whole, consistent database.
func TestSnapshotWhileExtracting(t *testing.T) {
	ctx := t.Context()
	db := fixture.OpenDB(t)
	fixture.Build(t, db, fixture.Version)
	pageID := fixture.SeedPageID(t, db)
	a := fixture.Seed(t)
	stop := make(chan struct{})
	writeErr := make(chan error, 1)
	go func() {
		defer close(writeErr)
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			if _, err := db.SaveArticle(ctx, pageID, a, fmt.Sprint("v", i)); err != nil {
				writeErr <- err
				return
			}
		}
	}()
	dir := t.TempDir()
	snaps := []string{filepath.Join(dir, "a.db"), filepath.Join(dir, "b.db")}
	errA := db.Snapshot(ctx, snaps[0])
	errB := sqlite.Snapshot(ctx, db.Path, snaps[1])
	close(stop)
	if err := <-writeErr; err != nil {
		t.Fatalf("writer: %v", err)
	}
	if errA != nil || errB != nil {
		t.Fatalf("DB.Snapshot: %v; Snapshot: %v", errA, errB)
	}
	if err := db.Snapshot(ctx, snaps[0]); err == nil {
		t.Error("Snapshot over an existing file: no error")
	}
	for _, path := range snaps {
		snap, err := sqlite.Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		err = snap.Check(ctx)
		var n int
		if err == nil {
			err = snap.QueryRow(ctx, `SELECT count(*) FROM money`).Scan(&n)
		}
		snap.Close()
		if err != nil || n != 15 {
			t.Errorf("snapshot %s: %d money rows, %v; want 15, nil", filepath.Base(path), n, err)
		}
	}
}

func TestOpenReadOnlyRefuses(t *testing.T) {
	dir := t.TempDir()
	notDB := filepath.Join(dir, "notes.db")
	if err := os.WriteFile(notDB, make([]byte, 4096), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"", filepath.Join(dir, "missing.db"), notDB} {
		if ro, err := sqlite.OpenReadOnly(t.Context(), path); err == nil {
			ro.Close()
			t.Errorf("OpenReadOnly(%q) = nil error, want one", path)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "missing.db")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("OpenReadOnly created missing.db: %v", err)
	}

	db := fixture.OpenDB(t)
	ro, err := sqlite.OpenReadOnly(t.Context(), db.Path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if _, err := ro.ExecContext(t.Context(), `DELETE FROM facts`); err == nil {
		t.Error("DELETE on a read-only connection: no error")
	}
	// mode=ro covers the main database only; query_only covers all.
	conn, err := ro.Conn(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(t.Context(), `ATTACH ? AS w`, db.Path); err != nil {
		t.Fatal(err)
	}
	if _, err := conn.ExecContext(t.Context(), `DELETE FROM w.facts`); err == nil {
		t.Error("DELETE in the same database ATTACHed to a read-only connection: no error")
	}
}

func ExampleOpenReadOnly() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "example")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "news.db")
	db, err := sqlite.Open(ctx, path) // the pipeline's writer
	if err != nil {
		fmt.Println(err)
		return
	}
	defer db.Close()

	ro, err := sqlite.OpenReadOnly(ctx, path) // an analyst's reader
	if err != nil {
		fmt.Println(err)
		return
	}
	defer ro.Close()
	var n int
	if err := ro.QueryRowContext(ctx, `SELECT count(*) FROM money`).Scan(&n); err != nil {
		fmt.Println(err)
		return
	}
	_, err = ro.ExecContext(ctx, `DELETE FROM facts`)
	fmt.Println(sqlite.ReadOnlyDSN("news.db"))
	fmt.Println(n, "money facts; delete refused:", err != nil)
	// Output:
	// file:news.db?mode=ro&_busy_timeout=10000&_query_only=1
	// 0 money facts; delete refused: true
}
