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

// TestRecycle: bodies decoded into recycled ones, larger and smaller than
// they, come out whole, and a recycled body that is not a decoded one
// (stored as it is) is taken too.
func TestRecycle(t *testing.T) {
	bodies := [][]byte{
		[]byte(strings.Repeat("<p>첫 번째 기사 본문입니다.</p>\n", 300)),
		[]byte("<p>짧은</p>"),
		[]byte(strings.Repeat("<div>두 번째, 더 긴 본문</div>\n", 900)),
		[]byte("<p>raw</p>"),
	}
	for round := range 3 {
		for i, raw := range bodies {
			enc, e := pagebody.Encode(raw)
			if i == 3 {
				enc, e = bytes.Clone(raw), pagebody.Raw
			}
			got, err := pagebody.Decode(enc, e)
			if err != nil || !bytes.Equal(got, raw) {
				t.Fatalf("round %d, body %d: Decode gave %d bytes, %v; want %d bytes", round, i, len(got), err, len(raw))
			}
			pagebody.Recycle(got)
		}
	}
}
