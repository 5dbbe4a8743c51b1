package main

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts/internal/fixture"
)

// export runs extract -export into out and returns its error.
func exportTo(t *testing.T, dbPath, out string, args ...string) error {
	t.Helper()
	var stdout, stderr bytes.Buffer
	return run(t.Context(), append([]string{"-db", dbPath, "-export", "csv", "-o", out}, args...), nil, &stdout, &stderr)
}

func fixtureDBPath(t *testing.T) string {
	t.Helper()
	db := fixture.OpenDB(t)
	fixture.Build(t, db, fixture.Version)
	return db.Path
}

// TestExportThroughSymlink: -o on a symbolic link writes its target, and the
// link stays a link (issue 17, defect 3).
func TestExportThroughSymlink(t *testing.T) {
	dbPath := fixtureDBPath(t)
	dir := t.TempDir()
	target := filepath.Join(dir, "data", "money.csv")
	if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(target, []byte("old\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "latest.csv")
	if err := os.Symlink(filepath.Join("data", "money.csv"), link); err != nil {
		t.Fatal(err)
	}
	if err := exportTo(t, dbPath, link); err != nil {
		t.Fatal(err)
	}
	li, err := os.Lstat(link)
	if err != nil || li.Mode()&fs.ModeSymlink == 0 {
		t.Fatalf("%s is no longer a symbolic link: %v %v", link, li.Mode(), err)
	}
	b, err := os.ReadFile(target)
	if err != nil || !strings.HasPrefix(string(b), "fact_id,") {
		t.Fatalf("target holds %q, %v; want the export", b, err)
	}
	if fi, _ := os.Stat(target); fi.Mode().Perm() != 0o600 {
		t.Errorf("target mode %v, want 0600 kept", fi.Mode().Perm())
	}
	leftovers, _ := filepath.Glob(filepath.Join(dir, ".*"))
	more, _ := filepath.Glob(filepath.Join(dir, "data", ".*"))
	if len(leftovers)+len(more) > 0 {
		t.Errorf("temporary files left: %v %v", leftovers, more)
	}
}

// TestExportIntoFIFO: a FIFO is written into, not replaced.
func TestExportIntoFIFO(t *testing.T) {
	dbPath := fixtureDBPath(t)
	fifo := filepath.Join(t.TempDir(), "pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	got := make(chan []byte, 1)
	go func() {
		f, err := os.Open(fifo)
		if err != nil {
			got <- nil
			return
		}
		defer f.Close()
		b, _ := io.ReadAll(f)
		got <- b
	}()
	if err := exportTo(t, dbPath, fifo); err != nil {
		t.Fatal(err)
	}
	select {
	case b := <-got:
		if !strings.HasPrefix(string(b), "fact_id,") {
			t.Errorf("the reader of the FIFO got %q, want the export", b)
		}
	case <-time.After(time.Minute):
		// Not a timing assertion: a FIFO replaced by a file never gets a
		// writer, and its reader would wait for ever.
		t.Error("the export never reached the FIFO's reader")
	}
	if fi, err := os.Lstat(fifo); err != nil || fi.Mode()&fs.ModeNamedPipe == 0 {
		t.Errorf("%s is no longer a FIFO: %v %v", fifo, fi.Mode(), err)
	}
}

// TestExportFullDevice: a write error (ENOSPC from a /dev/full device) is
// an error, and the device node stays a device. As root the test makes its
// own node of /dev/full's device, so that a regression replaces nothing
// outside its temporary folder.
func TestExportFullDevice(t *testing.T) {
	dbPath := fixtureDBPath(t)
	dev := "/dev/full"
	if os.Geteuid() == 0 {
		dev = filepath.Join(t.TempDir(), "full")
		if err := syscall.Mknod(dev, syscall.S_IFCHR|0o666, int(1<<8|7)); err != nil {
			t.Skipf("mknod: %v", err)
		}
	} else if _, err := os.Stat(dev); err != nil {
		t.Skip("no /dev/full")
	}
	err := exportTo(t, dbPath, dev)
	if !errors.Is(err, syscall.ENOSPC) {
		t.Errorf("export to %s: error %v, want ENOSPC", dev, err)
	}
	if fi, err := os.Lstat(dev); err != nil || fi.Mode()&fs.ModeCharDevice == 0 {
		t.Errorf("%s is no longer a character device: %v %v", dev, fi.Mode(), err)
	}
}

// TestExportRefused: a directory and a dangling link are refused and left
// as they are.
func TestExportRefused(t *testing.T) {
	dbPath := fixtureDBPath(t)
	dir := t.TempDir()
	dangling := filepath.Join(dir, "dangling.csv")
	if err := os.Symlink(filepath.Join(dir, "nowhere", "x.csv"), dangling); err != nil {
		t.Fatal(err)
	}
	for _, out := range []string{dir, dangling} {
		if err := exportTo(t, dbPath, out); !errors.Is(err, ErrOutput) {
			t.Errorf("export to %s: error %v, want ErrOutput", out, err)
		}
	}
	if li, err := os.Lstat(dangling); err != nil || li.Mode()&fs.ModeSymlink == 0 {
		t.Errorf("%s changed: %v %v", dangling, li.Mode(), err)
	}
}

// TestExportParquetFile writes each table as Parquet to a file.
func TestExportParquetFile(t *testing.T) {
	dbPath := fixtureDBPath(t)
	for _, table := range []string{"facts", "articles"} {
		out := filepath.Join(t.TempDir(), table+".parquet")
		var stdout, stderr bytes.Buffer
		if err := run(t.Context(), []string{"-db", dbPath, "-export", "parquet", "-table", table, "-o", out}, nil, &stdout, &stderr); err != nil {
			t.Fatalf("%s: %v", table, err)
		}
		b, err := os.ReadFile(out)
		if err != nil || !bytes.HasPrefix(b, []byte("PAR1")) || !bytes.HasSuffix(b, []byte("PAR1")) {
			t.Errorf("%s: %d bytes, %v; want a Parquet file", out, len(b), err)
		}
	}
}

// FuzzOutputPath opens outputs at fuzzed paths inside a folder where a
// regular file, a link to it, a dangling link, a folder or a link to a
// folder may stand, and checks that a link stays a link, that a folder or
// dangling link is never replaced, that what an export commits is what
// the path reads back, and that no temporary file is left behind.
func FuzzOutputPath(f *testing.F) {
	for _, seed := range []struct {
		name  string
		setup byte
	}{{"out.csv", 0}, {"file", 1}, {"link", 2}, {"dangling", 3}, {"dir", 4}, {"dirlink", 5}, {"sub/new.csv", 0}, {"dir/x.csv", 4}, {".hidden", 1}} {
		f.Add(seed.name, seed.setup)
	}
	f.Fuzz(func(t *testing.T, name string, setup byte) {
		if !filepath.IsLocal(name) || strings.ContainsRune(name, 0) || len(name) > 200 {
			return
		}
		dir := t.TempDir()
		mustDo := func(err error) {
			if err != nil {
				t.Fatal(err)
			}
		}
		mustDo(os.WriteFile(filepath.Join(dir, "file"), []byte("old"), 0o644))
		mustDo(os.Mkdir(filepath.Join(dir, "dir"), 0o755))
		switch setup % 6 {
		case 2:
			mustDo(os.Symlink("file", filepath.Join(dir, "link")))
		case 3:
			mustDo(os.Symlink("missing", filepath.Join(dir, "dangling")))
		case 5:
			mustDo(os.Symlink("dir", filepath.Join(dir, "dirlink")))
		}
		path := filepath.Join(dir, name)
		before, _ := os.Lstat(path)
		o, err := openOutput(path)
		if err == nil {
			if _, err = o.Write([]byte("new")); err == nil {
				err = o.commit()
			} else {
				o.abort()
			}
		}
		after, _ := os.Lstat(path)
		if before != nil && before.Mode()&fs.ModeSymlink != 0 && (after == nil || after.Mode()&fs.ModeSymlink == 0) {
			t.Errorf("%s: a symbolic link was replaced", name)
		}
		if before != nil && before.IsDir() && (after == nil || !after.IsDir()) {
			t.Errorf("%s: a folder was replaced", name)
		}
		if err == nil {
			if b, rerr := os.ReadFile(path); rerr != nil || string(b) != "new" {
				t.Errorf("%s: reads back %q, %v after a committed export", name, b, rerr)
			}
		}
		filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err == nil && p != path && strings.HasPrefix(d.Name(), ".") {
				t.Errorf("temporary file left: %s", p)
			}
			return nil
		})
	})
}
