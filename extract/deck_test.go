package extract

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestFindDeck(t *testing.T) {
	const title = "동네 빵집 매출, 대형 체인 넘었다"
	tests := []struct {
		name, body string
		want       []string
	}{
		{"h2 under the headline", `<h1>` + title + `</h1><h2 class="sub_title1">지역 밀가루로 차별화<br>배달 매출 세 배로</h2>`,
			[]string{"지역 밀가루로 차별화", "배달 매출 세 배로"}},
		{"subtitle by id, white space between", `<h1 class="tit">` + title + `</h1>
			<p id="subTitle">지역 밀가루로 차별화</p>`, []string{"지역 밀가루로 차별화"}},
		{"서울신문's stit", `<h1>` + title + `</h1><h2 class="stit">지역 밀가루로 차별화</h2>`, []string{"지역 밀가루로 차별화"}},
		// 머니투데이 puts the byline, the date and the share bar between
		// the headline's block and its deck, h2.sub_subject.
		{"deck past the header", `<div class="head"><h1 class="subject">` + title + `</h1><div class="info"><strong>새벽일보</strong><ul><li class="name">한가람 기자</li></ul><button>기자 더보기</button><ul><li>VIEW <span>1,204</span></li><li class="date">2025.06.02 10:12</li></ul></div></div>
			<div id="article"><div class="vc_top"><div class="info"><button>sns공유 더보기</button><label>가나다라마</label><script>var size = "본문 글자 크기를 바꾸는 스크립트입니다 본문 글자 크기를 바꾸는 스크립트입니다";</script></div>
			<h2 class="sub_subject">지역 밀가루로 차별화, 배달 매출 세 배로</h2></div><div id="textBody">동네 빵집 매출이 올해 처음으로 대형 체인을 넘어섰다고 협회가 밝혔다.</div></div>`,
			[]string{"지역 밀가루로 차별화, 배달 매출 세 배로"}},
		{"unnamed h2 past the header", `<h1>` + title + `</h1><div><span>한가람 기자</span><span>2025.06.02 10:12</span></div><div><h2>지역 밀가루로 차별화, 배달 매출 세 배로</h2><div>동네 빵집 매출이 올해 처음으로 대형 체인을 넘어섰다고 협회가 밝혔다.</div></div>`,
			[]string{"지역 밀가루로 차별화, 배달 매출 세 배로"}},
		// Past a sentence, a deck-named element is the story's or a list's.
		{"deck past a sentence", `<h1>` + title + `</h1><div class="info">한가람 기자</div><p>동네 빵집 매출이 올해 처음으로 대형 체인을 넘어섰다고 협회가 밝혔다.</p><h2 class="subtitle">지역 밀가루로 차별화</h2>`, nil},
		// Past a list of other stories' headlines, it is the list's.
		{"deck past a list of links", `<h1>` + title + `</h1><div class="info">한가람 기자</div><ul class="most"><li><a href="/1">구청, 하천 산책로 가로등 교체</a></li></ul><p class="subtitle">지역 밀가루로 차별화</p>`, nil},
		// A kicker of labels only is no deck, under the headline or past it.
		{"kicker of labels", `<h1>` + title + `</h1><h2 class="sub_subject">[명퇴의 정석] (종합)</h2>`, nil},
		{"kicker past the header", `<h1>` + title + `</h1><div class="info">한가람 기자</div><h2 class="subtitle">【단독】</h2>`, nil},
		// A section label above the headline is no deck.
		{"label before the headline", `<p class="subTitle">경제</p><h1>` + title + `</h1><p>본문</p>`, nil},
		// A lower heading right after the headline is its deck whatever
		// its name; another element after it must name itself one.
		{"unnamed heading", `<h1>` + title + `</h1><h2>지역 밀가루로 차별화<br>배달 매출 세 배로</h2>`, []string{"지역 밀가루로 차별화", "배달 매출 세 배로"}},
		{"unnamed h3, white space between", `<h1>` + title + `</h1>
			<h3>지역 밀가루로 차별화</h3>`, []string{"지역 밀가루로 차별화"}},
		{"unnamed heading of a link", `<h1>` + title + `</h1><h2><a href="/list">지역 밀가루 기획 시리즈</a></h2>`, nil},
		{"unnamed heading that is a byline", `<h1>` + title + `</h1><h2>한가람 기자</h2>`, nil},
		{"unnamed paragraph", `<h1>` + title + `</h1><p>지역 밀가루로 차별화</p>`, nil},
		// A headline set as <h2> or <h3>: a lower heading under it, or
		// an element naming itself a deck.
		{"h3 under an h2 headline", `<h1>새벽일보</h1><h2>` + title + `</h2><h3>지역 밀가루로 차별화</h3>`, []string{"지역 밀가루로 차별화"}},
		{"h2 under an h2 headline", `<h2>` + title + `</h2><h2>지역 밀가루로 차별화</h2>`, nil},
		{"unnamed deck linking where the headline links", `<h3><a href="/a/1">` + title + `</a></h3><strong><a href="/a/1">지역 밀가루로 차별화</a></strong>`, []string{"지역 밀가루로 차별화"}},
		{"a link elsewhere after the headline", `<h3><a href="/a/1">` + title + `</a></h3><strong><a href="/a/2">지역 밀가루로 차별화</a></strong>`, nil},
		{"named deck under an h3 headline", `<h3><a href="/a/1">` + title + `</a></h3><strong class="tit_subtit"><a href="/a/1">지역 밀가루로 차별화</a></strong>`, []string{"지역 밀가루로 차별화"}},
		{"unnamed element", `<h1>` + title + `</h1><div>지역 밀가루로 차별화</div>`, nil},
		{"another headline", `<h1>다른 기사 제목입니다</h1><h2 class="subtitle">지역 밀가루로 차별화</h2>`, nil},
		{"text between", `<h1>` + title + `</h1>사진 <h2 class="subtitle">지역 밀가루로 차별화</h2>`, nil},
		// Bylines, dates, long text, English and too many lines are not.
		{"byline", `<h1>` + title + `</h1><div class="sub_title">한가람 기자</div>`, nil},
		{"byline with a date", `<h1>` + title + `</h1><div class="subhead">한가람 2025.06.02 10:12</div>`, nil},
		{"english", `<h1>` + title + `</h1><div class="standfirst">Bakeries beat the chains</div>`, nil},
		{"long", `<h1>` + title + `</h1><div class="subtitle">` + strings.Repeat("지역 밀가루로 차별화했다 ", 12) + `</div>`, nil},
		{"five lines", `<h1>` + title + `</h1><div class="deck">하나 둘 셋<br>하나 둘 넷<br>하나 둘 다섯<br>하나 둘 여섯<br>하나 둘 일곱</div>`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><body>" + tt.body + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			if got := findDeck(doc, title, ""); !slices.Equal(got, tt.want) {
				t.Errorf("findDeck(%q) = %q, want %q", tt.body, got, tt.want)
			}
		})
	}
}

func TestWithDeck(t *testing.T) {
	deck := []string{"지역 밀가루로 차별화", "배달 매출 세 배로"}
	body := []string{"동네 빵집 매출이 처음으로 대형 제빵 체인을 넘어섰다."}
	if got, want := withDeck(deck, body), append(slices.Clone(deck), body...); !slices.Equal(got, want) {
		t.Errorf("withDeck = %q, want %q", got, want)
	}
	// The body already holds the deck: it stood inside the body's element.
	inside := append(slices.Clone(deck), body...)
	if got := withDeck(deck, inside); !slices.Equal(got, inside) {
		t.Errorf("withDeck of a body with its deck = %q, want %q", got, inside)
	}
}

// TestFindDeckFromDescription checks decks that no name marks, told by
// the page's description, which repeats them word for word.
func TestFindDeckFromDescription(t *testing.T) {
	const title = "동네 빵집 매출, 대형 체인 넘었다"
	tests := []struct {
		name, body string
		want       []string
		desc       string // the page's description
	}{
		{"unnamed element the description repeats", `<h1>` + title + `</h1><h2>지역 밀가루로 차별화<br>배달 매출 세 배로</h2>`,
			[]string{"지역 밀가루로 차별화", "배달 매출 세 배로"}, "지역 밀가루로 차별화 배달 매출 세 배로"},
		{"unnamed element past the header the description repeats", `<h1>` + title + `</h1><div>한가람 기자</div><div><h2>지역 밀가루로 차별화</h2><p>동네 빵집 매출이 올해 처음으로 대형 체인을 넘어섰다고 협회가 밝혔다.</p></div>`,
			[]string{"지역 밀가루로 차별화"}, "지역 밀가루로 차별화"},
		{"unnamed element the description repeats, a div", `<h1>` + title + `</h1><div>지역 밀가루로 차별화</div>`,
			[]string{"지역 밀가루로 차별화"}, "지역 밀가루로 차별화"},
		// A <div> is no heading: only the description makes it a deck
		// (a lower heading is one without, see TestFindDeck).
		{"unnamed element the description only begins with", `<h1>` + title + `</h1><div>지역 밀가루로 차별화</div>`, nil, "지역 밀가루로 차별화한 동네 빵집들이 대형 체인을 넘어섰다"},
		{"unnamed element longer than the description", `<h1>` + title + `</h1><div>지역 밀가루로 차별화<br>배달 매출 세 배로</div>`, nil, "지역 밀가루로 차별화"},
		{"no description", `<h1>` + title + `</h1><div>지역 밀가루로 차별화</div>`, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><body>" + tt.body + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			if got := findDeck(doc, title, tt.desc); !slices.Equal(got, tt.want) {
				t.Errorf("findDeck(%q, %q) = %q, want %q", tt.body, tt.desc, got, tt.want)
			}
		})
	}
}

// TestDeckBeforeBody checks a deck that stands before the body's element
// with no headline element leading to it and no name, as YTN sets its
// deck lines in a span above the player and the story: the page's
// description repeats it, or, without one, its lines alone in their
// element make it the deck.
func TestDeckBeforeBody(t *testing.T) {
	const deckLines = `동네 빵집 매출, 대형 체인 넘어<br>"지역 밀가루로 차별화"<br>"배달 매출 세 배로"`
	deck := deckLines
	page := func(desc string) string {
		return `<html><head><title>동네 빵집의 반격</title><meta name="description" content='` + desc + `'></head><body>
<div><h3>동네 빵집의 반격</h3><span>2025.06.02 10:12</span></div>
<div><div><div><span style="display:block">` + deck + `</span></div><div><script>player()</script></div>
<div><div>` + strings.Join(bodyLines, "<br><br>") + `</div></div></div></div></body></html>`
	}
	want := []string{"동네 빵집 매출, 대형 체인 넘어", `"지역 밀가루로 차별화"`, `"배달 매출 세 배로"`}
	tests := []struct {
		name, desc, deck string
		want             bool
	}{
		{"the description repeats the lines", `동네 빵집 매출, 대형 체인 넘어 / "지역 밀가루로 차별화" / "배달 매출 세 배로"`, deckLines, true},
		{"the description is the story's start", bodyLines[0], deckLines, true},
		{"no description", "", deckLines, true},
		// Without the description, only lines alone in their element
		// that end no sentence are a deck.
		{"caption lines", "", `빵집 주인이 반죽을 살펴보고 있다.<br>사진=새벽일보`, false},
		{"one line", "", `동네 빵집 매출, 대형 체인 넘어`, false},
		{"lines with a link", "", `동네 빵집 매출, 대형 체인 넘어<br><a href="/s">"지역 밀가루로 차별화"</a>`, false},
		{"lines beside other text", "", deckLines + `</span><span>구독하기`, false},
		// Each line in bold of its own, under the magazine's label,
		// which is neither deck nor story.
		{"bold lines under a label", "", `<strong>[새벽매거진]</strong><br><strong>동네 빵집 매출, 대형 체인 넘어</strong><br><strong>"지역 밀가루로 차별화"</strong><br><strong>"배달 매출 세 배로"</strong><br><br>`, true},
		{"bold lines with a link", "", `<strong>동네 빵집 매출, 대형 체인 넘어</strong><br><strong><a href="/s">"지역 밀가루로 차별화"</a></strong>`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			deck = tt.deck
			a, err := FromHTML([]byte(page(tt.desc)), Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := len(a.Paragraphs) >= 3 && slices.Equal(a.Paragraphs[:3], want)
			if got != tt.want {
				t.Errorf("paragraphs %q: deck first %v, want %v", a.Paragraphs, got, tt.want)
			}
			if !strings.Contains(a.Text, bodyLines[0]) || !strings.Contains(a.Text, bodyLines[3]) {
				t.Errorf("story lost: %q", a.Paragraphs)
			}
		})
	}
}

// TestDeckOutsideStory checks an unnamed <p> right after the headline:
// the deck when the story's element does not hold it (서울경제's header
// with its subtitle line), the lede when it does.
func TestDeckOutsideStory(t *testing.T) {
	story := `<div id="story">` + strings.Join(bodyLines, "<br><br>") + `</div>`
	tests := []struct {
		name, page, first string
	}{
		{"subtitle in the header", `<div><h2>전력 저장장치 잇따라 들인다</h2><p>생산비 줄이려 설비 가동</p><ul><li>한가람 기자</li><li>2025-06-02 10:12</li></ul></div>` + story, "생산비 줄이려 설비 가동"},
		{"lede inside the story", `<div id="story"><h2>전력 저장장치 잇따라 들인다</h2><p>시멘트 회사들이 설비를 들인다</p>` + strings.Join(bodyLines, "<br><br>") + `</div>`, "시멘트 회사들이 설비를 들인다"},
		{"a widget's row", `<div><h2>전력 저장장치 잇따라 들인다</h2><p><button>본문듣기</button> 설정 성별 선택하기 여성</p></div>` + story, bodyLines[0]},
		// The page writes its paragraphs as text and <br><br>: the
		// subtitle is a bare line after the headline.
		{"subtitle as a bare line", `<div><h2>전력 저장장치 잇따라 들인다</h2>생산비 줄이려 설비 가동<br><br><ul><li>한가람 기자</li><li>2025-06-02 10:12</li></ul></div>` + story, "생산비 줄이려 설비 가동"},
		{"lede as a bare line inside the story", `<div id="story"><h2>전력 저장장치 잇따라 들인다</h2>시멘트 회사들이 설비를 들인다<br><br><div>` + strings.Join(bodyLines, "<br><br>") + `</div></div>`, "시멘트 회사들이 설비를 들인다"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := `<html lang="ko"><head><title>전력 저장장치 잇따라 들인다</title></head><body>` + tt.page + `</body></html>`
			a, err := FromHTML([]byte(page), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(a.Paragraphs) == 0 || a.Paragraphs[0] != tt.first {
				t.Errorf("paragraphs %q, want %q first", a.Paragraphs, tt.first)
			}
			if n := strings.Count(a.Text, tt.first); n != 1 {
				t.Errorf("%q %d times in %q", tt.first, n, a.Text)
			}
		})
	}
}
