package main

import (
	"context"
	"io"

	"github.com/newsfacts/newsfacts/pipeline"
	"github.com/newsfacts/newsfacts/postgres"
	"github.com/newsfacts/newsfacts/sqlite"
)

// store is an open store extract works on.
type store interface {
	pipeline.Store
	io.Closer
}

// openStore opens the store that db names: a PostgreSQL URL or a SQLite
// path.
func openStore(ctx context.Context, db string) (store, error) {
	if postgres.IsURL(db) {
		return postgres.Open(ctx, db)
	}
	return sqlite.Open(ctx, db)
}
