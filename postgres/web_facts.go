package postgres

import (
	"context"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/newsfacts/newsfacts/web"
)

// factTieBreak orders by date, newest first, then by place in the article.
const factTieBreak = "a.published_utc DESC NULLS LAST, a.id DESC, f.seq"

// args collects positional parameters.
type args []any

func (a *args) add(v any) string {
	*a = append(*a, v)
	return fmt.Sprintf("$%d", len(*a))
}

func (a *args) where(conds []web.Cond) (string, error) {
	var parts []string
	for _, c := range conds {
		if c.Op == web.OpHas {
			col, ok := web.ListColumn(c.Column)
			s, isString := c.Value.(string)
			if !ok || !isString {
				return "", fmt.Errorf("condition %q on %q: %w", c.Op, c.Column, web.ErrColumn)
			}
			// "<> '[]'" lets the planner use the partial index facts_context_words.
			parts = append(parts, "("+col+" <> '[]' AND "+col+" @> jsonb_build_array("+a.add(s)+"::text))")
			continue
		}
		col, ok := web.FactColumn(c.Column)
		if !ok {
			return "", fmt.Errorf("condition on %q: %w", c.Column, web.ErrColumn)
		}
		switch c.Op {
		case web.OpEq, web.OpGE, web.OpLE:
		default:
			return "", fmt.Errorf("condition %q on %q: %w", c.Op, c.Column, web.ErrColumn)
		}
		switch c.Value.(type) {
		case string, int64, float64:
		default:
			return "", fmt.Errorf("condition on %q: value of type %T", c.Column, c.Value)
		}
		parts = append(parts, col+" "+string(c.Op)+" "+a.add(c.Value))
	}
	if len(parts) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(parts, " AND "), nil
}

func orderBy(q web.FactQuery) (string, error) {
	if q.Sort == "" {
		return " ORDER BY " + factTieBreak, nil
	}
	col, ok := web.FactColumn(q.Sort)
	if !ok {
		return "", fmt.Errorf("sort by %q: %w", q.Sort, web.ErrColumn)
	}
	if col == "a.published_utc" {
		if q.Desc {
			return " ORDER BY " + factTieBreak, nil
		}
		return " ORDER BY a.published_utc NULLS FIRST, a.id, f.seq", nil
	}
	// NULLs first ascending, last descending, as in SQLite.
	if q.Desc {
		return " ORDER BY " + col + " DESC NULLS LAST, " + factTieBreak, nil
	}
	return " ORDER BY " + col + " ASC NULLS FIRST, " + factTieBreak, nil
}

// factSelect reads web.FactRow's fields in scanFact's order; numbers come
// as text, with every digit.
const factSelect = `
	SELECT f.id, f.article_id, f.seq, coalesce(a.published_date_kst, ''), a.outlet, a.outlet_name, a.title, a.url,
	       f.kind, f.text, coalesce(f.value_text, ''), coalesce(f.currency, ''), coalesce(f.unit, ''),
	       coalesce(f.min::text, ''), coalesce(f.max::text, ''), f.approx = 1,
	       EXISTS (SELECT 1 FROM facts e
	               WHERE e.article_id = f.article_id AND e.seq < f.seq AND e.kind = f.kind
	                 AND e.currency IS NOT DISTINCT FROM f.currency AND e.unit IS NOT DISTINCT FROM f.unit
	                 AND e.value = f.value),
	       coalesce((SELECT string_agg(q, ' ') FROM jsonb_array_elements_text(f.qualifiers) q), ''),
	       f.sentence, f.char_start, f.char_end,
	       coalesce(f.role, ''), coalesce(f.agent, ''), coalesce(f.purpose, ''), coalesce(f.per, ''),
	       coalesce((SELECT string_agg(c, ' ') FROM jsonb_array_elements_text(f.context_words) c), ''),
	       coalesce(f.claim_id, 0)
	FROM facts f JOIN articles a ON a.id = f.article_id`

func scanFact(row pgx.Row) (web.FactRow, error) {
	var r web.FactRow
	err := row.Scan(&r.FactID, &r.ArticleID, &r.Seq, &r.Date, &r.Outlet, &r.OutletName, &r.Title, &r.URL,
		&r.Kind, &r.Text, &r.ValueText, &r.Currency, &r.Unit, &r.MinText, &r.MaxText, &r.Approx, &r.Repeated,
		&r.Qualifiers, &r.Sentence, &r.CharStart, &r.CharEnd, &r.Role, &r.Agent, &r.Purpose, &r.Per,
		&r.ContextWords, &r.ClaimID)
	r.MinText, r.MaxText = plainNumber(r.MinText), plainNumber(r.MaxText)
	return r, err
}

// plainNumber drops the trailing zeros of a numeric's fraction, which
// PostgreSQL keeps from the value's scale: 2.750 is 2.75, 5.0 is 5.
func plainNumber(s string) string {
	if !strings.Contains(s, ".") {
		return s
	}
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

// Facts returns one page of the facts matching q and their number.
func (s *WebStore) Facts(ctx context.Context, q web.FactQuery) ([]web.FactRow, int, error) {
	var a args
	w, err := a.where(q.Conds)
	if err != nil {
		return nil, 0, err
	}
	// Every fact has its article: without a condition on the article the
	// count reads the facts alone, and for an amount filter may read an
	// index alone (facts_kind_value_max).
	from := `facts f JOIN articles a ON a.id = f.article_id`
	if !web.OnArticle(q.Conds) {
		from = `facts f`
	}
	count := `SELECT count(*) FROM ` + from + w
	if q.MaxCount > 0 {
		count = `SELECT count(*) FROM (SELECT 1 FROM ` + from + w + ` LIMIT ` + a.add(q.MaxCount) + `) m`
	}
	var total int
	if err := s.pool.QueryRow(ctx, count, a...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("count facts: %w", err)
	}
	var out []web.FactRow
	err = s.EachFact(ctx, q, func(r web.FactRow) error {
		out = append(out, r)
		return nil
	})
	return out, total, err
}

// EachFact calls fn for each fact matching q, up to q.Limit (all when
// negative): the IDs in order first, then the rows a few hundred at a time.
func (s *WebStore) EachFact(ctx context.Context, q web.FactQuery, fn func(web.FactRow) error) error {
	var a args
	w, err := a.where(q.Conds)
	if err != nil {
		return err
	}
	order, err := orderBy(q)
	if err != nil {
		return err
	}
	query := `SELECT f.id FROM facts f JOIN articles a ON a.id = f.article_id` + w + order
	if q.Limit >= 0 {
		query += " LIMIT " + a.add(q.Limit)
	}
	query += " OFFSET " + a.add(q.Offset)
	rows, err := s.pool.Query(ctx, query, a...)
	if err != nil {
		return fmt.Errorf("facts: %w", err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		return fmt.Errorf("facts: %w", err)
	}
	return web.InChunks(ids, web.FactChunk, func(ids []int64) error { return s.factRows(ctx, ids, fn) })
}

func (s *WebStore) factRows(ctx context.Context, ids []int64, fn func(web.FactRow) error) error {
	rows, err := s.pool.Query(ctx, factSelect+` WHERE f.id = ANY($1)`, ids)
	if err != nil {
		return fmt.Errorf("facts: %w", err)
	}
	defer rows.Close()
	byID := make(map[int64]web.FactRow, len(ids))
	for rows.Next() {
		r, err := scanFact(rows)
		if err != nil {
			return fmt.Errorf("facts: %w", err)
		}
		byID[r.FactID] = r
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("facts: %w", err)
	}
	rows.Close()
	claims, err := s.claimsOf(ctx, byID)
	if err != nil {
		return err
	}
	return web.EachInOrder(ids, byID, claims, fn)
}

// claimsOf returns what the view shows of the claims of rows: how many
// articles report each and in which outlets, in one query, kept as the
// charts are when they are a page's (100 claims or fewer).
func (s *WebStore) claimsOf(ctx context.Context, rows map[int64]web.FactRow) (map[int64]web.Claim, error) {
	ids := web.ClaimIDs(rows)
	if len(ids) == 0 {
		return nil, nil
	}
	// Read before the claims' transaction: a request holds one connection
	// of the pool at a time.
	outlets, err := s.Outlets(ctx)
	if err != nil {
		return nil, err
	}
	compute := func(q reader) (any, error) {
		rows, err := q.Query(ctx, `
			SELECT c.claim_id, count(DISTINCT c.article_id)::int, string_agg(DISTINCT a.outlet, ',')
			FROM facts c JOIN articles a ON a.id = c.article_id
			WHERE c.claim_id = ANY($1)
			GROUP BY c.claim_id`, ids)
		if err != nil {
			return nil, fmt.Errorf("claims: %w", err)
		}
		defer rows.Close()
		out := map[int64]web.Claim{}
		for rows.Next() {
			var id int64
			var c web.Claim
			var hosts string
			if err := rows.Scan(&id, &c.Articles, &hosts); err != nil {
				return nil, fmt.Errorf("claims: %w", err)
			}
			c.Outlets = web.OutletNames(hosts, outlets)
			out[id] = c
		}
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("claims: %w", err)
		}
		return out, nil
	}
	var v any
	if len(ids) <= 100 {
		v, err = s.cached(ctx, fmt.Sprint("claims ", ids), compute)
	} else {
		v, err = compute(s.pool)
	}
	if err != nil {
		return nil, err
	}
	return v.(map[int64]web.Claim), nil
}
