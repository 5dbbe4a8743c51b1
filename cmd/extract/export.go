package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/newsfacts/newsfacts/internal/cli"
	"github.com/newsfacts/newsfacts/sqlite"
)

// export writes table (money, facts or articles) of the database at
// dbPath in format (csv, jsonl or parquet) to out (see openOutput), or to
// stdout when out is empty or "-". It opens the database read-only: a
// database that is not there is an error, not a new empty one, and a
// database the user may only read exports all the same.
func export(ctx context.Context, dbPath, table, format, out string, stdout io.Writer) error {
	db, err := sqlite.OpenReadOnly(ctx, dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := sqlite.CheckSchema(ctx, db); err != nil {
		return fmt.Errorf("export from %s: %w (run 'extract -db %s' once to bring it up to date)", dbPath, err, dbPath)
	}
	if out == "" || out == "-" {
		return sqlite.Export(ctx, db, stdout, table, format)
	}
	if err := notDatabase(out, dbPath); err != nil {
		return err
	}
	o, err := openOutput(out)
	if err != nil {
		return err
	}
	if err := sqlite.Export(ctx, db, o, table, format); err != nil {
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
