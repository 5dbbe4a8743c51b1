package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// mustParseElement parses a fragment and returns its first element under
// <body>.
func mustParseElement(s string) *html.Node {
	root, err := html.Parse(strings.NewReader(s))
	if err != nil {
		panic(err) // the fragments are fixed test inputs
	}
	body := findFirst(root, func(n *html.Node) bool { return n.Data == "body" })
	return findFirst(body, func(n *html.Node) bool { return n != body })
}

// TestProfiles extracts a small page in each known outlet's layout: the
// profile must find the body, drop the outlet's furniture inside and
// around it, and keep captions apart.
func TestProfiles(t *testing.T) {
	const s1 = "첫째 문장은 프로필이 고른 본문에 들어 있습니다."
	const s2 = "둘째 문장도 본문에 들어 있고 한 번만 나와야 합니다."
	tests := []struct {
		profile, url, page, furniture, caption string
	}{
		{"kbs", "https://news.kbs.co.kr/news/pc/view/view.do?ncd=1",
			`<div id="cont_newstext" class="detail-body font-size">` + s1 + `<br><br>` + s2 + `</div>
			<div id="mailHtmlContentsTop"><div class="view_con_text">` + s1 + `<br><br>` + s2 + `</div></div>
			<div class="artical-btm">■ 제보하기<br>▷ 전화 : 02-000-0000</div>`, "제보", ""},
		{"naver", "https://n.news.naver.com/article/056/1",
			`<article id="dic_area"><span class="end_photo_org"><img src="a.jpg"><em class="img_desc">사진 설명 문장입니다</em></span>` + s1 + `<br><br>` + s2 +
				`<div class="artical-btm">■ 제보하기<br>▷ 카카오톡 : <span data-type="ore">'KBS</span>제보' 검색</div></article>`, "제보", "사진 설명 문장입니다"},
		{"sbs", "https://news.sbs.co.kr/news/endPage.do?news_id=N1",
			`<div class="main_text"><div class="text_area" itemprop="articleBody">` + s1 + `<br><br>` + s2 + `</div></div><div class="w_reporter">유영규 기자</div>`, "유영규", ""},
		{"mbc", "https://imnews.imbc.com/news/2023/world/article/1.html",
			`<div class="news_txt" itemprop="articleBody">` + s1 + `<br>` + s2 + `</div><div class="reporter"><span class="writer">임소정</span></div>`, "임소정", ""},
		{"mbn", "https://www.mbn.co.kr/news/society/1",
			`<div class="detail" id="newsViewArea" itemprop="articleBody">` + s1 + `<br><br>` + s2 + `</div><div id="reporter_area">안진우 기자</div>`, "안진우", ""},
		{"ytn", "https://www.ytn.co.kr/_ln/0103_1",
			`<div class="content" itemprop="articleBody"><div class="article" id="CmAdContent"><span>` + s1 + `<br><br>` + s2 + `<br><br>[저작권자(c) YTN 무단전재 및 재배포 금지]</span></div><div class="ad">광고 문구가 들어가는 자리입니다</div></div>`, "저작권", ""},
		{"tvchosun", "http://news.tvchosun.com/site/data/html_dir/2023/04/21/1.html",
			`<div class="contents" itemprop="articleBody"><div class="article font03"><div class="article_img"><img src="a.jpg"><p class="aboutPhoto">/연합뉴스</p></div>` + s1 + `<br><br>둘째 문장도 본문에 들어 있고 <span class="view_banner"><iframe src="ad"></iframe></span>한 번만 나와야 합니다.</div></div>`, "iframe", "/연합뉴스"},
		{"yonhapnewstv", "http://www.yonhapnewstv.co.kr/news/MYH1",
			`<div id="articleBody" class="detail" itemprop="articleBody"><div class="videoWrap"><video>브라우저가 video 태그를 지원하지 않습니다.</video></div><p>` + s1 + `</p><p>` + s2 + `</p></div>`, "video", ""},
		{"yonhap", "https://en.yna.co.kr/view/AEN1",
			`<article class="story-news"><p>` + s1 + `</p><figure><img src="a.jpg"><figcaption><p class="txt-desc">사진 설명 문장입니다</p></figcaption></figure><aside>관련 기사 목록이 여기에 있습니다</aside><p>` + s2 + `</p><p class="txt-copyright">저작권자(c) 연합뉴스, 무단 전재-재배포 금지</p></article>`, "관련 기사", "사진 설명 문장입니다"},
	}
	seen := make(map[string]bool)
	for _, tt := range tests {
		seen[tt.profile] = true
		t.Run(tt.profile, func(t *testing.T) {
			page := `<!DOCTYPE html><html lang="ko"><head><title>프로필 시험</title></head><body><div class="page">` +
				tt.page + `<div class="sidebar"><p>다른 기사 제목이 여기에 길게 들어갑니다, 아주 길게.</p></div></div></body></html>`
			root, err := html.Parse(strings.NewReader(page))
			if err != nil {
				t.Fatal(err)
			}
			m := readMeta(root, tt.url, nil)
			if p := m.prof; p == nil || p.Name != tt.profile {
				t.Fatalf("profile of %q = %v, want %s", tt.url, p, tt.profile)
			}
			a, err := FromHTML([]byte(page), Options{URL: tt.url})
			if err != nil {
				t.Fatal(err)
			}
			if want := s1 + "\n" + s2; a.Text != want {
				t.Errorf("Text = %q, want %q", a.Text, want)
			}
			if strings.Contains(a.Text, tt.furniture) {
				t.Errorf("furniture %q survived", tt.furniture)
			}
			if tt.caption != "" && !strings.Contains(strings.Join(a.Captions, "\n"), tt.caption) {
				t.Errorf("captions %q lack %q", a.Captions, tt.caption)
			}
		})
	}
	for _, p := range builtinRules {
		if !seen[p.name] {
			t.Errorf("profile %s has no test case", p.name)
		}
	}
}
