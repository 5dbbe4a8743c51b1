package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/facts"
	"github.com/newsfacts/newsfacts/pipeline"
)

// maxTextSize bounds what -text reads from standard input.
const maxTextSize = 64 << 20

// textFacts prints the facts stated in the text on r, one JSON object a
// line, with relative times resolved against published (zero: unknown).
// Lines that repeat the story (a body saved twice over) are read once;
// start and end stay offsets into the input.
// The rules are rules (facts.Extract); a fault of theirs is returned as an
// error, its stack written to stderr for the bug report.
func textFacts(r io.Reader, w, stderr io.Writer, published time.Time, rules func(string, facts.Options) []facts.Fact) error {
	b, err := io.ReadAll(io.LimitReader(r, maxTextSize+1))
	if err != nil {
		return fmt.Errorf("read standard input: %w", err)
	}
	if len(b) > maxTextSize {
		return fmt.Errorf("standard input larger than %d MiB", maxTextSize>>20)
	}
	if !utf8.Valid(b) {
		return fmt.Errorf("standard input is not UTF-8 text")
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	var fs []facts.Fact
	if err := pipeline.Guard(func() error {
		text, keptLines, origin := oneCopy(string(b))
		fs = rules(text, facts.Options{Published: published})
		if origin != nil {
			o := newOffsets(keptLines, origin)
			for i := range fs {
				fs[i].Start = o.input(fs[i].Start)
				fs[i].End = o.input(fs[i].End)
			}
		}
		return nil
	}); err != nil {
		if fault := (*pipeline.FaultError)(nil); errors.As(err, &fault) {
			stderr.Write(fault.Stack)
		}
		return err
	}
	for _, f := range fs {
		if err := enc.Encode(f); err != nil {
			return err
		}
	}
	return nil
}
