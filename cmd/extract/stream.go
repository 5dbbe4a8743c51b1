package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"

	"github.com/newsfacts/newsfacts/facts"
)

// factsKey is how the facts field of an htmlOutput with no facts is
// encoded. Nothing else in the encoding can hold it: a quote inside a
// string value is escaped.
var factsKey = []byte(`"facts":[]`)

// writeArticle writes out as one JSON line, byte for byte as a
// json.Encoder with HTML escaping off writes it, but with its facts
// encoded one at a time: a page that states a million amounts would
// otherwise be held whole in memory as one line, tens of times the page's
// size, before the first byte is written.
func writeArticle(w io.Writer, out *htmlOutput) error {
	list := out.Facts
	shell := *out
	shell.Facts = []facts.Fact{}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(&shell); err != nil {
		return err
	}
	line := b.Bytes()
	i := bytes.Index(line, factsKey)
	if i < 0 {
		return errors.New("encode article: no facts field")
	}
	split := i + len(factsKey) - 1 // before the closing bracket
	bw := bufio.NewWriter(w)
	bw.Write(line[:split])
	var fb bytes.Buffer
	fenc := json.NewEncoder(&fb)
	fenc.SetEscapeHTML(false)
	for k := range list {
		fb.Reset()
		if err := fenc.Encode(&list[k]); err != nil {
			return err
		}
		if k > 0 {
			bw.WriteByte(',')
		}
		bw.Write(bytes.TrimSuffix(fb.Bytes(), []byte("\n")))
	}
	bw.Write(line[split:])
	return bw.Flush()
}
