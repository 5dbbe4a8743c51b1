package extract

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestDecodeBinaryByProportion: a page with a stray NUL byte near its top
// (issue 17: one NUL in the first 4 KB rejected a whole page as binary)
// is text, as a browser shows it; bytes with many NULs and control bytes
// (images, executables, UTF-16 without its byte-order mark) are not.
func TestDecodeBinaryByProportion(t *testing.T) {
	page := []byte("<!DOCTYPE html><html lang=\"ko\"><head><meta charset=\"utf-8\"><title>반도체 투자</title></head><body><article><h1>반도체 투자</h1>" +
		strings.Repeat("<p>정부는 반도체 설비 투자에 정책금융 17조 원을 공급한다고 밝혔다.</p>", 20) + "</article></body></html>")
	withNUL := func(at ...int) []byte {
		b := bytes.Clone(page)
		for _, i := range at {
			b = append(b[:i:i], append([]byte{0}, b[i:]...)...)
		}
		return b
	}
	rng := rand.New(rand.NewPCG(1, 2))
	noise := make([]byte, 4096)
	for i := range noise {
		noise[i] = byte(rng.UintN(256))
	}
	png := append([]byte{0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, noise...)
	elf := append([]byte{0x7f, 'E', 'L', 'F', 2, 1, 1, 0}, make([]byte, 4000)...)
	utf16 := make([]byte, 0, 2*len(page))
	for _, r := range string(page[:400]) {
		utf16 = binary.LittleEndian.AppendUint16(utf16, uint16(r))
	}
	tests := []struct {
		name   string
		in     []byte
		binary bool
	}{
		{"a NUL in the head", withNUL(20), false},
		{"three NULs in the first 4 KB", withNUL(20, 300, 1000), false},
		{"a NUL at the very start", withNUL(0), false},
		{"png", png, true},
		{"elf", elf, true},
		{"utf-16 without a byte-order mark", utf16, true},
		{"nothing but NULs", make([]byte, 100), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := Decode(tt.in, "text/html")
			if got := errors.Is(err, ErrNotHTML); got != tt.binary {
				t.Errorf("Decode: %v; want binary %v", err, tt.binary)
			}
		})
	}
	a, err := FromHTML(withNUL(20, 300), Options{URL: "https://news.example.kr/1"})
	if err != nil || !strings.Contains(a.Text, "정책금융 17조 원") {
		t.Errorf("FromHTML of a page with two stray NULs: %v; want its article", err)
	}
}
