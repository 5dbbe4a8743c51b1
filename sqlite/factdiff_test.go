package sqlite

import (
	"bytes"
	"testing"
)

// TestFactDigest: rows that differ in any value, its type, where one
// value ends and the next begins, or the article's publication time have
// different digests; the same row has the same.
func TestFactDigest(t *testing.T) {
	base := []any{"money", "1조 원", int64(1_000_000_000_000), "1000000000000", "KRW", nil}
	tests := []struct {
		name      string
		values    []any
		published any
		same      bool
	}{
		{"same row", []any{"money", "1조 원", int64(1_000_000_000_000), "1000000000000", "KRW", nil}, "2025-04-18T11:00:08+09:00", true},
		{"another value", []any{"money", "1조 원", int64(2_000_000_000_000), "1000000000000", "KRW", nil}, "2025-04-18T11:00:08+09:00", false},
		{"a REAL for an INTEGER", []any{"money", "1조 원", float64(1_000_000_000_000), "1000000000000", "KRW", nil}, "2025-04-18T11:00:08+09:00", false},
		{"empty for NULL", []any{"money", "1조 원", int64(1_000_000_000_000), "1000000000000", "KRW", ""}, "2025-04-18T11:00:08+09:00", false},
		{"a boundary moved", []any{"money", "1조 원1000000000000", int64(1_000_000_000_000), "", "KRW", nil}, "2025-04-18T11:00:08+09:00", false},
		{"another publication time", base, "2025-04-19T11:00:08+09:00", false},
		{"no publication time", base, nil, false},
	}
	want := factDigest(base, "2025-04-18T11:00:08+09:00")
	if len(want) != digestSize {
		t.Fatalf("digest of %d bytes, want %d", len(want), digestSize)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := factDigest(tt.values, tt.published)
			if same := bytes.Equal(got, want); same != tt.same {
				t.Errorf("factDigest(%v, %v) equal to the base row's: %v, want %v", tt.values, tt.published, same, tt.same)
			}
		})
	}
}
