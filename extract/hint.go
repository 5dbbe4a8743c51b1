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

// hintWords maps one lowercase word of a class or id to what it says. Class
// and id values are split into words at non-letters and at lower-to-upper
// case changes ("detail-card-share-box", "articleBody"), so each entry
// names a whole word; compounds written as one word are listed as such.
var hintWords = map[string]hint{
	// Words naming the article body. They protect an element from weak
	// furniture words in the same value ("post-content has-tags").
	"article": hintContent, "articlebody": hintContent, "articletext": hintContent,
	"body": hintContent, "content": hintContent, "contents": hintContent,
	"entry": hintContent, "post": hintContent, "story": hintContent,
	"storybody": hintContent, "text": hintContent, "main": hintContent,
	"detail": hintContent, "news": hintContent, "blog": hintContent,
	"hentry": hintContent, "prose": hintContent, "richtext": hintContent,

	// Share, social and reaction widgets: buttons and counts, no prose.
	"share": hintJunk | hintStrong, "shares": hintJunk | hintStrong,
	"sharing": hintJunk | hintStrong, "sharebar": hintJunk | hintStrong,
	"sharetools": hintJunk | hintStrong, "social": hintJunk | hintStrong,
	"sns": hintJunk | hintStrong, "reaction": hintJunk | hintStrong,
	"reactions": hintJunk | hintStrong, "like": hintJunk, "likes": hintJunk,
	"rating": hintJunk, "vote": hintJunk, "emoticon": hintJunk,

	// Comment threads and their forms.
	"comment": hintJunk | hintStrong | hintComments, "comments": hintJunk | hintStrong | hintComments,
	"disqus": hintJunk | hintStrong | hintComments, "reply": hintJunk, "replies": hintJunk,

	// Lists of other articles: related, recommended, most read, rankings.
	"related": hintJunk | hintStrong, "recommend": hintJunk | hintStrong,
	"recommended": hintJunk | hintStrong, "recommendations": hintJunk | hintStrong,
	"trending": hintJunk | hintStrong, "popular": hintJunk | hintStrong,
	"mostread": hintJunk | hintStrong, "ranking": hintJunk | hintStrong,
	"outbrain": hintJunk | hintStrong, "taboola": hintJunk | hintStrong,
	"zergnet": hintJunk | hintStrong, "hotclick": hintJunk | hintStrong,
	"readmore": hintJunk, "more": hintWeakJunk, "also": hintWeakJunk,

	// Sign-up, subscription and paywall prompts.
	"newsletter": hintJunk | hintStrong, "subscribe": hintJunk | hintStrong,
	"subscription": hintJunk | hintStrong, "signup": hintJunk | hintStrong,
	"paywall": hintJunk | hintStrong, "login": hintJunk, "register": hintJunk,

	// Advertising.
	"ad": hintJunk | hintStrong, "ads": hintJunk | hintStrong,
	"advert": hintJunk | hintStrong, "advertisement": hintJunk | hintStrong,
	"advertising": hintJunk | hintStrong, "adslot": hintJunk | hintStrong,
	"adunit": hintJunk | hintStrong, "dfp": hintJunk | hintStrong,
	"sponsor": hintJunk | hintStrong, "sponsored": hintJunk | hintStrong,
	"promo": hintJunk, "promotion": hintJunk, "banner": hintJunk,
	"cta": hintJunk, // call-to-action boxes: donate, subscribe, follow

	// Navigation, menus, breadcrumbs, pagination.
	"nav": hintJunk | hintStrong, "navbar": hintJunk | hintStrong,
	"navigation": hintJunk | hintStrong, "menu": hintJunk | hintStrong,
	"breadcrumb": hintJunk | hintStrong, "breadcrumbs": hintJunk | hintStrong,
	"gnb": hintJunk | hintStrong, "lnb": hintJunk | hintStrong,
	"pagination": hintJunk, "pager": hintJunk, "skip": hintJunk,

	// Page header, footer and side columns.
	"footer": hintJunk | hintStrong, "copyright": hintJunk | hintStrong,
	"sidebar": hintJunk | hintStrong, "aside": hintJunk, "rail": hintJunk,
	"masthead": hintJunk | hintStrong, "widget": hintWeakJunk,

	// Tags and keyword lists.
	"tags": hintJunk, "tag": hintJunk, "tagcloud": hintJunk,
	"keywords": hintJunk, "hashtag": hintJunk,

	// Overlays, pop-ups and consent banners.
	"popup": hintJunk | hintStrong, "modal": hintJunk | hintStrong,
	"cookie": hintJunk | hintStrong, "consent": hintJunk | hintStrong,
	"gdpr": hintJunk | hintStrong, "overlay": hintJunk,

	// Read-aloud widgets and tip-off boxes (제보).
	"tts": hintJunk | hintStrong, "jebo": hintJunk | hintStrong,

	// Reporter boxes and bylines: kept out of the body, read as metadata.
	"byline": hintByline, "author": hintByline, "reporter": hintByline,
	"writer": hintByline, "journalist": hintByline, "bio": hintByline,
	"contributor": hintByline,

	// Captions and credits of photos.
	"caption": hintCaption, "figcaption": hintCaption, "credit": hintCaption,
	"credits": hintCaption, "photocredit": hintCaption,

	// Dates and headlines: metadata, not body.
	"date": hintDate, "dateline": hintWeakJunk, "timestamp": hintDate, "time": hintDate,
	"datestamp": hintDate,
	"headline":  hintTitle, "title": hintTitle,

	// Lowers a candidate's score without dropping it.
	"meta": hintWeakJunk, "tool": hintWeakJunk, "tools": hintWeakJunk,
	"toolbar": hintWeakJunk, "util": hintWeakJunk, "utility": hintWeakJunk,
	"contact": hintWeakJunk, "media": hintWeakJunk, "foot": hintWeakJunk,
}

// hiddenNames are whole class names that hide an element from sighted
// readers on screen: hidden copies, print-only copies, screen-reader text.
// Only whole names count: "field-label-hidden" hides a label, not the
// field, and Bootstrap's "hidden-xs" hides on phones only.
var hiddenNames = map[string]bool{
	"hide": true, "hidden": true, "is-hidden": true, "u-hidden": true,
	"js-hidden": true, "invisible": true, "blind": true, "offscreen": true,
	"sr-only": true, "sr_only": true, "screen-reader-text": true,
	"screen-reader-only": true, "visually-hidden": true, "visuallyhidden": true,
	"element-invisible": true, "print-only": true, "printonly": true,
	"only-print": true, "visible-print": true, "print_only": true, "d-none": true,
}

// hintPairs maps two adjacent words to what they say together.
var hintPairs = map[string]hint{
	"most read":    hintJunk | hintStrong, // "most read" lists
	"most viewed":  hintJunk | hintStrong,
	"most popular": hintJunk | hintStrong,
	"read more":    hintJunk,
	"artical btm":  hintJunk | hintStrong, // KBS's 제보 box (sic)
	"more stories": hintJunk | hintStrong,
	"you may":      hintJunk | hintStrong, // "you may also like"
}

// modifierWords precede a word that describes a state of the element rather
// than what it is: "has-sidebar", "no-comments", "with-share".
var modifierWords = map[string]bool{
	"has": true, "no": true, "with": true, "without": true, "show": true,
	"enable": true, "enabled": true, "disable": true, "is": true, "can": true,
}

// hintOf classifies n by the words of its class and id attributes. Each
// class name and the id are judged alone: one naming furniture
// ("article-share", "related-articles") is furniture even if it also has
// a content word, but an element that also carries a name made only of
// content words ("l-sidebar-fixed l-article-body-segment") keeps
// hintContent and so is not dropped as furniture.
func hintOf(n *html.Node) hint {
	var h hint
	for _, a := range n.Attr {
		if a.Namespace != "" || (a.Key != "class" && a.Key != "id") {
			continue
		}
		v := a.Val
		for v != "" {
			i := strings.IndexAny(v, " \t\n\r\f")
			tok := v
			if i >= 0 {
				tok, v = v[:i], v[i+1:]
			} else {
				v = ""
			}
			if tok == "" {
				continue
			}
			if len(tok) <= 24 && hiddenNames[strings.ToLower(tok)] {
				h |= hintHidden
				continue
			}
			h |= wordsHint(tok)
		}
	}
	return h
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
		for i < len(v) && !isWordByte(v[i]) {
			i++
		}
		start := i
		for i < len(v) && isWordByte(v[i]) {
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
			h |= hintPairs[string(pair[:k])]
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
	return tokenHint(h, last)
}

// tokenHint settles one class name's words: a furniture word wins over
// content words ("article-share", "related-articles"); otherwise a
// content word wins unless the name ends in a weak furniture word
// ("entry-meta" is metadata, "widget-theme-post-content" is the body).
func tokenHint(h, last hint) hint {
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

func isWordByte(c byte) bool { return isLower(c) || isUpper(c) }
func isLower(c byte) bool    { return c >= 'a' && c <= 'z' }
func isUpper(c byte) bool    { return c >= 'A' && c <= 'Z' }

// hintCache remembers the hints of elements with a class or id, so that
// the passes over a page judge each element's names once.
type hintCache map[*html.Node]hint

// get returns n's hint, computing it on first use.
func (c hintCache) get(n *html.Node) hint {
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
	if h, ok := c[n]; ok {
		return h
	}
	h := hintOf(n)
	c[n] = h
	return h
}
