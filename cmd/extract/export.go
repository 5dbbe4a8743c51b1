package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/newsfacts/newsfacts/internal/cli"
	"github.com/newsfacts/newsfacts/postgres"
	"github.com/newsfacts/newsfacts/sqlite"
)

// export writes table (money, facts or articles) of the database db (a
// SQLite path or a PostgreSQL URL) in format (csv, jsonl or parquet) to
// out (see openOutput), or to stdout when out is empty or "-". Both
// stores go through sqlite.Export, over database/sql. A SQLite database
// is opened read-only: a database that is not there is an error, not a
// new empty one, and a database the user may only read exports all the
// same.
func export(ctx context.Context, db, table, format, out string, stdout io.Writer) error {
	var q sqlite.Querier
	if postgres.IsURL(db) {
		pg, err := postgres.Open(ctx, db)
		if err != nil {
			return err
		}
		defer pg.Close()
		sqlDB := pg.SQL()
		defer sqlDB.Close()
		q = sqlDB
	} else {
		lite, err := sqlite.OpenReadOnly(ctx, db)
		if err != nil {
			return err
		}
		defer lite.Close()
		if err := sqlite.CheckSchema(ctx, lite); err != nil {
			if errors.Is(err, sqlite.ErrOldSchema) {
				return fmt.Errorf("export from %s: %w (run 'extract -db %s' once to bring it up to date)", db, err, db)
			}
			return fmt.Errorf("export from %s: %w", db, err)
		}
		if out != "" && out != "-" {
			if err := notDatabase(out, db); err != nil {
				return err
			}
		}
		q = lite
	}
	if out == "" || out == "-" {
		return sqlite.Export(ctx, q, stdout, table, format)
	}
	o, err := openOutput(out)
	if err != nil {
		return err
	}
	if err := sqlite.Export(ctx, q, o, table, format); err != nil {
		o.abort()
		return err
	}
	return o.commit()
}

// notDatabase returns an error when out names the database at dbPath or one
// of the files SQLite keeps beside it, which an export must not replace.
func notDatabase(out, dbPath string) error {
	outInfo, err := os.Stat(out)
	if err != nil {
		return nil // a new file cannot be the database
	}
	for _, suffix := range []string{"", "-wal", "-shm", "-journal"} {
		if fi, err := os.Stat(dbPath + suffix); err == nil && os.SameFile(outInfo, fi) {
			return cli.Usagef("-o %s is the database %s: choose another file", out, dbPath+suffix)
		}
	}
	return nil
}
