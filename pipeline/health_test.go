package pipeline

import (
	"fmt"
	"slices"
	"testing"

	"github.com/newsfacts/newsfacts"
)

// healthyDays returns n days of an outlet whose pages all give articles
// of 1,200 characters with a time, a byline and facts.
func healthyDays(outlet string, n int) []newsfacts.OutletDay {
	var days []newsfacts.OutletDay
	for i := range n {
		days = append(days, newsfacts.OutletDay{Outlet: outlet, Day: fmt.Sprintf("2026-03-%02d", i+1), Pages: 8, Articles: 8,
			MedianChars: 1200, PublishedShare: 1, BylineShare: 0.9, FactShare: 0.8})
	}
	return days
}

func TestCompareHealth(t *testing.T) {
	broken := func(f func(*newsfacts.OutletDay)) []newsfacts.OutletDay {
		days := healthyDays("news.example.kr", 6)
		f(&days[len(days)-1])
		return days
	}
	tests := []struct {
		name string
		days []newsfacts.OutletDay
		want []string // figures that alert
	}{
		{"healthy", healthyDays("news.example.kr", 6), nil},
		{"bodies halve", broken(func(d *newsfacts.OutletDay) { d.MedianChars = 500 }), []string{"median_chars"}},
		{"dates vanish", broken(func(d *newsfacts.OutletDay) { d.PublishedShare = 0 }), []string{"published_share"}},
		{"no-article pages jump", broken(func(d *newsfacts.OutletDay) { d.Articles = 1 }), []string{"article_share"}},
		{"no article at all", broken(func(d *newsfacts.OutletDay) { d.Articles, d.MedianChars, d.PublishedShare = 0, 0, 0 }), []string{"article_share"}},
		{"small fall", broken(func(d *newsfacts.OutletDay) { d.MedianChars, d.BylineShare = 700, 0.6 }), nil},
		{"too few pages to judge", broken(func(d *newsfacts.OutletDay) { d.Pages, d.Articles, d.MedianChars = 2, 2, 100 }), nil},
		{"no baseline yet", healthyDays("news.example.kr", 1), nil},
		{"one baseline day", broken(func(d *newsfacts.OutletDay) { d.MedianChars = 100 })[4:], nil},
		{"bylines never there", func() []newsfacts.OutletDay {
			days := healthyDays("news.example.kr", 6)
			for i := range days {
				days[i].BylineShare = 0.1
			}
			days[5].BylineShare = 0
			return days
		}(), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, a := range CompareHealth(tt.days) {
				got = append(got, a.Figure)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("CompareHealth alerts %q, want %q", got, tt.want)
			}
		})
	}
	// Outlets are judged each against its own days.
	days := append(healthyDays("a.example.kr", 6), broken(func(d *newsfacts.OutletDay) { d.MedianChars = 300 })...)
	alerts := CompareHealth(days)
	if len(alerts) != 1 || alerts[0].Outlet != "news.example.kr" || alerts[0].Day != "2026-03-06" || alerts[0].Baseline != 1200 || alerts[0].Value != 300 {
		t.Errorf("alerts %v, want news.example.kr's median_chars 300 against 1200", alerts)
	}
}
