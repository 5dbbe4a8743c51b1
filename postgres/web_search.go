package postgres

import (
	"context"
	"fmt"
	"strings"

	"github.com/newsfacts/newsfacts/web"
)

// Search finds the articles whose title or text contains every term, with
// the pg_trgm indexes, newest first.
func (s *WebStore) Search(ctx context.Context, q web.SearchQuery) ([]web.Hit, error) {
	if len(q.Terms) == 0 {
		return nil, nil
	}
	var a args
	var conds []string
	for _, t := range q.Terms {
		// LIKE's own wildcards in a term are matched as written.
		p := a.add("%" + strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(t) + "%")
		conds = append(conds, "(a.title LIKE "+p+" OR a.text LIKE "+p+")")
	}
	rows, err := s.pool.Query(ctx, `
		SELECT a.id, coalesce(a.published_date_kst, ''), a.outlet, a.outlet_name, a.title, a.text,
		       (SELECT count(*) FROM facts f WHERE f.article_id = a.id)
		FROM articles a WHERE `+strings.Join(conds, " AND ")+`
		ORDER BY a.published_utc DESC NULLS LAST, a.id DESC
		LIMIT `+a.add(q.Limit)+` OFFSET `+a.add(q.Offset), a...)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	defer rows.Close()
	return web.CollectHits(rows, q.Terms)
}
