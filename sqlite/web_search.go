package sqlite

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/web"
)

// Search returns the articles containing every term, newest first. Terms of
// three or more characters go through the trigram index; a shorter one,
// which that index cannot find, makes it read every article with instr.
func (s *WebStore) Search(ctx context.Context, q web.SearchQuery) ([]web.Hit, error) {
	if len(q.Terms) == 0 {
		return nil, nil
	}
	short := false
	for _, t := range q.Terms {
		if utf8.RuneCountInString(t) < 3 {
			short = true
		}
	}
	if short {
		return s.searchInstr(ctx, q)
	}
	quoted := make([]string, len(q.Terms))
	for i, t := range q.Terms {
		// A quoted string is one phrase to FTS5: no operator or column
		// filter of the user's reaches the query syntax.
		quoted[i] = `"` + strings.ReplaceAll(t, `"`, `""`) + `"`
	}
	match := strings.Join(quoted, " ")
	// First the page of IDs, newest first; then the passages of only those
	// articles: snippet() in the first query would cut one for every match.
	rows, err := s.q.QueryContext(ctx, `
		SELECT a.id FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
		WHERE articles_fts MATCH ?
		ORDER BY a.published_utc DESC, a.id DESC
		LIMIT ? OFFSET ?`, match, q.Limit, q.Offset)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	var ids []string
	err = eachRow(rows, func() error {
		var id int64
		err := rows.Scan(&id)
		ids = append(ids, strconv.FormatInt(id, 10))
		return err
	})
	if err != nil || len(ids) == 0 {
		return nil, err
	}
	rows, err = s.q.QueryContext(ctx, `
		SELECT a.id, coalesce(a.published_date_kst, ''), a.outlet, a.outlet_name, a.title,
		       snippet(articles_fts, 1, char(2), char(3), '…', 24),
		       (SELECT count(*) FROM facts f WHERE f.article_id = a.id)
		FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
		WHERE articles_fts MATCH ? AND articles_fts.rowid IN (SELECT value FROM json_each(?))
		ORDER BY a.published_utc DESC, a.id DESC`, match, "["+strings.Join(ids, ",")+"]")
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	var out []web.Hit
	err = eachRow(rows, func() error {
		var h web.Hit
		err := rows.Scan(&h.ArticleID, &h.Date, &h.Outlet, &h.OutletName, &h.Title, &h.Passage, &h.FactCount)
		out = append(out, h)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	return out, nil
}

// searchInstr finds articles by plain substring search and cuts the
// passage around the first term in Go.
func (s *WebStore) searchInstr(ctx context.Context, q web.SearchQuery) ([]web.Hit, error) {
	var conds []string
	var args []any
	for _, t := range q.Terms {
		conds = append(conds, "(instr(a.title, ?) > 0 OR instr(a.text, ?) > 0)")
		args = append(args, t, t)
	}
	rows, err := s.q.QueryContext(ctx, `
		SELECT a.id, coalesce(a.published_date_kst, ''), a.outlet, a.outlet_name, a.title, a.text,
		       (SELECT count(*) FROM facts f WHERE f.article_id = a.id)
		FROM articles a WHERE `+strings.Join(conds, " AND ")+`
		ORDER BY a.published_utc DESC, a.id DESC
		LIMIT ? OFFSET ?`, append(args, q.Limit, q.Offset)...)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	defer rows.Close()
	return web.CollectHits(rows, q.Terms)
}
