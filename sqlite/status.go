package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/newsfacts/newsfacts"
)

// CrawlStatus reads the crawl's state and the outlets' health: at most
// runs runs and failures failures. It writes nothing.
func (db *DB) CrawlStatus(ctx context.Context, runs, failures int) (*newsfacts.CrawlStatus, error) {
	return Status(ctx, db.read, runs, failures)
}

// CrawlStatus is DB.CrawlStatus over the store's read-only connection,
// for crawl -status beside a running crawl.
func (s *WebStore) CrawlStatus(ctx context.Context, runs, failures int) (*newsfacts.CrawlStatus, error) {
	return Status(ctx, s.q, runs, failures)
}

// Status is DB.CrawlStatus over any connection to the database, such as
// one OpenReadOnly opened.
func Status(ctx context.Context, q Querier, runs, failures int) (*newsfacts.CrawlStatus, error) {
	var st newsfacts.CrawlStatus
	rows, err := q.QueryContext(ctx, `
		SELECT * FROM (SELECT kind, '', count(*) FROM crawl_queue GROUP BY kind ORDER BY kind)
		UNION ALL
		SELECT * FROM (SELECT '', host, count(*) AS n FROM crawl_queue GROUP BY host ORDER BY n DESC, host LIMIT 10)`)
	if err != nil {
		return nil, fmt.Errorf("status: %w", err)
	}
	err = eachRow(rows, func() error {
		var c newsfacts.QueueCount
		if err := rows.Scan(&c.Kind, &c.Host, &c.URLs); err != nil {
			return err
		}
		st.Queue = append(st.Queue, c)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("status: %w", err)
	}
	rows, err = q.QueryContext(ctx, `SELECT count(*) FROM crawl_queue WHERE tries > 0`)
	if err == nil {
		err = eachRow(rows, func() error { return rows.Scan(&st.Retrying) })
	}
	if err != nil {
		return nil, fmt.Errorf("status: %w", err)
	}
	rows, err = q.QueryContext(ctx, `
		SELECT id, started_at, finished_at, status, fetched, stored, unchanged, not_modified, skipped, failed, gone,
		       bytes, error
		FROM crawl_runs ORDER BY id DESC LIMIT ?`, runs)
	if err != nil {
		return nil, fmt.Errorf("status: %w", err)
	}
	err = eachRow(rows, func() error {
		var r newsfacts.Run
		var started string
		var finished, msg sql.NullString
		if err := rows.Scan(&r.ID, &started, &finished, &r.Status, &r.Fetched, &r.Stored, &r.Unchanged,
			&r.NotModified, &r.Skipped, &r.Failed, &r.Gone, &r.Bytes, &msg); err != nil {
			return err
		}
		r.StartedAt = parseTime(started)
		if finished.Valid {
			r.FinishedAt = parseTime(finished.String)
		}
		r.Error = msg.String
		st.Runs = append(st.Runs, r)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("status: %w", err)
	}
	rows, err = q.QueryContext(ctx, `
		SELECT h.outlet, h.outlet_name, h.day, h.pages, h.articles, h.median_chars, h.published_share,
		       h.byline_share, h.fact_share, h.no_article_reasons
		FROM (SELECT *, row_number() OVER (PARTITION BY outlet ORDER BY day DESC) AS latest FROM outlet_health) h
		WHERE h.latest = 1
		ORDER BY h.outlet`)
	if err != nil {
		return nil, fmt.Errorf("status: %w", err)
	}
	err = eachRow(rows, func() error {
		var d newsfacts.OutletDay
		err := rows.Scan(&d.Outlet, &d.OutletName, &d.Day, &d.Pages, &d.Articles, &d.MedianChars,
			&d.PublishedShare, &d.BylineShare, &d.FactShare, &d.NoArticleReasons)
		st.Health = append(st.Health, d)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("status: %w", err)
	}
	if len(st.Runs) == 0 {
		return &st, nil
	}
	rows, err = q.QueryContext(ctx, `
		SELECT url, status, error, attempts FROM fetch_failures WHERE run_id = ? ORDER BY id LIMIT ?`,
		st.Runs[0].ID, failures)
	if err != nil {
		return nil, fmt.Errorf("status: %w", err)
	}
	err = eachRow(rows, func() error {
		f := newsfacts.Failure{RunID: st.Runs[0].ID}
		var status sql.NullInt64
		if err := rows.Scan(&f.URL, &status, &f.Err, &f.Attempts); err != nil {
			return err
		}
		f.Status = int(status.Int64)
		st.Failures = append(st.Failures, f)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("status: %w", err)
	}
	return &st, nil
}

// eachRow calls scan for each row and closes rows.
func eachRow(rows *sql.Rows, scan func() error) error {
	defer rows.Close()
	for rows.Next() {
		if err := scan(); err != nil {
			return err
		}
	}
	return rows.Err()
}

// parseTime reads a stored timestamp; one that does not parse reads as
// the zero time, which a status report shows as unknown.
func parseTime(s string) time.Time {
	t, _ := time.Parse(time.RFC3339, s)
	return t
}
