package web

import (
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzFactQuery feeds the facts browser's parameters from a stranger's
// query string: it never panics, accepts only the filter table's columns
// and operators, and keeps every value short.
func FuzzFactQuery(f *testing.F) {
	for _, s := range []string{"", "kind=money&min=1조+8천억&sort=value&order=asc", "from=2025-04-01&to=2025-04-30",
		"currency=krw&max=2.75", "role=level&agent=과기정통부&per=year", "word=평균&claim=12&claims=1", "claim=-1", "kind=x", "sort=x;DROP", "page=-1", "min=%ff"} {
		f.Add(s)
	}
	columns := map[string]Op{}
	for _, fl := range factFilters {
		columns[fl.Column+string(fl.Op)] = fl.Op
	}
	f.Fuzz(func(t *testing.T, raw string) {
		v, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		q, form, err := factQuery(v)
		if _, perr := pageNumber(v, maxPage); perr != nil {
			return
		}
		if err != nil {
			return
		}
		for _, c := range q.Conds {
			if _, ok := columns[c.Column+string(c.Op)]; !ok {
				t.Errorf("condition %s %s from %q", c.Column, c.Op, raw)
			}
			if s, ok := c.Value.(string); ok && len(s) > maxParam {
				t.Errorf("value of %d bytes passed", len(s))
			}
		}
		for k, val := range form {
			if len(val) > maxParam {
				t.Errorf("form %s of %d bytes", k, len(val))
			}
		}
	})
}

// FuzzPassage cuts passages around fuzzed terms: the marks are balanced
// and enclose only the terms, and the passage without its marks and
// ellipses is a piece of the text, bounded in length whatever the text.
func FuzzPassage(f *testing.F) {
	f.Add("정부가 반도체 산업에 2조 원을 투입한다.", "반도체", "원")
	f.Add("abc\x02def\x03", "def", "")
	f.Add(strings.Repeat("가", 1000), "가가", "나")
	f.Fuzz(func(t *testing.T, text, a, b string) {
		if !utf8.ValidString(text) || !utf8.ValidString(a) || !utf8.ValidString(b) {
			return
		}
		p := Passage(text, []string{a, b}, 20)
		open := false
		for _, s := range marked(p) {
			if s.Mark && s.Text != a && s.Text != b {
				t.Errorf("marked %q, not a term (%q, %q)", s.Text, a, b)
			}
		}
		for _, r := range p {
			switch string(r) {
			case Mark:
				if open {
					t.Fatalf("nested mark in %q", p)
				}
				open = true
			case EndMark:
				if !open {
					t.Fatalf("unopened end mark in %q", p)
				}
				open = false
			}
		}
		plain := strings.NewReplacer(Mark, "", EndMark, "").Replace(p)
		plain = strings.TrimSuffix(strings.TrimPrefix(plain, "…"), "…")
		clean := strings.NewReplacer(Mark, "", EndMark, "").Replace(text)
		if !strings.Contains(clean, plain) {
			t.Errorf("passage %q is not a piece of the text", plain)
		}
		if n := utf8.RuneCountInString(plain); n > 60 {
			t.Errorf("passage of %d characters, want at most 60", n)
		}
	})
}

// FuzzParagraphs highlights fuzzed spans: the segments always give back
// the text, line breaks as paragraph breaks, whatever the offsets.
func FuzzParagraphs(f *testing.F) {
	f.Add("과기정통부는 1조 원을\n배정했다.", 7, 11, 3, 5)
	f.Add("", 0, 0, -1, 2)
	f.Fuzz(func(t *testing.T, text string, s1, e1, s2, e2 int) {
		if !utf8.ValidString(text) {
			return
		}
		facts := []FactRow{{CharStart: s1, CharEnd: e1}, {Seq: 1, CharStart: s2, CharEnd: e2}}
		var lines []string
		for _, para := range paragraphs(text, facts) {
			var b strings.Builder
			for _, s := range para {
				b.WriteString(s.Text)
			}
			lines = append(lines, b.String())
		}
		if got := strings.Join(lines, "\n"); got != text {
			t.Errorf("paragraphs give back %q, want %q", got, text)
		}
	})
}
