package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/newsfacts/newsfacts/sqlite"
)

// exportMoney writes the money view of the database at dbPath in format
// (csv or jsonl) to the file out, or to stdout when out is empty. A file is
// written beside its final name and renamed when complete, so a failed
// export leaves no half file behind.
func exportMoney(ctx context.Context, dbPath, format, out string, stdout io.Writer) error {
	db, err := sqlite.Open(ctx, dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	if out == "" {
		return db.ExportMoney(ctx, stdout, format)
	}
	f, err := os.CreateTemp(filepath.Dir(out), "."+filepath.Base(out)+".*")
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	defer os.Remove(f.Name()) // fails harmlessly once renamed
	if err := db.ExportMoney(ctx, f, format); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if err := os.Rename(f.Name(), out); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}
