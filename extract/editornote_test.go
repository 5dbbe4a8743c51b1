package extract

import (
	"slices"
	"strings"
	"testing"
)

// bodyLines is our own text of a Korean business article, long enough to
// be chosen as the body.
var bodyLines = []string{
	"시멘트 회사들이 전력 수요관리용 저장장치를 잇따라 들이고 있다. 생산비를 줄이려는 뜻이다.",
	"업계에 따르면 세 회사가 올해 안에 설비를 가동할 계획이다. 규모는 모두 합쳐 백 메가와트시에 이른다.",
	"한 회사 관계자는 밤에 충전한 전기를 낮에 쓰면 해마다 수십억 원을 아낄 수 있다고 말했다.",
	"다만 잇따른 화재로 안전 점검을 늘려야 한다는 목소리도 커지고 있다고 업계는 전했다.",
}

func TestEditorNoteAndPhotoParagraph(t *testing.T) {
	tests := []struct {
		name, html string
		first      string // the first paragraph
		notCaption string // a text that must not be taken for a caption
	}{
		{
			// 머니투데이: the note in a box of its own above the body's element.
			name: "editor's note outside the body",
			html: `<html><head><title>명퇴의 정석</title></head><body><h1>명퇴의 정석</h1>
<div class="editor" id="editor_section"><span class="title">[편집자주]</span>&nbsp;새해 들어 은행권에서 시작된 명예퇴직이 일반기업으로 번지고 있다.</div>
<div class="view_text"><div id="textBody">` + strings.Join(bodyLines, "<br><br>") + `</div></div>
<div class="footer">회사소개 | 이용약관</div></body></html>`,
			first: "[편집자주] 새해 들어 은행권에서 시작된 명예퇴직이 일반기업으로 번지고 있다.",
		},
		{
			// MTN: the first paragraph shares a <div> with the photo above it,
			// after a blank line.
			name: "paragraph after a photo and a blank line",
			html: `<html><head><title>시멘트업계 고심</title></head><body><h1>시멘트업계 고심</h1>
<div id="newsContent"><div><img src="http://menu.example.co.kr/upload/article/2019/01/16/2019011613392952029_00_329.gif" class="article-photo-news center"><br><br>` + bodyLines[0] + `</div><div><br></div><div>` +
				strings.Join(bodyLines[1:], `</div><div><br></div><div>`) + `</div></div></body></html>`,
			first:      bodyLines[0],
			notCaption: bodyLines[0],
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := FromHTML([]byte(tt.html), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(a.Paragraphs) == 0 || a.Paragraphs[0] != tt.first {
				t.Errorf("paragraphs %q, want %q first", a.Paragraphs, tt.first)
			}
			if tt.notCaption != "" && slices.Contains(a.Captions, tt.notCaption) {
				t.Errorf("captions %q hold a paragraph", a.Captions)
			}
		})
	}
}

func TestEditorNoteOnlyBeforeTheBody(t *testing.T) {
	// A note after the body, or one the body holds, is not moved.
	page := `<html><head><title>제목</title></head><body><h1>제목</h1><div id="textBody">` +
		strings.Join(bodyLines, "<br><br>") + `<br><br>[편집자주] 본문 안의 편집자주는 제자리에 둔다.</div></body></html>`
	a, err := FromHTML([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Paragraphs[0] != bodyLines[0] || !strings.HasPrefix(a.Paragraphs[len(a.Paragraphs)-1], "[편집자주]") {
		t.Errorf("paragraphs %q: the note inside the body moved", a.Paragraphs)
	}
}
