package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
	"time"
)

// pageSize is the page size of a database Open creates, in bytes. Pages
// of 16 KiB hold a 100 KB news page in 7 pages where 4 KiB pages take 26,
// and the WAL frames and system calls of storing one go down by as much:
// crawling such pages runs about 45% faster, while extraction, whose rows
// are small, runs as fast as with 4 KiB. 32 KiB would crawl faster still
// but makes each extracted article's transaction dearer.
const pageSize = 16384

// create makes the database file when there is none. It builds it whole
// under a temporary name beside it (pageSize pages, WAL mode, every
// migration) and links it into place, so that a reader who opens the path
// meanwhile finds either no database or a complete one: never one without
// its tables, nor one locked while it is set up. Two commands creating the
// database at once each build one; the first linked is kept. An empty file
// at path (made by touch, or left by a command killed as it created it) is
// set up in place. An existing database keeps its page size.
func create(ctx context.Context, path string) error {
	switch fi, err := os.Stat(path); {
	case err == nil && fi.Size() > 0:
		return nil
	case err == nil:
		return initialize(ctx, path)
	case !errors.Is(err, fs.ErrNotExist):
		return err
	}
	// Creating the file here also gives the operating system's own reason
	// when it cannot be (permission denied), which SQLite words as "unable
	// to open database file". SQLite takes an empty file for a new database.
	tmp, err := tempFile(path)
	if err != nil {
		return err
	}
	defer func() {
		for _, suffix := range []string{"", "-wal", "-shm", "-journal"} {
			os.Remove(tmp + suffix)
		}
	}()
	if err := initialize(ctx, tmp); err != nil {
		return err
	}
	err = os.Link(tmp, path)
	switch {
	case errors.Is(err, fs.ErrExist):
		return nil // another command made it first: that one is used
	case err != nil:
		// A file system without hard links: rename, which would replace
		// a database made meanwhile (not in use yet: it was just made).
		return os.Rename(tmp, path)
	}
	return nil
}

// tempFile creates an empty file beside path, with the mode a database
// gets, and returns its name.
func tempFile(path string) (string, error) {
	for i := 0; ; i++ {
		name := path + ".new-" + strconv.Itoa(os.Getpid()) + "-" + strconv.Itoa(i)
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o644)
		if errors.Is(err, fs.ErrExist) && i < 100 {
			continue
		}
		if err != nil {
			return "", err
		}
		return name, f.Close()
	}
}

// initialize sets up the new, empty database file at path: its page size,
// which must be set before anything else is written, WAL mode included,
// then its migrations; it leaves the WAL empty. It runs on a connection of
// its own without the DSN's pragmas. When another command is setting the
// same file up (only an empty file found in place can be), it leaves the
// set-up to it.
func initialize(ctx context.Context, path string) error {
	c, err := sql.Open("sqlite3", "file:"+escapePath(path)+"?_busy_timeout=10000")
	if err != nil {
		return err
	}
	defer c.Close()
	c.SetMaxOpenConns(1)
	_, err = c.ExecContext(ctx, fmt.Sprintf("PRAGMA page_size = %d; PRAGMA journal_mode = WAL", pageSize))
	if isBusy(err) {
		return nil // another command is setting the database up
	}
	if err != nil {
		return fmt.Errorf("create: %w", err)
	}
	if err := migrate(ctx, c, time.Now); err != nil {
		return fmt.Errorf("create: %w", err)
	}
	if _, err := c.ExecContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
		return fmt.Errorf("create: %w", err)
	}
	return c.Close()
}
