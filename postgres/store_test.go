package postgres_test

import (
	"context"
	"os"
	"testing"

	"github.com/newsfacts/newsfacts/internal/pgtest"
	"github.com/newsfacts/newsfacts/postgres"
	"github.com/newsfacts/newsfacts/storetest"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// openDB opens a new, empty database with the production Open.
func openDB(t *testing.T) *postgres.DB {
	t.Helper()
	db, err := postgres.Open(t.Context(), pgtest.NewDB(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// TestConformance runs the stores' conformance suite on PostgreSQL.
func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) storetest.DB[*postgres.Frontier] {
		db := openDB(t)
		return storetest.DB[*postgres.Frontier]{Store: db,
			QueryRow: func(ctx context.Context, query string, args ...any) storetest.Row {
				return db.QueryRow(ctx, query, args...)
			}}
	})
}
