package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	_ "github.com/mattn/go-sqlite3" // registers the "sqlite3" driver
)

//go:embed migration/*.sql
var migrations embed.FS

// DB is an open pipeline database. Writes go through a single connection, so
// there is one writer at a time in this process; reads use their own pool and
// never wait for writers (WAL).
type DB struct {
	Path  string
	write *sql.DB // one connection: the only writer
	read  *sql.DB // read-only connections
	ckpt  *checkpointer
	now   func() time.Time

	extraction extraction // the pages the running extraction holds
}

// Open opens the database at path, creating it if needed, and applies any
// migrations it lacks. The directory must exist. Open returns an error when
// the file cannot be opened or is not a SQLite database.
func Open(ctx context.Context, path string) (*DB, error) {
	if path == "" {
		return nil, errors.New("open database: empty path")
	}
	dir := filepath.Dir(path)
	if fi, err := os.Stat(dir); err != nil {
		return nil, fmt.Errorf("open database %s: %w", path, err)
	} else if !fi.IsDir() {
		return nil, fmt.Errorf("open database %s: %s is not a directory", path, dir)
	}
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return nil, fmt.Errorf("open database %s: is a directory", path)
	}
	if err := noCheckpointOnClose(); err != nil { // before any connection: see closewal.go
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	if err := create(ctx, path); err != nil {
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	db := &DB{Path: path, now: time.Now}
	var err error
	// Per-connection pragmas belong in the DSN: a PRAGMA run with Exec
	// reaches only one pooled connection. _txlock=immediate takes the write
	// lock at BEGIN, so two writers queue on busy_timeout instead of failing
	// with SQLITE_BUSY when one upgrades a read lock. _stmt_cache_size keeps
	// the statements run through ExecContext and QueryContext compiled on
	// each connection: compiling the article upsert, with its triggers and
	// the full-text table, costs more than running it. The writer's page
	// cache is 32 MiB (_cache_size=-32768, in KiB) so that the indexes an
	// article touches stay in memory between articles instead of being read
	// again from the file, one system call per page. The WAL is
	// checkpointed in the background (checkpoint.go).
	if db.ckpt, err = newCheckpointer(path); err != nil {
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	db.write = sql.OpenDB(newWriterConnector(dsn(path, "_txlock=immediate&_stmt_cache_size=32&_cache_size=-32768"), db.ckpt))
	db.write.SetMaxOpenConns(1)
	db.write.SetConnMaxIdleTime(0)
	if err := db.write.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	if err := db.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	db.read, err = sql.Open("sqlite3", dsn(path, "_query_only=1&_stmt_cache_size=32"))
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	return db, nil
}

// dsn builds the connection string with the pragmas every connection needs.
func dsn(path string, extra string) string {
	return "file:" + escapePath(path) + "?_foreign_keys=on&_busy_timeout=10000&_journal_mode=WAL&_synchronous=NORMAL&" + extra
}

// escapePath escapes what SQLite URI file names give a meaning: "?", "#"
// and "%".
func escapePath(path string) string {
	return strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(path)
}

// Close closes the database's connections. It returns an error if one of
// them fails to close, or if a background checkpoint failed.
func (db *DB) Close() error {
	var errs []error
	if db.ckpt != nil {
		errs = append(errs, db.ckpt.close())
	}
	if db.read != nil {
		errs = append(errs, db.read.Close())
	}
	if db.write != nil {
		errs = append(errs, db.write.Close())
	}
	return errors.Join(errs...)
}

// SetNow sets the clock the database stamps new rows with (fetch and
// extraction times): time.Now unless set. Tests and replays of old crawls
// use it to place what they store in time.
func (db *DB) SetNow(now func() time.Time) { db.now = now }

// migrationNames returns the names of the embedded migrations, in the
// order they apply.
func migrationNames() ([]string, error) {
	names, err := fs.Glob(migrations, "migration/*.sql")
	if err != nil {
		return nil, fmt.Errorf("list migrations: %w", err)
	}
	sort.Strings(names)
	return names, nil
}

// migrate applies, each in its own transaction, the embedded migrations not
// yet recorded in the migrations table. They run with the writer's
// temporary files on disk (temp_store = FILE): a migration's statement may
// rewrite a whole table, and its statement journal and sorts would
// otherwise be held in memory (writerConnector).
func (db *DB) migrate(ctx context.Context) error {
	if _, err := db.write.ExecContext(ctx, `PRAGMA temp_store = FILE`); err != nil {
		return fmt.Errorf("temp_store: %w", err)
	}
	if err := migrate(ctx, db.write, db.now); err != nil {
		return err
	}
	if _, err := db.write.ExecContext(ctx, `PRAGMA temp_store = MEMORY`); err != nil {
		return fmt.Errorf("temp_store: %w", err)
	}
	return nil
}

// migrate applies to the database conn writes, each in its own
// transaction, the embedded migrations not yet recorded in its migrations
// table. It applies none, and returns a *newsfacts.NewerSchemaError, when the table
// records a migration this build lacks.
func migrate(ctx context.Context, conn *sql.DB, now func() time.Time) error {
	if _, err := conn.ExecContext(ctx,
		`CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL) STRICT`); err != nil {
		return fmt.Errorf("create migrations table: %w", err)
	}
	names, err := migrationNames()
	if err != nil {
		return err
	}
	applied, err := appliedMigrations(ctx, conn)
	if err != nil {
		return fmt.Errorf("read migrations: %w", err)
	}
	if err := checkNewer(applied, names); err != nil {
		return err
	}
	for _, name := range names {
		if err := migrateFile(ctx, conn, now, name); err != nil {
			return fmt.Errorf("migrate %s: %w", name, err)
		}
	}
	return nil
}

func migrateFile(ctx context.Context, conn *sql.DB, now func() time.Time, name string) error {
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM migrations WHERE name = ?`, name).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	script, err := fs.ReadFile(migrations, name)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, string(script)); err != nil {
		if strings.Contains(err.Error(), "no such module: fts5") {
			return fmt.Errorf("%w (build with -tags sqlite_fts5)", err)
		}
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO migrations (name, applied_at) VALUES (?, ?)`,
		name, now().Format(time.RFC3339)); err != nil {
		return err
	}
	return tx.Commit()
}

// timestamp formats t as the schema's ISO-8601 text with offset.
func timestamp(t time.Time) string { return t.Format(time.RFC3339) }

// nullTime is timestamp for optional columns: NULL for the zero time.
func nullTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return timestamp(t)
}

// Query runs a read-only query, for callers that read the database with
// SQL (reports, the copy to PostgreSQL). The caller closes the rows.
func (db *DB) Query(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return db.read.QueryContext(ctx, query, args...)
}

// QueryRow runs a read-only query, for callers that inspect the database
// with SQL (tests, reports).
func (db *DB) QueryRow(ctx context.Context, query string, args ...any) *sql.Row {
	return db.read.QueryRowContext(ctx, query, args...)
}
