package main

import (
	"context"
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"github.com/newsfacts/newsfacts/internal/cli"
	"github.com/newsfacts/newsfacts/postgres"
	"github.com/newsfacts/newsfacts/sqlite"
)

// printStatus prints what crawl -status shows of the database at path,
// which it opens read-only, so that it runs beside a crawl.
func printStatus(ctx context.Context, w io.Writer, path string) error {
	if postgres.IsURL(path) {
		return cli.Usagef("-status reads a SQLite database; in PostgreSQL, ask psql: SELECT * FROM crawl_runs ORDER BY id DESC LIMIT 10")
	}
	db, err := sqlite.OpenReadOnly(ctx, path)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := sqlite.CheckSchema(ctx, db); err != nil {
		return fmt.Errorf("status of %s: %w (run 'crawl' or 'extract -db %s' once to bring it up to date)", path, err, path)
	}
	st, err := sqlite.Status(ctx, db, 10, 20)
	if err != nil {
		return err
	}
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
		fmt.Fprintln(tw, "  outlet\tday\tpages\tarticles\tmedian chars\twith time\twith byline\twith a fact")
		for _, h := range st.Health {
			fmt.Fprintf(tw, "  %s\t%s\t%d\t%.0f%%\t%.0f\t%.0f%%\t%.0f%%\t%.0f%%\n", h.Outlet, h.Day, h.Pages,
				100*h.ArticleShare, h.MedianChars, 100*h.PublishedShare, 100*h.BylineShare, 100*h.FactShare)
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
