package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path"
	"slices"
)

// ReadOnlyDSN is the connection string OpenReadOnly uses, for tools that
// take a SQLite URI: mode=ro opens the file for reading only and never
// creates it; _busy_timeout=10000 lets a reader wait out the rare moments a
// WAL reader must (a checkpoint resetting the log) instead of failing with
// "database is locked"; _query_only=1 refuses every write, to a database
// ATTACHed to the connection too, which mode=ro does not cover. The sqlite3
// shell takes the same URI without the underscore parameters:
//
//	sqlite3 'file:news.db?mode=ro'
func ReadOnlyDSN(path string) string {
	return snapshotDSN(path) + "&_query_only=1"
}

// snapshotDSN is ReadOnlyDSN without _query_only, which refuses VACUUM INTO.
func snapshotDSN(path string) string {
	return "file:" + escapePath(path) + "?mode=ro&_busy_timeout=10000"
}

// OpenReadOnly opens the database at path for reading only, as an analyst's
// tool should while crawl and extract write to it. In WAL mode readers and
// the writer do not block each other: each read transaction sees the
// database as of its first read, with every committed article and its facts
// whole. OpenReadOnly never creates or migrates the database; it returns an
// error when path does not exist or is not a SQLite database.
func OpenReadOnly(ctx context.Context, path string) (*sql.DB, error) {
	if path == "" {
		return nil, errors.New("open database read-only: empty path")
	}
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("open database read-only: %w", err)
	}
	if err := noCheckpointOnClose(); err != nil {
		return nil, fmt.Errorf("open database read-only %s: %w", path, err)
	}
	db, err := sql.Open("sqlite3", ReadOnlyDSN(path))
	if err != nil {
		return nil, fmt.Errorf("open database read-only %s: %w", path, err)
	}
	var n int
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema`).Scan(&n); err != nil {
		db.Close()
		return nil, fmt.Errorf("open database read-only %s: %w", path, err)
	}
	return db, nil
}

// Snapshot writes a consistent copy of the database at path to the new
// file dst with VACUUM INTO, for sharing: one self-contained file,
// compacted, as of the moment the copy began, while writers go on. dst must
// not exist. It reads path on a mode=ro connection of its own.
func Snapshot(ctx context.Context, path, dst string) error {
	if _, err := os.Stat(path); err != nil {
		return fmt.Errorf("snapshot to %s: %w", dst, err)
	}
	ro, err := sql.Open("sqlite3", snapshotDSN(path))
	if err != nil {
		return fmt.Errorf("snapshot to %s: %w", dst, err)
	}
	defer ro.Close()
	if _, err := ro.ExecContext(ctx, `VACUUM INTO ?`, dst); err != nil {
		return fmt.Errorf("snapshot to %s: %w", dst, err)
	}
	return nil
}

// Snapshot writes a snapshot of db to the new file dst; see the function
// Snapshot.
func (db *DB) Snapshot(ctx context.Context, dst string) error {
	return Snapshot(ctx, db.Path, dst)
}

// ErrOldSchema is returned by CheckSchema for a database that lacks
// migrations this build has.
var ErrOldSchema = errors.New("database schema is older than this build's")

// CheckSchema returns an error wrapping ErrOldSchema when the database q
// reads lacks some of the migrations this build would apply: a reader that
// cannot migrate (OpenReadOnly) would otherwise read tables and views in an
// older form. Open applies them. It returns a *newsfacts.NewerSchemaError, which
// wraps newsfacts.ErrNewerSchema, when the database has a migration this build
// lacks: a newer build migrated it.
func CheckSchema(ctx context.Context, q Querier) error {
	names, err := migrationNames()
	if err != nil {
		return err
	}
	applied, err := appliedMigrations(ctx, q)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrOldSchema, err)
	}
	if err := checkNewer(applied, names); err != nil {
		return err
	}
	for _, name := range names {
		if !slices.Contains(applied, name) {
			return fmt.Errorf("%w: %s not applied", ErrOldSchema, path.Base(name))
		}
	}
	return nil
}
