package extract

import "testing"

func TestIsDateLine(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Nov. 20, 2019, 9:28 AM UTC", true},
		{"sexta-feira, 22 de outubro de 2010 às 20:13", true},
		{"입력 2023.04.07 (19:13)", true},
		{"2023년 04월 07일 18시 36분", true},
		{"입력 2024.03.05 14:22 수정 2024.03.05 15:01", true},
		// Two labelled dates in elements of their own, their text run
		// together: "…14:51:10" and "수정 …" with no space between.
		{"등록 2026.01.06 14:51:10수정 2026.01.06 15:20:31", true},
		{"입력 2024.03.05 14:22최종수정 2024.03.05 15:01", true},
		// Labels glued to their dates, as a page without spaces sets
		// them: "입력2026.01.06 14:29 수정2026.01.06 14:29".
		{"입력2026.01.06 14:29 수정2026.01.06 14:29", true},
		{"입력2026년 1월 6일", true},
		{"수정안2026", false},
		{"191,400", false},
		{"2024년 매출 30% 증가", false},
		{"구는 2026.01.06 공고를 냈다", false},
		{"3월 5일 오후 2시 개장", false},
	}
	for _, tt := range tests {
		if got := isDateLine(tt.in); got != tt.want {
			t.Errorf("isDateLine(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
