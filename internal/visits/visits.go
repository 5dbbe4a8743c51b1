// Package visits keeps what one crawl run knows of colly's visited set
// without asking its database: the keys claimed by the fetches in flight,
// the answers Take read for the items it handed out, and the run's
// cookies. sqlite.Frontier and postgres.Frontier embed a Run and ask their
// database only for what it does not know.
package visits

import (
	"fmt"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"strings"
	"sync"

	"github.com/newsfacts/newsfacts"
)

// Run is a crawl run's in-memory share of the visited set. Its zero value
// is ready for Visited, Known and the others; Init must run before
// Cookies and SetCookies (colly calls it when the storage is set). It is
// safe for concurrent use.
type Run struct {
	mu sync.Mutex
	// claims are the keys colly has claimed and Done has not yet seen: the
	// fetches in flight. A claim matters only to its own run and is written
	// with the fetch's outcome, so the set stays as small as the number of
	// fetches at once.
	claims map[uint64]bool
	// checked holds, for the items Take handed out and the crawler has not
	// yet claimed, whether they are visited: as Take read it, or true once
	// another fetch answered for them (newsfacts.Outcome.AlsoDone).
	checked map[uint64]bool
	jar     *cookiejar.Jar
}

// Init implements colly's storage.Storage: it makes the run's cookie jar.
func (r *Run) Init() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.jar != nil {
		return nil
	}
	jar, err := cookiejar.New(nil)
	if err != nil {
		return fmt.Errorf("cookie jar: %w", err)
	}
	r.jar = jar
	return nil
}

// Visited implements colly's storage.Storage: it claims key k for this
// run. The claim is written by the store with the outcome of the fetch.
func (r *Run) Visited(k uint64) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.claims == nil {
		r.claims = make(map[uint64]bool)
	}
	r.claims[k] = true
	return nil
}

// Claimed reports whether k is claimed by a fetch in flight.
func (r *Run) Claimed(k uint64) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.claims[k]
}

// Known answers colly's visited check for k from memory, if it can: true
// for a key claimed by a fetch in flight, else what Take read for it (once:
// the answer is used up). known is false when the store must ask its
// database.
func (r *Run) Known(k uint64) (visited, known bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	visited, known = r.checked[k]
	delete(r.checked, k)
	if r.claims[k] {
		return true, true
	}
	return visited, known
}

// Checked records what Take read of the items it hands out: whether each
// of keys is visited (visited[i] for keys[i]).
func (r *Run) Checked(keys []uint64, visited []bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.checked == nil {
		r.checked = make(map[uint64]bool, len(keys))
	}
	for i, k := range keys {
		r.checked[k] = visited[i]
	}
}

// Forget drops what Checked recorded of keys, for a Take that failed.
func (r *Run) Forget(keys []uint64) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, k := range keys {
		delete(r.checked, k)
	}
}

// Done drops the claims of the fetches whose outcomes the store has
// recorded, and the answers of items taken and never claimed (robots.txt
// said no); an item taken and fetched since under another URL (AlsoDone)
// is visited from now on.
func (r *Run) Done(outcomes []newsfacts.Outcome) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, o := range outcomes {
		delete(r.claims, o.Item.Key)
		delete(r.checked, o.Item.Key)
		for _, k := range o.AlsoDone {
			if _, ok := r.checked[k]; ok {
				r.checked[k] = true
			}
		}
	}
}

// Cookies implements colly's storage.Storage.
func (r *Run) Cookies(u *url.URL) string {
	cs := r.jar.Cookies(u)
	lines := make([]string, len(cs))
	for i, c := range cs {
		lines[i] = c.String()
	}
	return strings.Join(lines, "\n")
}

// SetCookies implements colly's storage.Storage.
func (r *Run) SetCookies(u *url.URL, cookies string) {
	h := http.Header{"Set-Cookie": strings.Split(cookies, "\n")}
	r.jar.SetCookies(u, (&http.Response{Header: h}).Cookies())
}
