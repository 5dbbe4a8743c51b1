package sqlite

import (
	"context"
	"fmt"

	"github.com/newsfacts/newsfacts"
)

// OutletHealth returns the rows of the outlet_health view from day since
// (YYYY-MM-DD, KST) on, by outlet and day.
func (db *DB) OutletHealth(ctx context.Context, since string) ([]newsfacts.OutletDay, error) {
	rows, err := db.read.QueryContext(ctx, `
		SELECT outlet, outlet_name, day, pages, articles, median_chars, published_share, byline_share, fact_share, no_article_reasons
		FROM outlet_health WHERE day >= ? ORDER BY outlet, day`, since)
	if err != nil {
		return nil, fmt.Errorf("outlet health: %w", err)
	}
	defer rows.Close()
	var out []newsfacts.OutletDay
	for rows.Next() {
		var d newsfacts.OutletDay
		if err := rows.Scan(&d.Outlet, &d.OutletName, &d.Day, &d.Pages, &d.Articles, &d.MedianChars,
			&d.PublishedShare, &d.BylineShare, &d.FactShare, &d.NoArticleReasons); err != nil {
			return nil, fmt.Errorf("outlet health: %w", err)
		}
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("outlet health: %w", err)
	}
	return out, nil
}
