package extract

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestReadJSString(t *testing.T) {
	tests := []struct {
		src, want string
		end       int
	}{
		{`"plain"`, "plain", 7},
		{`'single' rest`, "single", 8},
		{`"a\"b\\c\/d"`, `a"b\c/d`, 12},
		{`"\ud55c\uAE00"`, "한글", 14},
		{`"\ud83d\ude00"`, "😀", 14},
		{`"\u{1F600}x"`, "😀x", 12},
		{`"\x41\n"`, "A\n", 8},
		{`"bad \u12 escape"`, "bad 12 escape", 17},
		{`"unclosed`, "unclosed", 9},
		{`"end\`, "end", 5},
	}
	for _, tt := range tests {
		got, end := readJSString(tt.src, 0)
		if got != tt.want || end != tt.end {
			t.Errorf("readJSString(%q) = %q, %d; want %q, %d", tt.src, got, end, tt.want, tt.end)
		}
	}
}

func TestScanStrings(t *testing.T) {
	long := strings.Repeat("가", minScriptString)
	src := `{"title":"short","content":"` + long + `","list":["` + long + `"]};x={body:'` + long + `',n:1,"a":` + `"` + long + `"}`
	got := scanStrings(src)
	want := []jsString{{"content", long}, {"", long}, {"body", long}, {"a", long}}
	if !slices.Equal(got, want) {
		t.Errorf("scanStrings keys = %v, want %v", keysOf(got), keysOf(want))
	}
}

func keysOf(ss []jsString) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s.key)
	}
	return out
}

func TestFlightRows(t *testing.T) {
	text := "첫 줄\n둘째 줄"
	stream := "0:[\"$\",\"$L1\"]\n" + "1a:T" + hex(len(text)) + "," + text + "2:{\"content\":\"$1a\"}\nnoise\n3:I[1]"
	texts, rows := flightRows(stream)
	if !slices.Equal(texts, []string{text}) {
		t.Errorf("texts = %q, want %q", texts, []string{text})
	}
	if want := []string{`["$","$L1"]`, `{"content":"$1a"}`, `I[1]`}; !slices.Equal(rows, want) {
		t.Errorf("rows = %q, want %q", rows, want)
	}
	// A T row longer than what is left keeps what is there.
	texts, _ = flightRows("5:Tff,short")
	if !slices.Equal(texts, []string{"short"}) {
		t.Errorf("truncated T row: texts = %q", texts)
	}
}

func hex(n int) string {
	const digits = "0123456789abcdef"
	s := ""
	for n > 0 {
		s = string(digits[n%16]) + s
		n /= 16
	}
	return s
}

func TestAppStateBody(t *testing.T) {
	para := "정부는 올해 예산으로 모두 3조 2천억 원을 편성했다고 밝혔다. 지난해보다 12% 늘어난 규모다."
	body := "<p>" + para + "</p><p>" + para + " 추가 설명이 이어진다.</p><p>" + para + " 마지막 문단이다.</p>"
	chunk, _ := json.Marshal(`1:{"article":{"contentHtml":` + mustJSON(body) + `,"summary":"짧은 요약"}}` + "\n")
	var s appState
	s.add("", `self.__next_f.push([1,`+string(chunk)+`])`)
	got := s.body()
	if got == nil || len(got.paras) != 3 || got.paras[0] != para {
		t.Fatalf("flight body = %+v, want three paragraphs starting %q", got, para)
	}
	// Long strings under keys that name no body, and JSON in a string, are
	// no body.
	var none appState
	none.add("__NEXT_DATA__", `{"props":{"title":`+mustJSON(strings.Repeat(para, 3))+`,"state":`+mustJSON(`{"content":"`+para+`"}`)+`}}`)
	if b := none.body(); b != nil {
		t.Errorf("body from non-body keys = %q", b.paras)
	}
}

func mustJSON(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// FuzzScanStrings checks that the script scanners never panic, return
// valid-length values within the bounds they promise, and agree with
// encoding/json on JSON string literals.
func FuzzScanStrings(f *testing.F) {
	for _, s := range []string{
		`{"content":"<p>본문</p>"}`, `'a\'b'`, `"\ud83d\ude00"`, `"\u{10FFFF}"`, `"\u{110000}"`, "`tmpl ${x}`",
		"self.__next_f.push([1,\"0:T5,hello\"])", "1:T3,abc2:[\"x\"]\n", "a:b:c\n", `"unterminated \`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		for _, s := range scanStrings(src) {
			if len(s.val) < minScriptString {
				t.Fatalf("scanStrings returned a %d-byte value", len(s.val))
			}
		}
		texts, rows := flightRows(src)
		for _, r := range append(texts, rows...) {
			if len(r) > len(src) {
				t.Fatal("flightRows returned more than its input")
			}
		}
		var b strings.Builder
		readFlightChunks(&b, src)
		var s appState
		s.add("__NEXT_DATA__", src)
		s.body()
		if strings.HasPrefix(src, `"`) && utf8.ValidString(src) {
			var want string
			if err := json.Unmarshal([]byte(src), &want); err == nil {
				if got, end := readJSString(src, 0); got != want || end != len(strings.TrimRight(src, " \t\r\n")) {
					t.Fatalf("readJSString(%q) = %q, want %q as encoding/json reads it", src, got, want)
				}
			}
		}
	})
}
