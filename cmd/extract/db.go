package main

import (
	"context"
	"fmt"
	"io"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/pipeline"
	"github.com/newsfacts/newsfacts/postgres"
	"github.com/newsfacts/newsfacts/sqlite"
)

// store is an open store extract works on.
type store interface {
	pipeline.Store
	pipeline.HealthStore
	io.Closer
	// Page returns the stored page with the given ID (-page).
	Page(ctx context.Context, id int64) (*newsfacts.Page, error)
}

// openStore opens the store that db names: a PostgreSQL URL or a SQLite
// path.
func openStore(ctx context.Context, db string) (store, error) {
	if postgres.IsURL(db) {
		return postgres.Open(ctx, db)
	}
	return sqlite.Open(ctx, db)
}

// printPage writes the body of stored page id, as received, to w.
func printPage(ctx context.Context, db string, id int64, w io.Writer) error {
	s, err := openStore(ctx, db)
	if err != nil {
		return err
	}
	defer s.Close()
	p, err := s.Page(ctx, id)
	if err != nil {
		return err
	}
	if _, err := w.Write(p.Body); err != nil {
		return fmt.Errorf("print page %d: %w", id, err)
	}
	return nil
}
