package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/newsfacts/newsfacts/extract"
	"github.com/newsfacts/newsfacts/facts"
	"github.com/newsfacts/newsfacts/internal/cli"
	"github.com/newsfacts/newsfacts/pipeline"
)

// maxFileSize bounds what -html reads from one file (after decompression).
const maxFileSize = 64 << 20

// htmlOutput is the JSON line -html prints per file: a contract other tools
// rely on.
type htmlOutput struct {
	File       string       `json:"file"`
	URL        string       `json:"url"`
	Title      string       `json:"title"`
	Byline     string       `json:"byline"`
	Published  *string      `json:"published"`
	Modified   *string      `json:"modified"`
	Text       string       `json:"text"`
	Paragraphs []string     `json:"paragraphs"`
	Facts      []facts.Fact `json:"facts"`

	// Beyond the contract: metadata a reader may want; never removed or
	// renamed without notice, but tools must not depend on their order.
	Authors   []string `json:"authors"`
	Emails    []string `json:"emails"`
	Canonical string   `json:"canonical"`
	Section   string   `json:"section"`
	Lang      string   `json:"lang"`
	Captions  []string `json:"captions"`
	Charset   string   `json:"charset"`
	// FactsDropped counts the facts past -max-facts, found and not
	// written: facts holds the first of the text.
	FactsDropped int `json:"facts_dropped"`
}

// htmlFiles prints the article of each file as a JSON line. A file that
// cannot be read or holds no article is reported on stderr and the others
// go on; the error then says how many failed.
func htmlFiles(ctx context.Context, files []string, opt extract.Options, stdout, stderr io.Writer) error {
	failed := 0
	for _, name := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		out, err := htmlFile(name, opt)
		if err == nil {
			err = writeArticle(stdout, out)
		}
		if err != nil {
			failed++
			fmt.Fprintf(stderr, "extract: %s: %v\n", name, err)
			if fault := (*pipeline.FaultError)(nil); errors.As(err, &fault) {
				stderr.Write(fault.Stack) // for the bug report
			}
		}
	}
	switch {
	case failed == 0:
		return nil
	case failed == len(files):
		return fmt.Errorf("no article extracted from %d file(s)", failed)
	default:
		return fmt.Errorf("%d of %d files: %w", failed, len(files), cli.ErrPartial)
	}
}

func htmlFile(name string, opt extract.Options) (*htmlOutput, error) {
	page, err := readPage(name)
	if err != nil {
		return nil, err
	}
	var a *extract.Article
	if err := pipeline.Guard(func() (err error) {
		a, err = extract.FromHTML(page, opt)
		return err
	}); err != nil {
		return nil, err
	}
	out := &htmlOutput{
		File: name, URL: a.URL, Title: a.Title, Byline: a.Byline,
		Published: rfc3339(a.Published), Modified: rfc3339(a.Modified),
		Text: a.Text, Paragraphs: a.Paragraphs, Facts: a.Facts,
		Authors: nonNil(a.Authors), Emails: nonNil(a.Emails), Canonical: a.Canonical,
		Section: a.Section, Lang: a.Lang, Captions: nonNil(a.Captions), Charset: a.Charset,
		FactsDropped: a.FactsDropped,
	}
	if out.Paragraphs == nil {
		out.Paragraphs = []string{}
	}
	if out.Facts == nil {
		out.Facts = []facts.Fact{}
	}
	return out, nil
}

// readPage reads a file, gunzipping it when it is gzip-compressed.
func readPage(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	head := make([]byte, 2)
	if n, _ := io.ReadFull(f, head); n == 2 && head[0] == 0x1f && head[1] == 0x8b {
		if _, err := f.Seek(0, io.SeekStart); err != nil {
			return nil, err
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("gunzip: %w", err)
		}
		defer zr.Close()
		r = zr
	} else if _, err := f.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	n, err := io.Copy(&buf, io.LimitReader(r, maxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	if n > maxFileSize {
		return nil, fmt.Errorf("larger than %d MiB", maxFileSize>>20)
	}
	if strings.HasSuffix(name, ".gz") && buf.Len() == 0 {
		return nil, fmt.Errorf("empty after gunzip")
	}
	return buf.Bytes(), nil
}

// nonNil makes an absent list print as [] rather than null.
func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func rfc3339(t time.Time) *string {
	if t.IsZero() {
		return nil
	}
	s := t.Format(time.RFC3339)
	return &s
}
