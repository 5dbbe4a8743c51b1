package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

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
			"qualifiers", "context_words", "start", "end", "sentence"} {
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
