package pagebody_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/pagebody"
)

func TestRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		raw  []byte
	}{
		{"empty", nil},
		{"html", []byte(strings.Repeat("<p>과기정통부는 1조 8천억 원 규모의 추경예산안을 발표했다.</p>\n", 200))},
		{"binary", []byte{0, 0xff, 0xfe, 0x80, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body, enc := pagebody.Encode(tt.raw)
			if enc != pagebody.Zstd {
				t.Fatalf("Encode encoding = %q, want %q", enc, pagebody.Zstd)
			}
			got, err := pagebody.Decode(body, enc)
			if err != nil || !bytes.Equal(got, tt.raw) {
				t.Fatalf("Decode(Encode(%d bytes)) = %d bytes, %v; want the same bytes", len(tt.raw), len(got), err)
			}
			if len(tt.raw) > 1000 && len(body)*4 > len(tt.raw) {
				t.Errorf("compressed %d bytes to %d; want at most a quarter for repetitive HTML", len(tt.raw), len(body))
			}
		})
	}
}

func TestDecodeRawAndErrors(t *testing.T) {
	if got, err := pagebody.Decode([]byte("<p>old</p>"), pagebody.Raw); err != nil || string(got) != "<p>old</p>" {
		t.Errorf("Decode(raw) = %q, %v; want the bytes as stored", got, err)
	}
	if _, err := pagebody.Decode([]byte("x"), "gzip"); !errors.Is(err, pagebody.ErrEncoding) {
		t.Errorf("Decode(gzip) error = %v, want ErrEncoding", err)
	}
	if _, err := pagebody.Decode([]byte("not a zstd frame"), pagebody.Zstd); err == nil {
		t.Error("Decode(corrupt frame) = nil error")
	}
}

// FuzzDecode: a stored body, perhaps corrupt, decodes or fails, never
// panics; what Encode made always decodes back.
func FuzzDecode(f *testing.F) {
	f.Add([]byte("<html><body><p>본문</p></body></html>"))
	f.Add([]byte{})
	body, _ := pagebody.Encode([]byte("<p>x</p>"))
	f.Add(body)
	f.Fuzz(func(t *testing.T, b []byte) {
		pagebody.Decode(b, pagebody.Zstd)
		enc, e := pagebody.Encode(b)
		got, err := pagebody.Decode(enc, e)
		if err != nil || !bytes.Equal(got, b) {
			t.Fatalf("round trip of %q: %q, %v", b, got, err)
		}
	})
}
