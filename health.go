package newsfacts

// OutletDay is the parser health of one outlet on one day: a row of the
// outlet_health view. Day is the KST date the pages were fetched; the
// shares of published times, bylines and facts are of the pages that gave
// an article.
type OutletDay struct {
	Outlet         string // the host name, by which outlet_health groups
	OutletName     string // the name the sources file gives it, else the host name
	Day            string // YYYY-MM-DD
	Pages          int    // current pages fetched that day and extracted
	Articles       int    // of those, pages that gave an article
	MedianChars    float64
	PublishedShare float64
	BylineShare    float64
	FactShare      float64
	// NoArticleReasons lists why the other pages gave none, most common
	// first: "no body text: no article text found (3); …".
	NoArticleReasons string
}

// ArticleShare is the share of the day's pages that gave an article.
func (d OutletDay) ArticleShare() float64 {
	if d.Pages == 0 {
		return 0
	}
	return float64(d.Articles) / float64(d.Pages)
}
