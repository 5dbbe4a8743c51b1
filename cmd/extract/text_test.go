package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/facts"
	"github.com/newsfacts/newsfacts/pipeline"
)

// TestTextPublished runs extract -text with and without -published: the
// relative time 올해 is a year only when the publication time is known.
func TestTextPublished(t *testing.T) {
	const text = "과기정통부는 올해 AI 반도체에 1조 원을 투입한다."
	for _, tt := range []struct {
		args   []string
		period any
	}{
		{[]string{"-text", "-published", "2025-04-18T11:00:00+09:00"}, "2025"},
		{[]string{"-text"}, nil},
		// 2024-12-31T20:00Z is 2025-01-01 in Korea.
		{[]string{"-text", "-published", "2024-12-31T20:00:00Z"}, "2025"},
	} {
		var stdout, stderr bytes.Buffer
		if err := run(t.Context(), tt.args, strings.NewReader(text), &stdout, &stderr); err != nil {
			t.Fatalf("run %v: %v\n%s", tt.args, err, stderr.String())
		}
		var f map[string]any
		if err := json.Unmarshal(stdout.Bytes(), &f); err != nil {
			t.Fatalf("run %v: %v\n%s", tt.args, err, stdout.String())
		}
		if f["role"] != "level" || f["agent"] != "과기정통부" || f["purpose"] != "AI 반도체" ||
			f["period"] != tt.period || f["period_text"] != "올해" || f["per"] != nil {
			t.Errorf("run %v: %s", tt.args, stdout.String())
		}
	}
}

func TestTextPublishedBad(t *testing.T) {
	for _, args := range [][]string{
		{"-text", "-published", "2025-04-18"},
		{"-html", "-published", "2025-04-18T11:00:00+09:00", "x.html"},
	} {
		var stdout, stderr bytes.Buffer
		if err := run(t.Context(), args, strings.NewReader(""), &stdout, &stderr); err == nil {
			t.Errorf("run %v succeeded", args)
		}
	}
}

// TestTextFacts runs extract -text on a few sentences and reads back the
// JSON lines: every field of the contract, qualifiers and context words
// apart, ranges with their ends.
func TestTextFacts(t *testing.T) {
	in := "1인당 평균 3,500만 원을 받는다. 가격은 1만 원에서 최고 3만 원에 달한다. 구조 작업에 예산이 들었다.\n"
	var stdout, stderr bytes.Buffer
	if err := run(t.Context(), []string{"-text"}, strings.NewReader(in), &stdout, &stderr); err != nil {
		t.Fatalf("run -text: %v\n%s", err, stderr.String())
	}
	type fact struct {
		Kind         string   `json:"kind"`
		Text         string   `json:"text"`
		Value        *float64 `json:"value"`
		Min          *float64 `json:"min"`
		Max          *float64 `json:"max"`
		Currency     string   `json:"currency"`
		Qualifiers   []string `json:"qualifiers"`
		ContextWords []string `json:"context_words"`
		Start        int      `json:"start"`
		End          int      `json:"end"`
		Sentence     string   `json:"sentence"`
	}
	var got []fact
	for _, line := range strings.Split(strings.TrimSpace(stdout.String()), "\n") {
		var keys map[string]any
		if err := json.Unmarshal([]byte(line), &keys); err != nil {
			t.Fatalf("line %q: %v", line, err)
		}
		for _, k := range []string{"kind", "text", "value", "currency", "unit", "min", "max", "approx",
			"qualifiers", "context_words", "start", "end", "sentence",
			"role", "agent", "purpose", "period", "period_text", "per"} {
			if _, ok := keys[k]; !ok {
				t.Errorf("line %q has no %q", line, k)
			}
		}
		var f fact
		json.Unmarshal([]byte(line), &f)
		got = append(got, f)
	}
	if len(got) != 2 {
		t.Fatalf("extract -text printed %d facts, want 2:\n%s", len(got), stdout.String())
	}
	if f := got[0]; f.Text != "3,500만 원" || f.Value == nil || *f.Value != 35000000 ||
		len(f.Qualifiers) != 0 || strings.Join(f.ContextWords, " ") != "1인당 평균" {
		t.Errorf("first fact = %+v, want 3,500만 원 with context words 1인당 평균", f)
	}
	if f := got[1]; f.Text != "1만 원에서 최고 3만 원" || f.Value != nil || f.Min == nil || *f.Min != 10000 ||
		f.Max == nil || *f.Max != 30000 || strings.Join(f.Qualifiers, " ") != "최고" || f.Sentence != "가격은 1만 원에서 최고 3만 원에 달한다." {
		t.Errorf("second fact = %+v, want the range 1만 원 to 3만 원 with qualifier 최고", f)
	}
}

// TestTextFault runs -text with rules that panic: the fault is an error
// that names it, the stack goes to stderr, and nothing is printed.
func TestTextFault(t *testing.T) {
	faulty := func(text string, _ facts.Options) []facts.Fact {
		var words []string
		_ = words[len(text)] // a bug in the rules: index out of range
		return nil
	}
	var stdout, stderr bytes.Buffer
	err := textFacts(strings.NewReader("예산 1조 원"), &stdout, &stderr, time.Time{}, faulty)
	if fault := (*pipeline.FaultError)(nil); !errors.As(err, &fault) {
		t.Fatalf("err = %v, want a fault", err)
	}
	if !strings.Contains(err.Error(), "index out of range") {
		t.Errorf("err = %v, want the panic's value", err)
	}
	if !strings.Contains(stderr.String(), "text_test.go") {
		t.Errorf("stderr lacks the stack:\n%s", stderr.String())
	}
	if stdout.Len() != 0 {
		t.Errorf("stdout = %q, want nothing", stdout.String())
	}
}

// TestTextOneCopy runs extract -text on a story saved three times over
// amid furniture, as a naive scraper keeps a page: each fact comes once,
// its start and end offsets into the input as given.
func TestTextOneCopy(t *testing.T) {
	body := "새벽시는 올해 도서관 확충에 120억 원을 들인다고 밝혔다.\n" +
		"시는 이 가운데 45억 원으로 열람실 좌석 800석을 늘린다.\n" +
		"나머지는 전자책 구입과 야간 운영에 쓰인다고 시는 설명했다.\n"
	in := "새벽시 도서관에 120억 원\n입력 2025.04.18\n\n" + body + "[사진 출처 : 새벽시 제공]\n" + body + body + "■ 제보하기\n"
	var stdout, stderr bytes.Buffer
	if err := run(t.Context(), []string{"-text"}, strings.NewReader(in), &stdout, &stderr); err != nil {
		t.Fatalf("run: %v\n%s", err, stderr.String())
	}
	runes := []rune(in)
	var got []string
	for _, line := range strings.Split(strings.TrimSpace(stdout.String()), "\n") {
		var f struct {
			Kind, Text string
			Start, End int
		}
		if err := json.Unmarshal([]byte(line), &f); err != nil {
			t.Fatalf("%v: %s", err, line)
		}
		if f.Start < 0 || f.End > len(runes) || string(runes[f.Start:f.End]) != f.Text {
			t.Errorf("%q at %d:%d is not where the input holds it", f.Text, f.Start, f.End)
		}
		got = append(got, f.Kind+" "+f.Text)
	}
	want := []string{"money 120억 원", "money 120억 원", "money 45억 원", "count 800석"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("facts %q, want %q (the headline's and the story's once)", got, want)
	}
}

// TestInputOffset maps offsets in the kept text back into the input.
func TestInputOffset(t *testing.T) {
	in := "가나다라마바사아자차카타파하\n복사본\n가나다라마바사아자차카타파하\n끝 문장이다"
	kept, lines, origin := oneCopy(in)
	if origin == nil {
		t.Skipf("no line dropped from %q", in)
	}
	kr, ir := []rune(kept), []rune(in)
	o := newOffsets(lines, origin)
	for at := range kr {
		if got := o.input(at); ir[got] != kr[at] {
			t.Errorf("kept[%d] = %q maps to input[%d] = %q", at, kr[at], got, ir[got])
		}
	}
}

// FuzzOneCopy checks on any text that every code point oneCopy keeps maps
// back to the same code point of the input.
func FuzzOneCopy(f *testing.F) {
	f.Add("가나다라마바사아자차카타파하\n복사본\n가나다라마바사아자차카타파하\n끝 문장이다")
	f.Add("새벽시는 올해 120억 원을 들인다.\n새벽시는 올해 120억 원을 들인다.\n\n")
	f.Fuzz(func(t *testing.T, in string) {
		if !utf8.ValidString(in) {
			return
		}
		kept, lines, origin := oneCopy(in)
		if origin == nil {
			if kept != in {
				t.Fatalf("nothing dropped but the text changed")
			}
			return
		}
		kr, ir := []rune(kept), []rune(in)
		o := newOffsets(lines, origin)
		for at := range kr {
			got := o.input(at)
			if got < 0 || got >= len(ir) || ir[got] != kr[at] {
				t.Fatalf("kept[%d] = %q maps to input offset %d", at, kr[at], got)
			}
		}
	})
}
