// Package pgcopy copies a SQLite database of the pipeline into a PostgreSQL
// one: pages, articles, facts and the crawl's state (runs, failures, queue,
// visited set), every row with its ID, so that a team moving up keeps what
// it crawled and extracted. A copy that is stopped or killed is resumed by
// running it again; at the end it checks that both databases hold as many
// rows of each table and the same money sums.
//
// Files:
//
//	copy.go    Copy: table by table, in batches, resumable
//	check.go   what the databases hold: the source's identity, counts, sums
package pgcopy

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/newsfacts/newsfacts/postgres"
	"github.com/newsfacts/newsfacts/sqlite"
)

// table is one table copied: rows are read in the order of key, an
// integer that the copy resumes from, batch at a time.
type table struct {
	name  string
	key   string
	batch int // rows per transaction
}

// tables are the tables copied, in an order that keeps foreign keys
// satisfied: runs before the pages they fetched, pages before what was
// extracted from them. Views, and SQLite's full-text table, are made by
// each database itself.
var tables = []table{
	{"crawl_runs", "id", 1000},
	{"pages", "id", 200}, // bodies: up to a few MB a batch
	{"page_current", "page_id", 1000},
	{"page_extractions", "page_id", 1000},
	{"articles", "id", 500},
	{"facts", "id", 1000},
	{"fetch_failures", "id", 1000},
	{"crawl_queue", "id", 1000},
	{"crawl_visited", "key", 1000},
}

// ErrOtherData is wrapped by the error Copy returns when the PostgreSQL
// database holds rows that are not a copy of the SQLite one: copying into
// it would mix two databases.
var ErrOtherData = errors.New("the PostgreSQL database holds other data")

// Copy copies every row of the tables of src into dst, which must be
// empty or hold a copy of src that was cut short: the copy goes on from
// where it stopped. Each batch of rows is one transaction, so a copy
// killed midway leaves whole batches only. Rows keep their IDs, and the
// ID sequences of dst continue after them. It returns the report of the
// final check (Check), and an error wrapping ErrMismatch if the databases
// differ after the copy, or ErrOtherData if dst holds rows that are not
// src's. src and dst must not be written to while it runs.
func Copy(ctx context.Context, src *sqlite.DB, dst *postgres.DB, log *slog.Logger) (*Report, error) {
	if log == nil {
		log = slog.Default()
	}
	for _, t := range tables {
		cols, err := columns(ctx, src, dst, t.name)
		if err != nil {
			return nil, err
		}
		if err := sameSource(ctx, src, dst, t); err != nil {
			return nil, err
		}
		n, err := copyTable(ctx, src, dst, t, cols, log)
		if err != nil {
			return nil, err
		}
		log.Info("table copied", "table", t.name, "rows", n)
	}
	if err := resetSequences(ctx, dst); err != nil {
		return nil, err
	}
	return Check(ctx, src, dst)
}

// column is one column copied, with its type in PostgreSQL.
type column struct {
	name   string
	pgType string // information_schema's data_type: bigint, text, numeric, jsonb, bytea …
}

// columns returns the columns of table that both databases have, but
// SQLite's generated ones (published_utc …), which PostgreSQL fills by a
// trigger: a table gains columns in both, migration by migration.
func columns(ctx context.Context, src *sqlite.DB, dst *postgres.DB, table string) ([]column, error) {
	rows, err := src.Query(ctx, `SELECT name FROM pragma_table_xinfo(?) WHERE hidden = 0 ORDER BY cid`, table)
	if err != nil {
		return nil, fmt.Errorf("columns of %s: %w", table, err)
	}
	var lite []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			rows.Close()
			return nil, fmt.Errorf("columns of %s: %w", table, err)
		}
		lite = append(lite, name)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("columns of %s: %w", table, err)
	}
	prows, err := dst.Query(ctx, `
		SELECT column_name, data_type FROM information_schema.columns
		WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`, table)
	if err != nil {
		return nil, fmt.Errorf("columns of %s: %w", table, err)
	}
	var cols []column
	var c column
	if _, err := pgx.ForEachRow(prows, []any{&c.name, &c.pgType}, func() error {
		if slices.Contains(lite, c.name) {
			cols = append(cols, c)
		}
		return nil
	}); err != nil {
		return nil, fmt.Errorf("columns of %s: %w", table, err)
	}
	if len(cols) == 0 {
		return nil, fmt.Errorf("columns of %s: none in both databases", table)
	}
	return cols, nil
}

// copyTable copies the rows of t that dst lacks, batch by batch from the
// greatest key dst holds, and returns how many it copied.
func copyTable(ctx context.Context, src *sqlite.DB, dst *postgres.DB, t table, cols []column, log *slog.Logger) (int, error) {
	var after sql.NullInt64
	if err := dst.QueryRow(ctx, `SELECT max(`+t.key+`) FROM `+t.name).Scan(&after); err != nil {
		return 0, fmt.Errorf("copy %s: %w", t.name, err)
	}
	if after.Valid {
		log.Info("resuming", "table", t.name, "after", after.Int64)
	}
	names := make([]string, len(cols))
	for i, c := range cols {
		names[i] = c.name
	}
	read := `SELECT ` + strings.Join(names, ", ") + ` FROM ` + t.name + ` WHERE ` + t.key + ` > ? ORDER BY ` + t.key + ` LIMIT ?`
	keyAt := slices.Index(names, t.key)
	cursor := int64(-1 << 63)
	if after.Valid {
		cursor = after.Int64
	}
	copied := 0
	for {
		if err := ctx.Err(); err != nil {
			return copied, context.Cause(ctx)
		}
		batch, err := readBatch(ctx, src, read, cursor, t.batch, len(cols))
		if err != nil {
			return copied, fmt.Errorf("copy %s: %w", t.name, err)
		}
		if len(batch) == 0 {
			return copied, nil
		}
		if err := insertBatch(ctx, dst, t.name, cols, batch); err != nil {
			return copied, fmt.Errorf("copy %s: %w", t.name, err)
		}
		copied += len(batch)
		cursor = batch[len(batch)-1][keyAt].(int64)
		log.Debug("batch copied", "table", t.name, "rows", len(batch), "up_to", cursor)
	}
}

// readBatch reads up to n rows of read (whose arguments are the key to
// start after and n), each as ncols values.
func readBatch(ctx context.Context, src *sqlite.DB, read string, after int64, n, ncols int) ([][]any, error) {
	rows, err := src.Query(ctx, read, after, n)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var batch [][]any
	for rows.Next() {
		vals := make([]any, ncols)
		ptrs := make([]any, ncols)
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, err
		}
		batch = append(batch, vals)
	}
	return batch, rows.Err()
}

// insertBatch inserts rows into table in one statement: one transaction.
// A row dst has already is left as it is.
func insertBatch(ctx context.Context, dst *postgres.DB, table string, cols []column, rows [][]any) error {
	var b strings.Builder
	b.WriteString("INSERT INTO " + table + " (")
	for i, c := range cols {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(c.name)
	}
	b.WriteString(") VALUES ")
	args := make([]any, 0, len(rows)*len(cols))
	for r, row := range rows {
		if r > 0 {
			b.WriteString(", ")
		}
		b.WriteString("(")
		for i, c := range cols {
			if i > 0 {
				b.WriteString(", ")
			}
			v, err := convert(row[i], c)
			if err != nil {
				return fmt.Errorf("column %s: %w", c.name, err)
			}
			args = append(args, v)
			fmt.Fprintf(&b, "$%d::%s", len(args), castType(c.pgType))
		}
		b.WriteString(")")
	}
	b.WriteString(" ON CONFLICT DO NOTHING")
	return dst.Exec(ctx, b.String(), args...)
}

// castType is the type a parameter is cast to: numbers go as text, so
// that an exact decimal stays exact whatever SQLite stored it as.
func castType(pgType string) string {
	switch pgType {
	case "numeric":
		return "text::numeric"
	case "timestamp with time zone":
		return "timestamptz"
	}
	return pgType
}

// convert turns a value SQLite returned into one pgx sends as pgType: text
// as string, numbers in numeric columns as their exact decimal text.
func convert(v any, c column) (any, error) {
	if v == nil {
		return nil, nil
	}
	switch c.pgType {
	case "numeric":
		switch n := v.(type) {
		case int64:
			return strconv.FormatInt(n, 10), nil
		case float64:
			return strconv.FormatFloat(n, 'f', -1, 64), nil
		case string:
			return n, nil
		case []byte:
			return string(n), nil
		}
	case "bytea":
		switch b := v.(type) {
		case []byte:
			return b, nil
		case string:
			return []byte(b), nil
		}
	case "text", "jsonb":
		switch s := v.(type) {
		case string:
			return s, nil
		case []byte:
			return string(s), nil
		}
	case "bigint", "integer", "smallint":
		switch n := v.(type) {
		case int64:
			return n, nil
		case float64:
			if n == float64(int64(n)) {
				return int64(n), nil
			}
		}
	default:
		return v, nil
	}
	return nil, fmt.Errorf("%T %v cannot be %s", v, v, c.pgType)
}

// resetSequences makes the ID sequences of dst's tables continue after
// the IDs copied, so that rows added later do not collide with them.
func resetSequences(ctx context.Context, dst *postgres.DB) error {
	for _, t := range tables {
		if t.key != "id" {
			continue
		}
		err := dst.Exec(ctx, `SELECT setval(pg_get_serial_sequence($1, 'id'), max(id)) FROM `+t.name+` HAVING max(id) IS NOT NULL`, t.name)
		if err != nil {
			return fmt.Errorf("continue the IDs of %s: %w", t.name, err)
		}
	}
	return nil
}
