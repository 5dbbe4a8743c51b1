package web

import (
	"fmt"
	"math"
	"slices"
	"strconv"
)

// chart is a stacked bar chart as data, which templates/chart.html draws
// as SVG: no script, no library, nothing fetched.
type chart struct {
	Title         string
	Width, Height int
	Bars          []bar
	XLabels       []text
	YTicks        []tick
	Legend        []legendItem
	Empty         bool
	PlotX, PlotW  int
	PlotY, PlotH  int
	PlotBottom    int
}

type bar struct {
	X, Y, W, H float64
	Color      string
	Title      string // a tooltip: what the bar is and its value
}

type text struct {
	X, Y float64
	Text string
}

type tick struct {
	Y    float64
	Text string
}

type legendItem struct {
	Color, Name string
}

// palette colours the series in order; it repeats after ten outlets.
var palette = []string{
	"#3b6ea8", "#e07b39", "#4a9c5d", "#c2474b", "#8a6bb8",
	"#8c6d4f", "#d17fb3", "#7f7f7f", "#b5b443", "#3fb0c0",
}

// Chart geometry, in SVG user units.
const (
	chartW      = 760
	chartH      = 260
	marginLeft  = 64
	marginRight = 12
	marginTop   = 12
	marginBot   = 40
	maxXLabels  = 12
)

// outletLabels name and colour the outlets in every chart alike.
type outletLabels struct {
	names  map[string]string // host → the outlet's name, when known
	colors map[string]string // host → colour, by the host's place among all outlets
}

// labelsOf returns the labels of outlets.
func labelsOf(outlets []Outlet) outletLabels {
	l := outletLabels{names: map[string]string{}, colors: map[string]string{}}
	for i, o := range outlets {
		l.names[o.Host] = o.Name
		l.colors[o.Host] = palette[i%len(palette)]
	}
	return l
}

// stackedBars lays out series as bars stacked per label, labels sorted,
// each series named and coloured by labels when it knows the outlet, and
// format writing the values on the axis and in tooltips.
func stackedBars(title string, series []Series, labels outletLabels, format func(float64) string) *chart {
	names := labels.names
	c := &chart{Title: title, Width: chartW, Height: chartH,
		PlotX: marginLeft, PlotY: marginTop, PlotW: chartW - marginLeft - marginRight,
		PlotH: chartH - marginTop - marginBot, PlotBottom: chartH - marginBot}
	var xs []string
	sums := map[string]float64{}
	for _, s := range series {
		for _, p := range s.Points {
			if _, ok := sums[p.Label]; !ok {
				xs = append(xs, p.Label)
			}
			if p.Value > 0 {
				sums[p.Label] += p.Value
			}
		}
	}
	if len(xs) == 0 {
		c.Empty = true
		return c
	}
	slices.Sort(xs)
	top := 0.0
	for _, v := range sums {
		top = math.Max(top, v)
	}
	step := niceStep(top / 4)
	top = math.Max(step, math.Ceil(top/step)*step)
	scale := float64(c.PlotH) / top
	for v := 0.0; v <= top*1.0001; v += step {
		c.YTicks = append(c.YTicks, tick{Y: float64(c.PlotBottom) - v*scale, Text: format(v)})
	}
	slot := float64(c.PlotW) / float64(len(xs))
	width := math.Max(1, slot*0.7)
	index := map[string]int{}
	for i, l := range xs {
		index[l] = i
	}
	every := (len(xs) + maxXLabels - 1) / maxXLabels
	for i, l := range xs {
		if i%every == 0 {
			c.XLabels = append(c.XLabels, text{X: float64(c.PlotX) + slot*(float64(i)+0.5), Y: float64(c.PlotBottom) + 16, Text: l})
		}
	}
	base := make([]float64, len(xs))
	for si, s := range series {
		color, ok := labels.colors[s.Name]
		if !ok {
			color = palette[si%len(palette)]
		}
		name := s.Name
		if n := names[s.Name]; n != "" {
			name = n
		}
		c.Legend = append(c.Legend, legendItem{Color: color, Name: name})
		for _, p := range s.Points {
			if p.Value <= 0 {
				continue
			}
			i := index[p.Label]
			h := p.Value * scale
			c.Bars = append(c.Bars, bar{
				X: float64(c.PlotX) + slot*float64(i) + (slot-width)/2, Y: float64(c.PlotBottom) - base[i] - h,
				W: width, H: h, Color: color,
				Title: fmt.Sprintf("%s, %s: %s", p.Label, name, format(p.Value)),
			})
			base[i] += h
		}
	}
	return c
}

// niceStep rounds x up to 1, 2 or 5 times a power of ten.
func niceStep(x float64) float64 {
	if x <= 0 {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(x)))
	for _, m := range []float64{1, 2, 5, 10} {
		if m*p >= x {
			return m * p
		}
	}
	return 10 * p
}

// formatWon writes an amount of won with Korean units, to three
// significant digits: 1.8조, 350억, 20만.
func formatWon(v float64) string {
	switch a := math.Abs(v); {
	case a >= 1e12:
		return trim(v/1e12) + "조"
	case a >= 1e8:
		return trim(v/1e8) + "억"
	case a >= 1e4:
		return trim(v/1e4) + "만"
	}
	return trim(v)
}

// formatCount writes a count.
func formatCount(v float64) string { return trim(v) }

// trim formats v with at most three significant digits, and no more than
// its integer part when that is longer.
func trim(v float64) string {
	if math.Abs(v) >= 1000 {
		return strconv.FormatFloat(math.Round(v), 'f', -1, 64)
	}
	return strconv.FormatFloat(v, 'g', 3, 64)
}
