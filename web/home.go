package web

import (
	"net/http"
	"strings"
)

// homeData is the home page: the search box and the overview charts.
type homeData struct {
	Articles, Facts, Won *chart
	Health               []Health
}

func (s *Server) home(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := s.queryContext(r, 1)
	defer cancel()
	labels, err := s.outletLabels(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	arts, facts, err := s.store.Daily(ctx, dailyDays)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	won, err := s.store.WonByMonth(ctx, nil, false)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	health, err := s.store.Health(ctx)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "home.html", page{Title: "Overview", Tab: "home", Data: homeData{
		Articles: stackedBars("Articles per day and outlet", arts, labels, formatCount),
		Facts:    stackedBars("Facts per day and outlet", facts, labels, formatCount),
		Won:      stackedBars("Won per month and outlet, each repeated amount counted once", won, labels, formatWon),
		Health:   health,
	}})
}

// outletLabels names and colours the outlets.
func (s *Server) outletLabels(r *http.Request) (outletLabels, error) {
	ctx, cancel := s.queryContext(r, 1)
	defer cancel()
	outlets, err := s.store.Outlets(ctx)
	if err != nil {
		return outletLabels{}, err
	}
	return labelsOf(outlets), nil
}

// searchData is the search page.
type searchData struct {
	Query string
	Hits  []Hit
	Page  int
	Next  bool
	Short bool // a term is shorter than three characters: every article was read
}

func (s *Server) search(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	q := strings.TrimSpace(v.Get("q"))
	if len(q) > maxParam {
		s.fail(w, r, &ParamError{"q", q[:maxParam] + "…", "too long"})
		return
	}
	n, err := pageNumber(v, maxPage)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	d := searchData{Query: q, Page: n}
	terms := strings.Fields(q)
	if len(terms) > 10 {
		s.fail(w, r, &ParamError{"q", q, "at most 10 words"})
		return
	}
	for _, t := range terms {
		if len([]rune(t)) < 3 {
			d.Short = true
		}
	}
	if len(terms) > 0 {
		ctx, cancel := s.queryContext(r, 1)
		defer cancel()
		hits, err := s.store.Search(ctx, SearchQuery{Terms: terms, Limit: searchPageSize + 1, Offset: (n - 1) * searchPageSize})
		if err != nil {
			s.fail(w, r, err)
			return
		}
		if len(hits) > searchPageSize {
			hits, d.Next = hits[:searchPageSize], true
		}
		d.Hits = hits
	}
	title := "Search"
	if q != "" {
		title = q + " — Search"
	}
	s.render(w, r, http.StatusOK, "search.html", page{Title: title, Tab: "search", Data: d})
}
