package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
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
