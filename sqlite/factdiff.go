package sqlite

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math"
)

// A re-extraction rewrites only the facts that changed (migration 0017):
// each fact's row carries a digest of what it says, and a save keeps the
// stored row at the same position whose digest is the new fact's, with
// its id and claim.

// digestSize is how many bytes of SHA-256 a fact's digest keeps: two
// different rows sharing one by chance is as likely as never.
const digestSize = 16

// factDigest hashes the values of a fact's row as insertFacts writes
// them (every column but article_id, seq, digest and claim_id) and the
// publication time of its article, which the fact's claim depends on.
// Each value is written with its type and length, so that no two
// different rows give the same input.
func factDigest(values []any, published any) []byte {
	h := sha256.New()
	var buf [9]byte
	put := func(v any) {
		switch v := v.(type) {
		case nil:
			h.Write([]byte{0})
		case string:
			buf[0] = 1
			binary.LittleEndian.PutUint64(buf[1:], uint64(len(v)))
			h.Write(buf[:])
			h.Write([]byte(v))
		case int64:
			buf[0] = 2
			binary.LittleEndian.PutUint64(buf[1:], uint64(v))
			h.Write(buf[:])
		case int:
			buf[0] = 2
			binary.LittleEndian.PutUint64(buf[1:], uint64(v))
			h.Write(buf[:])
		case float64:
			buf[0] = 3
			binary.LittleEndian.PutUint64(buf[1:], math.Float64bits(v))
			h.Write(buf[:])
		case bool:
			buf[0], buf[1] = 4, 0
			if v {
				buf[1] = 1
			}
			h.Write(buf[:2])
		default: // a type factValues does not write: never kept
			fmt.Fprintf(h, "\xff%T%v", v, v)
		}
	}
	for _, v := range values {
		put(v)
	}
	put(published)
	return h.Sum(nil)[:digestSize]
}

// storedFact is what a save needs of a stored fact: its digest (nil for
// rows saved before digests, and money facts without a claim) and its
// claim (0: none).
type storedFact struct {
	digest []byte
	claim  int64
}

// storedFacts returns the facts article articleID holds, by seq; a seq
// with no row has a zero storedFact.
func storedFacts(ctx context.Context, tx *connTx, articleID int64) ([]storedFact, error) {
	// A money fact without a claim is never kept: it gets one.
	rows, err := tx.QueryContext(ctx, `
		SELECT seq, CASE WHEN kind = 'money' AND claim_id IS NULL THEN NULL ELSE digest END, coalesce(claim_id, 0)
		FROM facts WHERE article_id = ? ORDER BY seq`, articleID)
	if err != nil {
		return nil, fmt.Errorf("stored facts: %w", err)
	}
	defer rows.Close()
	var out []storedFact
	for rows.Next() {
		var (
			seq int
			f   storedFact
		)
		if err := rows.Scan(&seq, &f.digest, &f.claim); err != nil {
			return nil, fmt.Errorf("stored facts: %w", err)
		}
		for len(out) < seq {
			out = append(out, storedFact{})
		}
		out = append(out, f)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("stored facts: %w", err)
	}
	return out, nil
}

// keptFacts compares the stored facts with the new ones' digests: keep[i]
// is set when the stored fact at seq i says what the new fact i says.
// gone are the seqs of the stored rows to delete: those changed, and
// those past the new facts.
func keptFacts(stored []storedFact, digests [][]byte) (keep []bool, gone []int) {
	keep = make([]bool, len(digests))
	for i, d := range digests {
		keep[i] = i < len(stored) && stored[i].digest != nil && bytes.Equal(stored[i].digest, d)
	}
	for seq := range stored {
		if seq >= len(digests) || !keep[seq] {
			gone = append(gone, seq)
		}
	}
	return keep, gone
}

// deleteFacts deletes the facts of article articleID at the seqs gone;
// all of them in one statement when none is kept.
func deleteFacts(ctx context.Context, tx *connTx, articleID int64, gone []int, all bool) error {
	if all {
		if _, err := tx.ExecContext(ctx, `DELETE FROM facts WHERE article_id = ?`, articleID); err != nil {
			return fmt.Errorf("delete old facts: %w", err)
		}
		return nil
	}
	for _, seq := range gone {
		if _, err := tx.ExecContext(ctx, `DELETE FROM facts WHERE article_id = ? AND seq = ?`, articleID, seq); err != nil {
			return fmt.Errorf("delete old fact %d: %w", seq, err)
		}
	}
	return nil
}
