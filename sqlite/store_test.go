package sqlite_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/newsfacts/newsfacts/internal/fixture"
	"github.com/newsfacts/newsfacts/sqlite"
	"github.com/newsfacts/newsfacts/storetest"
)

// TestConformance runs the stores' conformance suite on SQLite.
func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) storetest.DB[*sqlite.Frontier] {
		db := fixture.OpenDB(t)
		return storetest.DB[*sqlite.Frontier]{Store: db,
			QueryRow: func(ctx context.Context, query string, args ...any) storetest.Row {
				return db.QueryRow(ctx, query, args...)
			},
			Reopen: func(t *testing.T) storetest.Store[*sqlite.Frontier] {
				other, err := sqlite.Open(t.Context(), db.Path)
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { other.Close() })
				return other
			}}
	})
}

// BenchmarkResave: saving a re-extraction that makes the articles again
// the same, on SQLite.
func BenchmarkResave(b *testing.B) {
	storetest.BenchResave(b, fixture.OpenDB(b), nil, 40)
}

// BenchmarkFrontierCycle: the claim-and-store cycle on SQLite, one page
// at a time and 32 at a time.
func BenchmarkFrontierCycle(b *testing.B) {
	for _, batch := range []int{1, 32} {
		b.Run(fmt.Sprint("batch=", batch), func(b *testing.B) {
			storetest.Bench(b, fixture.OpenDB(b), nil, batch)
		})
	}
}
