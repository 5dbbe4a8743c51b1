package pipeline

import (
	"context"
	"time"

	"github.com/newsfacts/newsfacts"
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
	// Pages returns the stored pages with the given IDs, in that order,
	// read together (one round trip to a server), or an error wrapping
	// newsfacts.ErrNotFound if one of them does not exist.
	Pages(ctx context.Context, ids []int64) ([]*newsfacts.Page, error)
	// SaveExtractions saves in one transaction what the extractor of the
	// given version made of each page: an article with its facts,
	// replacing the article and facts the page or another version of it
	// held (the article keeps its ID across re-extractions, and a fact
	// that says what the stored fact at its position says keeps that
	// row, its ID and its claim: only the facts that changed are
	// written), or the
	// reason the page holds none, removing any article it held; each
	// page is then processed for that version. A crash or an error saves
	// none of them: the pages stay pending. The articles are saved in
	// order, each seeing those before it (their claims).
	//
	// It never replaces a different article that another page saved
	// under an article's URL: when that URL is the page's own, that
	// article moves to its page's URL; otherwise this article is saved
	// under its page's URL (Saved.Shared). A page this extraction claimed
	// and another took over (the claim ran out) is not saved: its
	// Saved.Err wraps newsfacts.ErrClaimLost, and the others are saved.
	SaveExtractions(ctx context.Context, version string, xs []newsfacts.Extraction) ([]newsfacts.Saved, error)
}

// bodyRecycler is a Store that takes back the bodies of the pages it
// returned (Pages) once they are extracted, for a later read to
// decompress into: one body allocated and cleared for many pages, less
// work for the garbage collector, which runs beside the workers. Both
// stores are.
type bodyRecycler interface {
	RecycleBody(body []byte)
}
