package sqlite

import (
	"context"
	"errors"
	"fmt"
)

// ErrInconsistent is returned by Check when the database breaks one of the
// promises of its schema.
var ErrInconsistent = errors.New("database inconsistent")

// Check verifies what readers rely on: SQLite's own integrity check, no
// foreign key pointing nowhere (no fact without its article, no article
// without its page), no fact stated twice in an article, and a full-text
// index that matches the articles table row for row. It returns an error
// wrapping ErrInconsistent that names the first problem found.
func (db *DB) Check(ctx context.Context) error {
	var s string
	if err := db.read.QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&s); err != nil {
		return fmt.Errorf("check: %w", err)
	}
	if s != "ok" {
		return fmt.Errorf("check: integrity: %s: %w", s, ErrInconsistent)
	}
	counts := []struct{ what, query string }{
		{"foreign keys pointing nowhere", `SELECT count(*) FROM pragma_foreign_key_check`},
		{"facts without an article", `
			SELECT count(*) FROM facts f LEFT JOIN articles a ON a.id = f.article_id WHERE a.id IS NULL`},
		{"facts stated twice", `
			SELECT count(*) FROM (SELECT 1 FROM facts GROUP BY article_id, kind, char_start, char_end HAVING count(*) > 1)`},
		{"facts whose offsets miss their text", `
			SELECT count(*) FROM facts f JOIN articles a ON a.id = f.article_id
			WHERE substr(a.text, f.char_start + 1, f.char_end - f.char_start) <> f.text`},
	}
	for _, c := range counts {
		var n int
		if err := db.read.QueryRowContext(ctx, c.query).Scan(&n); err != nil {
			return fmt.Errorf("check %s: %w", c.what, err)
		}
		if n > 0 {
			return fmt.Errorf("check: %d %s: %w", n, c.what, ErrInconsistent)
		}
	}
	// The FTS5 'integrity-check' command with rank 1 also compares the index
	// with the external content table. It is a write statement, so it runs
	// on the writer's connection; it changes nothing.
	if _, err := db.write.ExecContext(ctx,
		`INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)`); err != nil {
		return fmt.Errorf("check full-text index: %w: %w", err, ErrInconsistent)
	}
	return nil
}
