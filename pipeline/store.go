package pipeline

import (
	"context"
	"time"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/extract"
)

// Store is what extraction needs of the database: the pages waiting for
// an extractor version, and a place to save what it made of each.
type Store interface {
	// LockExtract takes the database's extract lock, waiting up to wait
	// for it, and returns the function that releases it. It returns an
	// error wrapping newsfacts.ErrLocked if another extraction still
	// holds it, or ctx's cause if ctx ends first.
	LockExtract(ctx context.Context, wait time.Duration) (release func() error, err error)
	// PendingPages returns, oldest first, the IDs of the pages that the
	// extractor of the given version has not processed: the current
	// version of each URL, never extracted or extracted by another
	// version.
	PendingPages(ctx context.Context, version string) ([]int64, error)
	// Page returns the stored page with the given ID, or an error
	// wrapping newsfacts.ErrNotFound.
	Page(ctx context.Context, id int64) (*newsfacts.Page, error)
	// SaveArticle stores the article extracted from page pageID by the
	// given extractor version with its facts, replacing in one
	// transaction the article and facts that page or another version of
	// it held, and returns the article's ID, which stays the same across
	// re-extractions. It never replaces a different article that another
	// page saved under a.URL: when a.URL is the page's own URL that
	// article moves to its page's URL, otherwise it saves nothing and
	// returns an error wrapping newsfacts.ErrURLTaken.
	SaveArticle(ctx context.Context, pageID int64, a *extract.Article, version string) (int64, error)
	// MarkNoArticle records that the extractor of the given version found
	// no article in page pageID, and why, and removes any article that
	// page or another version of it held.
	MarkNoArticle(ctx context.Context, pageID int64, version, reason string) error
}
