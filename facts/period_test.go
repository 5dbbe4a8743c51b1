package facts

import (
	"testing"
	"time"
)

func TestNormPeriod(t *testing.T) {
	pub := seedPublished // 2025-04-18
	tests := []struct {
		in   string
		pub  time.Time
		want string
	}{
		{"2024년", time.Time{}, "2024"},
		{"2026년도", time.Time{}, "2026"},
		{"올해", pub, "2025"},
		{"올해", time.Time{}, ""},
		{"연내", pub, "2025"},
		{"올 한 해", pub, "2025"},
		{"지난해", pub, "2024"},
		{"작년", pub, "2024"},
		{"내년", pub, "2026"},
		{"내년도", pub, "2026"},
		{"2분기", pub, "2025-Q2"},
		{"올 2분기", pub, "2025-Q2"},
		{"2024년 2분기", time.Time{}, "2024-Q2"},
		{"지난해 4분기", pub, "2024-Q4"},
		{"상반기", pub, "2025-H1"},
		{"하반기", pub, "2025-H2"},
		{"3월", pub, "2025-03"},
		{"지난 11월", pub, "2024-11"},
		{"1~3월", pub, "2025-Q1"},
		{"1~5월", pub, "2025-01/2025-05"},
		{"4월 18일", pub, "2025-04-18"},
		{"지난달", pub, "2025-03"},
		{"이달", pub, "2025-04"},
		{"이번 달", pub, "2025-04"},
		{"다음 달", pub, "2025-05"},
		{"이날", pub, "2025-04-18"},
		{"오늘", pub, "2025-04-18"},
		{"오늘(18일)", pub, "2025-04-18"},
		{"어제", pub, "2025-04-17"},
		{"전날", pub, "2025-04-17"},
		{"18일", pub, "2025-04-18"},
		{"20일", pub, "2025-03-20"},
		{"지난 2일", pub, "2025-04-02"},
		{"이날", time.Time{}, ""},
	}
	for _, tt := range tests {
		got, ok := normPeriod(tt.in, tt.pub)
		if !ok || got != tt.want {
			t.Errorf("normPeriod(%q, %v) = %q, %v; want %q", tt.in, tt.pub.Format(time.DateOnly), got, ok, tt.want)
		}
	}
	for _, bad := range []string{"13월", "2월 30일", "5~3월"} {
		if got, ok := normPeriod(bad, pub); ok && got != "" {
			t.Errorf("normPeriod(%q) = %q, want none", bad, got)
		}
	}
}
