package main

import (
	"context"
	"path/filepath"
	"time"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/crawl"
	"github.com/newsfacts/newsfacts/postgres"
	"github.com/newsfacts/newsfacts/sqlite"
)

// crawlDB opens the store that db names, a PostgreSQL URL or a SQLite
// path, and runs the crawl on it; lease is PostgreSQL's (see -lease).
func crawlDB(ctx context.Context, db string, lease time.Duration, cfg crawl.Config, targets []string) (*newsfacts.Run, error) {
	if postgres.IsURL(db) {
		pg, err := postgres.Open(ctx, db)
		if err != nil {
			return nil, err
		}
		defer pg.Close()
		pg.Lease = lease
		return crawl.Run(ctx, pg, cfg, targets)
	}
	lite, err := sqlite.Open(ctx, db)
	if err != nil {
		return nil, err
	}
	defer lite.Close()
	// Feeds and sitemaps are spooled beside the database: a folder it can
	// write to, where the temporary folder may be read-only (containers).
	cfg.SpoolDir = filepath.Dir(db)
	return crawl.Run(ctx, lite, cfg, targets)
}
