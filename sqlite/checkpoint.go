package sqlite

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"os"
	"sync"
	"time"

	"github.com/mattn/go-sqlite3"
)

// A write transaction appends the pages it changed to the WAL; a
// checkpoint copies them into the database file, and syncs both files.
// SQLite checkpoints on the connection that commits, once the WAL holds
// 1,000 pages (wal_autocheckpoint): the writer then stops to copy and
// fsync, as often as every 40 pages of 100 KB. Here a checkpointer does it
// on a connection of its own, after commits, at most every checkpointPause,
// so that the copying and syncing overlap the writer's next transactions;
// the writer checkpoints itself only if the WAL grows to writerCheckpointAt
// bytes all the same (the checkpointer cannot keep up, or never catches up
// between two writes, which a checkpoint needs for the WAL to start over).
//
// checkpointPause is a second: a checkpoint copies the last version of
// each page the WAL holds, and the pages every transaction changes (the
// indexes' upper pages, full-text segments merged soon after they are
// written) are copied once a second instead of ten times. In a first
// extraction the checkpointer, beside the workers, took half the CPU it
// took at 100 ms (perf: 29–31 µs a page against 57–66); the WAL grows to
// a second of writes, some 20 MB, well under writerCheckpointAt.
//
// The writer's checkpoint gives way to one already running: SQLite skips
// it (SQLITE_BUSY) while the checkpointer copies and syncs, and a writer
// going on at full speed appended as much again as the checkpointer took
// to sync, on a loaded machine 140 MB past writerCheckpointAt. So a writer
// that commits while the WAL is past writerCheckpointAt first waits for
// the checkpointer's run to end (committed): its own checkpoint, right
// after the commit, then finds none running. The writer's connection
// truncates the WAL file back to writerCheckpointAt when the WAL starts
// over (journal_size_limit), so that a file larger than that holds more
// than that.
const (
	writerCheckpointAt = 64 << 20 // bytes of WAL, in pages of the database's size
	checkpointPause    = time.Second
)

// checkpointer checkpoints the WAL in the background; see above.
type checkpointer struct {
	conn  *sql.DB       // its own connection, not the writer's
	wal   string        // the WAL file's path
	wrote chan struct{} // a transaction committed; never blocks the writer
	stop  chan struct{}
	done  chan struct{}

	// running is held while the checkpointer checkpoints; a writer past
	// writerCheckpointAt waits for it (committed).
	running sync.Mutex

	mu  sync.Mutex
	err error // the first failure, for Close

	closeOnce sync.Once
	closeErr  error
}

func newCheckpointer(path string) (*checkpointer, error) {
	conn, err := sql.Open("sqlite3", dsn(path, ""))
	if err != nil {
		return nil, err
	}
	conn.SetMaxOpenConns(1)
	conn.SetConnMaxIdleTime(0)
	c := &checkpointer{conn: conn, wal: path + "-wal", wrote: make(chan struct{}, 1), stop: make(chan struct{}), done: make(chan struct{})}
	go c.run()
	return c, nil
}

// committed tells the checkpointer that a transaction committed. It is the
// writer connection's commit hook, and returns 0 to let the commit go on.
// When the WAL is larger than writerCheckpointAt it first waits for the
// checkpointer's run, if one is going on, to end: the writer's own
// checkpoint after the commit would be skipped while it lasts. (The hook
// runs before the commit's pages are appended, holding the write lock; a
// PASSIVE checkpoint never waits for the writer, so the wait ends.)
func (c *checkpointer) committed() int {
	if fi, err := os.Stat(c.wal); err == nil && fi.Size() > writerCheckpointAt {
		c.running.Lock()
		c.running.Unlock() // nothing to hold: the run has ended
	}
	select {
	case c.wrote <- struct{}{}:
	default: // one is waiting already
	}
	return 0
}

func (c *checkpointer) run() {
	defer close(c.done)
	for {
		select {
		case <-c.stop:
			return
		case <-c.wrote:
		}
		// PASSIVE copies what no reader still needs and waits for no one:
		// not for readers, nor for the writer, which goes on appending.
		c.running.Lock()
		_, err := c.conn.ExecContext(context.Background(), `PRAGMA wal_checkpoint(PASSIVE)`)
		c.running.Unlock()
		if err != nil && !isBusy(err) {
			c.mu.Lock()
			if c.err == nil {
				c.err = err
			}
			c.mu.Unlock()
		}
		select {
		case <-c.stop:
			return
		case <-time.After(checkpointPause):
		}
	}
}

// close stops the checkpointer and closes its connection. It returns the
// first checkpoint that failed for another reason than a checkpoint
// already running, if one did. Calls after the first return the same.
func (c *checkpointer) close() error {
	c.closeOnce.Do(func() {
		close(c.stop)
		<-c.done
		c.truncate()
		c.mu.Lock()
		err := c.err
		c.mu.Unlock()
		if err != nil {
			err = fmt.Errorf("checkpoint: %w", err)
		}
		c.closeErr = errors.Join(err, c.conn.Close())
	})
	return c.closeErr
}

// truncate empties the WAL when the database is closed: it checkpoints
// what is left and truncates the WAL file to nothing, so that the next
// process to open the database has no WAL to recover. It takes no lock
// that keeps readers out (closewal.go); it waits for readers of old
// snapshots for truncateWait at most, then leaves the WAL as it is.
func (c *checkpointer) truncate() {
	ctx := context.Background()
	if _, err := c.conn.ExecContext(ctx, fmt.Sprintf("PRAGMA busy_timeout = %d", truncateWait.Milliseconds())); err != nil {
		return
	}
	if _, err := c.conn.ExecContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`); err != nil && !isBusy(err) {
		c.mu.Lock()
		if c.err == nil {
			c.err = err
		}
		c.mu.Unlock()
	}
}

// truncateWait is how long truncate waits for readers.
const truncateWait = 200 * time.Millisecond

// isBusy reports whether err is SQLITE_BUSY: another connection checkpoints.
func isBusy(err error) bool {
	var se sqlite3.Error
	return errors.As(err, &se) && se.Code == sqlite3.ErrBusy
}

// writerConnector opens the writer's connections: with the DSN's pragmas,
// then the ones a DSN cannot set, in a ConnectHook, so that every
// connection the pool opens has them.
//
// temp_store = MEMORY keeps the writer's statement journals in memory.
// A statement that runs triggers or may fail half-way inside a longer
// transaction (an article's upsert, with its full-text and check
// triggers) first copies every page it changes to a statement journal,
// so that it alone can be undone; beyond 64 KiB SQLite spills it to a
// deleted file in the temporary directory. With 16 KiB pages a first
// extraction wrote about 195 KB a page to such files, in 24 system calls
// a page: twice the WAL's bytes, on the worker's thread. In memory it is
// bounded by what one statement changes, and crash safety does not
// depend on it (an interrupted transaction is rolled back from the WAL,
// which never held it). Migrations, whose statements may rewrite whole
// tables, run with temp_store = FILE (DB.migrate).
type writerConnector struct {
	dsn    string
	driver *sqlite3.SQLiteDriver
}

func newWriterConnector(dsn string, c *checkpointer) *writerConnector {
	return &writerConnector{dsn: dsn, driver: &sqlite3.SQLiteDriver{
		ConnectHook: func(conn *sqlite3.SQLiteConn) error {
			size, err := pragmaInt(conn, "page_size")
			if err != nil {
				return err
			}
			if _, err := conn.Exec(fmt.Sprintf("PRAGMA wal_autocheckpoint = %d", writerCheckpointAt/max(size, 512)), nil); err != nil {
				return fmt.Errorf("wal_autocheckpoint: %w", err)
			}
			if _, err := conn.Exec(fmt.Sprintf("PRAGMA journal_size_limit = %d", writerCheckpointAt), nil); err != nil {
				return fmt.Errorf("journal_size_limit: %w", err)
			}
			if _, err := conn.Exec("PRAGMA temp_store = MEMORY", nil); err != nil {
				return fmt.Errorf("temp_store: %w", err)
			}
			conn.RegisterCommitHook(c.committed)
			return nil
		},
	}}
}

// pragmaInt returns the integer value of a pragma on conn.
func pragmaInt(conn *sqlite3.SQLiteConn, name string) (int64, error) {
	rows, err := conn.Query("PRAGMA "+name, nil)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", name, err)
	}
	defer rows.Close()
	v := make([]driver.Value, 1)
	if err := rows.Next(v); err != nil {
		return 0, fmt.Errorf("%s: %w", name, err)
	}
	n, ok := v[0].(int64)
	if !ok {
		return 0, fmt.Errorf("%s: %T, not an integer", name, v[0])
	}
	return n, nil
}

// Connect implements driver.Connector.
func (w *writerConnector) Connect(context.Context) (driver.Conn, error) {
	return w.driver.Open(w.dsn)
}

// Driver implements driver.Connector.
func (w *writerConnector) Driver() driver.Driver { return w.driver }
