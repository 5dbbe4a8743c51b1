package eval

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/internal/gittest"
)

// gitRepo makes mirror/owner+name/repo a git repository holding files and
// returns its commit.
func gitRepo(t *testing.T, mirror string, files map[string]string) string {
	t.Helper()
	return gittest.Repo(t, mirror, "owner/name", files)
}

func must(b []byte, err error) []byte {
	if err != nil {
		panic(err)
	}
	return b
}

func sum(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

func TestRealPageHTML(t *testing.T) {
	page := "<html><body><p>본문</p></body></html>"
	nb, _ := json.Marshal(map[string]any{"cells": []any{
		map[string]any{"outputs": []any{}},
		map[string]any{"outputs": []any{map[string]any{"text": []string{"<html><body>", "<p>본문</p></body></html>"}}}},
		map[string]any{"outputs": []any{map[string]any{"text": "<title>403 Forbidden</title>\n" + page}}},
		map[string]any{"outputs": []any{map[string]any{"data": map[string]any{"text/plain": []string{`'<!DOCTYPE html>\r\n<html><body>`, `<p>본문</p></body></html>'`}}}}},
	}})
	quoted := "<!DOCTYPE html>\r\n" + page
	// A page of UTF-8 that a scraper read as Latin-1 and BeautifulSoup
	// wrote back: each byte one character, &nbsp; and &#8203; decoded;
	// 갠 (EA B0 A0) holds the byte A0 that &nbsp; also gives.
	restored := "<p>본문&nbsp;갠기자&#8203;</p>"
	var misread strings.Builder
	for _, b := range []byte("<p>본문") {
		misread.WriteRune(rune(b))
	}
	misread.WriteString("\u00a0")
	for _, b := range []byte("갠기자") {
		misread.WriteRune(rune(b))
	}
	misread.WriteString("\u200b</p>")
	mirror := t.TempDir()
	commit := gitRepo(t, mirror, map[string]string{
		"page.html":    page,
		"misread.html": misread.String(),
		"page.jsp":     "<%@ page %>\n" + page,
		"two.html":     page + "\n<html><body><p>다음 기사</p></body></html>",
		"page.ipynb":   string(nb),
		"page.json":    `[{"raw_response": {"content": ` + string(must(json.Marshal(page))) + `, "a/b": {"c~d": 1}}}]`,
	})
	tests := []struct {
		name, path string
		cut        Cut
		sha        string
		want       string
		err        bool
	}{
		{"file", "page.html", Cut{Kind: "file"}, sum(page), page, false},
		{"from", "page.jsp", Cut{Kind: "from", Marker: "<html>"}, sum(page), page, false},
		{"notebook", "page.ipynb", Cut{Kind: "notebook", Cell: 1}, sum(page), page, false},
		{"notebook from a marker", "page.ipynb", Cut{Kind: "notebook", Cell: 2, Marker: "<html>"}, sum(page), page, false},
		{"notebook without the marker", "page.ipynb", Cut{Kind: "notebook", Cell: 2, Marker: "<?xml"}, sum(page), "", true},
		{"notebook python repr", "page.ipynb", Cut{Kind: "notebook", Cell: 3, Quoted: "python"}, sum(quoted), quoted, false},
		{"notebook python repr from a marker", "page.ipynb", Cut{Kind: "notebook", Cell: 3, Quoted: "python", Marker: "<html>"}, sum(page), page, false},
		{"notebook not a repr", "page.ipynb", Cut{Kind: "notebook", Cell: 1, Quoted: "python"}, sum(page), "", true},
		{"notebook unknown quoting", "page.ipynb", Cut{Kind: "notebook", Cell: 3, Quoted: "perl"}, sum(quoted), "", true},
		{"json", "page.json", Cut{Kind: "json", Pointer: "/0/raw_response/content"}, sum(page), page, false},
		{"json not a string", "page.json", Cut{Kind: "json", Pointer: "/0/raw_response/a~1b/c~0d"}, sum(page), "", true},
		{"json no member", "page.json", Cut{Kind: "json", Pointer: "/0/response"}, sum(page), "", true},
		{"json no element", "page.json", Cut{Kind: "json", Pointer: "/1/raw_response/content"}, sum(page), "", true},
		{"json relative", "page.json", Cut{Kind: "json", Pointer: "0/raw_response/content"}, sum(page), "", true},
		{"json into a string", "page.json", Cut{Kind: "json", Pointer: "/0/raw_response/content/x"}, sum(page), "", true},
		{"until the next page", "two.html", Cut{Kind: "file", Until: "\n<html>"}, sum(page), page, false},
		{"from a marker until the next page", "page.jsp", Cut{Kind: "from", Marker: "<html>", Until: "</body>"}, sum("<html><body><p>본문</p>"), "<html><body><p>본문</p>", false},
		{"until a marker at the start only", "page.html", Cut{Kind: "file", Until: "<html>"}, sum(page), "", true},
		{"no end marker", "page.html", Cut{Kind: "file", Until: "<?xml"}, sum(page), "", true},
		{"bad sum", "page.html", Cut{Kind: "file"}, sum("other"), "", true},
		{"no marker", "page.html", Cut{Kind: "from", Marker: "<?xml"}, sum(page), "", true},
		{"no output", "page.ipynb", Cut{Kind: "notebook", Cell: 0}, sum(page), "", true},
		{"no file", "gone.html", Cut{Kind: "file"}, sum(page), "", true},
		{"unknown cut", "page.html", Cut{Kind: "zip"}, sum(page), "", true},
		{"utf-8 read as latin-1", "misread.html", Cut{Kind: "file", Misread: "utf-8 as latin-1"}, sum(restored), restored, false},
		{"not a misreading", "page.html", Cut{Kind: "file", Misread: "utf-8 as latin-1"}, sum(page), "", true},
		{"unknown misreading", "page.html", Cut{Kind: "file", Misread: "cp949 as latin-1"}, sum(page), "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := RealPage{Name: tt.name, Repo: "owner/name", Commit: commit, Path: tt.path, Cut: tt.cut, SHA256: tt.sha}
			got, err := p.HTML(mirror)
			if (err != nil) != tt.err {
				t.Fatalf("HTML() error = %v, want error %v", err, tt.err)
			}
			if errors.Is(err, ErrNoCopy) {
				t.Errorf("HTML() = %v, not ErrNoCopy: the copy is there", err)
			}
			if string(got) != tt.want {
				t.Errorf("HTML() = %q, want %q", got, tt.want)
			}
		})
	}
	p := RealPage{Name: "absent", Repo: "someone/else", Commit: commit, Path: "page.html", Cut: Cut{Kind: "file"}}
	if _, err := p.HTML(mirror); !errors.Is(err, ErrNoCopy) {
		t.Errorf("HTML() of an absent copy = %v, want ErrNoCopy", err)
	}
}

func TestCheckRealPage(t *testing.T) {
	truth := RealTruth{
		Title:          "다리 보수 공사 시작",
		Published:      "2024-03-05T09:30",
		Byline:         "한솔",
		Paragraphs:     3,
		BodyLetters:    len([]rune(letters("시는 5일 다리 보수를 시작했다. 공사는 두 달 걸린다. 통행은 한쪽만 막는다."))),
		Phrases:        []string{"시는 5일 다리 보수를", "두 달 걸린다", "한쪽만 막는다"},
		Furniture:      []string{"무단전재"},
		FurnitureLines: []string{"한솔 과장"},
	}
	good := RealOutput{
		Title:      "다리 보수 공사 시작",
		Byline:     "한솔",
		Published:  time.Date(2024, 3, 5, 0, 30, 59, 0, time.UTC),
		Paragraphs: []string{"시는 5일 다리 보수를 시작했다.", "공사는 두 달 걸린다.", "통행은 한쪽만 막는다."},
	}
	tests := []struct {
		name  string
		edit  func(o *RealOutput)
		right bool
		fail  string // a class that must fail
	}{
		{"right", func(o *RealOutput) {}, true, ""},
		{"phrase twice", func(o *RealOutput) { o.Paragraphs = append(o.Paragraphs, "공사는 두 달 걸린다.") }, false, "body"},
		{"too much text", func(o *RealOutput) {
			o.Paragraphs[2] += " 관련 기사 모음과 많이 본 뉴스 목록이 뒤따른다"
		}, false, "body"},
		{"missing text", func(o *RealOutput) { o.Paragraphs = o.Paragraphs[:2] }, false, "body"},
		{"title", func(o *RealOutput) { o.Title = "다리 보수" }, false, "title"},
		{"time", func(o *RealOutput) { o.Published = o.Published.Add(time.Hour) }, false, "time"},
		{"no time", func(o *RealOutput) { o.Published = time.Time{} }, false, "time"},
		{"furniture", func(o *RealOutput) { o.Paragraphs[2] += " 무단전재" }, false, "furniture"},
		{"furniture line", func(o *RealOutput) { o.Paragraphs = append(o.Paragraphs, "한솔 과장") }, false, "furniture"},
		{"no article", func(o *RealOutput) { o.Err = errors.New("no article") }, false, "body"},
		{"byline only", func(o *RealOutput) { o.Byline = "" }, true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := good
			o.Paragraphs = append([]string(nil), good.Paragraphs...)
			tt.edit(&o)
			r := CheckRealPage(o, truth)
			if r.Right() != tt.right {
				t.Errorf("Right() = %v, want %v (%v)", r.Right(), tt.right, r.Problems)
			}
			if tt.fail != "" && !strings.Contains(strings.Join(r.Classes(), " "), tt.fail) {
				t.Errorf("Classes() = %v, want %s among them", r.Classes(), tt.fail)
			}
		})
	}
	day := truth
	day.Published = "2024-03-05"
	if o := good; !CheckRealPage(o, day).Time {
		t.Error("a day-only truth must accept any time of that day")
	}
}

func TestTitleKey(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"“나 임신하면 어떡해”···제자", `"나 임신하면 어떡해"···제자`, true},
		{"‘국민’  투표", "'국민' 투표", true},
		{"“나” 왔다", "나 왔다", false},
		{"나 왔다", "나 왔다!", false},
	}
	for _, tt := range tests {
		if got := titleKey(tt.a) == titleKey(tt.b); got != tt.same {
			t.Errorf("titleKey(%q) == titleKey(%q) is %v, want %v", tt.a, tt.b, got, tt.same)
		}
	}
}

// FuzzUnmisread holds unmisread to its contract: UTF-8 out or an error,
// and a UTF-8 page read as Latin-1 comes back byte for byte (a UTF-8
// page holds the byte A0 only inside a sequence, so no &nbsp; appears).
func FuzzUnmisread(f *testing.F) {
	for _, s := range []string{"", "<p>본문&nbsp;갠기자</p>", "ascii only", "\u00a0", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if out, err := unmisread([]byte(s)); err == nil && !utf8.Valid(out) {
			t.Fatalf("unmisread(%q) = %q, not UTF-8", s, out)
		}
		if !utf8.ValidString(s) {
			return
		}
		var misread strings.Builder
		for i := 0; i < len(s); i++ {
			misread.WriteRune(rune(s[i]))
		}
		out, err := unmisread([]byte(misread.String()))
		if err != nil || string(out) != s {
			t.Fatalf("unmisread of %q read as Latin-1 = %q, %v; want it back", s, out, err)
		}
	})
}

func TestUnquotePython(t *testing.T) {
	tests := []struct {
		in, want string
		err      bool
	}{
		{`''`, "", false},
		{`'<p class="a">본문</p>'`, `<p class="a">본문</p>`, false},
		{`"it's"`, "it's", false},
		{`'it\'s \\ \"q\"'`, `it's \ "q"`, false},
		{`'a\r\nb\tc'`, "a\r\nb\tc", false},
		{`'\xa0\x7f\u200b\U0001f600'`, "\u00a0\x7f\u200b\U0001f600", false},
		{`'no end`, "", true},
		{`'mixed"`, "", true},
		{`x`, "", true},
		{`'bare ' quote'`, "", true},
		{`'trailing \'`, "", true},
		{`'\q'`, "", true},
		{`'\x4'`, "", true},
		{`'\xzz'`, "", true},
		{`'\ud800'`, "", true},
		{`'\U00110000'`, "", true},
		{`b'<p>\xeb\xb3\xb8\xeb\xac\xb8</p>\n'`, "<p>본문</p>\n", false},
		{`b"it's \xff"`, "it's \xff", false},
		{`b'\u200b'`, "", true},
		{`b'no end`, "", true},
	}
	for _, tt := range tests {
		got, err := unquotePython([]byte(tt.in))
		if (err != nil) != tt.err {
			t.Errorf("unquotePython(%q) error = %v, want error %v", tt.in, err, tt.err)
			continue
		}
		if err != nil && !errors.Is(err, errQuoted) {
			t.Errorf("unquotePython(%q) = %v, want errQuoted", tt.in, err)
		}
		if string(got) != tt.want {
			t.Errorf("unquotePython(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// pyBytesRepr writes b as Python's repr of a bytes value does.
func pyBytesRepr(b []byte) string {
	var sb strings.Builder
	sb.WriteString("b'")
	for _, c := range b {
		switch {
		case c == '\\' || c == '\'':
			sb.WriteByte('\\')
			sb.WriteByte(c)
		case c == '\t':
			sb.WriteString(`\t`)
		case c == '\n':
			sb.WriteString(`\n`)
		case c == '\r':
			sb.WriteString(`\r`)
		case c < ' ' || c >= 0x7f:
			fmt.Fprintf(&sb, `\x%02x`, c)
		default:
			sb.WriteByte(c)
		}
	}
	sb.WriteByte('\'')
	return sb.String()
}

// FuzzUnquotePythonBytes holds unquotePython to Python's repr of bytes:
// any bytes come back whole, whatever their encoding.
func FuzzUnquotePythonBytes(f *testing.F) {
	for _, s := range []string{"", "<p>본문</p>", "it's", "\xff\xfe\x00", "\\'\"\r\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		lit := pyBytesRepr(b)
		out, err := unquotePython([]byte(lit))
		if err != nil || string(out) != string(b) {
			t.Fatalf("unquotePython(%s) = %q, %v; want %q", lit, out, err, b)
		}
	})
}

// FuzzUnquotePython holds unquotePython to a simple reference: any string
// written as Go writes a quoted ASCII string (the escapes Python's repr
// uses, in double quotes) comes back whole, and the output is UTF-8
// whenever the input is.
func FuzzUnquotePython(f *testing.F) {
	for _, s := range []string{"", "본문", "it's", "a\r\nb", "\u200b\x00\U0001f600"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if out, err := unquotePython([]byte(s)); err == nil && utf8.ValidString(s) && !utf8.Valid(out) {
			t.Fatalf("unquotePython(%q) = %q, not UTF-8", s, out)
		}
		if !utf8.ValidString(s) {
			return
		}
		lit := strconv.QuoteToASCII(s)
		out, err := unquotePython([]byte(lit))
		if err != nil || string(out) != s {
			t.Fatalf("unquotePython(%s) = %q, %v; want %q", lit, out, err, s)
		}
	})
}
