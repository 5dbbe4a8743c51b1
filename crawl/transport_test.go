package crawl

import (
	"bytes"
	"io"
	"strings"
	"sync"
	"testing"
	"testing/iotest"
)

func TestReadBody(t *testing.T) {
	body := strings.Repeat("가나다", 1000) // 9,000 bytes
	tests := []struct {
		name      string
		max, size int64
		want      int
	}{
		{"declared", 1 << 20, 9000, 9000},
		{"not declared", 1 << 20, -1, 9000},
		{"declared short", 1 << 20, 100, 9000},
		{"declared long", 1 << 20, 50000, 9000},
		{"over the limit", 5001, 9000, 5001},
		{"over the limit, not declared", 5001, -1, 5001},
		{"at the limit", 9000, 9000, 9000},
		{"limit of one", 1, -1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var scratch sync.Pool
			for _, r := range []io.Reader{strings.NewReader(body), iotest.OneByteReader(strings.NewReader(body)), iotest.DataErrReader(strings.NewReader(body))} {
				got, err := readBody(r, tt.max, tt.size, &scratch)
				if err != nil || !bytes.Equal(got, []byte(body[:tt.want])) {
					t.Errorf("readBody(max %d, size %d) = %d bytes, %v; want the first %d", tt.max, tt.size, len(got), err, tt.want)
				}
			}
		})
	}
	var scratch sync.Pool
	for _, size := range []int64{9000, -1} {
		if _, err := readBody(iotest.TimeoutReader(strings.NewReader(body)), 1<<20, size, &scratch); err != iotest.ErrTimeout {
			t.Errorf("readBody(size %d) of a failing reader: error %v, want %v", size, err, iotest.ErrTimeout)
		}
	}
	// A body read into a kept buffer is not changed by the next one.
	a, _ := readBody(strings.NewReader("first body"), 100, -1, &scratch)
	readBody(strings.NewReader("second"), 100, -1, &scratch)
	if string(a) != "first body" {
		t.Errorf("first body read = %q after a second one, want %q", a, "first body")
	}
}
