package pipeline

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/newsfacts/newsfacts"
)

// HealthStore is what the health check needs of a store: the
// outlet_health rows from a day on.
type HealthStore interface {
	// OutletHealth returns the parser health of every outlet on every
	// KST day from since (YYYY-MM-DD) on, by outlet and day.
	OutletHealth(ctx context.Context, since string) ([]newsfacts.OutletDay, error)
}

// Alert says that one figure of an outlet's latest day fell well below
// the outlet's own recent baseline: its parser probably no longer fits the
// outlet's layout.
type Alert struct {
	Outlet   string  // the host name
	Name     string  // the outlet's name in the sources file, else the host name
	Day      string  // the outlet's latest day, KST
	Figure   string  // which figure, e.g. "median_chars"
	Value    float64 // that day's value
	Baseline float64 // the median of the outlet's days before it
}

func (a Alert) String() string {
	return fmt.Sprintf("%s %s: %s %.3g, baseline %.3g", a.Label(), a.Day, a.Figure, a.Value, a.Baseline)
}

// Label names the outlet for a person: "kbs (news.kbs.co.kr)", or the
// host name alone when the sources file gives it no name.
func (a Alert) Label() string {
	if a.Name == "" || a.Name == a.Outlet {
		return a.Outlet
	}
	return a.Name + " (" + a.Outlet + ")"
}

// The health check compares an outlet's latest day with the days before
// it, as long as both hold enough pages to mean something.
const (
	baselineDays     = 7   // days before the latest one that form the baseline
	minDayPages      = 5   // pages the latest day needs to be judged
	minBaselinePages = 10  // pages the baseline days need together
	minBaselineDays  = 2   // days with pages the baseline needs
	dropRatio        = 0.5 // a figure below this share of its baseline alerts
)

// healthFigures are the figures compared, with the least baseline value
// that makes a fall meaningful: a figure that was already near zero (an
// outlet whose pages never show a byline) cannot fall.
var healthFigures = []struct {
	name   string
	value  func(newsfacts.OutletDay) float64
	floor  float64
	ofArts bool // a figure of the articles: not judged on a day without any
}{
	{"article_share", newsfacts.OutletDay.ArticleShare, 0.2, false},
	{"median_chars", func(d newsfacts.OutletDay) float64 { return d.MedianChars }, 200, true},
	{"published_share", func(d newsfacts.OutletDay) float64 { return d.PublishedShare }, 0.3, true},
	{"byline_share", func(d newsfacts.OutletDay) float64 { return d.BylineShare }, 0.3, true},
	{"fact_share", func(d newsfacts.OutletDay) float64 { return d.FactShare }, 0.3, true},
}

// CompareHealth returns the alerts of days, rows of outlet_health sorted
// by outlet and day: for each outlet, every figure of its latest day that
// fell below half the median of its baselineDays days before.
func CompareHealth(days []newsfacts.OutletDay) []Alert {
	var alerts []Alert
	for start := 0; start < len(days); {
		end := start
		for end < len(days) && days[end].Outlet == days[start].Outlet {
			end++
		}
		alerts = append(alerts, compareOutlet(days[start:end])...)
		start = end
	}
	return alerts
}

// compareOutlet judges one outlet's days, oldest first.
func compareOutlet(days []newsfacts.OutletDay) []Alert {
	if len(days) < 2 {
		return nil
	}
	latest := days[len(days)-1]
	base := days[max(0, len(days)-1-baselineDays) : len(days)-1]
	pages, withPages := 0, 0
	for _, d := range base {
		pages += d.Pages
		if d.Pages > 0 {
			withPages++
		}
	}
	if latest.Pages < minDayPages || pages < minBaselinePages || withPages < minBaselineDays {
		return nil
	}
	var alerts []Alert
	for _, f := range healthFigures {
		if f.ofArts && latest.Articles == 0 {
			continue // article_share says it
		}
		var vals []float64
		for _, d := range base {
			if d.Pages > 0 && (!f.ofArts || d.Articles > 0) {
				vals = append(vals, f.value(d))
			}
		}
		if len(vals) == 0 {
			continue
		}
		b := median(vals)
		if v := f.value(latest); b >= f.floor && v < b*dropRatio {
			alerts = append(alerts, Alert{Outlet: latest.Outlet, Name: latest.OutletName, Day: latest.Day, Figure: f.name, Value: v, Baseline: b})
		}
	}
	return alerts
}

func median(vals []float64) float64 {
	s := slices.Clone(vals)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

// kst is the zone of outlet_health's days.
var kst = time.FixedZone("KST", 9*60*60)

// CheckHealth reads the outlets' health of the baselineDays+1 days up to
// now from store and returns CompareHealth's alerts.
func CheckHealth(ctx context.Context, store HealthStore, now time.Time) ([]Alert, error) {
	since := now.In(kst).AddDate(0, 0, -baselineDays-1).Format(time.DateOnly)
	days, err := store.OutletHealth(ctx, since)
	if err != nil {
		return nil, err
	}
	return CompareHealth(days), nil
}
