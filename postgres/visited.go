package postgres

import (
	"fmt"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"strings"
)

// Init implements colly's storage.Storage.
func (f *Frontier) Init() error {
	if f.jar != nil {
		return nil
	}
	jar, err := cookiejar.New(nil)
	if err != nil {
		return fmt.Errorf("cookie jar: %w", err)
	}
	f.jar = jar
	return nil
}

// Visited implements colly's storage.Storage: it claims the request for
// this run. The claim is written with the outcome of the fetch.
func (f *Frontier) Visited(requestID uint64) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.claims[requestID] = true
	return nil
}

// Claim checks the visited set for the key k of a URL about to be fetched
// and, if it is not visited, claims it for this run. It reports whether k
// was visited.
func (f *Frontier) Claim(k uint64) (visited bool, err error) {
	if visited, err = f.IsVisited(k); err != nil || visited {
		return visited, err
	}
	return false, f.Visited(k)
}

// claimed reports whether k is claimed by a fetch in flight.
func (f *Frontier) claimed(k uint64) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.claims[k]
}

// IsVisited implements colly's storage.Storage. For an item handed out by
// Take, the answer is the one Take read, or true once another fetch
// answered for it.
func (f *Frontier) IsVisited(requestID uint64) (bool, error) {
	f.mu.Lock()
	claimed := f.claims[requestID]
	visited, checked := f.checked[requestID]
	delete(f.checked, requestID)
	f.mu.Unlock()
	switch {
	case claimed:
		return true, nil
	case checked:
		return visited, nil
	}
	if err := f.prepare(f.ctx); err != nil {
		return false, err
	}
	var n int
	err := f.db.pool.QueryRow(f.ctx, `
		SELECT count(*) FROM crawl_visited
		WHERE key = $3 AND (round_id = $1 OR (done_at IS NOT NULL AND revisit = 0 AND done_at >= $2))`,
		f.round, f.cutoff, key(requestID)).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("check visit: %w", err)
	}
	return n > 0, nil
}

// Cookies implements colly's storage.Storage.
func (f *Frontier) Cookies(u *url.URL) string {
	cs := f.jar.Cookies(u)
	lines := make([]string, len(cs))
	for i, c := range cs {
		lines[i] = c.String()
	}
	return strings.Join(lines, "\n")
}

// SetCookies implements colly's storage.Storage.
func (f *Frontier) SetCookies(u *url.URL, cookies string) {
	h := http.Header{"Set-Cookie": strings.Split(cookies, "\n")}
	f.jar.SetCookies(u, (&http.Response{Header: h}).Cookies())
}
