package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// output is where an export goes, chosen by what its path names:
//
//   - a new path, or a regular file: the export is written to a temporary
//     file beside it and renamed onto it when complete, so that a failed
//     export leaves no half file; a replaced file keeps its mode.
//   - a symbolic link to a regular file: as above, on the link's target;
//     the link stays a link.
//   - anything else that can be opened for writing (a FIFO, a terminal,
//     /dev/null, /dev/stdout): written in place, never replaced.
//
// A directory, a dangling link and a socket are refused. Every write
// error, such as ENOSPC from /dev/full, is returned.
type output struct {
	f     *os.File
	final string // the regular file to rename the temporary one onto; "" when writing in place
	mode  fs.FileMode
}

// ErrOutput is wrapped by openOutput's errors for a path it will not write.
var ErrOutput = errors.New("cannot export there")

// openOutput opens path for an export.
func openOutput(path string) (*output, error) {
	fi, err := os.Stat(path) // follows links
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if li, lerr := os.Lstat(path); lerr == nil && li.Mode()&fs.ModeSymlink != 0 {
			return nil, fmt.Errorf("-o %s: %w: a symbolic link to nothing", path, ErrOutput)
		}
		return openTemp(path, path, 0o644)
	case err != nil:
		return nil, fmt.Errorf("-o %s: %w", path, err)
	case fi.Mode().IsRegular():
		real, err := filepath.EvalSymlinks(path)
		if err != nil {
			return nil, fmt.Errorf("-o %s: %w", path, err)
		}
		return openTemp(path, real, fi.Mode().Perm())
	case fi.IsDir():
		return nil, fmt.Errorf("-o %s: %w: a directory", path, ErrOutput)
	case fi.Mode()&fs.ModeSocket != 0:
		return nil, fmt.Errorf("-o %s: %w: a socket", path, ErrOutput)
	}
	// A FIFO, a device: write into it as a shell's > would, without
	// truncating what cannot be truncated.
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return nil, fmt.Errorf("-o %s: %w", path, err)
	}
	return &output{f: f}, nil
}

// openTemp opens a temporary file beside real, to become real with mode.
func openTemp(path, real string, mode fs.FileMode) (*output, error) {
	f, err := os.CreateTemp(filepath.Dir(real), "."+filepath.Base(real)+".*")
	if err != nil {
		return nil, fmt.Errorf("-o %s: %w", path, err)
	}
	return &output{f: f, final: real, mode: mode}, nil
}

// Write writes to the output.
func (o *output) Write(p []byte) (int, error) { return o.f.Write(p) }

// commit finishes the output: a temporary file is synced, given its mode
// and renamed onto the final path; a file written in place is closed.
func (o *output) commit() error {
	if o.final == "" {
		if err := o.f.Close(); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		return nil
	}
	err := o.f.Sync()
	if err == nil {
		err = o.f.Chmod(o.mode)
	}
	if cerr := o.f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(o.f.Name(), o.final)
	}
	if err != nil {
		os.Remove(o.f.Name())
		return fmt.Errorf("export: %w", err)
	}
	return nil
}

// abort gives up the output: a temporary file is removed, and the final
// path is left as it was.
func (o *output) abort() {
	o.f.Close()
	if o.final != "" {
		os.Remove(o.f.Name())
	}
}
