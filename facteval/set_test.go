package facteval

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
)

func TestRead(t *testing.T) {
	good := `{"id":"a","text":"예산 1조 원","facts":[{"kind":"money","text":"1조 원","value":"1000000000000","currency":"KRW"}]}`
	tests := []struct {
		name, in string
		ok       bool
	}{
		{"good", good, true},
		{"blank lines", "\n" + good + "\n\n", true},
		{"trap as a class", `{"id":"a","text":"구조","trap":"numeral-in-word: 구조","facts":[]}`, true},
		{"trap as a boolean", `{"id":"a","text":"구조","trap":true,"facts":[]}`, true},
		{"trap as a number", `{"id":"a","text":"구조","trap":1,"facts":[]}`, false},
		{"number as a JSON number", `{"id":"a","text":"2.75 달러","facts":[{"kind":"money","text":"2.75 달러","value":2.75,"currency":"USD"}]}`, true},
		{"negative", `{"id":"a","text":"-153명","facts":[{"kind":"count","text":"-153명","value":"-153","unit":"명"}]}`, true},
		{"vague", `{"id":"a","text":"수십억 원","facts":[{"kind":"money","text":"수십억 원","value":null,"currency":"KRW","approx":true}]}`, true},
		{"not json", `{"id":`, false},
		{"unknown field", `{"id":"a","text":"x","facts":[],"extra":1}`, false},
		{"no id", `{"text":"x","facts":[]}`, false},
		{"text not in sentence", `{"id":"a","text":"예산","facts":[{"kind":"money","text":"1조 원","value":"1","currency":"KRW"}]}`, false},
		{"bad kind", `{"id":"a","text":"1년","facts":[{"kind":"date","text":"1년","value":"1"}]}`, false},
		{"money without currency", `{"id":"a","text":"1조 원","facts":[{"kind":"money","text":"1조 원","value":"1"}]}`, false},
		{"money with a unit", `{"id":"a","text":"1조 원","facts":[{"kind":"money","text":"1조 원","value":"1","currency":"KRW","unit":"원"}]}`, false},
		{"count without unit", `{"id":"a","text":"3명","facts":[{"kind":"count","text":"3명","value":"3"}]}`, false},
		{"percent unit", `{"id":"a","text":"3%","facts":[{"kind":"percent","text":"3%","value":"3","unit":"퍼센트"}]}`, false},
		{"value not decimal", `{"id":"a","text":"1조 원","facts":[{"kind":"money","text":"1조 원","value":"1조","currency":"KRW"}]}`, false},
		{"value and range", `{"id":"a","text":"1조 원","facts":[{"kind":"money","text":"1조 원","value":"1","min":"1","max":"2","currency":"KRW"}]}`, false},
		{"nothing", `{"id":"a","text":"1조 원","facts":[{"kind":"money","text":"1조 원","currency":"KRW"}]}`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			set, err := Read(strings.NewReader(tt.in), "t.jsonl")
			switch {
			case tt.ok && err != nil:
				t.Errorf("Read: %v, want no error", err)
			case tt.ok && len(set) != 1:
				t.Errorf("Read: %d sentences, want 1", len(set))
			case !tt.ok && !errors.Is(err, ErrFormat):
				t.Errorf("Read: %v, want an error wrapping ErrFormat", err)
			case !tt.ok && !strings.Contains(err.Error(), "t.jsonl:"):
				t.Errorf("Read: %v, want the file and line", err)
			}
		})
	}
}

func TestLoadDuplicateID(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.jsonl", `{"id":"x","text":"가","facts":[]}`)
	write(t, dir, "b.jsonl", `{"id":"x","text":"나","facts":[]}`)
	if _, err := Load(dir); !errors.Is(err, ErrFormat) || !strings.Contains(err.Error(), `"x"`) {
		t.Errorf("Load of a duplicate id: %v, want ErrFormat naming it", err)
	}
}

func TestLoadPaths(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.jsonl", `{"id":"a","text":"가","facts":[]}`)
	write(t, dir, "b.jsonl", `{"id":"b","text":"나","facts":[]}`)
	write(t, dir, "meaning.json", `not a set`)
	for _, tc := range []struct {
		path string
		want int
	}{
		{dir, 2},
		{filepath.Join(dir, "b.jsonl"), 1},
		{filepath.Join(dir, "[ab].jsonl"), 2},
	} {
		set, err := Load(tc.path)
		if err != nil || len(set) != tc.want {
			t.Errorf("Load(%s): %d sentences, %v; want %d", tc.path, len(set), err, tc.want)
		}
	}
	for _, path := range []string{filepath.Join(dir, "none.jsonl"), filepath.Join(dir, "sub")} {
		if _, err := Load(path); err == nil {
			t.Errorf("Load(%s): no error for a path that names no set", path)
		}
	}
}
