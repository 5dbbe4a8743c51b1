package sqlite

import (
	"context"
	"database/sql"
	"database/sql/driver"
)

// connTx is a write transaction on the writer's connection, begun and
// ended with SQL (BEGIN IMMEDIATE, COMMIT, ROLLBACK) on a *sql.Conn
// rather than with database/sql's Tx. database/sql gives a Tx a context
// of its own that can be cancelled, and starts a goroutine for every
// query in it (to close the query's rows if that context ends): a few
// an article, each started and ended on the saving worker, and waking a
// thread on another core when one is idle. The statements of a connTx run
// with quick(ctx) and start none; ctx's end is checked before the commit.
type connTx struct {
	*sql.Conn
	ctx  context.Context
	open bool // begun and neither committed nor rolled back
}

// beginConn begins a write transaction on the writer's connection. The
// caller defers end and commits with commit.
func (db *DB) beginConn(ctx context.Context) (*connTx, error) {
	conn, err := db.write.Conn(ctx)
	if err != nil {
		return nil, err
	}
	if _, err := conn.ExecContext(quick(ctx), `BEGIN IMMEDIATE`); err != nil {
		conn.Close()
		return nil, err
	}
	return &connTx{Conn: conn, ctx: ctx, open: true}, nil
}

// commit commits the transaction, unless ctx has ended: then it returns
// ctx's error, and end rolls the transaction back, as database/sql does a
// Tx's whose context ended.
func (t *connTx) commit() error {
	if err := t.ctx.Err(); err != nil {
		return err
	}
	if _, err := t.Conn.ExecContext(quick(t.ctx), `COMMIT`); err != nil {
		return err
	}
	t.open = false
	return nil
}

// end rolls the transaction back if it was not committed, and gives the
// connection back to the pool; a connection whose rollback failed, which
// may still be in the transaction, is closed instead (a Raw function that
// returns driver.ErrBadConn makes database/sql close the connection).
func (t *connTx) end() {
	if t.open {
		if _, err := t.Conn.ExecContext(context.WithoutCancel(t.ctx), `ROLLBACK`); err != nil {
			t.Conn.Raw(func(any) error { return driver.ErrBadConn })
		}
		t.open = false
	}
	t.Conn.Close()
}
