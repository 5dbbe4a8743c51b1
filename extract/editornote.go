package extract

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxEditorNote bounds the text of an editor's note read apart from the
// chosen body, in runes: a note is a paragraph or two.
const maxEditorNote = 1200

// editorNoteLabels open an editor's note (편집자주): "[편집자주] 새해
// 들어 …", "<편집자 주> …", "【편집자주】 …".
var editorNoteLabels = []string{"[편집자주]", "[편집자 주]", "<편집자주>", "<편집자 주>", "【편집자주】", "【편집자 주】", "편집자주 :", "편집자주:"}

// findEditorNote returns the block that holds an editor's note, found
// before the page is cleaned: the nearest block around a text that opens
// with a 편집자주 label. Newsrooms print the note above the body, some
// (머니투데이) in a box of its own outside the body's element, where the
// scorer never looks; the note is the newsroom's own text, the
// article's first paragraph. It returns nil when the page has none or
// the note is longer than maxEditorNote.
func findEditorNote(body *html.Node) *html.Node {
	label := findText(body, func(s string) bool {
		if !strings.Contains(s, "편집자") {
			return false
		}
		s = strings.TrimSpace(s)
		for _, l := range editorNoteLabels {
			if strings.HasPrefix(s, l) {
				return true
			}
		}
		return false
	})
	if label == nil {
		return nil
	}
	block := label.Parent
	for block != nil && block != body && !blockTags.has(block.DataAtom) {
		block = block.Parent
	}
	if block == nil || block == body {
		return nil
	}
	if utf8.RuneCountInString(textContent(block)) > maxEditorNote {
		return nil
	}
	return block
}

// findText returns the first text node under n, outside scripts and
// styles, whose text ok accepts.
func findText(n *html.Node, ok func(string) bool) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if ok(c.Data) {
				return c
			}
		case html.ElementNode:
			if c.DataAtom == atom.Script || c.DataAtom == atom.Style {
				continue
			}
			if f := findText(c, ok); f != nil {
				return f
			}
		}
	}
	return nil
}

// withEditorNote puts the editor's note before the chosen elements when
// it is none of them and in none of them, and stands before them in the
// page.
func withEditorNote(note *html.Node, chosen []*html.Node) []*html.Node {
	if note == nil || len(chosen) == 0 {
		return chosen
	}
	for _, n := range chosen {
		if contains(n, note) || contains(note, n) {
			return chosen
		}
	}
	if !precedes(note, chosen[0]) {
		return chosen
	}
	return append([]*html.Node{note}, chosen...)
}

// contains reports whether n is a or one of a's descendants.
func contains(a, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == a {
			return true
		}
	}
	return false
}

// precedes reports whether a stands before b in document order. A node
// the cleaner took out of the page (its root is no longer b's) counts by
// where it stood: cleaning keeps no record of that, so it does not
// precede.
func precedes(a, b *html.Node) bool {
	pathOf := func(n *html.Node) []*html.Node {
		var p []*html.Node
		for ; n != nil; n = n.Parent {
			p = append(p, n)
		}
		return p
	}
	pa, pb := pathOf(a), pathOf(b)
	i, j := len(pa)-1, len(pb)-1
	if pa[i] != pb[j] {
		return false
	}
	for i > 0 && j > 0 && pa[i-1] == pb[j-1] {
		i, j = i-1, j-1
	}
	if i == 0 || j == 0 {
		return false // one holds the other
	}
	for s := pa[i-1].NextSibling; s != nil; s = s.NextSibling {
		if s == pb[j-1] {
			return true
		}
	}
	return false
}
