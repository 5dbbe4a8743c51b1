package extract

import (
	"slices"
	"testing"
)

func TestIsAuthorLine(t *testing.T) {
	m := &meta{
		authors: []string{"정하나 새벽은행 자산관리센터 PB팀장"},
		props:   map[string]string{"dable:author": "정하나 새벽은행 자산관리센터 PB팀장"},
	}
	keys := m.authorLineKeys()
	tests := []struct {
		in   string
		want bool
	}{
		{"정하나 새벽은행 자산관리센터 PB팀장", true},
		{"정하나 새벽은행 자산관리센터 PB 팀장.", true}, // spacing and punctuation do not count
		{"정하나 새벽은행 자산관리센터 PB팀장은 예금을 짧게 나누라고 권했다.", false},
		{"정하나", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := isAuthorLine(tt.in, keys); got != tt.want {
			t.Errorf("isAuthorLine(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
	if isAuthorLine("정하나 새벽은행 자산관리센터 PB팀장", (&meta{props: map[string]string{}}).authorLineKeys()) {
		t.Error("isAuthorLine with no author credit on the page = true, want false")
	}
}

func TestDatelineReporter(t *testing.T) {
	tests := []struct {
		name    string
		authors []string
		lead    []string // paragraphs before first: a deck's lines
		first   string
		want    []string
	}{
		{"the author tag names the wire the dateline names", []string{"뉴시스"}, nil, "【서울=뉴시스】이근홍 기자 = 안철수 후보는 15일 밝혔다.", []string{"이근홍"}},
		{"no author at all", nil, nil, "(포항=연합뉴스) 임상현 기자 = 2010년 새해를 맞아 인파가 몰렸다.", []string{"임상현"}},
		{"a correspondent", nil, nil, "(브뤼셀=연합뉴스) 김병수 특파원 = 유럽연합은 16일 요구했다.", []string{"김병수"}},
		{"a reporter already known stays", []string{"한가을"}, nil, "(서울=뉴시스) 이근홍 기자 = 구는 밝혔다.", []string{"한가을"}},
		{"no dateline credit", []string{"뉴시스"}, nil, "안철수 후보는 15일 밝혔다.", []string{"뉴시스"}},
		{"a dateline without a reporter", []string{"뉴시스"}, nil, "(서울=뉴시스) 구는 밝혔다.", []string{"뉴시스"}},
		{"a bracketed credit with =", nil, nil, "[OSEN=선미경 기자] 가수 아이유가 건물을 매입했다.", []string{"선미경"}},
		{"a bracketed credit with a space", nil, nil, "[이데일리 채상우 기자] 서울시가 지하철을 운행한다.", []string{"채상우"}},
		{"a bracketed credit with spaces around =", []string{"스포츠서울"}, nil, "[스포츠서울 = 한가을 기자] 새벽FC가 우승했다.", []string{"한가을"}},
		{"a bracketed credit and a known reporter", []string{"윤하람"}, nil, "[이데일리 채상우 기자] 서울시가 운행한다.", []string{"윤하람"}},
		{"a bracketed tag is no credit", nil, nil, "[단독] 새벽시가 조명을 단다.", nil},
		{"a bracketed credit without 기자 is left", nil, nil, "[한국스포츠경제 정진영] 빅뱅의 태양이 결혼한다.", nil},
		// daum-2024-newsis: a two-line deck above the credit, an intern.
		{"the credit after a deck", []string{"새벽통신"}, []string{"다리 보수 두 달", "통행은 한쪽만"}, "[서울=새벽통신]한가을 인턴 기자 = 구는 5일 밝혔다.", []string{"한가을"}},
		{"an intern without spaces", nil, nil, "(서울=새벽통신) 한가을 수습기자 = 구는 밝혔다.", []string{"한가을"}},
		{"a bracketed credit of a senior reporter", nil, nil, "[새벽일보 한가을 선임기자] 구는 밝혔다.", []string{"한가을"}},
		{"a credit far down is no opening credit", nil, []string{"하나.", "둘.", "셋.", "넷.", "다섯.", "여섯."}, "(서울=새벽통신) 한가을 기자 = 구는 밝혔다.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := &meta{authors: append([]string(nil), tt.authors...)}
			m.datelineReporter(append(append([]string(nil), tt.lead...), tt.first))
			if !slices.Equal(m.authors, tt.want) {
				t.Errorf("datelineReporter(%q) with authors %q = %q, want %q", tt.first, tt.authors, m.authors, tt.want)
			}
		})
	}
}
