package web

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/facts"
)

// Passage returns about radius characters of text either side of the first
// occurrence of any of terms, each occurrence of a term in it between Mark
// and EndMark, with "…" where text was cut. Without an occurrence it
// returns the start of text. Control characters of text that are Mark or
// EndMark are dropped first, so a passage's marks are only its own.
func Passage(text string, terms []string, radius int) string {
	text = strings.NewReplacer(Mark, "", EndMark, "").Replace(text)
	first := -1
	for _, t := range terms {
		if t == "" {
			continue
		}
		if i := strings.Index(text, t); i >= 0 && (first < 0 || i < first) {
			first = i
		}
	}
	if first < 0 {
		first = 0
	}
	start := backRunes(text, first, radius)
	end := forwardRunes(text, first, 2*radius)
	cut := text[start:end]
	cut = markTerms(cut, terms)
	if start > 0 {
		cut = "…" + cut
	}
	if end < len(text) {
		cut += "…"
	}
	return cut
}

// backRunes returns the byte offset n runes before i in s, or 0.
func backRunes(s string, i, n int) int {
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return i
}

// forwardRunes returns the byte offset n runes after i in s, or len(s).
func forwardRunes(s string, i, n int) int {
	for ; n > 0 && i < len(s); n-- {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return i
}

// markTerms puts Mark and EndMark around every occurrence of the terms in
// s, the leftmost longest first, never overlapping.
func markTerms(s string, terms []string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		best := 0
		for _, t := range terms {
			if len(t) > best && strings.HasPrefix(s[i:], t) {
				best = len(t)
			}
		}
		if best > 0 {
			b.WriteString(Mark + s[i:i+best] + EndMark)
			i += best
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		b.WriteString(s[i : i+size])
		i += size
	}
	return b.String()
}

// segment is a run of text, marked or not, for a template.
type segment struct {
	Text string
	Mark bool
	Fact *FactRow // the fact whose span this is, on the article page
}

// marked splits a passage at its marks.
func marked(p string) []segment {
	var out []segment
	for p != "" {
		i := strings.Index(p, Mark)
		if i < 0 {
			out = append(out, segment{Text: p})
			break
		}
		if i > 0 {
			out = append(out, segment{Text: p[:i]})
		}
		p = p[i+len(Mark):]
		j := strings.Index(p, EndMark)
		if j < 0 {
			j = len(p)
		}
		out = append(out, segment{Text: p[:j], Mark: true})
		p = strings.TrimPrefix(p[j:], EndMark)
	}
	return out
}

// paragraphs cuts text into paragraphs (at line breaks) of segments, each
// fact's span its own segment. Offsets count code points; a fact whose
// span lies outside the text or overlaps the one before is left unmarked.
func paragraphs(text string, facts []FactRow) [][]segment {
	runes := []rune(text)
	var segs []segment
	pos := 0
	for i := range facts {
		f := &facts[i]
		if f.CharStart < pos || f.CharEnd > len(runes) || f.CharStart >= f.CharEnd {
			continue
		}
		if f.CharStart > pos {
			segs = append(segs, segment{Text: string(runes[pos:f.CharStart])})
		}
		segs = append(segs, segment{Text: string(runes[f.CharStart:f.CharEnd]), Mark: true, Fact: f})
		pos = f.CharEnd
	}
	if pos < len(runes) {
		segs = append(segs, segment{Text: string(runes[pos:])})
	}
	var out [][]segment
	var cur []segment
	for _, s := range segs {
		parts := strings.Split(s.Text, "\n")
		for i, part := range parts {
			if i > 0 {
				out = append(out, cur)
				cur = nil
			}
			if part != "" {
				cur = append(cur, segment{Text: part, Mark: s.Mark, Fact: s.Fact})
			}
		}
	}
	return append(out, cur)
}

// korean writes a whole value of ten thousand or more in Korean units
// ("1조 8000억") beside its digits; for smaller or fractional values, and
// anything that is not a plain number, it returns "".
func korean(valueText string) string {
	d, err := facts.ParseAmount(valueText)
	if err != nil || d.Scale != 0 || d.Coef < 10_000 {
		return ""
	}
	return facts.FormatKorean(d)
}

// OutletNames returns the names of the outlets of hosts, a list joined by
// commas (as SQL's group_concat makes it), each the name outlets gives
// its host or else the host, sorted and joined by ", ".
func OutletNames(hosts string, outlets []Outlet) string {
	if hosts == "" {
		return ""
	}
	names := map[string]string{}
	for _, o := range outlets {
		names[o.Host] = o.Name
	}
	var out []string
	for _, h := range strings.Split(hosts, ",") {
		if n := names[h]; n != "" {
			h = n
		}
		out = append(out, h)
	}
	slices.Sort(out)
	return strings.Join(slices.Compact(out), ", ")
}
