package extract

import (
	"strings"
	"testing"
)

// TestLooseStory checks a story that stands after a stray </html>, as a
// scraper's parser wrote it when it closed a photo table's wrappers
// early: x/net/html puts it at <body>'s end, outside every container.
func TestLooseStory(t *testing.T) {
	// Paragraphs of two sentences or more, as a story's are.
	story := bodyLines[0] + " " + bodyLines[1] + "<br/><br/>" + bodyLines[2] + " " + bodyLines[3] + "<br/><br/>" + bodyLines[1] + " " + bodyLines[2]
	menu := `<ul>` + strings.Repeat(`<li><a href="/s">정치 경제 사회 국제 문화 스포츠 연예 오피니언 포토 영상</a></li>`, 8) + `</ul>`
	tests := []struct {
		name, page string
		want       bool
	}{
		{"story after </html>", `<html><head><title>동네 빵집의 반격</title></head><body>` + menu + `<div id="wrap"><div><h2>동네 빵집의 반격</h2><ul><li>한가람 기자</li><li>2025-06-02 10:12:00</li></ul>` +
			`<div><table><tr><td><img src="a.jpg"></td></tr><tr><td>빵집 주인. /사진=새벽일보</td></tr></table></div></div>` +
			`<div><p>새벽일보는 지역의 작은 가게들을 찾아가는 연재를 이어가고 있습니다. 독자 여러분의 제보를 기다립니다.</p><p>연재의 지난 회에서는 시장 골목의 오래된 국숫집과 방앗간을 소개했습니다. 다음 회에는 철물점을 찾아갑니다.</p></div></div></body></html><br/><div class="ad"></div>` + story + `<br/><br/><div><a href="/">회사소개</a> <a href="/">광고문의</a></div>`, true},
		{"story inside its element", `<html><head><title>동네 빵집의 반격</title></head><body><div id="wrap"><h2>동네 빵집의 반격</h2><div>` + story + `</div></div></body></html>`, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := FromHTML([]byte(tt.page), Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := strings.Contains(a.Text, bodyLines[0]) && strings.Contains(a.Text, bodyLines[len(bodyLines)-1])
			if got != tt.want {
				t.Errorf("story in the body %v, want %v: %q", got, tt.want, a.Paragraphs)
			}
			if strings.Contains(a.Text, "회사소개") {
				t.Errorf("footer links kept: %q", a.Paragraphs)
			}
		})
	}
}

// TestLooseStoryIsBody checks the loose story on a page whose classes name
// nothing, where <body> itself scores best for the text it owns: the
// story is the loose text alone, not <body> with the e-mail form and the
// header lines around it.
func TestLooseStoryIsBody(t *testing.T) {
	story := bodyLines[0] + " " + bodyLines[1] + "<br/><br/>" + bodyLines[2] + " " + bodyLines[3] + "<br/><br/>" + bodyLines[1] + " " + bodyLines[2]
	form := `<div><div>이메일 보내기</div><div><div>보내는 사람</div><input type="text"></div><div><div>수신 메일 주소</div><input type="text"><div>※ 여러명에게 보낼 경우 ‘,’로 구분하세요</div></div><div><div>메일 제목</div><input type="text"></div><div>메일이 정상적으로 발송되었습니다</div><div>이용해 주셔서 감사합니다.</div></div>`
	page := `<html><head><title>동네 빵집의 반격</title></head><body><div><div>새벽일보</div><div>경제</div><h2>동네 빵집의 반격</h2></div>` +
		`<div><table><tr><td><img src="a.jpg"></td></tr><tr><td>빵집 주인. /사진=새벽일보</td></tr></table></div></body></html><br/>` + story + `<br/><br/>` + form
	a, err := FromHTML([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, bodyLines[0]) || !strings.Contains(a.Text, bodyLines[3]) {
		t.Errorf("story lost: %q", a.Paragraphs)
	}
	for _, junk := range []string{"이메일 보내기", "보내는 사람", "메일 제목", "새벽일보"} {
		if strings.Contains(a.Text, junk) {
			t.Errorf("%q kept: %q", junk, a.Paragraphs)
		}
	}
}
