package newsfacts

import "errors"

// ErrNotFound is returned by a store when a requested row does not exist.
var ErrNotFound = errors.New("not found")

// ErrLocked is wrapped by the error a store returns when another crawl
// holds the database's crawl lock.
var ErrLocked = errors.New("another crawl holds the lock")

// ErrURLTaken is wrapped by the error a store returns when it is asked to
// save an article under a URL that holds a different article taken from
// another page: a canonical URL that several articles share.
var ErrURLTaken = errors.New("url holds another page's article")
