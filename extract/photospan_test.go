package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestInlinePhotoBox checks photo boxes set as a span on a line of their
// own, with no class or id to name them: the text of the span's caption
// element is a caption, not a paragraph; a span whose image stands inside
// a sentence is the sentence's.
func TestInlinePhotoBox(t *testing.T) {
	body := strings.Join(bodyLines, "<br><br>")
	tests := []struct {
		name, html string
		caption    string // "" when no caption is wanted
		para       string // a paragraph that must be in the body
	}{
		{
			name:    "span with the image and its caption, then a blank line",
			html:    `<div><span><img src="a.jpg"><em>저장장치를 둘러보는 관계자들. [연합]</em></span><br><br>` + body + `</div>`,
			caption: "저장장치를 둘러보는 관계자들. [연합]",
		},
		{
			name:    "image in nested divs inside the span",
			html:    `<div><span><div><div><img src="a.jpg"></div></div><em>시멘트 공장 전경</em></span><br><br>` + body + `</div>`,
			caption: "시멘트 공장 전경",
		},
		{
			name:    "span after a blank line, the story right after it",
			html:    `<div><b>저장장치 도입 잇따라</b><br><br><span><img src="a.jpg"><em>업계가 내놓은 올해 전망</em></span>` + body + `</div>`,
			caption: "업계가 내놓은 올해 전망",
		},
		{
			name:    "span right after a deck on the same line, a blank line after it",
			html:    `<div><strong>저장장치 도입 잇따라</strong><span><div><img src="a.jpg"></div><em>저장장치 올바른 사용법. 업계 제공</em></span><br><br>` + body + `</div>`,
			caption: "저장장치 올바른 사용법. 업계 제공",
			para:    "저장장치 도입 잇따라",
		},
		{
			name:    "a paragraph holding only a photo and its caption element",
			html:    `<div><p>` + strings.Join(bodyLines[:2], `</p><p>`) + `</p><p><img src="a.jpg"><span style="display:block">한국 뉴스</span></p><p>` + strings.Join(bodyLines[2:], `</p><p>`) + `</p></div>`,
			caption: "한국 뉴스",
		},
		{
			name: "the story's first words in the photo's box after its inline caption",
			html: `<div><div><span><img src="a.jpg"><em>▲ 시멘트 공장 전경</em></span>[가상뉴스=홍길동 기자] ` + bodyLines[0] + `</div><br><br>` +
				strings.Join(bodyLines[1:], "<br><br>") + `</div>`,
			caption: "▲ 시멘트 공장 전경",
			para:    "[가상뉴스=홍길동 기자] " + bodyLines[0],
		},
		{
			name: "a paragraph whose link comes before its photo is no photo box",
			html: `<div><p>` + strings.Join(bodyLines, `</p><p>`) + `</p><p><a href="http://example.com/x">http://example.com/x</a><a href="b.jpg"><img src="b.jpg"></a></p></div>`,
			para: "http://example.com/x",
		},
		{
			name:    "a caption after a blank line that the image's alt repeats",
			html:    `<div>` + strings.Join(bodyLines[:2], "<br><br>") + `<br><br><div><img alt="시멘트 공장의 저장장치 [가상뉴스 자료사진]" src="a.jpg"><br><br><div>시멘트 공장의 저장장치 [가상뉴스 자료사진]</div></div>` + strings.Join(bodyLines[2:], "<br><br>") + `</div>`,
			caption: "시멘트 공장의 저장장치 [가상뉴스 자료사진]",
		},
		{
			name: "a paragraph after a photo and a blank line that the alt does not repeat",
			html: `<div><div><img alt="시멘트 공장의 저장장치" src="a.jpg"><br><br>` + bodyLines[0] + `</div><br><br>` + strings.Join(bodyLines[1:], "<br><br>") + `</div>`,
			para: bodyLines[0],
		},
		{
			name: "an icon inside a sentence stays in the sentence",
			html: `<div>` + body + `<br><br><span><img src="icon.png">회사 관계자는</span> 설비를 늘리겠다고 말했다.</div>`,
			para: "회사 관계자는 설비를 늘리겠다고 말했다.",
		},
		{
			name: "a span after words of the same line is no box",
			html: `<div>` + body + `<br><br>회사 측은 <span><img src="icon.png"><em>설비 증설</em></span> 계획을 밝혔다.</div>`,
			para: "회사 측은 설비 증설 계획을 밝혔다.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := `<html><head><title>시멘트업계 저장장치 도입</title></head><body><h1>시멘트업계 저장장치 도입</h1>` + tt.html + `</body></html>`
			a, err := FromHTML([]byte(page), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if tt.caption != "" {
				if !slices.Contains(a.Captions, tt.caption) {
					t.Errorf("captions %q, want %q", a.Captions, tt.caption)
				}
				if strings.Contains(a.Text, tt.caption) {
					t.Errorf("caption %q in the body %q", tt.caption, a.Paragraphs)
				}
			}
			if tt.para != "" && !slices.Contains(a.Paragraphs, tt.para) {
				t.Errorf("paragraphs %q, want %q", a.Paragraphs, tt.para)
			}
			for _, l := range bodyLines {
				if !strings.Contains(a.Text, l) {
					t.Errorf("paragraph %q lost: %q", l, a.Paragraphs)
				}
			}
		})
	}
}

// TestRepeatedPhotoCredit checks a credit line set under every photo as
// a line of its own, with no name to tell it: the same short line under
// two photos is the photos' credit; under one photo, or repeated away
// from photos, it is left to the story.
func TestRepeatedPhotoCredit(t *testing.T) {
	photo := `<img src="a.jpg"><span>새벽 뉴스</span><br><br>`
	tests := []struct {
		name, body string
		credit     bool // "새벽 뉴스" is a caption, not a paragraph
	}{
		{"under two photos", bodyLines[0] + "<br><br>" + photo + strings.Join(bodyLines[1:3], "<br><br>") + "<br><br>" + photo + bodyLines[3], true},
		{"under one photo", bodyLines[0] + "<br><br>" + photo + strings.Join(bodyLines[1:], "<br><br>"), false},
		{"twice, under no photo", bodyLines[0] + "<br><br><span>새벽 뉴스</span><br><br>" + strings.Join(bodyLines[1:3], "<br><br>") + "<br><br><span>새벽 뉴스</span><br><br>" + bodyLines[3], false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := `<html><head><title>시멘트업계 저장장치 도입</title></head><body><h1>시멘트업계 저장장치 도입</h1><div>` + tt.body + `</div></body></html>`
			a, err := FromHTML([]byte(page), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := !slices.Contains(a.Paragraphs, "새벽 뉴스"); got != tt.credit {
				t.Errorf("paragraphs %q captions %q: credit taken out %v, want %v", a.Paragraphs, a.Captions, got, tt.credit)
			}
			for _, l := range bodyLines {
				if !strings.Contains(a.Text, l) {
					t.Errorf("paragraph %q lost: %q", l, a.Paragraphs)
				}
			}
		})
	}
}
