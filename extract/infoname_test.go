package extract

import (
	"fmt"
	"testing"
)

func TestInfoName(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"박상우", "박상우"},
		{" 한가을 ", "한가을"},
		{"김수아 인턴 기자", "김수아 인턴 기자"},
		{"한가을 기자", "한가을 기자"},
		{"입력", ""},
		{"송고시간", ""},
		{"새벽일보 한가을 기자", ""},
		{"다리 보수를 시작했다", ""},
		{"Hong Gildong", ""},
	}
	for _, tt := range tests {
		if got := infoName(tt.in); got != tt.want {
			t.Errorf("infoName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCopyrightHolder(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"Copyright © 데일리안. 무단전재 및 재배포 금지.", "데일리안"},
		{"Copyright © 뉴시스. 무단전재 및 재배포 금지.", "뉴시스"},
		{"<저작권자(c) 새벽통신, 무단 전재-재배포, AI 학습 및 활용 금지>", "새벽통신"},
		{"ⓒ 2024 ㈜새벽일보 무단 전재 및 재배포 금지", "새벽일보"},
		{"© Reuters", "Reuters"},
		{"무단 전재 및 재배포 금지", ""},
	}
	for _, tt := range tests {
		if got := copyrightHolder(tt.in); got != tt.want {
			t.Errorf("copyrightHolder(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestOutletAuthor runs pages in the structure of 다음's 2024 article view
// (daum-2024-dailian, daum-2024-newsis), our own text: the author tag names
// the outlet, the copyright line names it as holder, and the header's info
// line sets the reporter in an element of its own before the date's.
func TestOutletAuthor(t *testing.T) {
	page := func(author, info, first, copyright string) string {
		return fmt.Sprintf(`<html><head><title>새벽시, 다리 보수 두 달 | 다음뉴스</title>
<meta property="og:title" content="새벽시, 다리 보수 두 달">
<meta property="og:article:author" content="%s"></head><body>
<div class="head_view"><h3 class="tit_view">새벽시, 다리 보수 두 달</h3>
<div class="info_view"> %s <span class="txt_info"><span class="num_date">2024. 5. 13. 12:52</span></span></div></div>
<div class="news_view"><div class="article_view"><section>
<p>%s 새벽시는 5일 낡은 다리의 보수를 시작했다고 밝혔다.</p>
<p>공사는 두 달 걸리며 그동안 통행은 한쪽 차로만 막는다. 시는 우회로를 안내하는 표지판을 세웠다.</p>
<p>시 관계자는 "안전을 위해 불편을 양해해 달라"고 말했다. 보수가 끝나면 다리는 30년을 더 쓸 수 있다.</p>
<p>%s</p>
</section></div></div></body></html>`, author, info, first, copyright)
	}
	tests := []struct {
		name                           string
		author, info, first, copyright string
		want                           string
	}{
		{"the info line's name for the outlet", "하늘데일리", `<span class="txt_info">한가을</span>`, "", "Copyright © 하늘데일리. 무단전재 및 재배포 금지.", "한가을"},
		{"a name with a grade and title", "새벽통신", `<span class="txt_info">윤하람 인턴 기자</span>`, "", "Copyright © 새벽통신. 무단전재 및 재배포 금지.", "윤하람"},
		{"the credit when the info line names no one", "새벽통신", `<span class="txt_info">입력</span>`, "[서울=새벽통신]윤하람 기자 =", "Copyright © 새벽통신. 무단전재 및 재배포 금지.", "윤하람"},
		{"no one named: the outlet is no byline", "하늘데일리", "", "", "Copyright © 하늘데일리. 무단전재 및 재배포 금지.", ""},
		{"a reporter in the author tag stays", "한가을", `<span class="txt_info">윤하람</span>`, "", "Copyright © 하늘데일리. 무단전재 및 재배포 금지.", "한가을"},
		{"no copyright line: the author tag stays", "하늘데일리", `<span class="txt_info">한가을</span>`, "", "", "하늘데일리"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := FromHTML([]byte(page(tt.author, tt.info, tt.first, tt.copyright)), Options{})
			if err != nil {
				t.Fatalf("FromHTML: %v", err)
			}
			if a.Byline != tt.want {
				t.Errorf("byline = %q, want %q", a.Byline, tt.want)
			}
		})
	}
}
