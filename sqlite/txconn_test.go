package sqlite

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
)

// TestConnTx: a connTx commits what it wrote; one whose context ended
// before the commit, or that is ended without a commit (a statement
// failed), writes nothing; and the writer's connection is out of the
// transaction afterwards, so the next one begins and commits.
func TestConnTx(t *testing.T) {
	db, err := Open(t.Context(), filepath.Join(t.TempDir(), "news.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	const insert = `INSERT INTO migrations (name, applied_at) VALUES (?, '2026-01-01T00:00:00Z')`
	count := func(name string) int {
		var n int
		if err := db.write.QueryRowContext(t.Context(), `SELECT count(*) FROM migrations WHERE name = ?`, name).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	save := func(ctx context.Context, name string, cancel func(), commit bool) error {
		tx, err := db.beginConn(ctx)
		if err != nil {
			return err
		}
		defer tx.end()
		if _, err := tx.ExecContext(quick(ctx), insert, name); err != nil {
			return err
		}
		if cancel != nil {
			cancel()
		}
		if !commit {
			return errors.New("not committed")
		}
		return tx.commit()
	}
	ctx, cancel := context.WithCancel(t.Context())
	if err := save(ctx, "cancelled", cancel, true); !errors.Is(err, context.Canceled) {
		t.Errorf("commit after the context ended: %v, want context.Canceled", err)
	}
	if err := save(t.Context(), "failed", nil, false); err == nil {
		t.Error("save without commit: no error")
	}
	if err := save(t.Context(), "committed", nil, true); err != nil {
		t.Fatalf("commit: %v", err)
	}
	for name, want := range map[string]int{"cancelled": 0, "failed": 0, "committed": 1} {
		if got := count(name); got != want {
			t.Errorf("rows %q: %d, want %d", name, got, want)
		}
	}
}
