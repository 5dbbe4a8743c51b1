package crawl

import (
	"cmp"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"unicode/utf8"
)

// errNotAbsolute is the cause Canonical gives for a relative URL, or one
// without a host.
var errNotAbsolute = errors.New("not an absolute url with a host")

// MaxURLLength is the longest URL the crawler follows, in bytes. Browsers
// and servers stop near 8 KB; a longer URL is a trap or garbage, and would
// be kept whole in the queue, the pages, the failures and the log.
const MaxURLLength = 8192

// ErrURLTooLong is the reason for not following a URL longer than
// MaxURLLength.
var ErrURLTooLong = fmt.Errorf("url longer than %d bytes", MaxURLLength)

// shorten returns s cut to about n bytes, on a character boundary, with
// "…" and the length it had, for a message that quotes what a server sent.
func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return fmt.Sprintf("%s… (%d bytes)", s[:cut], len(s))
}

// trackingParams are query parameters that only say where a click came
// from; two URLs that differ only in them name the same page.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "msclkid": true, "yclid": true,
	"igshid": true, "mc_cid": true, "mc_eid": true, "_ga": true,
}

// Canonical returns the form of raw used to recognise the same page under
// different URLs: scheme and host in lower case, default port dropped,
// fragment dropped, utm_* and click-tracking parameters dropped and the
// rest of the query sorted (see canonicalQuery). It returns an error if raw
// is not an absolute URL with a host.
func Canonical(raw string) (string, error) {
	return canonical(raw, nil)
}

// canonical is Canonical that also drops the query parameters in drop
// (lower-case names).
func canonical(raw string, drop map[string]bool) (string, error) {
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
		u.RawQuery = canonicalQuery(u.RawQuery, drop)
	}
	return u.String(), nil
}

// canonicalQuery returns the raw query q without its tracking parameters
// (utm_*, trackingParams, and those in drop), its pairs sorted by name and
// value. It reads q itself, split on "&", because url.ParseQuery drops
// what it cannot parse: a pair with ";" (view.asp?id=1;page=2, the whole
// pair), or with a bad escape (%ZZ). Here every pair is kept: one that
// ParseQuery reads is written as url.Values.Encode writes it (a bare name,
// ?print, as "print="), as the crawler always has, so
// that its URL, and the key of the visited set made from it (visitKey),
// stay those of earlier runs; any other is kept as written. A pair is
// dropped by its decoded name, or its name as written if that does not
// decode.
func canonicalQuery(q string, drop map[string]bool) string {
	type pair struct{ name, value, text string }
	var pairs []pair
	for text := range strings.SplitSeq(q, "&") {
		if text == "" {
			continue
		}
		rawName, rawValue, _ := strings.Cut(text, "=")
		name, nameErr := url.QueryUnescape(rawName)
		if nameErr != nil {
			name = rawName
		}
		value, valueErr := url.QueryUnescape(rawValue)
		if valueErr != nil {
			value = rawValue
		}
		if n := strings.ToLower(name); strings.HasPrefix(n, "utm_") || trackingParams[n] || drop[n] {
			continue
		}
		if nameErr == nil && valueErr == nil && !strings.Contains(text, ";") {
			text = url.QueryEscape(name) + "=" + url.QueryEscape(value)
		}
		pairs = append(pairs, pair{name, value, text})
	}
	// By name, then value, as Encode sorts them; two pairs that read the
	// same and are written differently, by how they are written.
	slices.SortFunc(pairs, func(a, b pair) int {
		return cmp.Or(strings.Compare(a.name, b.name), strings.Compare(a.value, b.value), strings.Compare(a.text, b.text))
	})
	var b strings.Builder
	for i, p := range pairs {
		if i > 0 {
			b.WriteByte('&')
		}
		b.WriteString(p.text)
	}
	return b.String()
}
