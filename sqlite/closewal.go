package sqlite

/*
// The declarations the code below needs from sqlite3.h: the sqlite3
// symbols are those of the SQLite that mattn/go-sqlite3 links in.
typedef struct sqlite3 sqlite3;
extern int sqlite3_db_config(sqlite3*, int op, ...);
extern int sqlite3_auto_extension(void (*xEntryPoint)(void));

// SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, from sqlite3.h.
#define NEWSFACTS_NO_CKPT_ON_CLOSE 1006

// noCheckpointOnClose is an automatic extension: SQLite runs it on every
// connection it opens in this process.
static int noCheckpointOnClose(sqlite3 *db, const char **err, const void *api) {
	return sqlite3_db_config(db, NEWSFACTS_NO_CKPT_ON_CLOSE, 1, (int *)0);
}

static int registerNoCheckpointOnClose(void) {
	return sqlite3_auto_extension((void (*)(void))noCheckpointOnClose);
}
*/
import "C"

import (
	"fmt"
	"sync"
)

// By default the last connection to a WAL database to close, in any
// process, takes an exclusive lock on the database file, checkpoints the
// WAL into it and deletes the WAL and its index. A reader that opens the
// database at that moment (the sqlite3 shell of the README, which waits for
// no lock) fails with "database is locked": the moment lasts as long as the
// checkpoint, and comes at the end of every crawl and extract. So no
// connection of this process checkpoints on close
// (SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE): the WAL is checkpointed by the
// background checkpointer while the commands run (checkpoint.go), emptied
// by DB.Close without an exclusive lock, and stays, empty, with its index
// beside the database between runs.
var noCheckpointOnClose = sync.OnceValue(func() error {
	if rc := C.registerNoCheckpointOnClose(); rc != 0 {
		return fmt.Errorf("register no checkpoint on close: sqlite error %d", int(rc))
	}
	return nil
})
