package eval

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/facteval"
)

// ErrNoCopy reports that the fetched copy of a real page's repository is
// not on this machine (as in CI): the page cannot be checked, which is no
// failure of the extractor. It is facteval's: both read fetched copies
// with facteval.ShowFile.
var ErrNoCopy = facteval.ErrNoCopy

// RealPage is one page of the real-page check set: a Korean article page
// kept in a public repository, where to find it (repository, commit,
// path), how to cut its HTML out of the file that holds it, the SHA-256 of
// that HTML, and the truth written for it by hand. The page's bytes are
// not in this project: they are read from a fetched copy of the
// repository.
type RealPage struct {
	Name   string `json:"name"`             // also the truth file's name: NAME.truth.json
	Outlet string `json:"outlet"`           // the outlet whose text it is, e.g. "헤럴드경제"
	Layout string `json:"layout"`           // the layout it shows, e.g. "naver-2023"
	Year   int    `json:"year"`             // when the page was served
	URL    string `json:"url"`              // the URL it was fetched from, given to the extractor
	Repo   string `json:"repo,omitempty"`   // owner/name on GitHub
	Commit string `json:"commit,omitempty"` // 40 hex digits
	// Package, set instead of Repo and Commit, names a registry's package
	// archive that holds the page (see Package).
	Package *Package `json:"package,omitempty"`
	Path    string   `json:"path"`    // the file in the repository or the package archive
	Licence string   `json:"licence"` // the repository's or package's licence, or "none stated"
	Cut     Cut      `json:"cut"`
	SHA256  string   `json:"sha256"` // of the HTML once cut
	Note    string   `json:"note,omitempty"`

	Truth RealTruth `json:"-"`
}

// Cut says how to take a page's HTML out of the file that holds it.
type Cut struct {
	// Kind is "file" (the whole file), "notebook" (the text of output
	// Output of cell Cell of a Jupyter notebook; with a Marker, that
	// text from the first occurrence of Marker on, as when a loop printed
	// an error page before the page), "from" (the file from the first
	// occurrence of Marker on) or "json" (the string a JSON document
	// holds at Pointer, as a scraper's saved response keeps the page it
	// received).
	Kind   string `json:"kind"`
	Cell   int    `json:"cell,omitempty"`
	Output int    `json:"output,omitempty"`
	Marker string `json:"marker,omitempty"`
	// Until, when set, ends the cut text before the first occurrence of
	// Until past its first byte, as when a loop printed the next page
	// into the same output: the page stops where the next one's
	// doctype begins. Any kind of cut may take it; the text must hold it.
	Until string `json:"until,omitempty"`
	// Pointer is a JSON Pointer (RFC 6901, e.g. "/0/raw_response/content"):
	// object keys and array indexes from the document's root.
	Pointer string `json:"pointer,omitempty"`
	// Quoted, when "python", says a notebook output's text is a Python
	// str or bytes literal, as Jupyter shows the value of a cell that
	// ends with response.text or response.content: the page is what it
	// spells (see unquotePython). It is undone before Marker is looked for and
	// before Misread; other kinds of cut ignore it.
	Quoted string `json:"quoted,omitempty"`
	// Misread, when "utf-8 as latin-1", says the cut text is a UTF-8
	// page that a scraper read as Latin-1 (requests, when the response
	// names no charset) and BeautifulSoup wrote back; the page's bytes
	// are restored (see unmisread).
	Misread string `json:"misread,omitempty"`
}

// RealTruth is what a real page holds, written by hand from the page.
type RealTruth struct {
	Title string `json:"title"`
	// Published is the published time in KST as the page shows it:
	// "2006-01-02T15:04" (checked to the minute) or "2006-01-02"
	// (checked to the day).
	Published string `json:"published"`
	Byline    string `json:"byline,omitempty"` // reporters, as the extractor writes them
	// Paragraphs is the number of body paragraphs, BodyLetters the
	// number of letters and digits in them (photo captions, reporter
	// lines, promotions and copyright lines are no body).
	Paragraphs  int `json:"paragraphs"`
	BodyLetters int `json:"body_letters"`
	// Phrases come from the first, middle and last paragraphs; each
	// must be in the body exactly once.
	Phrases []string `json:"phrases"`
	// Furniture must not be in the body; FurnitureLines must not be a
	// paragraph of their own (text the body also uses in sentences,
	// such as a photo caption that is a name).
	Furniture      []string `json:"furniture"`
	FurnitureLines []string `json:"furniture_lines,omitempty"`
}

// LoadRealPages reads a real-page set: manifest.json (a JSON array of
// RealPage) and NAME.truth.json for each page, in dir. It returns the
// first error met, wrapped with the file it concerns.
func LoadRealPages(dir string) ([]RealPage, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		return nil, fmt.Errorf("read real-page manifest: %w", err)
	}
	var pages []RealPage
	if err := json.Unmarshal(raw, &pages); err != nil {
		return nil, fmt.Errorf("decode real-page manifest: %w", err)
	}
	for i := range pages {
		p := &pages[i]
		name := filepath.Join(dir, p.Name+".truth.json")
		raw, err := os.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("read truth: %w", err)
		}
		dec := json.NewDecoder(bytes.NewReader(raw))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&p.Truth); err != nil {
			return nil, fmt.Errorf("decode %s: %w", name, err)
		}
		if _, _, err := parseTruthTime(p.Truth.Published); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	}
	return pages, nil
}

// HTML reads the page from the fetched copy of its repository under
// mirror (git show COMMIT:PATH), or from its package's archive under
// mirror/registry when p.Package is set, cuts the HTML out as p.Cut says
// and checks its SHA-256. It returns an error wrapping ErrNoCopy when the
// copy is absent, and another error when git or the archive fails, the
// cut fails or the HTML is not the one the manifest names.
func (p RealPage) HTML(mirror string) ([]byte, error) {
	var file []byte
	var err error
	if p.Package != nil {
		file, err = p.Package.ReadFile(mirror, p.Path)
	} else {
		file, err = facteval.ShowFile(mirror, p.Repo, p.Commit, p.Path)
	}
	if err != nil {
		return nil, err
	}
	page, err := p.Cut.apply(file)
	if err != nil {
		return nil, fmt.Errorf("cut %s: %w", p.Name, err)
	}
	sum := sha256.Sum256(page)
	if got := hex.EncodeToString(sum[:]); got != p.SHA256 {
		return nil, fmt.Errorf("%s: sha256 %s, manifest says %s", p.Name, got, p.SHA256)
	}
	return page, nil
}

// Source names where the page is kept: the repository, or the package as
// its registry's client names it.
func (p RealPage) Source() string {
	if p.Package != nil {
		return p.Package.String()
	}
	return p.Repo
}

// apply cuts the HTML out of a file and undoes a misreading.
func (c Cut) apply(file []byte) ([]byte, error) {
	page, err := c.cut(file)
	if err != nil {
		return nil, err
	}
	if page, err = until(page, c.Until); err != nil {
		return nil, err
	}
	switch c.Misread {
	case "":
		return page, nil
	case "utf-8 as latin-1":
		return unmisread(page)
	}
	return nil, fmt.Errorf("unknown misreading %q", c.Misread)
}

// cut takes the HTML out of a file.
func (c Cut) cut(file []byte) ([]byte, error) {
	switch c.Kind {
	case "file":
		return file, nil
	case "from":
		return from(file, c.Marker)
	case "notebook":
		text, err := notebookOutput(file, c.Cell, c.Output)
		if err != nil {
			return nil, err
		}
		if text, err = c.unquote(text); err != nil || c.Marker == "" {
			return text, err
		}
		return from(text, c.Marker)
	case "json":
		return jsonString(file, c.Pointer)
	}
	return nil, fmt.Errorf("unknown cut kind %q", c.Kind)
}

// unmisread restores a UTF-8 page from text that read its bytes as
// Latin-1, one character a byte, and that BeautifulSoup then wrote back:
// BeautifulSoup decodes entities, so a character past U+00FF is written
// as a numeric reference, and U+00A0 where no UTF-8 sequence awaits a
// continuation byte is the &nbsp; it decoded. It returns an error when
// the bytes are not UTF-8: the text was not such a misreading.
func unmisread(text []byte) ([]byte, error) {
	out := make([]byte, 0, len(text))
	need := 0 // continuation bytes the current UTF-8 sequence awaits
	for _, r := range string(text) {
		if r > 0xFF {
			out = fmt.Appendf(out, "&#%d;", r)
			need = 0
			continue
		}
		b := byte(r)
		switch {
		case need > 0 && b&0xC0 == 0x80:
			need--
		case b == 0xA0:
			out = append(out, "&nbsp;"...)
			continue
		case b >= 0xF0:
			need = 3
		case b >= 0xE0:
			need = 2
		case b >= 0xC0:
			need = 1
		default:
			need = 0
		}
		out = append(out, b)
	}
	if !utf8.Valid(out) {
		return nil, errors.New("not UTF-8 read as Latin-1")
	}
	return out, nil
}

// until returns b up to the first occurrence of marker past b's first
// byte, b whole when marker is empty, or an error when marker is absent.
func until(b []byte, marker string) ([]byte, error) {
	if marker == "" {
		return b, nil
	}
	if len(b) > 0 {
		if i := bytes.Index(b[1:], []byte(marker)); i >= 0 {
			return b[:i+1], nil
		}
	}
	return nil, fmt.Errorf("end marker %q not found", marker)
}

// from returns b from the first occurrence of marker on, or an error when
// marker is empty or absent.
func from(b []byte, marker string) ([]byte, error) {
	i := bytes.Index(b, []byte(marker))
	if marker == "" || i < 0 {
		return nil, fmt.Errorf("marker %q not found", marker)
	}
	return b[i:], nil
}

// notebook is the part of a Jupyter notebook a cut reads.
type notebook struct {
	Cells []struct {
		Outputs []struct {
			Text json.RawMessage            `json:"text"`
			Data map[string]json.RawMessage `json:"data"`
		} `json:"outputs"`
	} `json:"cells"`
}

// notebookOutput returns the text of one output of one cell: a stream's
// text, else its text/html or text/plain data, each a string or a list of
// strings.
func notebookOutput(file []byte, cell, output int) ([]byte, error) {
	var nb notebook
	if err := json.Unmarshal(file, &nb); err != nil {
		return nil, fmt.Errorf("decode notebook: %w", err)
	}
	if cell < 0 || cell >= len(nb.Cells) || output < 0 || output >= len(nb.Cells[cell].Outputs) {
		return nil, fmt.Errorf("no output %d in cell %d", output, cell)
	}
	o := nb.Cells[cell].Outputs[output]
	for _, raw := range []json.RawMessage{o.Text, o.Data["text/html"], o.Data["text/plain"]} {
		if len(raw) == 0 {
			continue
		}
		var one string
		if json.Unmarshal(raw, &one) == nil {
			return []byte(one), nil
		}
		var lines []string
		if err := json.Unmarshal(raw, &lines); err != nil {
			return nil, fmt.Errorf("decode output text: %w", err)
		}
		return []byte(strings.Join(lines, "")), nil
	}
	return nil, fmt.Errorf("output %d of cell %d has no text", output, cell)
}
