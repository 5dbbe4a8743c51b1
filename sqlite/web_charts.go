package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/newsfacts/newsfacts/web"
)

// WonByMonth sums the won of the money facts matching conds per KST month
// and outlet, each amount an article repeats counted once, or with
// perClaim each claim once.
func (s *WebStore) WonByMonth(ctx context.Context, conds []web.Cond, perClaim bool) ([]web.Series, error) {
	v, err := s.cached(ctx, fmt.Sprintf("won %t %#v", perClaim, conds), func() (any, error) {
		if perClaim {
			return s.wonByClaim(ctx, conds)
		}
		return s.wonByMonth(ctx, conds)
	})
	if err != nil {
		return nil, err
	}
	return v.([]web.Series), nil
}

// wonByClaim sums, per KST month and outlet, the won of the claims of the
// money facts matching conds: each claim once, as its first report among
// them (the earliest published, then the first stored). A fact of no
// claim counts as its own.
func (s *WebStore) wonByClaim(ctx context.Context, conds []web.Cond) ([]web.Series, error) {
	w, args, err := where(web.WonOnly(conds))
	if err != nil {
		return nil, err
	}
	rows, err := s.q.QueryContext(ctx, `
		SELECT month, outlet, total(value) FROM (
			SELECT substr(a.published_date_kst, 1, 7) AS month, a.outlet AS outlet, f.value AS value,
			       row_number() OVER (PARTITION BY coalesce(f.claim_id, -f.id) ORDER BY a.published_utc, f.id) AS k
			FROM facts f JOIN articles a ON a.id = f.article_id`+w+`
			  AND f.value IS NOT NULL AND a.published_date_kst IS NOT NULL)
		WHERE k = 1
		GROUP BY month, outlet
		ORDER BY month, outlet`, args...)
	if err != nil {
		return nil, fmt.Errorf("won by claim: %w", err)
	}
	return collectSeries(rows)
}

func (s *WebStore) wonByMonth(ctx context.Context, conds []web.Cond) ([]web.Series, error) {
	w, args, err := where(web.WonOnly(conds))
	if err != nil {
		return nil, err
	}
	rows, err := s.q.QueryContext(ctx, `
		SELECT substr(a.published_date_kst, 1, 7) AS month, a.outlet, total(f.value)
		FROM facts f JOIN articles a ON a.id = f.article_id`+w+`
		  AND f.value IS NOT NULL AND a.published_date_kst IS NOT NULL
		  AND NOT EXISTS (SELECT 1 FROM facts e
		                  WHERE e.article_id = f.article_id AND e.seq < f.seq AND e.kind = 'money'
		                    AND e.currency = f.currency AND e.value = f.value)
		GROUP BY month, a.outlet
		ORDER BY month, a.outlet`, args...)
	if err != nil {
		return nil, fmt.Errorf("won by month: %w", err)
	}
	return collectSeries(rows)
}

// Daily counts articles and facts per KST day and outlet over the last
// days days that have articles.
func (s *WebStore) Daily(ctx context.Context, days int) (articles, facts []web.Series, err error) {
	v, err := s.cached(ctx, fmt.Sprintf("daily %d", days), func() (any, error) {
		a, f, err := s.daily(ctx, days)
		return [2][]web.Series{a, f}, err
	})
	if err != nil {
		return nil, nil, err
	}
	pair := v.([2][]web.Series)
	return pair[0], pair[1], nil
}

func (s *WebStore) daily(ctx context.Context, days int) (articles, facts []web.Series, err error) {
	const lastDays = `
		WITH days AS (SELECT DISTINCT published_date_kst AS d FROM articles
		              WHERE published_date_kst IS NOT NULL ORDER BY d DESC LIMIT ?)`
	rows, err := s.q.QueryContext(ctx, lastDays+`
		SELECT a.published_date_kst, a.outlet, count(*)
		FROM articles a WHERE a.published_date_kst IN (SELECT d FROM days)
		GROUP BY 1, 2 ORDER BY 1, 2`, days)
	if err != nil {
		return nil, nil, fmt.Errorf("articles per day: %w", err)
	}
	if articles, err = collectSeries(rows); err != nil {
		return nil, nil, err
	}
	rows, err = s.q.QueryContext(ctx, lastDays+`
		SELECT a.published_date_kst, a.outlet, count(*)
		FROM facts f JOIN articles a ON a.id = f.article_id
		WHERE a.published_date_kst IN (SELECT d FROM days)
		GROUP BY 1, 2 ORDER BY 1, 2`, days)
	if err != nil {
		return nil, nil, fmt.Errorf("facts per day: %w", err)
	}
	if facts, err = collectSeries(rows); err != nil {
		return nil, nil, err
	}
	return articles, facts, nil
}

// collectSeries reads rows of (label, series name, value), grouping them
// by series in order of first appearance, and closes rows.
func collectSeries(rows *sql.Rows) ([]web.Series, error) {
	defer rows.Close()
	return web.CollectSeries(rows)
}
