package newsfacts

import (
	"github.com/newsfacts/newsfacts/extract"
	"github.com/newsfacts/newsfacts/facts"
)

// Extraction is what an extractor made of one stored page, as a store
// saves it with others in one transaction (pipeline.Store.SaveExtractions).
type Extraction struct {
	PageID int64
	// Article is the page's article with its facts, or nil when the page
	// holds none.
	Article *extract.Article
	// Sketch is facts.SketchOf(Article.Text) when not nil: computed where
	// the article was extracted, on as many cores, rather than by the
	// one goroutine that saves. Nil: the store computes it.
	Sketch *facts.Sketch
	// Reason says why the page holds no article, when Article is nil.
	Reason string
}

// Saved is what became of one Extraction of a batch that a store saved.
type Saved struct {
	// ArticleID is the ID of the article saved; 0 for a page without
	// one, or when Err is set.
	ArticleID int64
	// Shared reports that the article's canonical URL held another
	// page's different article (a canonical URL that several articles
	// share): the article was saved under its page's URL instead, to
	// which the store set Article.URL.
	Shared bool
	// Err, when set, wraps ErrClaimLost: the page's claim ran out and
	// another extraction took it over; nothing of this extraction was
	// saved, and the others of the batch were.
	Err error
}
