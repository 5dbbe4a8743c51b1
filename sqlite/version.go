package sqlite

import (
	"context"
	"fmt"
	"path"
	"slices"

	"github.com/newsfacts/newsfacts"
)

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

// checkNewer returns a *newsfacts.NewerSchemaError when applied, the
// migrations a database records, holds one that known, this build's,
// lacks: a newer build migrated it.
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
	return &newsfacts.NewerSchemaError{Database: path.Base(unknown), Build: path.Base(known[len(known)-1])}
}
