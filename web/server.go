package web

import (
	"bytes"
	"context"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"time"
)

//go:embed templates/*.html templates/*.css
var files embed.FS

// Bounds of what one request may ask for.
const (
	searchPageSize = 20
	factPageSize   = 50
	maxPage        = 200     // pages of a listing reachable by number
	MaxDownload    = 100_000 // rows of one CSV download
	dailyDays      = 31      // days of the per-day charts
)

// Options configure a Server.
type Options struct {
	// Timeout bounds the queries of one request (a download gets four
	// times as long); 0 means 5 seconds.
	Timeout time.Duration
	// Logger receives the errors of requests; nil means slog.Default().
	Logger *slog.Logger
}

// Server is the read-only web view: an http.Handler with a route per page
// and none that writes. Only GET and HEAD are served; any other method is
// answered 405 before reaching the store.
type Server struct {
	store   Store
	timeout time.Duration
	log     *slog.Logger
	pages   map[string]*template.Template
	css     []byte
	mux     *http.ServeMux
}

// New returns a Server over store. It returns an error only when the
// embedded templates do not parse.
func New(store Store, opts Options) (*Server, error) {
	s := &Server{store: store, timeout: opts.Timeout, log: opts.Logger, pages: map[string]*template.Template{}}
	if s.timeout <= 0 {
		s.timeout = 5 * time.Second
	}
	if s.log == nil {
		s.log = slog.Default()
	}
	base, err := template.New("").Funcs(funcs).ParseFS(files, "templates/layout.html", "templates/chart.html")
	if err != nil {
		return nil, fmt.Errorf("templates: %w", err)
	}
	for _, name := range []string{"home.html", "search.html", "facts.html", "article.html", "fetch.html", "error.html"} {
		t, err := template.Must(base.Clone()).ParseFS(files, "templates/"+name)
		if err != nil {
			return nil, fmt.Errorf("templates: %w", err)
		}
		s.pages[name] = t
	}
	if s.css, err = fs.ReadFile(files, "templates/style.css"); err != nil {
		return nil, fmt.Errorf("templates: %w", err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.home)
	mux.HandleFunc("GET /search", s.search)
	mux.HandleFunc("GET /facts", s.facts)
	mux.HandleFunc("GET /facts.csv", s.factsCSV)
	mux.HandleFunc("GET /articles/{id}", s.article)
	mux.HandleFunc("GET /fetches/{id}", s.fetch)
	mux.HandleFunc("GET /style.css", s.style)
	s.mux = mux
	return s, nil
}

// ServeHTTP answers GET and HEAD requests; other methods get 405.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		h.Set("Allow", "GET, HEAD")
		http.Error(w, "this view is read-only", http.StatusMethodNotAllowed)
		return
	}
	s.mux.ServeHTTP(w, r)
}

// queryContext bounds a request's queries in time.
func (s *Server) queryContext(r *http.Request, factor int) (context.Context, context.CancelFunc) {
	return context.WithTimeout(r.Context(), time.Duration(factor)*s.timeout)
}

// render executes a page into a buffer first, so that a template error is
// a clean 500 rather than half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, data any) {
	var b bytes.Buffer
	if err := s.pages[name].ExecuteTemplate(&b, "layout", data); err != nil {
		s.log.Error("render", "page", name, "url", r.URL.String(), "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(b.Bytes())
}

// fail answers with the status err deserves and a short page saying why.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	status, msg := http.StatusInternalServerError, "Something went wrong; the server's log says what."
	var pe *ParamError
	switch {
	case errors.As(err, &pe):
		status, msg = http.StatusBadRequest, pe.Error()
	case errors.Is(err, ErrNotFound):
		status, msg = http.StatusNotFound, "There is no such page."
	case errors.Is(err, ErrColumn):
		status, msg = http.StatusBadRequest, err.Error()
	case errors.Is(err, context.DeadlineExceeded):
		status, msg = http.StatusServiceUnavailable, "The query took too long. Narrow it down and try again."
	case r.Context().Err() != nil:
		return // the client went away
	}
	if status >= 500 {
		s.log.Error("request", "url", r.URL.String(), "err", err)
	}
	s.render(w, r, status, "error.html", page{Title: http.StatusText(status), Data: msg})
}

// page is what every template gets: its title, the active tab, and its
// own data.
type page struct {
	Title string
	Tab   string
	Data  any
}

func (s *Server) style(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/css; charset=utf-8")
	w.Header().Set("Cache-Control", "max-age=3600")
	w.Write(s.css)
}

// funcs are the templates' helpers.
var funcs = template.FuncMap{
	"marked":  marked,
	"korean":  korean,
	"won":     formatWon,
	"add":     func(a, b int) int { return a + b },
	"percent": func(f float64) string { return fmt.Sprintf("%.0f%%", 100*f) },
}
