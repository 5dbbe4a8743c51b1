package extract

import (
	"strconv"
	"strings"
)

// App state: pages rendered by a JavaScript framework that ship the
// article as data for the browser to render, so that the server's HTML
// may hold no body at all:
//
//   - Next.js, pages router: <script id="__NEXT_DATA__"> holds the page's
//     props as JSON;
//   - Next.js, app router: self.__next_f.push([1,"…"]) scripts carry the
//     React Server Components "flight" stream in chunks, whose rows are
//     "id:JSON" lines and "id:T<hex length>,<text>" text rows;
//   - Nuxt: window.__NUXT__=… (an object literal or a function call) and
//     <script id="__NUXT_DATA__"> (a JSON array).
//
// The body is taken as the heaviest string that reads as one: a value
// under a key that names a body or its HTML (content, body, articleBody,
// html, __html, text …), a string of HTML paragraphs without a key, or a
// flight text row.

// Markers of app state in a script.
const (
	nextFlightMarker = "self.__next_f.push("
	nuxtMarker       = "__NUXT__"
)

// Ids of the script elements that hold app state as JSON.
var appStateIDs = map[string]bool{"__NEXT_DATA__": true, "__NUXT_DATA__": true}

// appState gathers a page's app-state scripts during the meta walk.
type appState struct {
	scripts []string        // JSON or JavaScript holding the state
	flight  strings.Builder // the decoded Next.js flight stream
}

// add reads one script's source.
func (s *appState) add(id, src string) {
	if appStateIDs[id] {
		s.scripts = append(s.scripts, src)
		return
	}
	// Only the start of a script is looked at: the markers open the
	// scripts that carry state, and a search through every script of a
	// page would cost more than the rest of this file.
	head := strings.TrimLeft(src[:min(len(src), 64)], " \t\r\n(")
	switch {
	case strings.HasPrefix(head, "self.__next_f"):
		readFlightChunks(&s.flight, src)
	case strings.HasPrefix(head, "window.__NUXT__"), strings.HasPrefix(head, nuxtMarker):
		s.scripts = append(s.scripts, src)
	}
}

// empty reports whether the page carried no app state.
func (s *appState) empty() bool { return len(s.scripts) == 0 && s.flight.Len() == 0 }

// readFlightChunks appends to b the string chunks of the
// self.__next_f.push([1,"…"]) calls in src; other chunk types (0: start,
// 2: form state, 3: binary) carry no text.
func readFlightChunks(b *strings.Builder, src string) {
	for {
		i := strings.Index(src, nextFlightMarker)
		if i < 0 {
			return
		}
		src = src[i+len(nextFlightMarker):]
		j := skipSpace(src, 0)
		if !strings.HasPrefix(src[j:], "[") {
			continue
		}
		j = skipSpace(src, j+1)
		if !strings.HasPrefix(src[j:], "1") {
			continue
		}
		j = skipSpace(src, j+1)
		if !strings.HasPrefix(src[j:], ",") {
			continue
		}
		j = skipSpace(src, j+1)
		if j >= len(src) || (src[j] != '"' && src[j] != '\'') {
			continue
		}
		val, end := readJSString(src, j)
		b.WriteString(val)
		src = src[end:]
	}
}

// flightRows splits a flight stream into the text of its T rows and the
// JSON of its other rows. A T row "1a:T4c2,<text>" carries 0x4c2 bytes of
// text, newlines included; every other row ends at a newline.
func flightRows(s string) (texts, rows []string) {
	for s != "" {
		colon := strings.IndexByte(s, ':')
		nl := strings.IndexByte(s, '\n')
		if colon < 0 || (nl >= 0 && nl < colon) || !isHexID(s[:colon]) {
			// Not a row start: skip the line.
			if nl < 0 {
				return texts, rows
			}
			s = s[nl+1:]
			continue
		}
		body := s[colon+1:]
		if strings.HasPrefix(body, "T") {
			if comma := strings.IndexByte(body, ','); comma > 1 && comma <= 9 {
				if n, err := strconv.ParseUint(body[1:comma], 16, 32); err == nil {
					text := body[comma+1:]
					if int(n) <= len(text) {
						texts = append(texts, text[:n])
						s = text[n:]
						continue
					}
					texts = append(texts, text)
					return texts, rows
				}
			}
		}
		if nl = strings.IndexByte(body, '\n'); nl < 0 {
			rows = append(rows, body)
			return texts, rows
		}
		rows = append(rows, body[:nl])
		s = body[nl+1:]
	}
	return texts, rows
}

// isHexID reports a flight row id: 1 to 8 hex digits.
func isHexID(s string) bool {
	if s == "" || len(s) > 8 {
		return false
	}
	_, ok := hexValue(s, 0, len(s))
	return ok
}

// bodyKeyWords are the words of an app-state key that name an article's
// body or its HTML, lowercased, with "_" and "-" removed.
var bodyKeyWords = []string{"body", "content", "html", "text", "article", "detail"}

// isBodyKey reports a key that names a body: "content", "articleBody",
// "body_html", "__html", "newsContent", "text".
func isBodyKey(k string) bool {
	k = strings.ToLower(k)
	for _, w := range bodyKeyWords {
		if strings.Contains(k, w) {
			return true
		}
	}
	return false
}

// hasParagraphMarkup reports HTML that breaks text into paragraphs.
func hasParagraphMarkup(s string) bool {
	return strings.Contains(s, "<p") || strings.Contains(s, "<br") || strings.Contains(s, "</p>") ||
		strings.Contains(s, "<P") || strings.Contains(s, "<BR")
}

// body returns the article body the app state holds, or nil.
func (s *appState) body() *scriptBody {
	if s.empty() {
		return nil
	}
	// Candidates are ranked by the weight of their raw text, markup
	// included; only the heaviest few are split into lines.
	var cands []string
	var weights []int
	consider := func(v string) {
		if t := strings.TrimSpace(v); strings.HasPrefix(t, "{") || strings.HasPrefix(t, "[") {
			return // JSON in a string: state, not text
		}
		if w, _ := textWeight(v); w >= minArticle {
			cands = append(cands, v)
			weights = append(weights, w)
		}
	}
	literals := func(src string) {
		for _, str := range scanStrings(src) {
			if isBodyKey(str.key) || (str.key == "" && hasParagraphMarkup(str.val)) {
				consider(str.val)
			}
		}
	}
	for _, src := range s.scripts {
		literals(src)
	}
	if s.flight.Len() > 0 {
		texts, rows := flightRows(s.flight.String())
		for _, t := range texts {
			consider(t)
		}
		for _, r := range rows {
			literals(r)
		}
	}
	for range 3 {
		i := -1
		for j, w := range weights {
			if w > 0 && (i < 0 || w > weights[i]) {
				i = j
			}
		}
		if i < 0 {
			return nil
		}
		weights[i] = 0
		lines := htmlLines(cands[i])
		w, commas := 0, 0
		for _, l := range lines {
			k, c := textWeight(l)
			w += k
			commas += c
		}
		if w >= minArticle && commas > 0 {
			return &scriptBody{paras: lines}
		}
	}
	return nil
}
