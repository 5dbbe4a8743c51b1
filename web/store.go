package web

import (
	"context"
	"errors"
)

// Store is what the web view reads: the read-only queries it runs, and
// nothing that writes. The sqlite package implements it over a read-only
// connection (sqlite.WebStore); a PostgreSQL store will implement the same.
// Every method honours ctx's deadline, which the server sets per request.
type Store interface {
	// Search returns the articles matching q, newest first, each with the
	// passage that matched.
	Search(ctx context.Context, q SearchQuery) ([]Hit, error)
	// Facts returns one page of the facts that match q and how many match
	// in all, counted up to q.MaxCount when that is above 0.
	Facts(ctx context.Context, q FactQuery) (rows []FactRow, total int, err error)
	// EachFact calls fn for every fact that matches q, in q's order, up to
	// q.Limit rows, for a download; it stops at fn's first error and
	// returns it.
	EachFact(ctx context.Context, q FactQuery, fn func(FactRow) error) error
	// WonByMonth returns the won stated per month (KST) and outlet by the
	// money facts that match conds, each amount an article repeats counted
	// once, ranges and vague amounts left out. With perClaim, each claim
	// (facts.claim_id: one announcement however many articles carry it) is
	// counted once, in the month and outlet of its first report among the
	// facts that match: issue 13's sum over claims.
	WonByMonth(ctx context.Context, conds []Cond, perClaim bool) ([]Series, error)
	// Daily returns the articles and the facts published per day (KST) and
	// outlet, over the last days days that have any.
	Daily(ctx context.Context, days int) (articles, facts []Series, err error)
	// Health returns each outlet's parser health (the outlet_health view)
	// on the latest day it was fetched, outlets in order.
	Health(ctx context.Context) ([]Health, error)
	// Outlets returns the outlets that have articles, for a filter's list.
	Outlets(ctx context.Context) ([]Outlet, error)
	// Article returns the article with its facts in order, or an error
	// wrapping ErrNotFound.
	Article(ctx context.Context, id int64) (*Article, error)
	// Fetch returns what is known of the page fetch id, without its body,
	// or an error wrapping ErrNotFound.
	Fetch(ctx context.Context, id int64) (*Fetch, error)
}

// ErrNotFound is wrapped by a Store's errors for a row that does not exist.
var ErrNotFound = errors.New("not found")

// ErrColumn is wrapped by a Store's errors for a condition or sort on a
// column the store does not have.
var ErrColumn = errors.New("unknown column")

// SearchQuery asks for articles containing every one of Terms, a page at a
// time.
type SearchQuery struct {
	Terms         []string // each found as written, anywhere in the title or text
	Limit, Offset int
}

// Hit is an article found by a search.
type Hit struct {
	ArticleID  int64
	Date       string // published date in Korea, YYYY-MM-DD; empty when unknown
	Outlet     string // host name
	OutletName string // the outlet's name from the sources file, when known
	Title      string
	Passage    string // around the match, each matched term between Mark and EndMark
	FactCount  int
}

// Mark and EndMark enclose a matched term in a Hit's Passage. They are
// control characters, which articles do not contain, so the view can escape
// the passage and then mark the terms.
const (
	Mark    = "\x02"
	EndMark = "\x03"
)

// Op is how a condition compares a column with its value.
type Op string

// The comparisons a condition can make.
const (
	OpEq Op = "="
	OpGE Op = ">="
	OpLE Op = "<="
	// OpHas holds when the column, a list (a fact's context words), has
	// Value, a string, among its items.
	OpHas Op = "has"
)

// Cond is one condition of the facts browser: Column Op Value. Column names
// one of the columns of FactRow's query (FactColumns); Value is a string,
// an int64 or a float64.
type Cond struct {
	Column string
	Op     Op
	Value  any
}

// FactQuery asks for the facts meeting every one of Conds, sorted by the
// column Sort (descending when Desc), a page at a time.
type FactQuery struct {
	Conds         []Cond
	Sort          string
	Desc          bool
	Limit, Offset int
	MaxCount      int // Facts counts the matches up to this many; 0: all
}

// FactRow is a fact with what it takes to read it and find its article.
type FactRow struct {
	FactID     int64
	ArticleID  int64
	Seq        int
	Date       string // published date in Korea
	Outlet     string
	OutletName string
	Title      string
	URL        string // the article's canonical URL
	Kind       string // money, count or percent
	Text       string // the span as written
	ValueText  string // the exact value, every digit; empty for a range or vague amount
	Currency   string // for money
	Unit       string // for counts and percentages
	MinText    string // a range's ends, exact; else empty
	MaxText    string
	Approx     bool
	Repeated   bool   // an earlier fact of the article states the same value
	Qualifiers string // separated by spaces
	// ContextWords are the words around the amount that say how to read
	// it (평균, 1인당, 무려 …), separated by spaces.
	ContextWords string
	Role         string // for money: level, change, rate or other; else empty
	Agent        string // for money: who spends, pays or owns it, as written; else empty
	Purpose      string // for money: what it is for, as written; else empty
	Per          string // for a rate: year, month or day; else empty
	// ClaimID is the claim a money fact states (facts.claim_id), 0 when
	// none; ClaimArticles is how many articles report it, ClaimOutlets
	// their outlets' names (the host where there is none), sorted, joined
	// by ", ".
	ClaimID       int64
	ClaimArticles int
	ClaimOutlets  string
	Sentence      string
	CharStart     int
	CharEnd       int
}

// Claim is what the view shows of a claim (facts.claim_id): how many
// articles report it, and their outlets' names (the host where there is
// none), sorted, joined by ", ".
type Claim struct {
	Articles int
	Outlets  string
}

// Series is one line or stack of a chart: a value per label (a month or a
// day), named after an outlet.
type Series struct {
	Name   string
	Points []Point
}

// Point is one value of a Series. Value is for drawing: a sum of won as a
// float64 keeps 15 significant digits, and never overflows as an int64
// sum of stranger-written amounts could; exact amounts are in the facts.
type Point struct {
	Label string
	Value float64
}

// Health is an outlet's extraction on one day of fetching: how many pages,
// and the shares of them that gave an article, and of the articles that
// have a published time, a byline and a fact (0 to 1).
type Health struct {
	Outlet                                               string // host name
	OutletName                                           string // the sources file's name, else the host name
	Day                                                  string
	Pages                                                int
	ArticleShare, PublishedShare, BylineShare, FactShare float64
	MedianChars                                          float64
	NoArticleReasons                                     string
}

// Outlet is a host name and, when known, the outlet's name.
type Outlet struct {
	Host string
	Name string
}

// Article is an article with its facts, for the article page.
type Article struct {
	ID          int64
	PageID      int64
	URL         string
	Outlet      string
	OutletName  string
	Title       string
	Byline      string
	PublishedAt string
	Date        string
	Section     string
	Text        string
	Facts       []FactRow
}

// Fetch is what the store knows of one page fetch.
type Fetch struct {
	ID           int64
	URL          string
	RequestedURL string
	FinalURL     string
	Status       int
	ContentType  string
	FetchedAt    string
	ContentHash  string // SHA-256 of the body as received
	StoredBytes  int    // the body's size as stored
	Encoding     string // how the body is stored: "zstd", or "" for the bytes as received
	RunID        int64  // 0 when not fetched by a crawl run
}
