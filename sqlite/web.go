package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"

	"github.com/newsfacts/newsfacts/web"
)

// WebStore answers the web view's queries (web.Store) over a read-only
// connection, such as one OpenReadOnly opened. It never writes. It keeps
// chart series until the database changes; Close releases the connection
// it keeps for that.
type WebStore struct {
	q      *sql.DB
	cache  chartCache
	connMu sync.Mutex
	conn   *sql.Conn
}

// NewWebStore returns a WebStore reading db.
func NewWebStore(db *sql.DB) *WebStore { return &WebStore{q: db} }

var _ web.Store = (*WebStore)(nil)

// Outlets lists the host names that have articles, with their names,
// kept until the database changes, as the charts are.
func (s *WebStore) Outlets(ctx context.Context) ([]web.Outlet, error) {
	v, err := s.cached(ctx, "outlets", func() (any, error) { return s.outlets(ctx) })
	if err != nil {
		return nil, err
	}
	return v.([]web.Outlet), nil
}

func (s *WebStore) outlets(ctx context.Context) ([]web.Outlet, error) {
	rows, err := s.q.QueryContext(ctx, `SELECT outlet, max(outlet_name) FROM articles GROUP BY outlet ORDER BY outlet`)
	if err != nil {
		return nil, fmt.Errorf("outlets: %w", err)
	}
	defer rows.Close()
	var out []web.Outlet
	for rows.Next() {
		var o web.Outlet
		if err := rows.Scan(&o.Host, &o.Name); err != nil {
			return nil, fmt.Errorf("outlets: %w", err)
		}
		out = append(out, o)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("outlets: %w", err)
	}
	return out, nil
}

// Article returns the article id with its facts.
func (s *WebStore) Article(ctx context.Context, id int64) (*web.Article, error) {
	var a web.Article
	var published sql.NullString
	err := s.q.QueryRowContext(ctx, `
		SELECT id, page_id, url, outlet, outlet_name, title, byline, published_at,
		       coalesce(published_date_kst, ''), section, text
		FROM articles WHERE id = ?`, id).Scan(&a.ID, &a.PageID, &a.URL, &a.Outlet, &a.OutletName, &a.Title,
		&a.Byline, &published, &a.Date, &a.Section, &a.Text)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("article %d: %w", id, web.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("article %d: %w", id, err)
	}
	a.PublishedAt = published.String
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
	err := s.q.QueryRowContext(ctx, `
		SELECT id, url, requested_url, final_url, status, content_type, fetched_at, content_hash,
		       length(body), body_encoding, coalesce(run_id, 0)
		FROM pages WHERE id = ?`, id).Scan(&f.ID, &f.URL, &f.RequestedURL, &f.FinalURL, &f.Status,
		&f.ContentType, &f.FetchedAt, &f.ContentHash, &f.StoredBytes, &f.Encoding, &f.RunID)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("fetch %d: %w", id, web.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("fetch %d: %w", id, err)
	}
	return &f, nil
}

// Health reads the outlet_health view's latest day per outlet, kept until
// the database changes.
func (s *WebStore) Health(ctx context.Context) ([]web.Health, error) {
	v, err := s.cached(ctx, "health", func() (any, error) { return s.health(ctx) })
	if err != nil {
		return nil, err
	}
	return v.([]web.Health), nil
}

func (s *WebStore) health(ctx context.Context) ([]web.Health, error) {
	rows, err := s.q.QueryContext(ctx, `
		SELECT h.outlet, h.outlet_name, h.day, h.pages, h.article_share, h.published_share, h.byline_share, h.fact_share,
		       h.median_chars, h.no_article_reasons
		FROM (SELECT *, row_number() OVER (PARTITION BY outlet ORDER BY day DESC) AS latest FROM outlet_health) h
		WHERE h.latest = 1
		ORDER BY h.outlet`)
	if err != nil {
		return nil, fmt.Errorf("outlet health: %w", err)
	}
	var out []web.Health
	err = eachRow(rows, func() error {
		var h web.Health
		err := rows.Scan(&h.Outlet, &h.OutletName, &h.Day, &h.Pages, &h.ArticleShare, &h.PublishedShare, &h.BylineShare,
			&h.FactShare, &h.MedianChars, &h.NoArticleReasons)
		out = append(out, h)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("outlet health: %w", err)
	}
	return out, nil
}
