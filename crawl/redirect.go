package crawl

import (
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"
)

// Errors for a redirect the crawler does not follow.
var (
	ErrRedirectLoop     = errors.New("redirect loop")
	ErrTooManyRedirects = errors.New("too many redirects")
	ErrOffSiteRedirect  = errors.New("redirect off the source's hosts")
)

// maxRedirects is the longest redirect chain followed, as net/http's.
const maxRedirects = 10

// checkRedirect is the client's redirect policy. It stops loops (a URL met
// again, except one immediate redirect to itself, which sites use to set a
// cookie), long chains, URLs longer than MaxURLLength, and redirects off
// the hosts of the source or to a URL robots.txt disallows.
func (cr *crawler) checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) >= maxRedirects {
		return fmt.Errorf("%w: %d", ErrTooManyRedirects, len(via))
	}
	to := req.URL.String()
	if len(to) > MaxURLLength {
		return fmt.Errorf("%w: redirect to %s", ErrURLTooLong, shorten(to, 200))
	}
	seen := 0
	for _, v := range via {
		if v.URL.String() == to {
			seen++
		}
	}
	if seen > 1 || (seen == 1 && via[len(via)-1].URL.String() != to) {
		chain := make([]string, 0, len(via)+1)
		for _, v := range via {
			chain = append(chain, v.URL.String())
		}
		return fmt.Errorf("%w: %s", ErrRedirectLoop, strings.Join(append(chain, to), " → "))
	}
	src := cr.sources[hostKey(via[0].URL)]
	if src == nil || !slices.Contains(src.Hosts, hostKey(req.URL)) {
		return fmt.Errorf("%w: %s", ErrOffSiteRedirect, to)
	}
	rb, err := cr.robots.get(req.Context(), req.URL)
	if err != nil {
		return err
	}
	if rb.err != nil {
		return &robotsUnavailableError{to: req.URL, rb: rb}
	}
	if !rb.allowed(req.URL) {
		return fmt.Errorf("redirect to %s: %w", to, ErrRobotsDisallowed)
	}
	return nil
}

// robotsRedirect is the redirect policy of robots.txt requests: RFC 9309
// asks crawlers to follow at least five.
func robotsRedirect(req *http.Request, via []*http.Request) error {
	if len(via) >= 5 {
		return fmt.Errorf("%w: %d", ErrTooManyRedirects, len(via))
	}
	return nil
}
