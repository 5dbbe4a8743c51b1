package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/web"
)

// factTieBreak orders by date, newest first, then by the fact's place in
// its article, so that pages never overlap. It follows the index
// articles_published_utc (which holds the id) and facts' (article_id, seq):
// a page costs its rows, not a sort of every fact.
const factTieBreak = "a.published_utc DESC, a.id DESC, f.seq"

// factSelect reads web.FactRow's fields in scanFact's order.
const factSelect = `
	SELECT f.id, f.article_id, f.seq, coalesce(a.published_date_kst, ''), a.outlet, a.outlet_name, a.title, a.url,
	       f.kind, f.text, coalesce(f.value_text, ''), coalesce(f.currency, ''), coalesce(f.unit, ''),
	       f.min, f.max, f.approx,
	       EXISTS (SELECT 1 FROM facts e
	               WHERE e.article_id = f.article_id AND e.seq < f.seq AND e.kind = f.kind
	                 AND e.currency IS f.currency AND e.unit IS f.unit AND e.value = f.value),
	       coalesce((SELECT group_concat(q.value, ' ') FROM json_each(f.qualifiers) q), ''),
	       f.sentence, f.char_start, f.char_end,
	       coalesce(f.role, ''), coalesce(f.agent, ''), coalesce(f.purpose, ''), coalesce(f.per, ''),
	       coalesce((SELECT group_concat(c.value, ' ') FROM json_each(f.context_words) c), ''),
	       coalesce(f.claim_id, 0)
	FROM facts f JOIN articles a ON a.id = f.article_id`

func scanFact(rows *sql.Rows) (web.FactRow, error) {
	var r web.FactRow
	var lo, hi any
	err := rows.Scan(&r.FactID, &r.ArticleID, &r.Seq, &r.Date, &r.Outlet, &r.OutletName, &r.Title, &r.URL,
		&r.Kind, &r.Text, &r.ValueText, &r.Currency, &r.Unit, &lo, &hi, &r.Approx, &r.Repeated,
		&r.Qualifiers, &r.Sentence, &r.CharStart, &r.CharEnd, &r.Role, &r.Agent, &r.Purpose, &r.Per,
		&r.ContextWords, &r.ClaimID)
	if err != nil {
		return r, err
	}
	if r.MinText, _, err = plain(lo); err != nil {
		return r, err
	}
	r.MaxText, _, err = plain(hi)
	return r, err
}

// where turns conditions into a WHERE clause and its arguments.
func where(conds []web.Cond) (string, []any, error) {
	if len(conds) == 0 {
		return "", nil, nil
	}
	var parts []string
	var args []any
	for _, c := range conds {
		if c.Op == web.OpHas {
			col, ok := web.ListColumn(c.Column)
			s, isString := c.Value.(string)
			if !ok || !isString {
				return "", nil, fmt.Errorf("condition %q on %q: %w", c.Op, c.Column, web.ErrColumn)
			}
			// Most facts have no context words: "<> '[]'" spares them
			// json_each, a third of the time on 150,000 facts. Of the
			// others, those whose list does not hold the word's bytes
			// are skipped by instr before json_each reads the list (an
			// eighth of the time), where the word is written as is in
			// JSON as jsonList writes it.
			if jsonVerbatim(s) {
				parts = append(parts, "("+col+" <> '[]' AND instr("+col+", ?) > 0 AND EXISTS (SELECT 1 FROM json_each("+col+") WHERE value = ?))")
				args = append(args, s, s)
				continue
			}
			parts = append(parts, "("+col+" <> '[]' AND EXISTS (SELECT 1 FROM json_each("+col+") WHERE value = ?))")
			args = append(args, s)
			continue
		}
		col, ok := web.FactColumn(c.Column)
		if !ok {
			return "", nil, fmt.Errorf("condition on %q: %w", c.Column, web.ErrColumn)
		}
		switch c.Op {
		case web.OpEq, web.OpGE, web.OpLE:
		default:
			return "", nil, fmt.Errorf("condition %q on %q: %w", c.Op, c.Column, web.ErrColumn)
		}
		switch c.Value.(type) {
		case string, int64, float64:
		default:
			return "", nil, fmt.Errorf("condition on %q: value of type %T", c.Column, c.Value)
		}
		parts = append(parts, col+" "+string(c.Op)+" ?")
		args = append(args, c.Value)
	}
	return " WHERE " + strings.Join(parts, " AND "), args, nil
}

// orderBy returns the ORDER BY clause of q.
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
		return " ORDER BY a.published_utc, a.id, f.seq", nil
	}
	dir := " ASC"
	if q.Desc {
		dir = " DESC"
	}
	// NULLs (ranges, vague amounts) sort first ascending, last descending.
	return " ORDER BY " + col + dir + ", " + factTieBreak, nil
}

// valueIndex returns the index hint of a query sorted by value within a
// kind: read facts_kind_value_max in value order, sorting only the facts
// of one value by date, and stop at the page. Left to itself, SQLite 3.54
// sorts every fact of the kind first: 40 ms for the first page of the
// money of 5,000억 or more on 50,000 money facts, 0.1 ms with the hint.
func valueIndex(q web.FactQuery) string {
	if q.Sort != "value" {
		return ""
	}
	for _, c := range q.Conds {
		if c.Column == "kind" && c.Op == web.OpEq {
			return " INDEXED BY facts_kind_value_max"
		}
	}
	return ""
}

// Facts returns one page of the facts matching q and their number.
func (s *WebStore) Facts(ctx context.Context, q web.FactQuery) ([]web.FactRow, int, error) {
	w, args, err := where(q.Conds)
	if err != nil {
		return nil, 0, err
	}
	var total int
	// Every fact has its article: without a condition on the article the
	// count reads the facts alone, and for an amount filter an index alone
	// (facts_kind_value_max).
	from := `facts f JOIN articles a ON a.id = f.article_id`
	if !web.OnArticle(q.Conds) {
		from = `facts f`
	}
	count := `SELECT count(*) FROM ` + from + w
	if q.MaxCount > 0 {
		count = `SELECT count(*) FROM (SELECT 1 FROM ` + from + w + ` LIMIT ?)`
		args = append(args[:len(args):len(args)], q.MaxCount)
	}
	if err := s.q.QueryRowContext(ctx, count, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("count facts: %w", err)
	}
	var out []web.FactRow
	err = s.EachFact(ctx, q, func(r web.FactRow) error {
		out = append(out, r)
		return nil
	})
	return out, total, err
}

// EachFact calls fn for each fact matching q, up to q.Limit. It reads in
// two steps: the IDs of the facts in order, which the indexes answer
// cheaply, then the rows of a few hundred at a time, so that the costly
// columns (repeated, qualifiers) are computed only for the rows returned,
// not for every row sorted or skipped by an offset.
func (s *WebStore) EachFact(ctx context.Context, q web.FactQuery, fn func(web.FactRow) error) error {
	w, args, err := where(q.Conds)
	if err != nil {
		return err
	}
	order, err := orderBy(q)
	if err != nil {
		return err
	}
	rows, err := s.q.QueryContext(ctx, `SELECT f.id FROM facts f`+valueIndex(q)+` JOIN articles a ON a.id = f.article_id`+w+order+
		" LIMIT ? OFFSET ?", append(args, q.Limit, q.Offset)...)
	if err != nil {
		return fmt.Errorf("facts: %w", err)
	}
	var ids []int64
	err = eachRow(rows, func() error {
		var id int64
		err := rows.Scan(&id)
		ids = append(ids, id)
		return err
	})
	if err != nil {
		return fmt.Errorf("facts: %w", err)
	}
	return web.InChunks(ids, web.FactChunk, func(ids []int64) error { return s.factRows(ctx, ids, fn) })
}

// factRows calls fn for the facts ids, in the order of ids.
func (s *WebStore) factRows(ctx context.Context, ids []int64, fn func(web.FactRow) error) error {
	list := make([]string, len(ids))
	for i, id := range ids {
		list[i] = strconv.FormatInt(id, 10)
	}
	rows, err := s.q.QueryContext(ctx, factSelect+` WHERE f.id IN (SELECT value FROM json_each(?))`,
		"["+strings.Join(list, ",")+"]")
	if err != nil {
		return fmt.Errorf("facts: %w", err)
	}
	byID := make(map[int64]web.FactRow, len(ids))
	err = eachRow(rows, func() error {
		r, err := scanFact(rows)
		byID[r.FactID] = r
		return err
	})
	if err != nil {
		return fmt.Errorf("facts: %w", err)
	}
	claims, err := s.claimsOf(ctx, byID)
	if err != nil {
		return err
	}
	return web.EachInOrder(ids, byID, claims, fn)
}

// claimsOf returns what the view shows of the claims of rows: how many
// articles report each and in which outlets. A claim wire copy spreads
// may have a hundred articles: a page's claims are read in one query, and
// kept, as the charts are, when they are a page's (100 or fewer).
func (s *WebStore) claimsOf(ctx context.Context, rows map[int64]web.FactRow) (map[int64]web.Claim, error) {
	ids := web.ClaimIDs(rows)
	if len(ids) == 0 {
		return nil, nil
	}
	list := make([]string, len(ids))
	for i, id := range ids {
		list[i] = strconv.FormatInt(id, 10)
	}
	key := "[" + strings.Join(list, ",") + "]"
	compute := func() (any, error) {
		outlets, err := s.Outlets(ctx)
		if err != nil {
			return nil, err
		}
		rows, err := s.q.QueryContext(ctx, `
			SELECT c.claim_id, count(DISTINCT c.article_id), group_concat(DISTINCT a.outlet)
			FROM facts c JOIN articles a ON a.id = c.article_id
			WHERE c.claim_id IN (SELECT value FROM json_each(?))
			GROUP BY c.claim_id`, key)
		if err != nil {
			return nil, fmt.Errorf("claims: %w", err)
		}
		out := map[int64]web.Claim{}
		err = eachRow(rows, func() error {
			var id int64
			var c web.Claim
			var hosts string
			err := rows.Scan(&id, &c.Articles, &hosts)
			c.Outlets = web.OutletNames(hosts, outlets)
			out[id] = c
			return err
		})
		if err != nil {
			return nil, fmt.Errorf("claims: %w", err)
		}
		return out, nil
	}
	var v any
	var err error
	if len(ids) <= 100 {
		v, err = s.cached(ctx, "claims "+key, compute)
	} else {
		v, err = compute()
	}
	if err != nil {
		return nil, err
	}
	return v.(map[int64]web.Claim), nil
}

// jsonVerbatim reports whether s is written byte for byte inside a JSON
// string as encoding/json writes it: no quote, backslash, control
// character, <, >, & or line separator, which it escapes, and valid UTF-8.
func jsonVerbatim(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		switch {
		case r < 0x20, r == '"', r == '\\', r == '<', r == '>', r == '&', r == '\u2028', r == '\u2029':
			return false
		}
	}
	return true
}
