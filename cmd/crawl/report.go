package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/postgres"
	"github.com/newsfacts/newsfacts/sqlite"
)

// statusStore is what crawl -status reads of a store, opened read-only:
// the SQLite store (sqlite.WebStore over sqlite.OpenReadOnly) or the
// PostgreSQL one (postgres.OpenWeb, read-only sessions). Both read the same
// things, so that the report is the same whatever the store.
type statusStore interface {
	CrawlStatus(ctx context.Context, runs, failures int) (*newsfacts.CrawlStatus, error)
	Close() error
}

// openStatus opens the database db names read-only, without migrating it:
// crawl -status runs beside crawls.
func openStatus(ctx context.Context, db string) (statusStore, error) {
	if postgres.IsURL(db) {
		s, err := postgres.OpenWeb(ctx, db)
		if errors.Is(err, postgres.ErrOldSchema) {
			return nil, fmt.Errorf("status: %w (run 'crawl' or 'extract -db URL' once to bring it up to date)", err)
		}
		if err != nil {
			return nil, fmt.Errorf("status: %w", err)
		}
		return s, nil
	}
	ro, err := sqlite.OpenReadOnly(ctx, db)
	if err != nil {
		return nil, err
	}
	if err := sqlite.CheckSchema(ctx, ro); err != nil {
		ro.Close()
		return nil, fmt.Errorf("status of %s: %w (run 'crawl' or 'extract -db %s' once to bring it up to date)", db, err, db)
	}
	return &sqliteStatus{sqlite.NewWebStore(ro), ro}, nil
}

// sqliteStatus closes the SQLite store, then its database handle.
type sqliteStatus struct {
	*sqlite.WebStore
	db *sql.DB
}

func (s *sqliteStatus) Close() error {
	err := s.WebStore.Close()
	if cerr := s.db.Close(); err == nil {
		err = cerr
	}
	return err
}

// printStatus prints what crawl -status shows of the database db names
// (a SQLite path or a PostgreSQL URL), which it opens read-only.
func printStatus(ctx context.Context, w io.Writer, db string) error {
	store, err := openStatus(ctx, db)
	if err != nil {
		return err
	}
	defer store.Close()
	st, err := store.CrawlStatus(ctx, 10, 20)
	if err != nil {
		return err
	}
	return writeStatus(w, st)
}

// writeStatus writes st for a person to read.
func writeStatus(w io.Writer, st *newsfacts.CrawlStatus) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	var total int64
	for _, q := range st.Queue {
		if q.Kind != "" {
			total += q.URLs
		}
	}
	fmt.Fprintf(tw, "Queue: %d URLs", total)
	if st.Retrying > 0 {
		fmt.Fprintf(tw, ", %d of them failed in an earlier run", st.Retrying)
	}
	fmt.Fprintln(tw)
	for _, q := range st.Queue {
		if q.Kind != "" {
			fmt.Fprintf(tw, "  %s\t%d\n", q.Kind, q.URLs)
		}
	}
	for _, q := range st.Queue {
		if q.Host != "" {
			fmt.Fprintf(tw, "  %s\t%d\n", q.Host, q.URLs)
		}
	}
	fmt.Fprintln(tw)
	if len(st.Health) > 0 {
		fmt.Fprintln(tw, "Outlet health, latest day of fetching (extract -db warns and exits 6 when a share halves):")
		fmt.Fprintln(tw, "  outlet\thost\tday\tpages\tarticles\tmedian chars\twith time\twith byline\twith a fact")
		for _, h := range st.Health {
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%d\t%.0f%%\t%.0f\t%.0f%%\t%.0f%%\t%.0f%%\n", h.OutletName, h.Outlet, h.Day, h.Pages,
				100*h.ArticleShare(), h.MedianChars, 100*h.PublishedShare, 100*h.BylineShare, 100*h.FactShare)
		}
		fmt.Fprintln(tw)
	}
	if len(st.Runs) == 0 {
		fmt.Fprintln(tw, "No crawl has run yet.")
		return tw.Flush()
	}
	fmt.Fprintln(tw, "Last runs:")
	fmt.Fprintln(tw, "  run\tstarted\tstatus\tduration\tfetched\tstored\tunchanged\tnot modified\tskipped\tfailed\tgone")
	for _, r := range st.Runs {
		d := "-"
		if !r.FinishedAt.IsZero() {
			d = r.FinishedAt.Sub(r.StartedAt).Round(time.Second).String()
		}
		fmt.Fprintf(tw, "  %d\t%s\t%s\t%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\n", r.ID, r.StartedAt.Format(time.DateTime),
			r.Status, d, r.Fetched, r.Stored, r.Unchanged, r.NotModified, r.Skipped, r.Failed, r.Gone)
		if r.Error != "" {
			fmt.Fprintf(tw, "  \terror: %s\n", r.Error)
		}
	}
	fmt.Fprintln(tw)
	if len(st.Failures) == 0 {
		fmt.Fprintf(tw, "No failures in run %d.\n", st.Runs[0].ID)
		return tw.Flush()
	}
	fmt.Fprintf(tw, "Failures of run %d (at most 20; all in fetch_failures):\n", st.Runs[0].ID)
	for _, f := range st.Failures {
		status := "-"
		if f.Status != 0 {
			status = fmt.Sprint(f.Status)
		}
		fmt.Fprintf(tw, "  %s\t%s\t%d tries\t%s\n", status, f.URL, f.Attempts, f.Err)
	}
	return tw.Flush()
}
