package postgres_test

import (
	"errors"
	"testing"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/internal/pgtest"
	"github.com/newsfacts/newsfacts/postgres"
)

// TestOpenWebNewerSchemaRefused: the web view's read-only store refuses a
// database a newer build migrated, as Open does.
func TestOpenWebNewerSchemaRefused(t *testing.T) {
	url := pgtest.NewDB(t)
	db, err := postgres.Open(t.Context(), url)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Exec(t.Context(), `INSERT INTO migrations (name, applied_at) VALUES ('migration/9999_future.sql', '2030-01-01T00:00:00Z')`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	s, err := postgres.OpenWeb(t.Context(), url)
	if err == nil {
		s.Close()
	}
	var ne *newsfacts.NewerSchemaError
	if !errors.Is(err, newsfacts.ErrNewerSchema) || !errors.As(err, &ne) || ne.Database != "9999_future.sql" {
		t.Fatalf("OpenWeb of a newer database = %v, want a NewerSchemaError naming 9999_future.sql", err)
	}
}
