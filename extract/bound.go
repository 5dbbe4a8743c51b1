package extract

import "bytes"

// maxStartTags bounds the elements of a page that extract reads. The
// longest pages of the public benchmark open fewer than 2,000 elements;
// a 10 MB page of table cells opens half a million, and its tree, with
// what the scorer keeps per element, took some 200 MB of live memory, too
// much for the 256 MiB a Kubernetes job gets.
const maxStartTags = 100_000

// cutTags returns page up to the start of its (max+1)-th start tag, or
// page itself when it has no more than max. A start tag is counted as a
// byte scan sees one, "<" and an ASCII letter, inside scripts and comments
// too: an upper bound, cheap to find, not what the parser would build.
// The parser closes what the cut leaves open.
func cutTags(page []byte, max int) []byte {
	if bytes.Count(page, []byte("<")) <= max {
		// No more "<" than max, so no more start tags: one vector count
		// instead of a call per tag, for every page but a hostile one.
		return page
	}
	n := 0
	for i := 0; i+1 < len(page); {
		j := bytes.IndexByte(page[i:len(page)-1], '<')
		if j < 0 {
			break
		}
		i += j
		if c := page[i+1] | 0x20; c >= 'a' && c <= 'z' {
			if n == max {
				return page[:i]
			}
			n++
		}
		i++
	}
	return page
}
