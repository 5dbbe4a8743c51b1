package postgres

import (
	"context"
	"errors"
	"fmt"

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
