package newsfacts

import (
	"errors"
	"fmt"
)

// ErrNotFound is returned by a store when a requested row does not exist.
var ErrNotFound = errors.New("not found")

// ErrLocked is wrapped by the error a store returns when another crawl
// holds the database's crawl lock.
var ErrLocked = errors.New("another crawl holds the lock")

// ErrClaimLost is wrapped by the error a store returns for the work of a
// claim (a leased queue row, a page claimed for extraction) that ran out
// and that another worker took over: nothing of it was recorded, as the
// other worker records it.
var ErrClaimLost = errors.New("claim ran out and another worker took it over")

// ErrURLTaken is wrapped by the error a store returns when it is asked to
// save an article under a URL that holds a different article taken from
// another page: a canonical URL that several articles share.
var ErrURLTaken = errors.New("url holds another page's article")

// ErrNewerSchema is wrapped by the error a store's Open returns for a
// database that a newer build of newsfacts migrated: its tables and views
// may mean what this build does not know, and writing to them could undo
// what the newer build relies on. Typically the binaries were rolled back.
var ErrNewerSchema = errors.New("database schema is newer than this build's")

// NewerSchemaError names the migrations of a database newer than the
// build's. It wraps ErrNewerSchema.
type NewerSchemaError struct {
	Database string // the newest migration recorded in the database that this build does not have
	Build    string // the newest migration this build has
}

// Error says which migration the database has and this build lacks.
func (e *NewerSchemaError) Error() string {
	return fmt.Sprintf("%v: the database has migration %s, this build knows migrations up to %s; "+
		"run the newer build that migrated it (nothing was changed)", ErrNewerSchema, e.Database, e.Build)
}

// Unwrap returns ErrNewerSchema.
func (e *NewerSchemaError) Unwrap() error { return ErrNewerSchema }
