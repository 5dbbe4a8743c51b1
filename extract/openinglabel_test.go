package extract

import "testing"

func TestIsOpeningLabel(t *testing.T) {
	tests := []struct {
		p    string
		want bool
	}{
		{"[이코노미조선]", true},
		{"[단독]", true},
		{"【주간 경제】", true},
		{"[새벽일보 매거진]", true},
		{"[앵커]", false},
		{"[기자]", false},
		{"[리포트]", false},
		{"[앵커멘트]", false},
		{"[인터뷰]", false},
		{"[현장음]", false},
		{"[Q]", false},
		{"[인터뷰: 한가을 / 시민]", false},
		{"[서울=새벽뉴스]", false},
		{"[한가을 기자]", false},
		{"[이코노미조선] 폴 로머 교수를 만났다.", false},
		{"[아주 긴 이름이 붙은 특집 시리즈의 세 번째 이야기 묶음]", false},
		{"이코노미조선", false},
	}
	for _, tt := range tests {
		if got := isOpeningLabel(tt.p); got != tt.want {
			t.Errorf("isOpeningLabel(%q) = %v, want %v", tt.p, got, tt.want)
		}
	}
}
