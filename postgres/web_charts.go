package postgres

import (
	"context"
	"fmt"

	"github.com/newsfacts/newsfacts/web"
)

// WonByMonth sums the won of the money facts matching conds per KST month
// and outlet, each amount an article repeats counted once, or with
// perClaim each claim once.
func (s *WebStore) WonByMonth(ctx context.Context, conds []web.Cond, perClaim bool) ([]web.Series, error) {
	v, err := s.cached(ctx, fmt.Sprintf("won %t %#v", perClaim, conds), func(q reader) (any, error) {
		if perClaim {
			return wonByClaim(ctx, q, conds)
		}
		return wonByMonth(ctx, q, conds)
	})
	if err != nil {
		return nil, err
	}
	return v.([]web.Series), nil
}

func wonByMonth(ctx context.Context, q reader, conds []web.Cond) ([]web.Series, error) {
	var a args
	w, err := a.where(web.WonOnly(conds))
	if err != nil {
		return nil, err
	}
	return series(ctx, q, `
		SELECT substr(a.published_date_kst, 1, 7) AS month, a.outlet, sum(f.value)::float8
		FROM facts f JOIN articles a ON a.id = f.article_id`+w+`
		  AND f.value IS NOT NULL AND a.published_date_kst IS NOT NULL
		  AND NOT EXISTS (SELECT 1 FROM facts e
		                  WHERE e.article_id = f.article_id AND e.seq < f.seq AND e.kind = 'money'
		                    AND e.currency = f.currency AND e.value = f.value)
		GROUP BY month, a.outlet
		ORDER BY month, a.outlet`, a...)
}

// wonByClaim sums, per KST month and outlet, the won of the claims of the
// money facts matching conds: each claim once, as its first report among
// them. A fact of no claim counts as its own.
func wonByClaim(ctx context.Context, q reader, conds []web.Cond) ([]web.Series, error) {
	var a args
	w, err := a.where(web.WonOnly(conds))
	if err != nil {
		return nil, err
	}
	return series(ctx, q, `
		SELECT month, outlet, sum(value)::float8 FROM (
			SELECT substr(a.published_date_kst, 1, 7) AS month, a.outlet AS outlet, f.value AS value,
			       row_number() OVER (PARTITION BY coalesce(f.claim_id, -f.id)
			                          ORDER BY a.published_utc NULLS LAST, f.id) AS k
			FROM facts f JOIN articles a ON a.id = f.article_id`+w+`
			  AND f.value IS NOT NULL AND a.published_date_kst IS NOT NULL) c
		WHERE k = 1
		GROUP BY month, outlet
		ORDER BY month, outlet`, a...)
}

// Daily counts articles and facts per KST day and outlet over the last
// days days that have articles.
func (s *WebStore) Daily(ctx context.Context, days int) (articles, facts []web.Series, err error) {
	v, err := s.cached(ctx, fmt.Sprintf("daily %d", days), func(q reader) (any, error) {
		a, f, err := daily(ctx, q, days)
		return [2][]web.Series{a, f}, err
	})
	if err != nil {
		return nil, nil, err
	}
	pair := v.([2][]web.Series)
	return pair[0], pair[1], nil
}

func daily(ctx context.Context, q reader, days int) (articles, facts []web.Series, err error) {
	const lastDays = `
		WITH days AS (SELECT DISTINCT published_date_kst AS d FROM articles
		              WHERE published_date_kst IS NOT NULL ORDER BY d DESC LIMIT $1)`
	articles, err = series(ctx, q, lastDays+`
		SELECT a.published_date_kst, a.outlet, count(*)::float8
		FROM articles a WHERE a.published_date_kst IN (SELECT d FROM days)
		GROUP BY 1, 2 ORDER BY 1, 2`, days)
	if err != nil {
		return nil, nil, err
	}
	facts, err = series(ctx, q, lastDays+`
		SELECT a.published_date_kst, a.outlet, count(*)::float8
		FROM facts f JOIN articles a ON a.id = f.article_id
		WHERE a.published_date_kst IN (SELECT d FROM days)
		GROUP BY 1, 2 ORDER BY 1, 2`, days)
	if err != nil {
		return nil, nil, err
	}
	return articles, facts, nil
}

// series reads rows of (label, series name, value) grouped by series in
// order of first appearance.
func series(ctx context.Context, q reader, query string, args ...any) ([]web.Series, error) {
	rows, err := q.Query(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("chart: %w", err)
	}
	defer rows.Close()
	return web.CollectSeries(rows)
}
