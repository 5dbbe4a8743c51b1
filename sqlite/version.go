package sqlite

import (
	"context"
	"errors"
	"fmt"
	"path"
	"slices"
)

// ErrNewerSchema is wrapped by the error Open and CheckSchema return for a
// database that a newer build of newsfacts migrated: its tables and views
// may mean what this build does not know, and writing to them could undo
// what the newer build relies on. Typically the binaries were rolled back.
var ErrNewerSchema = errors.New("database schema is newer than this build's")

// NewerSchemaError names the migrations of a database newer than the
// build's. It wraps ErrNewerSchema.
type NewerSchemaError struct {
	Database string // the newest migration recorded in the database that this build does not have
	Build    string // the newest migration this build has
}

// Error says which migration the database has and this build lacks.
func (e *NewerSchemaError) Error() string {
	return fmt.Sprintf("%v: the database has migration %s, this build knows migrations up to %s; "+
		"run the newer build that migrated it (nothing was changed)", ErrNewerSchema, e.Database, e.Build)
}

// Unwrap returns ErrNewerSchema.
func (e *NewerSchemaError) Unwrap() error { return ErrNewerSchema }

// appliedMigrations returns the names in the migrations table of the
// database q reads.
func appliedMigrations(ctx context.Context, q Querier) ([]string, error) {
	rows, err := q.QueryContext(ctx, `SELECT name FROM migrations ORDER BY name`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return nil, fmt.Errorf("read migrations: %w", err)
		}
		names = append(names, name)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read migrations: %w", err)
	}
	return names, nil
}

// checkNewer returns a *NewerSchemaError when applied, the migrations a
// database records, holds one that known, this build's, lacks.
func checkNewer(applied, known []string) error {
	var unknown string
	for _, name := range applied {
		if !slices.Contains(known, name) {
			unknown = max(unknown, name) // names sort in the order they apply
		}
	}
	if unknown == "" {
		return nil
	}
	return &NewerSchemaError{Database: path.Base(unknown), Build: path.Base(known[len(known)-1])}
}
