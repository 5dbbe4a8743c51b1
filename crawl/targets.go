package crawl

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
)

// runTargets is what crawl_runs.targets records: the targets, and the
// sources by name.
func runTargets(targets []string, sources []Source) []string {
	out := slices.Clone(targets)
	for _, s := range sources {
		out = append(out, "source:"+s.Name)
	}
	return out
}

// withTargets returns the sources to crawl: the configured ones, with each
// http(s) target added to the start pages of the source that owns its host,
// or else to a source of its own, named after the host, that follows links
// on that host only and reads no robots.txt sitemaps.
func withTargets(configured []Source, web []*url.URL) ([]*Source, error) {
	var out []*Source
	byHost := map[string]*Source{}
	for i := range configured {
		s := configured[i] // a copy: the caller's config is not changed
		s.Start = slices.Clone(s.Start)
		if s.articles == nil && s.drop == nil {
			if err := s.init(); err != nil {
				return nil, fmt.Errorf("source %q: %w", s.Name, err)
			}
		}
		out = append(out, &s)
		for _, h := range s.Hosts {
			byHost[h] = &s
		}
	}
	no := false
	for _, u := range web {
		c, err := Canonical(u.String())
		if err != nil {
			return nil, fmt.Errorf("target %q: %w", u, err)
		}
		host := hostKey(u)
		if s := byHost[host]; s != nil {
			s.Start = append(s.Start, c)
			continue
		}
		s := &Source{Name: host, Start: []string{c}, Hosts: []string{host}, RobotsSitemaps: &no, adhoc: true}
		if err := s.init(); err != nil {
			return nil, fmt.Errorf("target %q: %w", u, err)
		}
		byHost[host] = s
		out = append(out, s)
	}
	return out, nil
}

// splitTargets sorts targets into web URLs and local paths, and rejects
// anything else.
func splitTargets(targets []string) (web []*url.URL, local []string, err error) {
	for _, t := range targets {
		switch {
		case len(t) > MaxURLLength:
			return nil, nil, fmt.Errorf("target %q: %w", shorten(t, 200), ErrURLTooLong)
		case strings.HasPrefix(t, "http://") || strings.HasPrefix(t, "https://"):
			u, err := url.Parse(t)
			if err != nil || u.Host == "" {
				return nil, nil, fmt.Errorf("target %q: not a valid URL", t)
			}
			web = append(web, u)
		case strings.HasPrefix(t, "file://"):
			u, err := url.Parse(t)
			if err != nil || u.Path == "" {
				return nil, nil, fmt.Errorf("target %q: not a valid file URL", t)
			}
			local = append(local, u.Path)
		case strings.Contains(t, "://"):
			return nil, nil, fmt.Errorf("target %q: unsupported scheme (want http, https, file or a path)", t)
		default:
			local = append(local, t)
		}
	}
	return web, local, nil
}
