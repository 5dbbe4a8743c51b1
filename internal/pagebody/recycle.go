package pagebody

import "sync"

// recycled holds bodies given back with Recycle, for Decode to
// decompress into: a body is allocated, and cleared, once rather than for
// every page read (*[]byte: a slice in an interface would be allocated).
var recycled sync.Pool

// maxRecycled bounds the capacity of a body kept for reuse: a rare huge
// page is let go rather than kept.
const maxRecycled = 4 << 20

// Recycle gives back a body that Decode returned (or any body the caller
// owns) once nothing refers to it any more: neither the caller nor
// anything it handed the body to. A later Decode may overwrite it.
func Recycle(b []byte) {
	if cap(b) == 0 || cap(b) > maxRecycled {
		return
	}
	b = b[:0]
	recycled.Put(&b)
}

// reuse returns an empty slice to decode into: a recycled body, or nil.
func reuse() []byte {
	if b, ok := recycled.Get().(*[]byte); ok {
		return *b
	}
	return nil
}
