package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"

	"github.com/newsfacts/newsfacts/postgres"
	"github.com/newsfacts/newsfacts/sqlite"
	"github.com/newsfacts/newsfacts/web"
)

// store is a web.Store that holds connections to release.
type store interface {
	web.Store
	Close() error
}

// openStore opens the database db names read-only: a PostgreSQL URL or a
// SQLite file. Either must have every migration of this build.
func openStore(ctx context.Context, db string) (store, error) {
	if postgres.IsURL(db) {
		s, err := postgres.OpenWeb(ctx, db)
		if errors.Is(err, postgres.ErrOldSchema) {
			return nil, fmt.Errorf("serve %s: %w (run 'extract -db URL' once to bring it up to date)", redactURL(db), err)
		}
		if err != nil {
			return nil, fmt.Errorf("serve %s: %w", redactURL(db), err)
		}
		return s, nil
	}
	ro, err := sqlite.OpenReadOnly(ctx, db)
	if err != nil {
		return nil, err
	}
	if err := sqlite.CheckSchema(ctx, ro); err != nil {
		ro.Close()
		if errors.Is(err, sqlite.ErrOldSchema) {
			return nil, fmt.Errorf("serve %s: %w (run 'extract -db %s' once to bring it up to date)", db, err, db)
		}
		return nil, fmt.Errorf("serve %s: %w", db, err)
	}
	return &sqliteStore{sqlite.NewWebStore(ro), ro}, nil
}

// sqliteStore closes the SQLite store's cache connection, then the
// database handle.
type sqliteStore struct {
	*sqlite.WebStore
	db *sql.DB
}

func (s *sqliteStore) Close() error {
	err := s.WebStore.Close()
	if cerr := s.db.Close(); err == nil {
		err = cerr
	}
	return err
}

// redactURL hides the password of a PostgreSQL URL, for the log.
func redactURL(db string) string {
	if !postgres.IsURL(db) {
		return db
	}
	u, err := url.Parse(db)
	if err != nil {
		return "postgres://…"
	}
	return u.Redacted()
}
