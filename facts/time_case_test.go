package facts

import (
	"testing"
	"time"
)

// timeCase is a case of the time tables: the period, its text and per an
// amount of text is given, read with publication time seedPublished
// (2025-04-18) unless noPub.
type timeCase struct {
	text, amount  string
	noPub         bool
	period, ptext string
	per           Per
}

// checkTimes explains each case's text and reports every amount whose
// period, period text or per is not the case's.
func checkTimes(t *testing.T, tests []timeCase) {
	t.Helper()
	for _, tt := range tests {
		pub := seedPublished
		if tt.noPub {
			pub = time.Time{}
		}
		f, ok := explainOne(t, tt.text, tt.amount, pub)
		if ok && (string(f.Period) != tt.period || string(f.PeriodText) != tt.ptext || f.Per != tt.per) {
			t.Errorf("%s\n\t%s: period %q (%q) per %q, want %q (%q) per %q", tt.text, tt.amount, f.Period, f.PeriodText, f.Per, tt.period, tt.ptext, tt.per)
		}
	}
}
