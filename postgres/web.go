package postgres

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/newsfacts/newsfacts/web"
)

// WebStore answers the web view's queries (web.Store) on a pool whose
// sessions are read-only (default_transaction_read_only): the server
// refuses any write, whatever a query says. It keeps chart series and the
// list of outlets until a write on the server ends (webcache.go).
type WebStore struct {
	pool  *pgxpool.Pool
	cache chartCache
}

var _ web.Store = (*WebStore)(nil)

// ErrOldSchema is wrapped by OpenWeb's error for a database that lacks
// migrations of this build: run crawl or extract on it once.
var ErrOldSchema = errors.New("database schema is older than this build's")

// OpenWeb connects read-only to the database url names, for the web view.
// It migrates nothing, and returns an error wrapping ErrOldSchema when the
// database lacks some of this build's migrations.
func OpenWeb(ctx context.Context, url string) (*WebStore, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("open database: %w", redact(err))
	}
	cfg.ConnConfig.RuntimeParams["application_name"] = "newsfacts-serve"
	cfg.ConnConfig.RuntimeParams["default_transaction_read_only"] = "on"
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("open database: %w", redact(err))
	}
	names, err := migrationNames()
	if err == nil {
		err = checkApplied(ctx, pool, names)
	}
	if err != nil {
		pool.Close()
		return nil, err
	}
	return &WebStore{pool: pool}, nil
}

// checkApplied returns an error wrapping ErrOldSchema when one of names is
// not recorded in the migrations table, and a *newsfacts.NewerSchemaError
// when the table records one that names lacks: a newer build migrated it.
func checkApplied(ctx context.Context, pool *pgxpool.Pool, names []string) error {
	rows, err := pool.Query(ctx, `SELECT name FROM migrations`)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrOldSchema, redact(err))
	}
	applied, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return fmt.Errorf("%w: %w", ErrOldSchema, err)
	}
	if err := newerThan(applied, names); err != nil {
		return err
	}
	have := map[string]bool{}
	for _, n := range applied {
		have[n] = true
	}
	for _, n := range names {
		if !have[n] {
			return fmt.Errorf("%w: %s not applied", ErrOldSchema, n)
		}
	}
	return nil
}

// Close closes the pool.
func (s *WebStore) Close() error {
	s.pool.Close()
	return nil
}

// factColumns maps web.Cond and web.FactQuery.Sort column names to SQL,
// as the SQLite store's do; only these names reach SQL text.
var factColumns = map[string]string{
	"fact_id":     "f.id",
	"article_id":  "f.article_id",
	"seq":         "f.seq",
	"date":        "a.published_date_kst",
	"published":   "a.published_utc",
	"outlet":      "a.outlet",
	"outlet_name": "a.outlet_name",
	"kind":        "f.kind",
	"currency":    "f.currency",
	"unit":        "f.unit",
	"value":       "f.value",
	"approx":      "f.approx",
	"role":        "f.role",
	"agent":       "f.agent",
	"purpose":     "f.purpose",
	"per":         "f.per",
	"claim_id":    "f.claim_id",
	"amount_lo":   "coalesce(f.min, f.value)",
	"amount_hi":   "coalesce(f.max, f.value)",
}

// listColumns maps the names of web.Cond's list columns (jsonb arrays),
// which web.OpHas looks into, to their SQL.
var listColumns = map[string]string{
	"context_words": "f.context_words",
}

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
			col, ok := listColumns[c.Column]
			s, isString := c.Value.(string)
			if !ok || !isString {
				return "", fmt.Errorf("condition %q on %q: %w", c.Op, c.Column, web.ErrColumn)
			}
			// "<> '[]'" lets the planner use the partial index facts_context_words.
			parts = append(parts, "("+col+" <> '[]' AND "+col+" @> jsonb_build_array("+a.add(s)+"::text))")
			continue
		}
		col, ok := factColumns[c.Column]
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
	col, ok := factColumns[q.Sort]
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

// onArticle reports whether a condition is on a column of the article.
func onArticle(conds []web.Cond) bool {
	for _, c := range conds {
		if strings.HasPrefix(factColumns[c.Column], "a.") {
			return true
		}
	}
	return false
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
	if !onArticle(q.Conds) {
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
	for len(ids) > 0 {
		n := min(500, len(ids))
		if err := s.factRows(ctx, ids[:n], fn); err != nil {
			return err
		}
		ids = ids[n:]
	}
	return nil
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
	for _, id := range ids {
		if r, ok := byID[id]; ok {
			c := claims[r.ClaimID]
			r.ClaimArticles, r.ClaimOutlets = c.Articles, c.Outlets
			if err := fn(r); err != nil {
				return err
			}
		}
	}
	return nil
}

// claimsOf returns what the view shows of the claims of rows: how many
// articles report each and in which outlets, in one query, kept as the
// charts are when they are a page's (100 claims or fewer).
func (s *WebStore) claimsOf(ctx context.Context, rows map[int64]web.FactRow) (map[int64]web.Claim, error) {
	var ids []int64
	for _, r := range rows {
		if r.ClaimID != 0 {
			ids = append(ids, r.ClaimID)
		}
	}
	if len(ids) == 0 {
		return nil, nil
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
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
	var out []web.Hit
	for rows.Next() {
		var h web.Hit
		var text string
		if err := rows.Scan(&h.ArticleID, &h.Date, &h.Outlet, &h.OutletName, &h.Title, &text, &h.FactCount); err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
		h.Passage = web.Passage(text, q.Terms, 60)
		out = append(out, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	return out, nil
}

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
	w, err := a.where(append([]web.Cond{
		{Column: "kind", Op: web.OpEq, Value: "money"},
		{Column: "currency", Op: web.OpEq, Value: "KRW"},
	}, conds...))
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
	w, err := a.where(append([]web.Cond{
		{Column: "kind", Op: web.OpEq, Value: "money"},
		{Column: "currency", Op: web.OpEq, Value: "KRW"},
	}, conds...))
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
	var out []web.Series
	index := map[string]int{}
	for rows.Next() {
		var label, name string
		var v float64
		if err := rows.Scan(&label, &name, &v); err != nil {
			return nil, fmt.Errorf("chart: %w", err)
		}
		i, ok := index[name]
		if !ok {
			i = len(out)
			index[name] = i
			out = append(out, web.Series{Name: name})
		}
		out[i].Points = append(out[i].Points, web.Point{Label: label, Value: v})
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("chart: %w", err)
	}
	return out, nil
}

// Outlets lists the host names that have articles, with their names,
// kept as the charts are.
func (s *WebStore) Outlets(ctx context.Context) ([]web.Outlet, error) {
	v, err := s.cached(ctx, "outlets", func(q reader) (any, error) { return outlets(ctx, q) })
	if err != nil {
		return nil, err
	}
	return v.([]web.Outlet), nil
}

func outlets(ctx context.Context, q reader) ([]web.Outlet, error) {
	rows, err := q.Query(ctx, `SELECT outlet, max(outlet_name) FROM articles GROUP BY outlet ORDER BY outlet`)
	if err != nil {
		return nil, fmt.Errorf("outlets: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (web.Outlet, error) {
		var o web.Outlet
		err := r.Scan(&o.Host, &o.Name)
		return o, err
	})
	if err != nil {
		return nil, fmt.Errorf("outlets: %w", err)
	}
	return out, nil
}

// Article returns the article id with its facts.
func (s *WebStore) Article(ctx context.Context, id int64) (*web.Article, error) {
	var a web.Article
	var published *string
	err := s.pool.QueryRow(ctx, `
		SELECT id, page_id, url, outlet, outlet_name, title, byline, published_at,
		       coalesce(published_date_kst, ''), section, text
		FROM articles WHERE id = $1`, id).Scan(&a.ID, &a.PageID, &a.URL, &a.Outlet, &a.OutletName, &a.Title,
		&a.Byline, &published, &a.Date, &a.Section, &a.Text)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, fmt.Errorf("article %d: %w", id, web.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("article %d: %w", id, err)
	}
	if published != nil {
		a.PublishedAt = *published
	}
	err = s.EachFact(ctx, web.FactQuery{
		Conds: []web.Cond{{Column: "article_id", Op: web.OpEq, Value: id}},
		Sort:  "seq", Limit: -1,
	}, func(r web.FactRow) error {
		a.Facts = append(a.Facts, r)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("article %d: %w", id, err)
	}
	return &a, nil
}

// Fetch returns the page row id without its body.
func (s *WebStore) Fetch(ctx context.Context, id int64) (*web.Fetch, error) {
	var f web.Fetch
	var run *int64
	err := s.pool.QueryRow(ctx, `
		SELECT id, url, requested_url, final_url, status, content_type, fetched_at, content_hash,
		       length(body), body_encoding, run_id
		FROM pages WHERE id = $1`, id).Scan(&f.ID, &f.URL, &f.RequestedURL, &f.FinalURL, &f.Status,
		&f.ContentType, &f.FetchedAt, &f.ContentHash, &f.StoredBytes, &f.Encoding, &run)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, fmt.Errorf("fetch %d: %w", id, web.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("fetch %d: %w", id, err)
	}
	if run != nil {
		f.RunID = *run
	}
	return &f, nil
}

// Health reads the outlet_health view's latest day per outlet, kept as
// the charts are.
func (s *WebStore) Health(ctx context.Context) ([]web.Health, error) {
	v, err := s.cached(ctx, "health", func(q reader) (any, error) { return health(ctx, q) })
	if err != nil {
		return nil, err
	}
	return v.([]web.Health), nil
}

func health(ctx context.Context, q reader) ([]web.Health, error) {
	rows, err := q.Query(ctx, `
		SELECT h.outlet, h.outlet_name, h.day, h.pages::int, h.article_share::float8, h.published_share::float8,
		       h.byline_share::float8, h.fact_share::float8, h.median_chars::float8, h.no_article_reasons
		FROM (SELECT *, row_number() OVER (PARTITION BY outlet ORDER BY day DESC) AS latest FROM outlet_health) h
		WHERE h.latest = 1
		ORDER BY h.outlet`)
	if err != nil {
		return nil, fmt.Errorf("outlet health: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (web.Health, error) {
		var h web.Health
		err := r.Scan(&h.Outlet, &h.OutletName, &h.Day, &h.Pages, &h.ArticleShare, &h.PublishedShare, &h.BylineShare,
			&h.FactShare, &h.MedianChars, &h.NoArticleReasons)
		return h, err
	})
	if err != nil {
		return nil, fmt.Errorf("outlet health: %w", err)
	}
	return out, nil
}
