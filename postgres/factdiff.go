package postgres

import (
	"crypto/sha256"
	"encoding/binary"
	"hash"

	"github.com/newsfacts/newsfacts/facts"
)

// A re-extraction rewrites only the facts that changed (migration 0014):
// each fact's row carries a digest of what it says, and article_prepare
// keeps the stored row at the same position whose digest is the new
// fact's, with its id and claim.

// digestSize is how many bytes of SHA-256 a fact's digest keeps: two
// different rows sharing one by chance is as likely as never.
const digestSize = 16

// factDigest hashes the values of a fact's row as factRows writes them
// (every column but article_id, seq, digest and claim_id) and the
// publication time of its article as articles.published_at holds it,
// which the fact's claim depends on. Each value is written with its
// length, or marked NULL, so that no two different rows give the same
// input.
func factDigest(f facts.Fact, published *string) []byte {
	h := sha256.New()
	for _, s := range []*string{optional(string(f.Kind)), &f.Text, decimal(f.Value), optional(f.Currency),
		optional(f.Unit), decimal(f.Min), decimal(f.Max), optional(jsonList(f.Qualifiers)),
		optional(jsonList(f.ContextWords)), &f.Sentence, optional(string(f.Role)), optional(string(f.Agent)),
		optional(string(f.Purpose)), optional(string(f.Period)), optional(string(f.PeriodText)),
		optional(string(f.Per)), published} {
		writeText(h, s)
	}
	var n [8 * 3]byte
	binary.LittleEndian.PutUint64(n[0:], uint64(f.Start))
	binary.LittleEndian.PutUint64(n[8:], uint64(f.End))
	if f.Approx {
		n[16] = 1
	}
	h.Write(n[:])
	return h.Sum(nil)[:digestSize]
}

// writeText writes s to h with its length, or a NULL mark.
func writeText(h hash.Hash, s *string) {
	var n [9]byte
	if s == nil {
		h.Write(n[:1])
		return
	}
	n[0] = 1
	binary.LittleEndian.PutUint64(n[1:], uint64(len(*s)))
	h.Write(n[:])
	h.Write([]byte(*s))
}

// keptFacts reads what article_prepare returned of the facts it kept:
// the claim of each new fact kept (0: no claim), by position, and
// whether it was kept.
func keptFacts(s saved, n int) (kept []bool, claims []int64) {
	kept, claims = make([]bool, n), make([]int64, n)
	for i, seq := range s.keptSeq {
		if int(seq) < n {
			kept[seq] = true
			claims[seq] = s.keptClaim[i]
		}
	}
	return kept, claims
}
