package web

import (
	"encoding/csv"
	"net/http"
	"net/url"
	"strconv"
)

// factsData is the facts browser.
type factsData struct {
	Filters []filter
	Sorts   []sortKey
	Outlets []Outlet
	Form    map[string]string
	Rows    []FactRow
	Total   int
	More    bool // there are more than Total matches: counting stopped
	From    int  // the number of the first row shown, from 1
	Page    int
	Next    bool
	Won     *chart
	Query   string // the selection's query string, for links
}

// Chart titles of the facts browser.
const (
	wonTitle      = "Won per month and outlet in this selection, each repeated amount counted once"
	wonClaimTitle = "Won per month and outlet in this selection, each claim counted once (in the month and outlet of its first report)"
)

func (s *Server) facts(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	q, form, err := factQuery(v)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	n, err := pageNumber(v, maxPage)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	claims, err := perClaim(v)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if claims {
		form["claims"] = "1"
	}
	ctx, cancel := s.queryContext(r, 1)
	defer cancel()
	outlets, err := s.store.Outlets(ctx)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	// Past maxPage pages no page can be shown: count no further.
	q.Limit, q.Offset, q.MaxCount = factPageSize, (n-1)*factPageSize, maxPage*factPageSize+1
	rows, total, err := s.store.Facts(ctx, q)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	won, err := s.store.WonByMonth(ctx, q.Conds, claims)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	sel := url.Values{}
	for k, val := range form {
		sel.Set(k, val)
	}
	title := wonTitle
	if claims {
		title = wonClaimTitle
	}
	s.render(w, r, http.StatusOK, "facts.html", page{Title: "Facts", Tab: "facts", Data: factsData{
		Filters: factFilters, Sorts: factSorts, Outlets: outlets, Form: form,
		Rows: rows, Total: min(total, maxPage*factPageSize), More: total > maxPage*factPageSize,
		From: q.Offset + 1, Page: n, Next: q.Offset+len(rows) < total && n < maxPage,
		Won:   stackedBars(title, won, labelsOf(outlets), formatWon),
		Query: sel.Encode(),
	}})
}

// csvHeader names the columns of a facts download, in csvRecord's order.
var csvHeader = []string{"fact_id", "article_id", "seq", "published_date_kst", "outlet", "outlet_name", "title", "url",
	"kind", "text", "value", "currency", "unit", "min", "max", "approx", "repeated", "qualifiers", "sentence",
	"char_start", "char_end", "role", "agent", "purpose", "per", "context_words", "claim_id"}

func csvRecord(f FactRow) []string {
	return []string{strconv.FormatInt(f.FactID, 10), strconv.FormatInt(f.ArticleID, 10), strconv.Itoa(f.Seq),
		f.Date, f.Outlet, f.OutletName, f.Title, f.URL, f.Kind, f.Text, f.ValueText, f.Currency, f.Unit,
		f.MinText, f.MaxText, bit(f.Approx), bit(f.Repeated), f.Qualifiers, f.Sentence,
		strconv.Itoa(f.CharStart), strconv.Itoa(f.CharEnd), f.Role, f.Agent, f.Purpose, f.Per, f.ContextWords,
		claimID(f.ClaimID)}
}

// claimID writes a claim's ID, or nothing for a fact without one.
func claimID(id int64) string {
	if id == 0 {
		return ""
	}
	return strconv.FormatInt(id, 10)
}

func bit(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

// factsCSV downloads the selection of the facts browser, every page of it
// up to MaxDownload rows, in its order.
func (s *Server) factsCSV(w http.ResponseWriter, r *http.Request) {
	q, _, err := factQuery(r.URL.Query())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	q.Limit = MaxDownload
	ctx, cancel := s.queryContext(r, 4)
	defer cancel()
	// The first row is read before the header goes out, so that an error
	// of the query is still an error page.
	var cw *csv.Writer
	err = s.store.EachFact(ctx, q, func(f FactRow) error {
		if cw == nil {
			cw = s.startCSV(w)
		}
		if err := cw.Write(csvRecord(f)); err != nil {
			return err
		}
		return nil
	})
	if err != nil && cw == nil {
		s.fail(w, r, err)
		return
	}
	if err != nil {
		// Too late for a status: the client gets a cut file, and the log
		// says so.
		s.log.Error("download", "url", r.URL.String(), "err", err)
		return
	}
	if cw == nil {
		cw = s.startCSV(w)
	}
	cw.Flush()
}

func (s *Server) startCSV(w http.ResponseWriter) *csv.Writer {
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="facts.csv"`)
	cw := csv.NewWriter(w)
	cw.Write(csvHeader)
	return cw
}
