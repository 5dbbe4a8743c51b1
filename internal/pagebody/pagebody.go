// Package pagebody is how both stores keep a fetched page's body: zstd
// compressed, about a sixth of its size for a news page, with the raw
// bytes back on reading. A body stored before compression existed is
// read as it is.
package pagebody

import (
	"errors"
	"fmt"

	"github.com/klauspost/compress/zstd"
)

// Encodings of a stored body, as in pages.body_encoding.
const (
	Raw  = ""     // the bytes as received
	Zstd = "zstd" // a zstd frame of the bytes as received
)

// MaxSize bounds the size Decode restores, whatever a stored frame claims:
// far above any page crawl accepts (-max-body), far below what would
// exhaust memory.
const MaxSize = 1 << 30

// ErrEncoding is returned by Decode for an encoding it does not know.
var ErrEncoding = errors.New("unknown page body encoding")

// The encoder and decoder are safe for concurrent EncodeAll and DecodeAll
// calls, and costly to make: one of each serves the process. The encoder
// runs at zstd's default level, which compresses HTML about six times for
// a few milliseconds a page; concurrency 1 keeps its memory small, as
// EncodeAll needs no goroutines of its own.
var (
	encoder, _ = zstd.NewWriter(nil, zstd.WithEncoderConcurrency(1), zstd.WithZeroFrames(true))
	decoder, _ = zstd.NewReader(nil, zstd.WithDecoderConcurrency(0), zstd.WithDecoderMaxMemory(MaxSize))
)

// Encode returns raw compressed for storage, and its encoding.
func Encode(raw []byte) (body []byte, encoding string) {
	return encoder.EncodeAll(raw, make([]byte, 0, len(raw)/4+64)), Zstd
}

// Decode returns the raw bytes of a body stored with the given encoding.
// It returns an error wrapping ErrEncoding for an unknown encoding, and
// the decoder's error for a corrupt frame or one that would exceed
// MaxSize.
func Decode(body []byte, encoding string) ([]byte, error) {
	switch encoding {
	case Raw:
		return body, nil
	case Zstd:
		raw, err := decoder.DecodeAll(body, reuse())
		if err != nil {
			return nil, fmt.Errorf("decode page body: %w", err)
		}
		return raw, nil
	}
	return nil, fmt.Errorf("decode page body %q: %w", encoding, ErrEncoding)
}
