package pipeline

import (
	"context"
	"time"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/extract"
)

// Store is what extraction needs of the database: the pages waiting for
// an extractor version, handed out so that extractions working at once
// never take the same page, and a place to save what it made of each.
type Store interface {
	// BeginExtract starts this store handle's extraction and returns the
	// function that ends it, giving back the pages claimed and not
	// saved. A store with one writer (SQLite) takes the database's
	// extract lock, waiting up to wait for it, and returns an error
	// wrapping newsfacts.ErrLocked if another extraction still holds it,
	// or ctx's cause if ctx ends first: a second extraction would do all
	// the work again. A store shared by many processes (PostgreSQL) takes
	// no lock: ClaimPages keeps its extractions apart.
	BeginExtract(ctx context.Context, wait time.Duration) (end func() error, err error)
	// ClaimPages hands out, oldest first, up to n IDs greater than after
	// of the pages that the extractor of the given version has not
	// processed (the current version of each URL, never extracted or
	// extracted by another version) and that no extraction holds, and
	// holds them for this one until it saves them or ends. It returns
	// none when no such page is free; held is then the number of pending
	// pages that other extractions hold, which come free if those die.
	ClaimPages(ctx context.Context, version string, after int64, n int) (ids []int64, held int, err error)
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
	// returns an error wrapping newsfacts.ErrURLTaken. For a page this
	// extraction claimed and another took over (the claim ran out), it
	// saves nothing and returns an error wrapping newsfacts.ErrClaimLost.
	SaveArticle(ctx context.Context, pageID int64, a *extract.Article, version string) (int64, error)
	// MarkNoArticle records that the extractor of the given version found
	// no article in page pageID, and why, and removes any article that
	// page or another version of it held; for a claim lost as with
	// SaveArticle.
	MarkNoArticle(ctx context.Context, pageID int64, version, reason string) error
}
