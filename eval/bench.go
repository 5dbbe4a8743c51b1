package eval

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
)

// Page is one benchmark page: its id (the file name without .html.gz), the
// URL it was fetched from, its HTML and the true article body.
type Page struct {
	ID    string
	URL   string
	HTML  []byte
	Truth string
}

// truthEntry is one value of ground-truth.json.
type truthEntry struct {
	ArticleBody string `json:"articleBody"`
	URL         string `json:"url"`
}

// Load reads a benchmark folder: ground-truth.json and html/<id>.html.gz for
// every id it names, sorted by id. It returns the first error met, wrapped
// with the file it concerns.
func Load(dir string) ([]Page, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, fmt.Errorf("read ground truth: %w", err)
	}
	var gt map[string]truthEntry
	if err := json.Unmarshal(raw, &gt); err != nil {
		return nil, fmt.Errorf("decode ground truth: %w", err)
	}
	ids := make([]string, 0, len(gt))
	for id := range gt {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	pages := make([]Page, 0, len(ids))
	for _, id := range ids {
		name := filepath.Join(dir, "html", id+".html.gz")
		b, err := readGzip(name)
		if err != nil {
			return nil, fmt.Errorf("read page %s: %w", id, err)
		}
		pages = append(pages, Page{ID: id, URL: gt[id].URL, HTML: b, Truth: gt[id].ArticleBody})
	}
	return pages, nil
}

func readGzip(name string) ([]byte, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	return io.ReadAll(zr)
}
