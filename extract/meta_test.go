package extract

import (
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

func mustMeta(t *testing.T, page, pageURL string) *meta {
	t.Helper()
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	return readMeta(root, pageURL, nil)
}

func TestTitle(t *testing.T) {
	tests := []struct {
		name, head, want string
	}{
		{"og title", `<meta property="og:title" content="제목입니다 정말로"><title>다른 제목 | KBS 뉴스</title>`, "제목입니다 정말로"},
		{"site suffix by og:site_name", `<meta property="og:site_name" content="The Daily Bugle"><title>Spider Sighted Downtown - The Daily Bugle</title>`, "Spider Sighted Downtown"},
		{"korean site suffix", `<title>지하철 요금 150원 인상 | KBS 뉴스</title>`, "지하철 요금 150원 인상"},
		{"naver suffix", `<title>공공 와이파이 속도 두 배로 : 네이버 뉴스</title>`, "공공 와이파이 속도 두 배로"},
		{"acronym suffix", `<title>한강 수영장 개장 첫 주말 북적 | YTN</title>`, "한강 수영장 개장 첫 주말 북적"},
		{"a letter l for the bar", `<title>Colder Temperatures Forecast for Wed. l KBS WORLD</title></head><body><h1>KBS WORLD</h1><h1>Colder Temperatures Forecast for Wed.</h1>`, "Colder Temperatures Forecast for Wed."},
		{"a jamo for the bar", `<title>구청 주차요금 30분 500원 인상 ㅣ 새벽타임즈</title></head><body><h2>구청 주차요금 30분 500원 인상</h2>`, "구청 주차요금 30분 500원 인상"},
		{"a box-drawing bar", `<title>지하철 요금 150원 인상 │ 새벽뉴스</title>`, "지하철 요금 150원 인상"},
		{"a lone l inside a headline kept", `<title>Plan l of the year</title>`, "Plan l of the year"},
		{"document title only the site's name", `<title>새벽뉴스TV</title></head><body><h1>새벽뉴스TV</h1><h2>주메뉴</h2><h3><a href="/a/1">어제 많이 본 기사 제목 하나</a></h3><h2>구청 주차요금 30분 500원 인상…"주민 반발"</h2>`, `구청 주차요금 30분 500원 인상…"주민 반발"`},
		{"site's name by og:site_name", `<meta property="og:site_name" content="Dawn Herald"><title>Dawn Herald</title></head><body><h2>Dawn Herald Weekly</h2><h1>Parking fees rise by half downtown</h1>`, "Parking fees rise by half downtown"},
		{"a short headline is no site's name", `<title>가짜 뉴스 논란</title></head><body><h2>구청 주차요금 30분 500원 인상</h2>`, "가짜 뉴스 논란"},
		{"site's name with no heading kept", `<title>새벽뉴스TV</title></head><body><h2>주메뉴</h2>`, "새벽뉴스TV"},
		{"quotes as the page's heading has them", `<meta property="og:title" content="구청장 '주차요금 인상 없다'"></head><body><h2>구청장 "주차요금 인상 없다"</h2>`, `구청장 "주차요금 인상 없다"`},
		{"a heading with other words keeps og:title's quotes", `<meta property="og:title" content="구청장 '주차요금 인상 없다'"></head><body><h2>구청장 "주차요금 인상 없다" 밝혀</h2>`, `구청장 '주차요금 인상 없다'`},
		{"punctuation as the page's heading has it", `<title>구청장 주차요금 인상 없다 | 새벽일보</title></head><body><h1>구청장, 주차요금 인상 없다</h1>`, "구청장, 주차요금 인상 없다"},
		{"leading site name", `<title>KBS 뉴스 | 지하철 요금 150원 인상</title>`, "지하철 요금 150원 인상"},
		{"dash inside title kept", `<title>Covid-19 - the year after</title>`, "Covid-19 - the year after"},
		{"double escaped", `<meta property="og:title" content="[D리포트] &amp;#34;밤 깎게 칼 좀 주세요&amp;#34;">`, `[D리포트] "밤 깎게 칼 좀 주세요"`},
		{"double prime quote", `<meta property="og:title" content="″꽉 닫힌 지갑 열어라″…">`, `"꽉 닫힌 지갑 열어라"…`},
		{"brand hashtag the document title lacks", `<meta property="og:title" content="홈플러스 고기 대방출… 할인 품목은? #MoneyS"><title>홈플러스 고기 대방출… 할인 품목은?</title>`, "홈플러스 고기 대방출… 할인 품목은?"},
		{"hashtag the document title carries", `<meta property="og:title" content="오늘의 한 줄 요약 #월요일"><title>오늘의 한 줄 요약 #월요일</title>`, "오늘의 한 줄 요약 #월요일"},
		{"brackets as the document title has them", `<meta property="og:title" content="올해 수출 3% 늘어…두 달 연속 증가[종합]"><title>올해 수출 3% 늘어…두 달 연속 증가(종합) : 뉴스줌</title>`, "올해 수출 3% 늘어…두 달 연속 증가(종합)"},
		{"document title with other words", `<meta property="og:title" content="올해 수출 3% 늘어[종합]"><title>올해 수출 3% 줄어(종합) : 뉴스줌</title>`, "올해 수출 3% 늘어[종합]"},
		{"document title with brackets swapped in pairs only", `<meta property="og:title" content="[속보] 기준금리 동결"><title>(속보] 기준금리 동결</title>`, "[속보] 기준금리 동결"},
		{"articleView trail", `<title>동네 도서관 야간 개방 연장 &lt; 사회 &lt; 기사본문 - 새벽타임즈</title>`, "동네 도서관 야간 개방 연장"},
		{"one angle bracket kept", `<title>금리 인상 &lt; 물가 상승 우려 커져</title>`, "금리 인상 < 물가 상승 우려 커져"},
		{"site name cut by the page's heading", `<title>구청 주차요금 30분 500원 인상 | 새벽타임즈</title></head><body><h2>구청 주차요금 30분 500원 인상</h2>`, "구청 주차요금 30분 500원 인상"},
		{"leading site name cut by the page's heading", `<title>새벽미디어 :: 구청 주차요금 30분 500원 인상</title></head><body><h3>구청 주차요금 30분 500원 인상</h3>`, "구청 주차요금 30분 500원 인상"},
		{"short heading is no headline", `<title>사회면 톱기사 모음 | 새벽타임즈</title></head><body><h2>사회면</h2>`, "사회면 톱기사 모음 | 새벽타임즈"},
		{"heading that is not a whole segment", `<title>구청 주차요금 30분 500원 인상 논란 | 새벽타임즈</title></head><body><h2>구청 주차요금 30분 500원 인상</h2>`, "구청 주차요금 30분 500원 인상 논란 | 새벽타임즈"},
		{"og:title cut short", `<meta property="og:title" content="구청 주차요금 30분 500원 인상…주민들 반발 확…"><title>구청 주차요금 30분 500원 인상…주민들 반발 확산 - 새벽일보</title>`, "구청 주차요금 30분 500원 인상…주민들 반발 확산"},
		{"og:title cut short, the heading whole", `<meta property="og:title" content="구청 주차요금 30분 500원 인상…주민 반..."></head><body><h1>구청 주차요금 30분 500원 인상…주민 반발 확산</h1>`, "구청 주차요금 30분 500원 인상…주민 반발 확산"},
		{"an ellipsis that ends the headline", `<meta property="og:title" content="구청 주차요금 인상, 주민들은 &quot;글쎄…&quot;"><title>구청 주차요금 인상, 주민들은 "글쎄…" - 새벽일보</title>`, `구청 주차요금 인상, 주민들은 "글쎄…"`},
		{"og:title that is only the site's name", `<meta property="og:title" content="새벽일보"><title>구청 주차요금 30분 500원 인상 - 새벽일보</title>`, "구청 주차요금 30분 500원 인상"},
		{"site name in brackets before the heading", `<meta property="og:title" content="[새벽일보] 구청 주차요금 30분 500원 인상"></head><body><h1>구청 주차요금 30분 500원 인상</h1>`, "구청 주차요금 30분 500원 인상"},
		{"a tag in brackets is the headline's", `<meta property="og:title" content="[단독] 구청 주차요금 30분 500원 인상"></head><body><h1>구청 주차요금 30분 500원 인상</h1>`, "[단독] 구청 주차요금 30분 500원 인상"},
		{"json-ld headline", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"JSON 제목"}</script>`, "JSON 제목"},
		{"h1 last", `</head><body><h1>Only   a heading</h1>`, "Only a heading"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := mustMeta(t, "<html><head>"+tt.head+"</head></html>", "")
			if m.title != tt.want {
				t.Errorf("title = %q, want %q", m.title, tt.want)
			}
		})
	}
}

func TestDates(t *testing.T) {
	tests := []struct {
		name          string
		page          string
		pub, modified string
	}{
		{
			"json-ld without zone is KST, seconds confirmed by the visible minute",
			`<html lang="ko"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-04-18 11:00:08","dateModified":"2025-04-18 11:11:31"}</script>
			<p>입력 2025.04.18 (11:00)</p><p>수정 2025.04.18 (11:11)</p>`,
			"2025-04-18T11:00:08+09:00", "2025-04-18T11:11:31+09:00",
		},
		{
			"a wrong zone loses to the visible time",
			`<html lang="ko"><meta property="dd:published_time" content="x"><meta name="article:published_time" content="2023-04-20T13:24:13+00:00">
			<ul class="info"><li>송고시간 2023-04-20 13:24:13</li></ul>`,
			"2023-04-20T13:24:13+09:00", "",
		},
		{
			"UTC meta shown in KST on a Korean page",
			`<html lang="ko"><meta name="article:published_time" content="2023-04-07T10:11:02.613Z">`,
			"2023-04-07T19:11:02.613+09:00", "",
		},
		{
			"registration numbers and footer dates are not dates",
			`<html lang="ko"><p class="date">등록 2024.07.01 09:12 / 수정 2024.07.01 10:03</p>
			<div class="footer">등록번호: 서울 가00000 | 등록일자: 2010.01.01</div>`,
			"2024-07-01T09:12:00+09:00", "2024-07-01T10:03:00+09:00",
		},
		{
			"unlabelled Korean date in a time element",
			`<html lang="ko"><span class="time">2023년 04월 07일 18시 36분</span>`,
			"2023-04-07T18:36:00+09:00", "",
		},
		{
			"offset kept on a non-Korean page",
			`<html lang="en"><meta property="article:published_time" content="2024-05-06T08:30:00-04:00">`,
			"2024-05-06T08:30:00-04:00", "",
		},
		{
			"time element",
			`<html lang="en"><time datetime="2019-11-19T10:00:00Z">Nov 19</time>`,
			"2019-11-19T10:00:00Z", "",
		},
		{
			"json-ld inside a footer is read, its visible dates are not",
			`<html lang="en"><body><div class="site-footer"><p>Updated: 2001-01-01 10:00</p>
			<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-02-03T04:05:06Z"}</script></div>`,
			"2024-02-03T04:05:06Z", "",
		},
		{
			"digits alone in a meta tag",
			`<html lang="ko"><meta property="article:published_time" content="20240305142210"><meta property="article:modified_time" content="202403061005">`,
			"2024-03-05T14:22:10+09:00", "2024-03-06T10:05:00+09:00",
		},
		{
			"microdata on a visible element",
			`<html lang="ko"><span itemprop="datePublished" content="2024-03-05T14:22:00+09:00">3월 5일</span>`,
			"2024-03-05T14:22:00+09:00", "",
		},
		{
			"a two-digit year with a label and a clock",
			`<html lang="ko"><p class="info">입력 24.03.05 14:22 수정 24.03.06 09:00</p>`,
			"2024-03-05T14:22:00+09:00", "2024-03-06T09:00:00+09:00",
		},
		{
			"the clock in an element of its own after the day's",
			`<html lang="ko"><div class="info"><span class="date">2024.03.05</span> <span class="time">오후 2:22</span></div>`,
			"2024-03-05T14:22:00+09:00", "",
		},
		{
			"a labelled day and its clock in elements of their own",
			`<html lang="ko"><div class="info">입력 <span>2024.03.05</span> <span>14:22</span> 수정 <span>2024.03.06</span> <span>09:00</span></div>`,
			"2024-03-05T14:22:00+09:00", "2024-03-06T09:00:00+09:00",
		},
		{
			"a two-digit year and a clock in an element named date",
			`<html lang="ko"><div class="info"><span class="date">24.03.05 14:22</span><span>l최종 업데이트 24.03.06 09:00</span></div>`,
			"2024-03-05T14:22:00+09:00", "",
		},
		{
			"a two-digit year without a clock in an element named date is no date",
			`<html lang="ko"><span class="date">24.03.05</span>`,
			"", "",
		},
		{
			"a two-digit year with a clock but no date-named element is no date",
			`<html lang="ko"><span class="info">24.03.05 14:22</span>`,
			"", "",
		},
		{
			"a date and clock alone in an element after the headline, no other date",
			`<html lang="ko"><div class="h_info"><h1>하천 산책로에 가로등</h1><ul class="bl_b"><li class="email"><span>새벽일보 한가을 기자</span></li><li>2026-01-06 14:51</li></ul></div>`,
			"2026-01-06T14:51:00+09:00", "",
		},
		{
			"a structured date wins over a date alone after the headline",
			`<html lang="ko"><meta property="article:published_time" content="2026-01-05T09:00:00+09:00"><h1>하천 산책로에 가로등</h1><ul><li>2026-01-06 14:51</li></ul>`,
			"2026-01-05T09:00:00+09:00", "",
		},
		{
			"a date alone before the headline is the site's clock",
			`<html lang="ko"><div class="top"><span>2026-01-06 14:51</span></div><h1>하천 산책로에 가로등</h1>`,
			"", "",
		},
		{
			"a date in a sentence after the headline is no page date",
			`<html lang="ko"><h1>하천 산책로에 가로등</h1><p>설명회는 2026-01-06 14:00 구청에서 열린다.</p>`,
			"", "",
		},
		{
			"labels alone before the dates in a sponsor box, as ZUM and old Naver set them",
			`<html lang="ko"><h2>하천 산책로에 가로등</h2><div class="article_sponsor"><div class="sponsor"><a class="spon_media">새벽일보</a>
			<span class="bar">l</span> 입력 <span class="date">2019.11.04 15:12</span> <span class="bar">l</span> 수정 <span class="date">2019.11.04 16:40</span></div></div>`,
			"2019-11-04T15:12:00+09:00", "2019-11-04T16:40:00+09:00",
		},
		{
			"an ad box's date after no label is still no page date",
			`<html lang="ko"><h1>하천 산책로에 가로등</h1><div class="sponsor"><a>분양 안내</a> <span>2019.11.04 15:12</span></div>`,
			"", "",
		},
		{
			"the masthead's registration and issue dates in a footer the hints do not mark",
			`<html lang="ko"><h1>하천 산책로에 가로등</h1><p>구는 가로등 120개를 달았다.</p>
			<div><address>대표이사/발행인/편집인: 한가을 등록번호: 서울 아00000<br>등록일:2009.12.24 제호: 새벽일보 발행일:2000.1.1</address></div>`,
			"", "",
		},
		{
			"a masthead label alone before its date",
			`<html lang="ko"><h1>하천 산책로에 가로등</h1><ul><li>등록번호 서울 아00000</li><li>제호 새벽일보</li><li><b>등록일</b> <span>2010-01-05</span></li></ul>`,
			"", "",
		},
		{
			"a story's 등록일 beside no masthead stays",
			`<html lang="ko"><h1>하천 산책로에 가로등</h1><ul><li>등록일 2024.03.05 14:22</li></ul>`,
			"2024-03-05T14:22:00+09:00", "",
		},
		{
			"an English date after its clock, alone after the headline",
			`<html lang="ko"><p>09:12 April 18, 2023</p><h1>Seoul subway fares to rise</h1><span><strong><a href="/news">All News</a></strong> 15:41 April 19, 2023</span><p>Seoul said on April 19, 2023 that fares would rise.</p>`,
			"2023-04-19T15:41:00+09:00", "",
		},
		{
			"an English date after a label, KST named",
			`<html><h1>Seoul subway fares to rise</h1><p>Published : Apr. 19, 2023 15:41 KST</p><p>Updated : Apr. 20, 2023 09:02 KST</p>`,
			"2023-04-19T15:41:00+09:00", "2023-04-20T09:02:00+09:00",
		},
		{
			"a numeric date with KST after the headline",
			`<html><h1>Seoul subway fares to rise</h1><p>2023-04-19 15:41 KST</p>`,
			"2023-04-19T15:41:00+09:00", "",
		},
		{
			"a two-digit year with its clock alone after the headline",
			`<html lang="ko"><h1>하천 산책로에 가로등</h1><div><div>19.06.03 10:15<span>l</span>최종 업데이트 19.06.03 11:02</div></div>`,
			"2019-06-03T10:15:00+09:00", "",
		},
		{
			"a day alone after the headline, no other date",
			`<html lang="ko"><h1>하천 산책로에 가로등</h1><span>2017-11-04  (토)</span><p>구청은 4일 가로등을 달았다.</p>`,
			"2017-11-04T00:00:00+09:00", "",
		},
		{
			"a day alone loses to a date with its clock",
			`<html lang="ko"><h1>하천 산책로에 가로등</h1><span>2017-11-04  (토)</span><p>2017-11-04 09:30</p>`,
			"2017-11-04T09:30:00+09:00", "",
		},
		{"a number is no date", `<html lang="ko"><p>접수번호 20240305142210</p>`, "", ""},
		{"nothing", `<html><p>No dates here</p>`, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := mustMeta(t, tt.page, "")
			if got := formatTime(m.published.t); got != tt.pub {
				t.Errorf("published = %q, want %q", got, tt.pub)
			}
			if got := formatTime(m.modified.t); got != tt.modified {
				t.Errorf("modified = %q, want %q", got, tt.modified)
			}
		})
	}
}

func TestAuthors(t *testing.T) {
	tests := []struct {
		name         string
		page         string
		names, mails []string
	}{
		{"json-ld persons", `<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"강나루"},{"@type":"Person","name":"김하늘 기자","email":"sky@example.com"}]}</script>`,
			[]string{"강나루", "김하늘"}, []string{"sky@example.com"}},
		{"organisation skipped", `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"KBS"}}</script><meta name="author" content="SBS 뉴스">`,
			nil, nil},
		{"meta with e-mail", `<meta property="article:author" content="이남경 기자(nk@example.com)">`,
			[]string{"이남경"}, []string{"nk@example.com"}},
		{"by line and", `<meta name="author" content="By Jane Marlow and Sam Ortiz">`,
			[]string{"Jane Marlow", "Sam Ortiz"}, nil},
		{"reporter box", `<div class="reporter_area"><span>박도윤 기자</span> <a href="mailto:doyun@example.co.kr">메일</a></div>`,
			[]string{"박도윤"}, []string{"doyun@example.co.kr"}},
		{"writer box of a generic CMS", `<dl class="writer"><dt>작성자</dt><dd>홍길동</dd><dt>작성일</dt><dd>2024.03.05 14:22</dd></dl>`,
			[]string{"홍길동"}, nil},
		{"date boxes named author are no byline", `<div class="article_info"><span class="author">기사입력 <em>2025.09.02. 오후 2:22</em></span><span class="author">최종수정 <em>2025.09.02. 오후 3:05</em></span></div>`,
			nil, nil},
		{"url is no name", `<meta name="author" content="https://www.facebook.com/someone">`, nil, nil},
		{"desk with the outlet's name", `<meta property="og:url" content="https://imnews.imbc.com/news/2023/enter/article/1.html"><meta name="author" content="iMBC 연예">`, nil, nil},
		{"desk words", `<meta name="author" content="영문경제">`, nil, nil},
		{"desk with suffix", `<meta name="author" content="디지털편집부">`, nil, nil},
		{"english desk", `<meta name="author" content="Digital Desk">`, nil, nil},
		{"section as author", `<meta property="article:section" content="북리뷰"><meta name="author" content="북리뷰">`, nil, nil},
		{"outlet beside the name", `<meta property="article:author" content="이남경 MK스포츠 기자(mk@example.com)">`,
			[]string{"이남경"}, []string{"mk@example.com"}},
		{"name holding a host label", `<meta property="og:url" content="https://en.yna.co.kr/view/AEN1"><meta name="author" content="Wynand Smit">`,
			[]string{"Wynand Smit"}, nil},
		{"name holding a desk word", `<meta name="author" content="김경제 기자">`, []string{"김경제"}, nil},
		{"arc original byline", `<script>Fusion.globalContent={"content_elements":[{"type":"text","content":"본문 문장입니다."}],"credits":{"by":[{"name":"선민 박","type":"author","additional_properties":{"original":{"byline":"박선민 기자","email":"kindmin@chosun.com","role":"조선NS 기자"}}}]}};</script>`,
			[]string{"박선민"}, []string{"kindmin@chosun.com"}},
		{"arc byline without original", `<script>Fusion.globalContent={"content_elements":[{"type":"text","content":"본문 문장입니다."}],"credits":{"by":[{"byline":"스포츠조선 = 안소윤 기자","name":"스포츠조선 = 안소윤 기자","type":"author"}]}};</script>`,
			[]string{"안소윤"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := mustMeta(t, "<html>"+tt.page+"</html>", "")
			if !slices.Equal(m.authors, tt.names) || !slices.Equal(m.emails, tt.mails) {
				t.Errorf("authors %q emails %q, want %q %q", m.authors, m.emails, tt.names, tt.mails)
			}
		})
	}
}

func TestCanonicalAndLang(t *testing.T) {
	tests := []struct {
		page, pageURL, canonical, lang string
	}{
		{`<html lang="ko-KR"><link rel="canonical" href="/news/1">`, "https://example.com/a?b=1", "https://example.com/news/1", "ko"},
		{`<html><meta property="og:url" content="https://example.com/x"><meta http-equiv="content-language" content="en-US">`, "", "https://example.com/x", "en"},
		{`<html><link rel="canonical" href="/relative"><title>제목</title>`, "", "", "ko"},
	}
	for _, tt := range tests {
		m := mustMeta(t, tt.page, tt.pageURL)
		if got := m.canonicalURL(); got != tt.canonical || m.lang != tt.lang {
			t.Errorf("%s: canonical %q lang %q, want %q %q", tt.page, got, m.lang, tt.canonical, tt.lang)
		}
	}
}

func TestChooseStampPrecision(t *testing.T) {
	// A structured time a minute off the shown one does not agree with it.
	st := chooseStamp(kst, "2025.04.18 11:00", "", "2025-04-18T11:01:30+09:00")
	if want := time.Date(2025, 4, 18, 11, 0, 0, 0, kst); !st.t.Equal(want) || st.prec != precMinute {
		t.Errorf("chooseStamp = %v prec %d, want %v prec %d", st.t, st.prec, want, precMinute)
	}
}

func TestTrustCanonical(t *testing.T) {
	tests := []struct {
		canon, page string
		want        bool
	}{
		{"https://news.kbs.co.kr/news/pc/view/view.do?ncd=8230001", "https://news.kbs.co.kr/news/pc/view/view.do?ncd=8230001&ref=A", true},
		{"https://www.chosun.com/international/2023/04/07/ABCDEF/", "https://www.chosun.com/international/2023/04/07/ABCDEF/?utm_source=x", true},
		{"https://n.news.naver.com/article/056/0011485930", "https://news.naver.com/main/read.nhn?oid=056&aid=0011485930", true},
		{"https://www.example.com/story/some-slug", "", true},
		{"https://www.example.co.kr/", "https://www.example.co.kr/news/articleView.html?idxno=1234", false},
		{"https://www.example.co.kr", "", false},
		{"https://www.example.co.kr/index.html", "https://www.example.co.kr/a/1234", false},
		{"https://www.example.co.kr/news/", "https://www.example.co.kr/news/1234.html", false},
		{"https://www.example.co.kr/news/articleList.html", "https://www.example.co.kr/news/articleView.html?idxno=1234", false},
		{"https://www.other.co.kr/news/1234", "https://www.example.co.kr/news/1234", false},
		{"https://m.example.co.kr/news/1234", "https://www.example.co.kr/news/1234", true},
		// A saved copy or a test server names the page's real address.
		{"https://news.kbs.co.kr/news/pc/view/view.do?ncd=8230001", "http://127.0.0.1:8080/news/8230001.html", true},
		{"https://news.kbs.co.kr/news/pc/view/view.do?ncd=8230001", "file:///srv/pages/8230001.html", true},
		{"https://news.kbs.co.kr/", "http://127.0.0.1:8080/news/8230001.html", false},
	}
	for _, tt := range tests {
		if got := TrustCanonical(tt.canon, tt.page); got != tt.want {
			t.Errorf("TrustCanonical(%q, %q) = %v, want %v", tt.canon, tt.page, got, tt.want)
		}
	}
}
