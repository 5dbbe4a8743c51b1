package sqlite

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// The formats ExportMoney writes.
const (
	CSV   = "csv"   // RFC 4180, a header row of column names
	JSONL = "jsonl" // JSON Lines: one object per row, keys in column order
)

// Querier runs queries: a *sql.DB, *sql.Conn or *sql.Tx.
type Querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// ErrFormat is returned for an export format other than CSV and JSONL.
var ErrFormat = errors.New("unknown export format")

// ExportMoney writes every row of the money view to w in the given format
// (CSV or JSONL), oldest article first, in the view's column order
// (docs/schema.md). Numbers keep every digit: whole amounts are written as
// integers (1800000000000, never 1.8e+12) and other values in plain decimal
// notation. NULL is an empty field in CSV and null in JSONL. It returns an
// error wrapping ErrFormat for an unknown format, before writing anything.
func (db *DB) ExportMoney(ctx context.Context, w io.Writer, format string) error {
	return ExportMoney(ctx, db.read, w, format)
}

// ExportMoney is DB.ExportMoney over any connection to the database, such
// as one OpenReadOnly opened.
func ExportMoney(ctx context.Context, q Querier, w io.Writer, format string) error {
	if format != CSV && format != JSONL {
		return fmt.Errorf("export %q: %w", format, ErrFormat)
	}
	rows, err := q.QueryContext(ctx, `
		SELECT m.* FROM money m JOIN articles a ON a.id = m.article_id
		ORDER BY a.published_utc NULLS FIRST, m.article_id, m.char_start, m.fact_id`)
	if err != nil {
		return fmt.Errorf("export money: %w", err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return fmt.Errorf("export money: %w", err)
	}
	// PostgreSQL's numeric values come as decimal text: numbers all
	// the same, written as SQLite's are.
	types, err := rows.ColumnTypes()
	if err != nil {
		return fmt.Errorf("export money: %w", err)
	}
	numeric := make([]bool, len(types))
	for i, t := range types {
		numeric[i] = t.DatabaseTypeName() == "NUMERIC"
	}
	bw := bufio.NewWriter(w)
	var enc rowEncoder
	if format == CSV {
		enc, err = newCSVEncoder(bw, cols)
	} else {
		enc, err = newJSONLEncoder(bw, cols)
	}
	if err != nil {
		return fmt.Errorf("export money: %w", err)
	}
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return fmt.Errorf("export money: %w", err)
		}
		for i, v := range vals {
			if s, ok := v.(string); ok && numeric[i] {
				vals[i] = decimalText(s)
			}
		}
		if err := enc(vals); err != nil {
			return fmt.Errorf("export money: %w", err)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("export money: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("export money: %w", err)
	}
	return nil
}

// rowEncoder writes one row of values as the driver returns them.
type rowEncoder func(vals []any) error

func newCSVEncoder(w io.Writer, cols []string) (rowEncoder, error) {
	cw := csv.NewWriter(w)
	if err := cw.Write(cols); err != nil {
		return nil, err
	}
	record := make([]string, len(cols))
	return func(vals []any) error {
		for i, v := range vals {
			s, _, err := plain(v)
			if err != nil {
				return fmt.Errorf("column %s: %w", cols[i], err)
			}
			record[i] = s
		}
		if err := cw.Write(record); err != nil {
			return err
		}
		cw.Flush()
		return cw.Error()
	}, nil
}

func newJSONLEncoder(w io.Writer, cols []string) (rowEncoder, error) {
	keys := make([][]byte, len(cols))
	for i, c := range cols {
		k, err := jsonString(c)
		if err != nil {
			return nil, err
		}
		keys[i] = k
	}
	var line bytes.Buffer
	return func(vals []any) error {
		line.Reset()
		line.WriteByte('{')
		for i, v := range vals {
			if i > 0 {
				line.WriteByte(',')
			}
			line.Write(keys[i])
			line.WriteByte(':')
			s, isNumber, err := plain(v)
			switch {
			case err != nil:
				return fmt.Errorf("column %s: %w", cols[i], err)
			case v == nil:
				line.WriteString("null")
			case isNumber:
				line.WriteString(s)
			default:
				js, err := jsonString(s)
				if err != nil {
					return fmt.Errorf("column %s: %w", cols[i], err)
				}
				line.Write(js)
			}
		}
		line.WriteString("}\n")
		_, err := w.Write(line.Bytes())
		return err
	}, nil
}

// decimalText is a number written as text, such as PostgreSQL's numeric
// values come: without the zeros after its point, as SQLite's numbers
// are written.
type decimalText string

// plain formats a value from the driver as text, numbers in plain decimal
// notation with every digit, and reports whether it is a number. A
// boolean, as PostgreSQL gives money.repeated, is a number, 1 or 0, as
// SQLite gives it.
func plain(v any) (s string, isNumber bool, err error) {
	switch v := v.(type) {
	case nil:
		return "", false, nil
	case bool:
		if v {
			return "1", true, nil
		}
		return "0", true, nil
	case decimalText:
		s := string(v)
		if strings.Contains(s, ".") {
			s = strings.TrimSuffix(strings.TrimRight(s, "0"), ".")
		}
		return s, true, nil
	case int64:
		return strconv.FormatInt(v, 10), true, nil
	case float64:
		if math.IsInf(v, 0) || math.IsNaN(v) {
			return "", false, fmt.Errorf("%v is not a number to export", v)
		}
		return strconv.FormatFloat(v, 'f', -1, 64), true, nil
	case string:
		return v, false, nil
	case []byte:
		return string(v), false, nil
	default:
		return "", false, fmt.Errorf("unexpected value %T", v)
	}
}

// jsonString quotes s as a JSON string, leaving <, > and & as they are.
func jsonString(s string) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}
