package postgres

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jackc/pgx/v5/stdlib"

	"github.com/newsfacts/newsfacts"
)

//go:embed migration/*.sql
var migrations embed.FS

// DB is an open pipeline database on a PostgreSQL server: a pool of
// connections, safe for concurrent use.
type DB struct {
	URL string // as given to Open
	// Lease is how long the queue rows a crawl worker takes and the
	// pages an extraction claims stay its own without a heartbeat: after
	// a worker is killed, others take its work over that much later. Set
	// it before starting a crawl or an extraction; DefaultLease if not.
	Lease time.Duration

	pool       *pgxpool.Pool
	now        func() time.Time
	extraction extraction // the extraction this handle runs, if any
	workers    workers    // the crawl runs this handle started and has not finished
	trips      *trips     // round trips to the server, counted
}

// IsURL reports whether a -db value names a PostgreSQL database
// (postgres://… or postgresql://…) rather than a SQLite file.
func IsURL(s string) bool {
	return strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://")
}

// migrationLock is the key of the advisory lock that keeps two processes
// from migrating one database at once.
const migrationLock = 7_151_500_001

// Open connects to the database url names and applies any migrations it
// lacks. It returns an error when the server cannot be reached or refuses
// the connection, or a migration fails.
func Open(ctx context.Context, url string) (*DB, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("open database: %w", redact(err))
	}
	if cfg.ConnConfig.RuntimeParams["application_name"] == "" {
		cfg.ConnConfig.RuntimeParams["application_name"] = "newsfacts"
	}
	// A commit returns before the server has flushed it to disk, as
	// SQLite's WAL with synchronous=NORMAL does: a server crash may lose
	// the last fraction of a second of commits, whole, never half of one,
	// and what was lost is fetched or extracted again by the next run.
	// Waiting for each flush would make every page wait for the disk.
	// A URL may ask otherwise (?synchronous_commit=on).
	if cfg.ConnConfig.RuntimeParams["synchronous_commit"] == "" {
		cfg.ConnConfig.RuntimeParams["synchronous_commit"] = "off"
	}
	tr := &trips{}
	cfg.ConnConfig.Tracer = tr
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("open database: %w", redact(err))
	}
	db := &DB{URL: url, Lease: DefaultLease, pool: pool, now: time.Now, trips: tr}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open database: %w", redact(err))
	}
	if err := db.migrate(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open database: %w", err)
	}
	return db, nil
}

// redact keeps a password out of an error that quotes the URL.
func redact(err error) error {
	var pe *pgconn.ParseConfigError
	if errors.As(err, &pe) {
		return errors.New("invalid PostgreSQL URL")
	}
	return err
}

// Close stops the heartbeats of the runs not finished, which the other
// workers then take for dead, and closes the pool's connections.
func (db *DB) Close() error {
	for _, w := range db.workers.removeAll() {
		w.stop()
	}
	db.pool.Close()
	return nil
}

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

// migrate applies, in one transaction each, the embedded migrations not
// yet recorded in the migrations table, holding an advisory lock so that
// processes started together migrate one after the other.
func (db *DB) migrate(ctx context.Context) error {
	names, err := migrationNames()
	if err != nil {
		return err
	}
	conn, err := db.pool.Acquire(ctx)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	defer conn.Release()
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock($1)`, int64(migrationLock)); err != nil {
		return fmt.Errorf("migrate: lock: %w", err)
	}
	defer conn.Exec(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock($1)`, int64(migrationLock))
	if _, err := conn.Exec(ctx,
		`CREATE TABLE IF NOT EXISTS migrations (name text PRIMARY KEY, applied_at text NOT NULL)`); err != nil {
		return fmt.Errorf("create migrations table: %w", err)
	}
	if err := checkNewer(ctx, conn.Conn(), names); err != nil {
		return err
	}
	for _, name := range names {
		if err := db.migrateFile(ctx, conn.Conn(), name); err != nil {
			return fmt.Errorf("migrate %s: %w", name, err)
		}
	}
	return nil
}

// checkNewer returns a *newsfacts.NewerSchemaError when the database
// records a migration that known, this build's, lacks: a newer build
// migrated it.
func checkNewer(ctx context.Context, conn *pgx.Conn, known []string) error {
	rows, err := conn.Query(ctx, `SELECT name FROM migrations`)
	if err != nil {
		return fmt.Errorf("read migrations: %w", err)
	}
	applied, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return fmt.Errorf("read migrations: %w", err)
	}
	return newerThan(applied, known)
}

// newerThan returns a *newsfacts.NewerSchemaError when applied, the
// migrations a database records, holds one that known lacks.
func newerThan(applied, known []string) error {
	var unknown string
	for _, name := range applied {
		if !slices.Contains(known, name) {
			unknown = max(unknown, name) // names sort in the order they apply
		}
	}
	if unknown == "" {
		return nil
	}
	return &newsfacts.NewerSchemaError{Database: path.Base(unknown), Build: path.Base(known[len(known)-1])}
}

func (db *DB) migrateFile(ctx context.Context, conn *pgx.Conn, name string) error {
	tx, err := conn.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(ctx)
	var n int
	if err := tx.QueryRow(ctx, `SELECT count(*) FROM migrations WHERE name = $1`, name).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	script, err := fs.ReadFile(migrations, name)
	if err != nil {
		return err
	}
	// Exec without arguments runs the script with the simple protocol:
	// many statements, dollar-quoted function bodies included.
	if _, err := tx.Exec(ctx, string(script)); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, `INSERT INTO migrations (name, applied_at) VALUES ($1, $2)`,
		name, timestamp(db.now())); err != nil {
		return err
	}
	return tx.Commit(ctx)
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

func nullString(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// QueryRow runs a query, for callers that inspect the database with SQL
// (tests, reports).
func (db *DB) QueryRow(ctx context.Context, query string, args ...any) pgx.Row {
	return db.pool.QueryRow(ctx, query, args...)
}

// Exec runs a statement, for callers that maintain the database with SQL
// (tests, the copy from SQLite).
func (db *DB) Exec(ctx context.Context, sql string, args ...any) error {
	_, err := db.pool.Exec(ctx, sql, args...)
	return err
}

// Query runs a query, for callers that inspect the database with SQL.
func (db *DB) Query(ctx context.Context, query string, args ...any) (pgx.Rows, error) {
	return db.pool.Query(ctx, query, args...)
}

// retryable reports whether err is a deadlock or a serialization failure,
// after which the transaction may be run again.
func retryable(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && (pe.Code == "40P01" || pe.Code == "40001")
}

// SQL returns a database/sql handle on the connections of db, for code
// written over database/sql that reads either store, such as the exports
// (sqlite.Export). Numeric values come as their decimal text, booleans as
// bool. Close it before db.
func (db *DB) SQL() *sql.DB { return stdlib.OpenDBFromPool(db.pool) }
