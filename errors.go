package newsfacts

import "errors"

// ErrNotFound is returned by a store when a requested row does not exist.
var ErrNotFound = errors.New("not found")

// ErrLocked is wrapped by the error a store returns when another crawl
// holds the database's crawl lock.
var ErrLocked = errors.New("another crawl holds the lock")
