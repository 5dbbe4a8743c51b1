package crawl

import (
	"errors"
	"net/url"
	"sort"
	"strings"
)

// errNotAbsolute is the cause Canonical gives for a relative URL, or one
// without a host.
var errNotAbsolute = errors.New("not an absolute url with a host")

// trackingParams are query parameters that only say where a click came
// from; two URLs that differ only in them name the same page.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "msclkid": true, "yclid": true,
	"igshid": true, "mc_cid": true, "mc_eid": true, "_ga": true,
}

// Canonical returns the form of raw used to recognise the same page under
// different URLs: scheme and host in lower case, default port dropped,
// fragment dropped, utm_* and click-tracking parameters dropped and the
// rest of the query sorted. It returns an error if raw is not an absolute
// URL with a host.
func Canonical(raw string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return "", err
	}
	if !u.IsAbs() || u.Host == "" {
		return "", &url.Error{Op: "canonical", URL: raw, Err: errNotAbsolute}
	}
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Host)
	if p := u.Port(); (p == "80" && u.Scheme == "http") || (p == "443" && u.Scheme == "https") {
		u.Host = strings.TrimSuffix(u.Host, ":"+p) // not Hostname: an IPv6 host keeps its brackets
	}
	u.Fragment, u.RawFragment = "", ""
	if u.Path == "" && u.Host != "" {
		u.Path = "/"
	}
	if u.RawQuery != "" {
		q := u.Query()
		for k := range q {
			if strings.HasPrefix(strings.ToLower(k), "utm_") || trackingParams[strings.ToLower(k)] {
				delete(q, k)
			}
		}
		for _, v := range q {
			sort.Strings(v)
		}
		u.RawQuery = q.Encode() // Encode sorts by key
	}
	return u.String(), nil
}
