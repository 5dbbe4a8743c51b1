package crawl

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"regexp"

	"github.com/gocolly/colly/v2"
)

// newCollector builds the colly collector with every option in view. colly
// checks the allowed hosts, keeps cookies (in front, for the run) and
// holds one LimitRule per host; the crawler's client does the rest. The
// visited set is checked by the crawler, before it asks colly (fetch).
func newCollector(ctx context.Context, cfg Config, front Frontier, client *http.Client, hosts []hostSlot) (*colly.Collector, error) {
	names := make([]string, 0, len(hosts))
	for _, h := range hosts {
		names = append(names, (&url.URL{Host: h.host}).Hostname()) // colly compares host names, without port
	}
	c := colly.NewCollector(
		colly.UserAgent(cfg.UserAgent),
		colly.AllowedDomains(names...),
		// The transport fails a body over the limit, where colly would
		// silently truncate it: no limit here.
		colly.MaxBodySize(0),
		colly.StdlibContext(ctx),
		// The crawler checks and claims each URL in the visited set
		// itself, with what Take read of it (Frontier.Claim),
		// under the key colly would use (visitKey): colly would hash the
		// URL once more, with a second WHATWG parse.
		colly.AllowURLRevisit(),
	)
	// robots.txt is obeyed, by robots.go rather than by colly: see robots.
	c.IgnoreRobotsTxt = true
	// Our transport, redirect policy and no overall timeout: the transport
	// bounds each attempt. SetStorage comes after SetClient, so that colly
	// keeps the client's cookies in the frontier.
	c.SetClient(client)
	if err := c.SetStorage(front); err != nil {
		return nil, fmt.Errorf("visited set: %w", err)
	}
	// One rule per host: a rule whose pattern matches several hosts gives
	// them one shared pool of slots. colly matches rules against the
	// request's host with its port. The delay is the pacer's job.
	for _, h := range hosts {
		rule := &colly.LimitRule{DomainRegexp: "^" + regexp.QuoteMeta(h.host) + "$", Parallelism: h.parallel}
		if err := c.Limit(rule); err != nil {
			return nil, fmt.Errorf("limit rule for %s: %w", h.host, err)
		}
	}
	return c, nil
}
