package extract

import (
	"slices"
	"strings"
)

// keySet finds which of a fixed set of words a line contains in one pass
// over the line. classifyLine asks it for the keys of every lineRule at
// once: a strings.Contains per key read a long line a hundred times, and
// a Korean key's first byte (one of the four that lead every Hangul
// syllable) matched at every third byte of Korean text.
type keySet struct {
	keys []string
	// pairs marks the first two bytes of the keys of two bytes or more,
	// a bit for each of the 65,536 pairs: most positions of a line are
	// passed over after one test.
	pairs [1 << 16 / 64]uint64
	// byPair lists, for a marked pair, the keys that start with it.
	byPair map[uint16][]int
	// single holds, for a byte, the index plus one of the key that is
	// that byte alone.
	single [256]int
	// always holds the keys every line contains: the empty key, and
	// every key when there are more than maxKeys.
	always keyBits
}

// keyBits is a set of keys, bit i for key i of a keySet.
type keyBits [maxKeys / 64]uint64

// maxKeys is how many keys a keySet tells apart.
const maxKeys = 256

// newKeySet returns the keySet of keys, which must be distinct. With more
// than maxKeys keys, every line is said to contain all of them: slower,
// never wrong for a filter (TestLineKeys holds the package's keys below
// the bound).
func newKeySet(keys []string) *keySet {
	ks := &keySet{keys: keys, byPair: make(map[uint16][]int)}
	if len(keys) > maxKeys {
		for i := range ks.always {
			ks.always[i] = ^uint64(0)
		}
		return ks
	}
	for i, k := range keys {
		switch len(k) {
		case 0:
			ks.always.set(i)
		case 1:
			ks.single[k[0]] = i + 1
		default:
			p := uint16(k[0])<<8 | uint16(k[1])
			ks.pairs[p/64] |= 1 << (p % 64)
			ks.byPair[p] = append(ks.byPair[p], i)
		}
	}
	return ks
}

// find returns the set of keys s contains: bit i is set when
// strings.Contains(s, ks.keys[i]).
func (ks *keySet) find(s string) keyBits {
	b := ks.always
	for i := 0; i < len(s); i++ {
		if k := ks.single[s[i]]; k > 0 {
			b.set(k - 1)
		}
		if i+1 == len(s) {
			break
		}
		p := uint16(s[i])<<8 | uint16(s[i+1])
		if ks.pairs[p/64]&(1<<(p%64)) == 0 {
			continue
		}
		for _, k := range ks.byPair[p] {
			if strings.HasPrefix(s[i:], ks.keys[k]) {
				b.set(k)
			}
		}
	}
	return b
}

// mask returns the set of the keys of ks among words; words not in ks
// are left out.
func (ks *keySet) mask(words []string) keyBits {
	var m keyBits
	if len(ks.keys) > maxKeys {
		return ks.always
	}
	for i, k := range ks.keys {
		if slices.Contains(words, k) {
			m.set(i)
		}
	}
	return m
}

func (b *keyBits) set(i int) { b[i/64] |= 1 << (i % 64) }

// any reports whether b and m share a key.
func (b *keyBits) any(m *keyBits) bool {
	for i := range b {
		if b[i]&m[i] != 0 {
			return true
		}
	}
	return false
}
