package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// hint is what an element's class and id say about it, as bit flags.
type hint uint32

const (
	hintContent  hint = 1 << iota // names the article body: article, content, story …
	hintJunk                      // page furniture: share, related, footer, ad …
	hintStrong                    // furniture even when a content word is present
	hintHidden                    // hidden from readers: hide, sr-only …
	hintCaption                   // photo caption or credit
	hintByline                    // reporter, author box
	hintDate                      // date or time line
	hintTitle                     // headline
	hintWeakJunk                  // lowers the score but drops nothing: meta, tools …
	hintComments                  // reader comments, never the article however long
)

// hintOf classifies n by the words of its class and id attributes. Each
// class name and the id are judged alone: one naming furniture
// ("article-share", "related-articles") is furniture even if it also has
// a content word, but an element that also carries a name made only of
// content words ("l-sidebar-fixed l-article-body-segment") keeps
// hintContent and so is not dropped as furniture.
func hintOf(n *html.Node) hint { return hintOfWith(n, tokenHint) }

// hintOfWith is hintOf judging each name with judge.
func hintOfWith(n *html.Node, judge func(tok string) hint) hint {
	var h hint
	for _, a := range n.Attr {
		if a.Namespace != "" || (a.Key != "class" && a.Key != "id") {
			continue
		}
		// Split at HTML white space with a byte loop: strings.IndexAny
		// builds its set of bytes anew on every call.
		v := a.Val
		start := 0
		for i := 0; i <= len(v); i++ {
			if i < len(v) && !isHTMLSpace(v[i]) {
				continue
			}
			if i > start {
				h |= judge(v[start:i])
			}
			start = i + 1
		}
	}
	return h
}

// tokenHint judges one class name or id.
func tokenHint(tok string) hint {
	if len(tok) <= 24 && hiddenNames[strings.ToLower(tok)] {
		return hintHidden
	}
	return wordsHint(tok)
}

// wordsHint splits v into words and ors their hints, skipping the word
// after a modifier. It does not allocate for words up to 32 bytes.
func wordsHint(v string) hint {
	var h hint
	var buf [32]byte
	var prev [32]byte
	var pair [48]byte
	var last hint
	prevLen := 0
	skip := false
	i := 0
	for i < len(v) {
		// Skip separators.
		for i < len(v) && !isClassLetter(v[i]) {
			i++
		}
		start := i
		for i < len(v) && isClassLetter(v[i]) {
			// Split at a lower-to-upper change: articleBody.
			if i > start && isUpper(v[i]) && isLower(v[i-1]) {
				break
			}
			i++
		}
		if start == i {
			continue
		}
		w := v[start:i]
		if len(w) > len(buf) {
			skip = false
			continue
		}
		lw := buf[:len(w)]
		for j := 0; j < len(w); j++ {
			c := w[j]
			if isUpper(c) {
				c += 'a' - 'A'
			}
			lw[j] = c
		}
		if prevLen > 0 && prevLen+1+len(lw) <= len(pair) {
			k := copy(pair[:], prev[:prevLen])
			pair[k] = ' '
			k += 1 + copy(pair[k+1:], lw)
			if ph := hintPairs[string(pair[:k])]; ph != 0 {
				// A pair speaks for the name as its last word does.
				h |= ph
				last = ph
			}
		}
		prevLen = copy(prev[:], lw)
		if skip {
			skip = false
			continue
		}
		if modifierWords[string(lw)] {
			skip = true
			continue
		}
		if wh := hintWords[string(lw)]; wh != 0 {
			h |= wh
			last = wh
		}
	}
	return settleHint(h, last)
}

// settleHint settles one class name's words: a furniture word wins over
// content words ("article-share", "related-articles"); otherwise a
// content word wins unless the name ends in a weak furniture word
// ("entry-meta" is metadata, "widget-theme-post-content" is the body).
func settleHint(h, last hint) hint {
	const other = hintJunk | hintByline | hintCaption | hintDate | hintTitle
	switch {
	case h&other != 0:
		return h &^ hintContent
	case h&hintContent != 0 && last&hintWeakJunk != 0:
		return h &^ hintContent
	case h&hintContent != 0:
		return h &^ hintWeakJunk
	}
	return h
}

// isHTMLSpace reports the bytes that separate class names.
func isHTMLSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

func isClassLetter(c byte) bool { return isLower(c) || isUpper(c) }
func isLower(c byte) bool       { return c >= 'a' && c <= 'z' }
func isUpper(c byte) bool       { return c >= 'A' && c <= 'Z' }

// hintCache remembers the hints of elements with a class or id, so that
// the passes over a page judge each element's names once, and the hint of
// each name, so that the many elements of a page that share a name
// ("nav-item", "swiper-slide") judge it once.
type hintCache struct {
	nodes  map[*html.Node]hint
	tokens map[string]hint
}

// newHintCache returns an empty cache sized for about size elements.
func newHintCache(size int) *hintCache {
	return &hintCache{nodes: make(map[*html.Node]hint, size), tokens: make(map[string]hint, size/4)}
}

// get returns n's hint, computing it on first use.
func (c *hintCache) get(n *html.Node) hint {
	named := false
	for _, a := range n.Attr {
		if a.Key == "class" || a.Key == "id" {
			named = true
			break
		}
	}
	if !named {
		return 0
	}
	if h, ok := c.nodes[n]; ok {
		return h
	}
	h := hintOfWith(n, c.token)
	c.nodes[n] = h
	return h
}

// maxTokens bounds the names a hintCache remembers, so that a hostile
// page of a million names in one attribute costs no more memory than it
// did before names were remembered.
const maxTokens = 4096

// token returns tokenHint(tok), computing it on first use.
func (c *hintCache) token(tok string) hint {
	if h, ok := c.tokens[tok]; ok {
		return h
	}
	h := tokenHint(tok)
	if len(c.tokens) < maxTokens {
		c.tokens[tok] = h
	}
	return h
}

// forget drops n's hint, for an element whose class changed.
func (c *hintCache) forget(n *html.Node) { delete(c.nodes, n) }
