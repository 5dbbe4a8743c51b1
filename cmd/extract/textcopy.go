package main

import (
	"strings"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/extract"
)

// oneCopy drops the lines of text that repeat its story (a body printed
// twice or three times over, as a naive scraper saves a page), with the
// rules the HTML extractor uses (extract.Dedupe), and returns the text
// kept, its lines joined by newlines, and for each kept line the
// offset in code points where it stands in text, so that the facts' spans
// can be given as offsets into the input.
func oneCopy(text string) (kept string, keptLines []string, origin []int) {
	lines := strings.Split(text, "\n")
	starts := make([]int, len(lines))
	pos := 0
	for i, l := range lines {
		starts[i] = pos
		pos += utf8.RuneCountInString(l) + 1
	}
	keep := extract.Dedupe(lines)
	if len(keep) == len(lines) {
		return text, nil, nil
	}
	// Dedupe keeps lines in order and drops only whole ones: walk both.
	j := 0
	for i, l := range lines {
		if j < len(keep) && keep[j] == l {
			keptLines = append(keptLines, l)
			origin = append(origin, starts[i])
			j++
		}
	}
	return strings.Join(keptLines, "\n"), keptLines, origin
}

// inputOffset turns an offset in code points into the text oneCopy kept
// into one in its input.
func inputOffset(at int, keptLines []string, origin []int) int {
	pos := 0
	for i, l := range keptLines {
		n := utf8.RuneCountInString(l)
		if at <= pos+n || i == len(keptLines)-1 {
			return origin[i] + at - pos
		}
		pos += n + 1
	}
	return at
}
