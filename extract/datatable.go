package extract

import (
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxDataCell bounds, in runes, the text of a cell of a data table: a
// name, a title, a figure. A cell holding a sentence or more belongs to a
// table that lays out the page, not to one of data.
const maxDataCell = 40

// isDataRow reports a row of a data table inside a story (a list of
// appointments, a table of results): two cells or more, each short and
// holding only inline text. paragraphs reads such a row as one line, its
// cells in order, as a reader reads it, rather than one line a cell. A row
// of a table that lays out the page has a long cell or a block inside a
// cell, and is read cell by cell as before.
func isDataRow(tr *html.Node) bool {
	cells := 0
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom != atom.Td && c.DataAtom != atom.Th {
			return false
		}
		if !isDataCell(c) {
			return false
		}
		cells++
	}
	return cells >= 2
}

// isDataCell reports a cell with at most maxDataCell runes of text and no
// block or line break inside.
func isDataCell(td *html.Node) bool {
	breaks := func(n *html.Node) bool { return n.DataAtom == atom.Br || blockTags.has(n.DataAtom) }
	for c := td.FirstChild; c != nil; c = c.NextSibling {
		if findFirst(c, breaks) != nil {
			return false
		}
	}
	return utf8.RuneCountInString(collapseSpace(textContent(td))) <= maxDataCell
}
