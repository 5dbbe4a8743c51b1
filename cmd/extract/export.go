package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/newsfacts/newsfacts/internal/cli"
	"github.com/newsfacts/newsfacts/sqlite"
)

// exportMoney writes the money view of the database at dbPath in format
// (csv or jsonl) to the file out, or to stdout when out is empty. It opens
// the database read-only: a database that is not there is an error, not a
// new empty one, and a database the user may only read exports all the
// same. A file is written beside its final name and renamed when complete,
// so a failed export leaves no half file behind; it gets the mode of the
// file it replaces, else 0644.
func exportMoney(ctx context.Context, dbPath, format, out string, stdout io.Writer) error {
	db, err := sqlite.OpenReadOnly(ctx, dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := sqlite.CheckSchema(ctx, db); err != nil {
		if errors.Is(err, sqlite.ErrOldSchema) {
			return fmt.Errorf("export from %s: %w (run 'extract -db %s' once to bring it up to date)", dbPath, err, dbPath)
		}
		return fmt.Errorf("export from %s: %w", dbPath, err)
	}
	if out == "" {
		return sqlite.ExportMoney(ctx, db, stdout, format)
	}
	if err := notDatabase(out, dbPath); err != nil {
		return err
	}
	mode := os.FileMode(0o644)
	if fi, err := os.Stat(out); err == nil {
		mode = fi.Mode().Perm()
	}
	f, err := os.CreateTemp(filepath.Dir(out), "."+filepath.Base(out)+".*")
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	defer os.Remove(f.Name()) // fails harmlessly once renamed
	if err := sqlite.ExportMoney(ctx, db, f, format); err != nil {
		f.Close()
		return err
	}
	if err := f.Chmod(mode); err != nil {
		f.Close()
		return fmt.Errorf("export: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if err := os.Rename(f.Name(), out); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
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
