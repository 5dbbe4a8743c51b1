package postgres

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/newsfacts/newsfacts"
)

// CrawlStatus reads the crawl's state and the outlets' health, as the
// SQLite store's does: at most runs runs and failures failures. The queue
// counts the URLs other workers hold (leased) too. It writes nothing.
func (db *DB) CrawlStatus(ctx context.Context, runs, failures int) (*newsfacts.CrawlStatus, error) {
	return crawlStatus(ctx, db.pool, runs, failures)
}

// CrawlStatus is DB.CrawlStatus in the store's read-only sessions, for
// crawl -status beside running crawls.
func (s *WebStore) CrawlStatus(ctx context.Context, runs, failures int) (*newsfacts.CrawlStatus, error) {
	return crawlStatus(ctx, s.pool, runs, failures)
}

func crawlStatus(ctx context.Context, pool *pgxpool.Pool, runs, failures int) (*newsfacts.CrawlStatus, error) {
	var st newsfacts.CrawlStatus
	// One transaction, so that the figures are of one moment, as SQLite's
	// are of one snapshot per query at least.
	tx, err := pool.BeginTx(ctx, pgx.TxOptions{AccessMode: pgx.ReadOnly, IsoLevel: pgx.RepeatableRead})
	if err != nil {
		return nil, fmt.Errorf("status: %w", err)
	}
	defer tx.Rollback(ctx)
	rows, err := tx.Query(ctx, `
		SELECT * FROM (SELECT kind, '', count(*) FROM crawl_queue GROUP BY kind ORDER BY kind) k
		UNION ALL
		SELECT * FROM (SELECT '', host, count(*) AS n FROM crawl_queue GROUP BY host ORDER BY n DESC, host LIMIT 10) h`)
	if err != nil {
		return nil, fmt.Errorf("status: %w", err)
	}
	st.Queue, err = pgx.CollectRows(rows, func(r pgx.CollectableRow) (newsfacts.QueueCount, error) {
		var c newsfacts.QueueCount
		err := r.Scan(&c.Kind, &c.Host, &c.URLs)
		return c, err
	})
	if err != nil {
		return nil, fmt.Errorf("status: %w", err)
	}
	if err := tx.QueryRow(ctx, `SELECT count(*) FROM crawl_queue WHERE tries > 0`).Scan(&st.Retrying); err != nil {
		return nil, fmt.Errorf("status: %w", err)
	}
	rows, err = tx.Query(ctx, `
		SELECT id, started_at, finished_at, status, fetched, stored, unchanged, not_modified, skipped, failed, gone,
		       bytes, error
		FROM crawl_runs ORDER BY id DESC LIMIT $1`, runs)
	if err != nil {
		return nil, fmt.Errorf("status: %w", err)
	}
	st.Runs, err = pgx.CollectRows(rows, func(row pgx.CollectableRow) (newsfacts.Run, error) {
		var r newsfacts.Run
		var started string
		var finished, msg *string
		if err := row.Scan(&r.ID, &started, &finished, &r.Status, &r.Fetched, &r.Stored, &r.Unchanged,
			&r.NotModified, &r.Skipped, &r.Failed, &r.Gone, &r.Bytes, &msg); err != nil {
			return r, err
		}
		r.StartedAt = parseTime(started)
		if finished != nil {
			r.FinishedAt = parseTime(*finished)
		}
		if msg != nil {
			r.Error = *msg
		}
		return r, nil
	})
	if err != nil {
		return nil, fmt.Errorf("status: %w", err)
	}
	rows, err = tx.Query(ctx, `
		SELECT h.outlet, h.outlet_name, h.day, h.pages, h.articles, h.median_chars, h.published_share,
		       h.byline_share, h.fact_share, h.no_article_reasons
		FROM (SELECT *, row_number() OVER (PARTITION BY outlet ORDER BY day DESC) AS latest FROM outlet_health) h
		WHERE h.latest = 1
		ORDER BY h.outlet`)
	if err != nil {
		return nil, fmt.Errorf("status: %w", err)
	}
	st.Health, err = pgx.CollectRows(rows, func(r pgx.CollectableRow) (newsfacts.OutletDay, error) {
		var d newsfacts.OutletDay
		var pages, articles int64
		err := r.Scan(&d.Outlet, &d.OutletName, &d.Day, &pages, &articles, &d.MedianChars,
			&d.PublishedShare, &d.BylineShare, &d.FactShare, &d.NoArticleReasons)
		d.Pages, d.Articles = int(pages), int(articles)
		return d, err
	})
	if err != nil {
		return nil, fmt.Errorf("status: %w", err)
	}
	if len(st.Runs) == 0 {
		return &st, nil
	}
	newest := st.Runs[0].ID
	rows, err = tx.Query(ctx, `
		SELECT url, status, error, attempts FROM fetch_failures WHERE run_id = $1 ORDER BY id LIMIT $2`,
		newest, failures)
	if err != nil {
		return nil, fmt.Errorf("status: %w", err)
	}
	st.Failures, err = pgx.CollectRows(rows, func(r pgx.CollectableRow) (newsfacts.Failure, error) {
		f := newsfacts.Failure{RunID: newest}
		var status *int32
		err := r.Scan(&f.URL, &status, &f.Err, &f.Attempts)
		if status != nil {
			f.Status = int(*status)
		}
		return f, err
	})
	if err != nil {
		return nil, fmt.Errorf("status: %w", err)
	}
	return &st, nil
}

// parseTime reads a stored timestamp; one that does not parse reads as
// the zero time, which a status report shows as unknown.
func parseTime(s string) time.Time {
	t, _ := time.Parse(time.RFC3339, s)
	return t
}
