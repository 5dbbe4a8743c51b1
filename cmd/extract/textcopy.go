package main

import (
	"sort"
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

// offsets maps offsets in code points in the text oneCopy kept back into
// its input: kept[i] is where kept line i starts in the kept text,
// origin[i] where it starts in the input.
type offsets struct {
	kept, origin []int
}

// newOffsets makes the map of the lines oneCopy kept.
func newOffsets(keptLines []string, origin []int) offsets {
	o := offsets{kept: make([]int, len(keptLines)), origin: origin}
	pos := 0
	for i, l := range keptLines {
		o.kept[i] = pos
		pos += utf8.RuneCountInString(l) + 1
	}
	return o
}

// input turns an offset into the kept text into one into the input: the
// line it falls in is found by binary search, so that a text of many lines
// and many facts costs no more than sorting them.
func (o offsets) input(at int) int {
	i := sort.Search(len(o.kept), func(i int) bool { return o.kept[i] > at }) - 1
	if i < 0 {
		return at
	}
	return o.origin[i] + at - o.kept[i]
}
