package pgcopy

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/newsfacts/newsfacts/postgres"
	"github.com/newsfacts/newsfacts/sqlite"
)

// ErrMismatch is wrapped by the error Copy and Check return when the two
// databases do not hold as many rows of a table, or the same money sums.
var ErrMismatch = errors.New("the databases differ")

// Report is what Check found in both databases.
type Report struct {
	Tables []Count // rows of each table copied
	Money  []Sum   // the money view's amounts, by currency
}

// Count is the rows of one table in both databases.
type Count struct {
	Table            string
	SQLite, Postgres int64
}

// Sum is the sum of the money view's amounts of one currency in both
// databases, with the number of rows summed, as text: exact for won,
// which are whole.
type Sum struct {
	Currency         string
	SQLite, Postgres string
	Rows             int64
}

// String lays the report out, a line per table and currency.
func (r *Report) String() string {
	var b strings.Builder
	for _, c := range r.Tables {
		fmt.Fprintf(&b, "%-17s %12d rows in SQLite, %12d in PostgreSQL\n", c.Table, c.SQLite, c.Postgres)
	}
	for _, s := range r.Money {
		fmt.Fprintf(&b, "money %-11s %12d amounts summing to %s in SQLite, %s in PostgreSQL\n", s.Currency, s.Rows, s.SQLite, s.Postgres)
	}
	return b.String()
}

// Check counts the rows of every table copied in both databases and sums
// the money view's amounts by currency in both. It returns the report,
// and an error wrapping ErrMismatch when they differ: a count, a sum of
// won, or another currency's sum by more than rounding (SQLite keeps a
// foreign amount with decimals as REAL, PostgreSQL as numeric).
func Check(ctx context.Context, src *sqlite.DB, dst *postgres.DB) (*Report, error) {
	r := &Report{}
	var bad []string
	for _, t := range tables {
		c := Count{Table: t.name}
		if err := src.QueryRow(ctx, `SELECT count(*) FROM `+t.name).Scan(&c.SQLite); err != nil {
			return nil, fmt.Errorf("count %s: %w", t.name, err)
		}
		if err := dst.QueryRow(ctx, `SELECT count(*) FROM `+t.name).Scan(&c.Postgres); err != nil {
			return nil, fmt.Errorf("count %s: %w", t.name, err)
		}
		if c.SQLite != c.Postgres {
			bad = append(bad, fmt.Sprintf("%s: %d rows, %d copied", t.name, c.SQLite, c.Postgres))
		}
		r.Tables = append(r.Tables, c)
	}
	rows, err := src.Query(ctx, `SELECT currency, count(*), CAST(coalesce(sum(amount), 0) AS TEXT) FROM money GROUP BY currency ORDER BY currency`)
	if err != nil {
		return nil, fmt.Errorf("sum money: %w", err)
	}
	for rows.Next() {
		var s Sum
		if err := rows.Scan(&s.Currency, &s.Rows, &s.SQLite); err != nil {
			rows.Close()
			return nil, fmt.Errorf("sum money: %w", err)
		}
		r.Money = append(r.Money, s)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sum money: %w", err)
	}
	for i := range r.Money {
		s := &r.Money[i]
		var n int64
		err := dst.QueryRow(ctx, `SELECT count(*), coalesce(sum(amount), 0)::text FROM money WHERE currency = $1`, s.Currency).Scan(&n, &s.Postgres)
		if err != nil {
			return nil, fmt.Errorf("sum money: %w", err)
		}
		if n != s.Rows || !sameSum(s.Currency, s.SQLite, s.Postgres) {
			bad = append(bad, fmt.Sprintf("money in %s: %d amounts summing to %s, copied %d summing to %s", s.Currency, s.Rows, s.SQLite, n, s.Postgres))
		}
	}
	if len(bad) > 0 {
		return r, fmt.Errorf("%w: %s", ErrMismatch, strings.Join(bad, "; "))
	}
	return r, nil
}

// sameSum reports whether two sums of a currency's amounts agree: won
// exactly, as whole numbers; other currencies, whose amounts may have
// decimals that SQLite keeps as REAL, to within rounding.
func sameSum(currency, lite, pg string) bool {
	if lite == pg {
		return true
	}
	var a, b float64
	if _, err := fmt.Sscan(lite, &a); err != nil {
		return false
	}
	if _, err := fmt.Sscan(pg, &b); err != nil {
		return false
	}
	if currency == "KRW" && a == math.Trunc(a) && b == math.Trunc(b) {
		return false // whole won: text equal or not equal at all
	}
	return math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
}

// identity is, for each table whose rows a mixed-up copy would mix, the
// columns that tell its rows apart beyond their key.
var identity = map[string]string{
	"crawl_runs": "started_at",
	"pages":      "url || ' ' || content_hash",
	"articles":   "url",
	"facts":      "CAST(article_id AS TEXT) || ' ' || CAST(seq AS TEXT)",
}

// sameSource returns an error wrapping ErrOtherData if dst's last row of
// t, by key, is not src's row of the same key: dst holds another
// database, or the source changed since the copy began.
func sameSource(ctx context.Context, src *sqlite.DB, dst *postgres.DB, t table) error {
	id, ok := identity[t.name]
	if !ok {
		return nil
	}
	var (
		key  sql.NullInt64
		mine string
	)
	if err := dst.QueryRow(ctx, `SELECT `+t.key+`, `+id+` FROM `+t.name+` ORDER BY `+t.key+` DESC LIMIT 1`).Scan(&key, &mine); err != nil {
		if errors.Is(err, pgx.ErrNoRows) {
			return nil // empty: nothing to mix
		}
		return fmt.Errorf("check %s: %w", t.name, err)
	}
	var theirs string
	err := src.QueryRow(ctx, `SELECT `+id+` FROM `+t.name+` WHERE `+t.key+` = ?`, key.Int64).Scan(&theirs)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return fmt.Errorf("%s row %d is not in the SQLite database: %w", t.name, key.Int64, ErrOtherData)
	case err != nil:
		return fmt.Errorf("check %s: %w", t.name, err)
	case theirs != mine:
		return fmt.Errorf("%s row %d is %q in PostgreSQL, %q in SQLite: %w", t.name, key.Int64, mine, theirs, ErrOtherData)
	}
	return nil
}
