package sqlite

import (
	"bufio"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"

	"github.com/parquet-go/parquet-go"
)

// The tables Export writes.
const (
	Money    = "money"    // the money view
	Facts    = "facts"    // every fact of every kind (FactRecord)
	Articles = "articles" // every article (ArticleRecord)
)

// Parquet is the Apache Parquet format, one row group per 10,000 rows,
// typed columns: INT64 for integers, BYTE_ARRAY UTF-8 strings, BOOLEAN.
const Parquet = "parquet"

// ErrTable is returned by Export for a table it does not know.
var ErrTable = fmt.Errorf("unknown export table")

// Export writes table (Money, Facts or Articles) to w in format (CSV,
// JSONL or Parquet). Facts and articles come as FactRecord and
// ArticleRecord describe them, in every format the same columns; the money
// view comes as ExportMoney writes it, in CSV or JSONL. Integers keep
// every digit in every format. It returns an error wrapping ErrTable or
// ErrFormat before writing anything when it cannot write table in format,
// and the writer's first error otherwise.
func Export(ctx context.Context, q Querier, w io.Writer, table, format string) error {
	switch table {
	case Money:
		if format == Parquet {
			return fmt.Errorf("export money as %s: %w (export the facts table, which has every money fact)", format, ErrFormat)
		}
		return ExportMoney(ctx, q, w, format)
	case Facts:
		return exportRecords(ctx, q, w, format, EachFactRecord)
	case Articles:
		return exportRecords(ctx, q, w, format, EachArticleRecord)
	}
	return fmt.Errorf("export %q: %w", table, ErrTable)
}

// exportRecords writes the records each reads in format.
func exportRecords[T any](ctx context.Context, q Querier, w io.Writer, format string, each func(context.Context, Querier, func(*T) error) error) error {
	switch format {
	case CSV, JSONL:
		cols := recordColumns(reflect.TypeFor[T]())
		bw := bufio.NewWriter(w)
		var enc func([]field) error
		var err error
		if format == CSV {
			enc, err = newFieldCSV(bw, cols)
		} else {
			enc, err = newFieldJSONL(bw, cols)
		}
		if err != nil {
			return fmt.Errorf("export: %w", err)
		}
		fields := make([]field, len(cols))
		err = each(ctx, q, func(r *T) error {
			recordFields(reflect.ValueOf(r).Elem(), fields)
			if err := enc(fields); err != nil {
				return fmt.Errorf("export: %w", err)
			}
			return nil
		})
		if err != nil {
			return err
		}
		if err := bw.Flush(); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		return nil
	case Parquet:
		pw := parquet.NewGenericWriter[T](w, parquet.Compression(&parquet.Zstd), parquet.MaxRowsPerRowGroup(10_000))
		batch := make([]T, 0, 1000)
		flush := func() error {
			if _, err := pw.Write(batch); err != nil {
				return fmt.Errorf("export: %w", err)
			}
			batch = batch[:0]
			return nil
		}
		err := each(ctx, q, func(r *T) error {
			batch = append(batch, *r)
			if len(batch) == cap(batch) {
				return flush()
			}
			return nil
		})
		if err != nil {
			return err
		}
		if err := flush(); err != nil {
			return err
		}
		if err := pw.Close(); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		return nil
	}
	return fmt.Errorf("export %q: %w", format, ErrFormat)
}

// recordColumns returns the column names of a record type, from the
// first part of each field's parquet tag.
func recordColumns(t reflect.Type) []string {
	cols := make([]string, t.NumField())
	for i := range cols {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("parquet"), ",")
		cols[i] = name
	}
	return cols
}

// field is one value of a record as text, and how JSON writes it.
type field struct {
	text string
	kind fieldKind
}

type fieldKind int

const (
	fieldNull fieldKind = iota
	fieldString
	fieldNumber
	fieldBool
)

// recordFields reads the fields of the record v, whose fields are int64,
// string, bool or pointers to int64 or string (nil for NULL).
func recordFields(v reflect.Value, out []field) {
	for i := range out {
		f := v.Field(i)
		if f.Kind() == reflect.Pointer {
			if f.IsNil() {
				out[i] = field{}
				continue
			}
			f = f.Elem()
		}
		switch f.Kind() {
		case reflect.Int64:
			out[i] = field{strconv.FormatInt(f.Int(), 10), fieldNumber}
		case reflect.Bool:
			out[i] = field{strconv.FormatBool(f.Bool()), fieldBool}
		default:
			out[i] = field{f.String(), fieldString}
		}
	}
}

func newFieldCSV(w io.Writer, cols []string) (func([]field) error, error) {
	cw := csv.NewWriter(w)
	if err := cw.Write(cols); err != nil {
		return nil, err
	}
	record := make([]string, len(cols))
	return func(fields []field) error {
		for i, f := range fields {
			record[i] = f.text
		}
		if err := cw.Write(record); err != nil {
			return err
		}
		cw.Flush()
		return cw.Error()
	}, nil
}

func newFieldJSONL(w io.Writer, cols []string) (func([]field) error, error) {
	keys := make([][]byte, len(cols))
	for i, c := range cols {
		k, err := jsonString(c)
		if err != nil {
			return nil, err
		}
		keys[i] = k
	}
	var line []byte
	return func(fields []field) error {
		line = append(line[:0], '{')
		for i, f := range fields {
			if i > 0 {
				line = append(line, ',')
			}
			line = append(line, keys[i]...)
			line = append(line, ':')
			switch f.kind {
			case fieldNull:
				line = append(line, "null"...)
			case fieldNumber, fieldBool:
				line = append(line, f.text...)
			default:
				js, err := jsonString(f.text)
				if err != nil {
					return err
				}
				line = append(line, js...)
			}
		}
		line = append(line, "}\n"...)
		_, err := w.Write(line)
		return err
	}, nil
}
