package crawl

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/newsfacts/newsfacts"
)

// ErrNotHTML is returned for a local file named as a target that is not an
// HTML page.
var ErrNotHTML = errors.New("not an html page")

// pageExts are the file name endings imported from a folder.
var pageExts = []string{".html", ".htm", ".xhtml"}

// importLocal stores saved pages from disk. A file named as a target must be
// an HTML page; in a folder, files of other kinds are skipped.
func importLocal(ctx context.Context, db Pages, runID int64, paths []string, st *Stats, log *slog.Logger) error {
	for _, path := range paths {
		fi, err := os.Stat(path)
		if err != nil {
			return fmt.Errorf("target %s: %w", path, err)
		}
		if !fi.IsDir() {
			if err := importFile(ctx, db, runID, path, st, log); err != nil {
				return err
			}
			continue
		}
		err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if ctx.Err() != nil {
				return context.Cause(ctx)
			}
			if d.IsDir() || !isPageName(p) {
				return nil
			}
			err = importFile(ctx, db, runID, p, st, log)
			if errors.Is(err, ErrNotHTML) {
				log.Warn("skipped file that is not html", "path", p)
				st.Skipped.Add(1)
				return nil
			}
			return err
		})
		if err != nil {
			return fmt.Errorf("import %s: %w", path, err)
		}
	}
	return nil
}

func isPageName(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	for _, e := range pageExts {
		if ext == e {
			return true
		}
	}
	return false
}

// importFile stores one saved page under its file:// URL.
func importFile(ctx context.Context, db Pages, runID int64, path string, st *Stats, log *slog.Logger) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		return fmt.Errorf("target %s: %w", path, err)
	}
	body, err := os.ReadFile(abs)
	if err != nil {
		return fmt.Errorf("target %s: %w", path, err)
	}
	if len(strings.TrimSpace(string(body))) == 0 {
		return fmt.Errorf("target %s: empty file: %w", path, ErrNotHTML)
	}
	sniffed := sniffPage(body)
	if !strings.HasPrefix(sniffed, "text/html") && !strings.HasPrefix(sniffed, "text/xml") {
		return fmt.Errorf("target %s: content looks like %s: %w", path, sniffed, ErrNotHTML)
	}
	// Stored without the "; charset=utf-8" the sniffer adds to any markup:
	// it is a guess, not a header, and would override the page's own
	// <meta charset> when the page is extracted.
	ctype, _, _ := strings.Cut(sniffed, ";")
	fi, err := os.Stat(abs)
	if err != nil {
		return fmt.Errorf("target %s: %w", path, err)
	}
	u := (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()
	p := &newsfacts.Page{
		URL: u, RequestedURL: u, FinalURL: u, Status: http.StatusOK,
		ContentType:  ctype,
		LastModified: fi.ModTime().UTC().Format(http.TimeFormat),
		FetchedAt:    time.Now(),
		Body:         body,
		RunID:        runID,
	}
	st.Fetched.Add(1)
	st.Bytes.Add(int64(len(body)))
	inserted, err := db.InsertPage(ctx, p)
	if err != nil {
		return err
	}
	if inserted {
		st.Stored.Add(1)
		log.Debug("stored page", "url", u, "page_id", p.ID)
	} else {
		st.Unchanged.Add(1)
		log.Debug("page unchanged", "url", u, "page_id", p.ID)
	}
	return nil
}

// sniffPage returns the media type of a saved file as http.DetectContentType
// finds it, past what a browser takes in its stride before the markup: a
// UTF-8 byte-order mark, and NUL bytes, while they are few. The sniffer
// calls anything with one NUL in its first 512 bytes binary; here, as in
// extract.Decode, the file is binary if more than 1% of its first 4 KB are
// NULs or control bytes other than whitespace.
func sniffPage(body []byte) string {
	head := bytes.TrimPrefix(body, []byte("\xef\xbb\xbf"))
	ctl := 0
	for _, c := range head[:min(len(head), 4096)] {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b {
			ctl++
		}
	}
	if ctl*100 <= min(len(head), 4096) {
		head = bytes.ReplaceAll(head[:min(len(head), 4096)], []byte{0}, nil)
	}
	return http.DetectContentType(head)
}
