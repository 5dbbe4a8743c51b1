package facts

import (
	"encoding/binary"
	"math"
	"strings"
	"time"
	"unicode"
)

// This file tells when two money facts are one claim: the same statement
// of an amount that several articles report, wire copy republished by
// many outlets above all (docs/meaning.md "Claims across outlets"). The
// store finds the candidates (the same currency and value, or range, in
// articles published within ClaimWindow of each other) and asks SameClaim
// and ClaimOf; nothing here opens a database.

// ClaimWindow is how far apart in publication time two facts of one claim
// may be.
const ClaimWindow = 7 * 24 * time.Hour

// SketchSize is the number of hash values in a Sketch.
const SketchSize = 64

// Sketch is a MinHash signature of the character shingles of a text: the
// share of equal values of two sketches estimates the Jaccard similarity
// of the two texts' shingle sets, in constant space. The zero Sketch is
// that of an empty text.
type Sketch [SketchSize]uint32

// storyShingle is the length in letters of a story's shingles, and
// sentenceShingle that of a sentence's: spaces and punctuation are
// dropped first, so that a republished text whose spacing or quotes
// changed still matches.
const (
	storyShingle    = 5
	sentenceShingle = 3
)

// SketchOf returns the MinHash sketch of text: the minimum, for each of
// SketchSize hash functions, over the hashes of its shingles of
// storyShingle letters and digits.
func SketchOf(text string) Sketch {
	var s Sketch
	for i := range s {
		s[i] = math.MaxUint32
	}
	empty := true
	eachShingle(text, storyShingle, func(h uint64) {
		empty = false
		for i := range s {
			// One 64-bit hash, remixed per function: splitmix64 of h
			// with the function's seed.
			v := uint32(mix(h+uint64(i)*0x9E3779B97F4A7C15) >> 32)
			if v < s[i] {
				s[i] = v
			}
		}
	})
	if empty {
		return Sketch{}
	}
	return s
}

// mix is splitmix64's finaliser: a cheap, well spread 64-bit hash.
func mix(z uint64) uint64 {
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}

// Similarity returns the share of equal values of s and t, an estimate
// of the Jaccard similarity of their texts; 0 when either is the sketch of
// an empty text.
func (s Sketch) Similarity(t Sketch) float64 {
	if s == (Sketch{}) || t == (Sketch{}) {
		return 0
	}
	n := 0
	for i := range s {
		if s[i] == t[i] {
			n++
		}
	}
	return float64(n) / SketchSize
}

// Bytes returns the sketch as 4×SketchSize little-endian bytes, as the
// store keeps it.
func (s Sketch) Bytes() []byte {
	b := make([]byte, 4*SketchSize)
	for i, v := range s {
		binary.LittleEndian.PutUint32(b[4*i:], v)
	}
	return b
}

// SketchFromBytes reads a sketch written by Bytes; anything of another
// length is the zero Sketch.
func SketchFromBytes(b []byte) Sketch {
	var s Sketch
	if len(b) != 4*SketchSize {
		return s
	}
	for i := range s {
		s[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return s
}

// eachShingle calls f with the hash of each run of n consecutive letters
// and digits of text, spaces and punctuation dropped. A text shorter than
// n gives one shingle of all of it.
func eachShingle(text string, n int, f func(uint64)) {
	var win []rune
	count := 0
	emit := func() {
		// FNV-1a over the runes, inline: no allocation per shingle.
		h := uint64(14695981039346656037)
		for _, r := range win {
			h ^= uint64(r)
			h *= 1099511628211
		}
		f(h)
	}
	for _, r := range text {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			continue
		}
		win = append(win, unicode.ToLower(r))
		if len(win) > n {
			win = win[1:]
		}
		count++
		if len(win) == n {
			emit()
		}
	}
	if count > 0 && count < n {
		emit()
	}
}

// shingleSet returns the set of the hashes of the shingles of n letters
// of s.
func shingleSet(s string, n int) map[uint64]bool {
	set := make(map[uint64]bool)
	eachShingle(s, n, func(h uint64) { set[h] = true })
	return set
}

// overlap returns the Jaccard similarity |a ∩ b| / |a ∪ b| of two sets
// and their containment |a ∩ b| / min(|a|, |b|); 0 for an empty set.
func overlap(a, b map[uint64]bool) (jaccard, containment float64) {
	if len(a) == 0 || len(b) == 0 {
		return 0, 0
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	in := 0
	for h := range a {
		if b[h] {
			in++
		}
	}
	return float64(in) / float64(len(a)+len(b)-in), float64(in) / float64(len(a))
}

// Statement is a money fact as claims see it: its claim when it has one,
// when it was published, its sentence, purpose and the sketch of its
// article's text. The caller compares only statements of the same
// currency and value (or range).
type Statement struct {
	Claim     int64     // its claim; 0 for the statement being placed
	Article   int64     // its article, to tell two facts of one article
	Published time.Time // zero when unknown: then it joins no claim
	Sentence  string
	Purpose   string
	Story     Sketch
}

// The thresholds of SameClaim, measured on the cross-outlet set of
// testdata/claims (exteval -claims).
const (
	// sameSentence is the Jaccard similarity of two sentences' shingles
	// from which they are one statement, edited: wire copy with a changed
	// word order, a title added to a name, 밝혔다 for 말했다.
	sameSentence = 0.5
	// containedSentence is the share of the shorter sentence's shingles
	// found in the longer from which they are one statement: wire copy
	// with a dateline before it ((서울=연합뉴스) …) or a clause added.
	containedSentence = 0.7
	// sameStory is the sketch similarity of two articles from which they
	// are one story, republished with a new headline or paragraphs; their
	// facts of one amount are then one claim unless their purposes differ.
	sameStory = 0.3
)

// SameClaim reports how similar two statements of the same amount are,
// and whether they are one claim: published within ClaimWindow of each
// other, with purposes that agree (one contains the other, or either is
// unknown), and either near-duplicate sentences (similar, or the one
// contained in the other) or, failing that, near-duplicate stories (the
// same article counts as one).
func SameClaim(a, b Statement) (float64, bool) {
	if a.Published.IsZero() || b.Published.IsZero() {
		return 0, false
	}
	if d := a.Published.Sub(b.Published); d > ClaimWindow || d < -ClaimWindow {
		return 0, false
	}
	if !purposesAgree(a.Purpose, b.Purpose) {
		return 0, false
	}
	sent, contained := overlap(shingleSet(fullNames(a.Sentence), sentenceShingle), shingleSet(fullNames(b.Sentence), sentenceShingle))
	story := a.Story.Similarity(b.Story)
	if a.Article != 0 && a.Article == b.Article {
		story = 1
	}
	score := max(sent, story)
	return score, sent >= sameSentence || contained >= containedSentence || story >= sameStory
}

// purposesAgree reports whether two purposes may be of one claim: either
// is unknown, or one contains the other, spaces aside.
func purposesAgree(a, b string) bool {
	a, b = strings.Join(strings.Fields(a), ""), strings.Join(strings.Fields(b), "")
	return a == "" || b == "" || strings.Contains(a, b) || strings.Contains(b, a)
}

// ClaimOf returns the claim that statement s belongs to among the
// candidates cands (statements of the same amount that already have a
// claim): that of the most similar one SameClaim accepts, the lowest
// claim on a tie; 0 when none does.
func ClaimOf(s Statement, cands []Statement) int64 {
	var best int64
	bestScore := -1.0
	for _, c := range cands {
		score, ok := SameClaim(s, c)
		if !ok || c.Claim == 0 {
			continue
		}
		if score > bestScore || score == bestScore && c.Claim < best {
			best, bestScore = c.Claim, score
		}
	}
	return best
}

// SameAmount reports whether two money facts state the same amount: the
// same currency and value, or, without a value, the same range. Only
// such facts are compared as one claim.
func SameAmount(a, b Fact) bool {
	if a.Currency != b.Currency {
		return false
	}
	switch {
	case a.Value != nil && b.Value != nil:
		return a.Value.String() == b.Value.String()
	case a.Value == nil && b.Value == nil && a.Min != nil && a.Max != nil && b.Min != nil && b.Max != nil:
		return a.Min.String() == b.Min.String() && a.Max.String() == b.Max.String()
	}
	return false
}
