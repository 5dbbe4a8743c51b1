package postgres_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/newsfacts/newsfacts"
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
		return storetest.DB[*postgres.Frontier]{Store: db, Shared: true,
			QueryRow: func(ctx context.Context, query string, args ...any) storetest.Row {
				return db.QueryRow(ctx, query, args...)
			},
			Reopen: func(t *testing.T) storetest.Store[*postgres.Frontier] {
				other, err := postgres.Open(t.Context(), db.URL)
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { other.Close() })
				return other
			}}
	})
}

// TestNewerSchemaRefused: a database that a newer build migrated is
// refused, with nothing changed, as SQLite does.
func TestNewerSchemaRefused(t *testing.T) {
	url := pgtest.NewDB(t)
	db, err := postgres.Open(t.Context(), url)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Exec(t.Context(), `INSERT INTO migrations (name, applied_at) VALUES ('migration/9999_future.sql', '2030-01-01T00:00:00Z')`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	_, err = postgres.Open(t.Context(), url)
	var ne *newsfacts.NewerSchemaError
	if !errors.Is(err, newsfacts.ErrNewerSchema) || !errors.As(err, &ne) || ne.Database != "9999_future.sql" {
		t.Fatalf("Open of a newer database = %v, want a NewerSchemaError naming 9999_future.sql", err)
	}
}

// BenchmarkFrontierCycle: the claim-and-store cycle on PostgreSQL, one
// page at a time and 32 at a time.
func BenchmarkFrontierCycle(b *testing.B) {
	for _, batch := range []int{1, 32} {
		b.Run(fmt.Sprint("batch=", batch), func(b *testing.B) {
			db, err := postgres.Open(b.Context(), pgtest.NewDB(b))
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			storetest.Bench(b, db, func() storetest.Spent {
				return storetest.Spent{RoundTrips: db.RoundTrips(), ServerCPU: backendCPU(b, db)}
			}, batch)
		})
	}
}

// BenchmarkResave: saving a re-extraction that makes the articles again
// the same, on PostgreSQL.
func BenchmarkResave(b *testing.B) {
	db, err := postgres.Open(b.Context(), pgtest.NewDB(b))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	storetest.BenchResave(b, db, func() storetest.Spent {
		return storetest.Spent{RoundTrips: db.RoundTrips(), ServerCPU: backendCPU(b, db)}
	}, 40)
}

// backendCPU returns the CPU time that the server processes serving db's
// connections used so far, read from /proc: the server runs on this
// machine in the tests. It returns 0 where /proc cannot tell.
func backendCPU(tb testing.TB, db *postgres.DB) time.Duration {
	rows, err := db.Query(tb.Context(), `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend'`)
	if err != nil {
		tb.Fatal(err)
	}
	pids, err := pgx.CollectRows(rows, pgx.RowTo[int32])
	if err != nil {
		tb.Fatal(err)
	}
	var ticks int64
	for _, pid := range pids {
		stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
		if err != nil {
			return 0
		}
		// The fields after the command's closing parenthesis; utime and
		// stime are the 14th and 15th of the line, the 12th and 13th here.
		f := strings.Fields(string(stat[bytes.LastIndexByte(stat, ')')+1:]))
		if len(f) < 13 {
			return 0
		}
		u, _ := strconv.ParseInt(f[11], 10, 64)
		s, _ := strconv.ParseInt(f[12], 10, 64)
		ticks += u + s
	}
	return time.Duration(ticks) * (time.Second / 100) // USER_HZ is 100 on Linux
}
