package web

import (
	"fmt"
	"net/url"
	"regexp"
	"strconv"
	"strings"

	"github.com/newsfacts/newsfacts/facts"
)

// Input patterns of the facts browser's parameters.
var (
	// dateRE is a calendar date as the store keeps KST dates.
	dateRE = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	// currencyRE is an ISO 4217 code.
	currencyRE = regexp.MustCompile(`^[A-Z]{3}$`)
)

// filter is one input of the facts browser: a query-string parameter that,
// when given, becomes the condition Column Op value. Adding a filter, say
// on a fact's role once facts carry one, is one line in factFilters (and
// the column in the store).
type filter struct {
	Param  string // query-string name
	Label  string
	Column string // the store's column (web.Cond.Column)
	Op     Op
	Input  string // how the form asks: text, number, date, amount, outlet, choice (of Options)
	parse  func(string) (any, error)
	// Options are the values a choice offers; parse accepts only them.
	Options []string
}

// factFilters are the facts browser's filters, in the form's order.
var factFilters = []filter{
	{"outlet", "Outlet", "outlet", OpEq, "outlet", parseText, nil},
	{"from", "From", "date", OpGE, "date", parseDate, nil},
	{"to", "To", "date", OpLE, "date", parseDate, nil},
	{"kind", "Kind", "kind", OpEq, "choice", choice(kinds), kinds},
	{"currency", "Currency", "currency", OpEq, "text", parseCurrency, nil},
	// A range is kept when it overlaps the amounts asked for.
	{"min", "Amount ≥", "amount_hi", OpGE, "amount", parseAmount, nil},
	{"max", "Amount ≤", "amount_lo", OpLE, "amount", parseAmount, nil},
	// What a money fact means (docs/meaning.md).
	{"role", "Role", "role", OpEq, "choice", choice(roles), roles},
	{"agent", "Agent", "agent", OpEq, "text", parseText, nil},
	{"purpose", "Purpose", "purpose", OpEq, "text", parseText, nil},
	{"per", "Per", "per", OpEq, "choice", choice(pers), pers},
	// A word of the fact's context (평균, 1인당, 무려 …; docs/facts.md).
	{"word", "Context word", "context_words", OpHas, "text", parseText, nil},
	// The facts that state one claim: one announcement in every article.
	{"claim", "Claim", "claim_id", OpEq, "number", parseID, nil},
}

// sortKey is a way to order the facts browser.
type sortKey struct {
	Param, Label, Column string
}

// factSorts are the facts browser's orders; the first is the default.
var factSorts = []sortKey{
	{"date", "Date", "published"},
	{"value", "Value", "value"},
	{"outlet", "Outlet", "outlet"},
	{"kind", "Kind", "kind"},
}

// The values of the facts' closed columns (docs/schema.md).
var (
	kinds = []string{"money", "count", "percent"}
	roles = []string{"level", "change", "rate", "other"}
	pers  = []string{"year", "month", "day"}
)

// ParamError is a query-string parameter the view cannot use.
type ParamError struct {
	Param, Value, Msg string
}

func (e *ParamError) Error() string {
	return fmt.Sprintf("parameter %s=%q: %s", e.Param, e.Value, e.Msg)
}

// maxParam bounds the length of a parameter's value.
const maxParam = 200

func parseText(s string) (any, error) { return s, nil }

// parseID reads a row's ID, a whole number from 1.
func parseID(s string) (any, error) {
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 1 {
		return nil, fmt.Errorf("want a number from 1")
	}
	return n, nil
}

func parseDate(s string) (any, error) {
	if !dateRE.MatchString(s) {
		return nil, fmt.Errorf("want a date YYYY-MM-DD")
	}
	return s, nil
}

// choice returns a parser that accepts only one of options.
func choice(options []string) func(string) (any, error) {
	return func(s string) (any, error) {
		for _, o := range options {
			if s == o {
				return s, nil
			}
		}
		return nil, fmt.Errorf("want one of %s", strings.Join(options, ", "))
	}
}

func parseCurrency(s string) (any, error) {
	s = strings.ToUpper(s)
	if !currencyRE.MatchString(s) {
		return nil, fmt.Errorf("want a currency code such as KRW")
	}
	return s, nil
}

// parseAmount reads a number as Korean news writes it ("1조 8천억",
// "1,723억", "2.75"), and returns an int64 when it is whole, else a float64
// (for a comparison only).
func parseAmount(s string) (any, error) {
	d, err := facts.ParseAmount(strings.TrimSpace(s))
	if err != nil {
		return nil, fmt.Errorf("want an amount such as 1500억 or 2.75")
	}
	if d.Scale == 0 {
		return d.Coef, nil
	}
	f, err := strconv.ParseFloat(d.String(), 64)
	if err != nil {
		return nil, fmt.Errorf("want an amount such as 1500억 or 2.75")
	}
	return f, nil
}

// factQuery reads the facts browser's parameters into a FactQuery (without
// Limit and Offset) and returns the values to show back in the form.
func factQuery(v url.Values) (FactQuery, map[string]string, error) {
	var q FactQuery
	form := map[string]string{}
	for _, f := range factFilters {
		s := strings.TrimSpace(v.Get(f.Param))
		if s == "" {
			continue
		}
		if len(s) > maxParam {
			return q, nil, &ParamError{f.Param, s[:maxParam] + "…", "too long"}
		}
		val, err := f.parse(s)
		if err != nil {
			return q, nil, &ParamError{f.Param, s, err.Error()}
		}
		form[f.Param] = s
		q.Conds = append(q.Conds, Cond{Column: f.Column, Op: f.Op, Value: val})
	}
	q.Sort, q.Desc = factSorts[0].Column, true
	if s := v.Get("sort"); s != "" {
		found := false
		for _, k := range factSorts {
			if k.Param == s {
				q.Sort, found = k.Column, true
			}
		}
		if !found {
			return q, nil, &ParamError{"sort", s, "unknown order"}
		}
		form["sort"] = s
	}
	switch o := v.Get("order"); o {
	case "", "desc":
	case "asc":
		q.Desc = false
		form["order"] = o
	default:
		return q, nil, &ParamError{"order", o, "want asc or desc"}
	}
	return q, form, nil
}

// perClaim reads the parameter claims, the won chart's "count each claim
// once": 1 or nothing.
func perClaim(v url.Values) (bool, error) {
	switch s := v.Get("claims"); s {
	case "":
		return false, nil
	case "1":
		return true, nil
	default:
		return false, &ParamError{"claims", s, "want 1 or nothing"}
	}
}

// pageNumber reads the parameter page, from 1 to max.
func pageNumber(v url.Values, max int) (int, error) {
	s := v.Get("page")
	if s == "" {
		return 1, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > max {
		return 0, &ParamError{"page", s, fmt.Sprintf("want a page from 1 to %d", max)}
	}
	return n, nil
}
