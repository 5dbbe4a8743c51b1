package extract

import "testing"

func TestClassifyLine(t *testing.T) {
	tests := []struct {
		in   string
		want lineKind
	}{
		// Broadcast production credits are kept apart as captions.
		{"영상편집:김유진", lineCaption},
		{"영상취재: 변성중", lineCaption},
		{"영상취재 : 안동균 기자", lineCaption},
		{"영상 편집 ： 송지영", lineCaption},
		{"촬영기자:김태석/영상편집:김유진", lineCaption},
		{"촬영기자: 김태석 이상훈, 영상편집: 김유진", lineCaption},
		{"영상취재: 변성중 영상편집: 송지영", lineCaption},
		{"( 취재 : 한지연 / 영상편집 : 변지영/ 화면제공 : 부산경찰청 / 제작 : D뉴스플랫폼부 )", lineCaption},
		{"[그래픽: 김지혜]", lineCaption},
		{"VJ: 김민수 / CG: 이수정", lineCaption},
		{"자료조사: 박소연, 디자인: 최유리", lineCaption},
		{"영상제공: 소방청", lineCaption},
		{"[사진 출처 : 연합뉴스]", lineCaption},
		// Reporter credits: bracketed with the outlet, several to a line.
		{"[머니투데이방송 MTN = 유찬 기자 (curry30@mtn.co.kr)]", lineByline},
		{"[서울경제TV=이아라 기자]", lineByline},
		{"조성훈 기자, 김은령 기자, 정혜윤 기자", lineByline},
		{"세종=박경담 기자, 권화순 기자", lineByline},
		{"박종오 기자 pjo2@hani.example 이지혜 기자 godot@hani.example", lineByline},
		{"김철수 특파원 (kim@news.example), 이영희 기자 (lee@news.example)", lineByline},
		{"박종오 기자 pjo2@hani.example 이지혜 기자", lineByline},
		{"박종오 기자와 이지혜 기자가 취재했다.", 0},
		// Generic CMSs' signatures: a slash, the writer's role.
		{"/홍길동 기자", lineByline},
		{"홍길동 기자/hong@saebyeok.example", lineByline},
		{"정리=홍길동 기자", lineByline},
		{"글·사진 홍길동 기자", lineByline},
		{"사진·글=홍길동 기자", lineByline},
		{"대담: 홍길동 기자", lineByline},
		{"사진=홍길동 기자", lineCaption},
		{"정리했다는 기자", 0},
		// A pointer-led closing line of the outlet's slogan and the
		// reporter's address (daum-2024-newsis).
		{"☞공감언론 새벽통신 hong@saebyeok.example", lineByline},
		{"▶ 새벽일보 hong@saebyeok.example", lineByline},
		{"☞새벽일보 (hong@saebyeok.example)", lineByline},
		{"☞ 문의는 hong@saebyeok.example 로 보내면 된다.", 0},
		{"▶ 자세한 내용은 새벽일보 누리집에서 볼 수 있다 hong@saebyeok.example", 0},
		// Pointers to other stories and promotions as lines of the body.
		{"▶ 관련기사: 주차난 해법은 공유주차장", lineDrop},
		{"[관련기사] 구의회, 위탁 조례 손본다", lineDrop},
		{"함께 보면 좋은 뉴스 : 여름 물놀이장 7월 개장", lineDrop},
		{"☞ 새벽일보 유튜브 바로가기", lineDrop},
		{"▶ 네이버에서 새벽일보 구독하기", lineDrop},
		{"관련 기사가 나간 뒤 구청은 요금 인상을 미뤘다.", 0},
		// The outlet before a signature; notes on where the article ran.
		{"새벽일보 홍길동 기자", lineByline},
		{"한가을 기자입력 수정", lineByline},
		{"홍길동·김철수 기자", lineByline},
		{"홍길동·김철수 기자 hong@x.example", lineByline},
		{"세종=홍길동 기자", lineByline},
		{"뉴욕=홍길동 특파원 hong@x.example", lineByline},
		{"[파이낸셜뉴스] 홍길동 기자", lineByline},
		{"(새벽일보 홍길동 기자)", lineByline},
		{"<홍길동 기자 hong@x.example>", lineByline},
		{"홍길동 논설위원", lineByline},
		{"홍길동 대기자", lineByline},
		// The outlet between the name and the title, with the address.
		{"홍길동 새벽경제 기자 hong@x.example", lineByline},
		{"현장에 있던 새벽일보 기자는 hong@x.example 로 알렸다.", 0},
		{"s914@", lineByline},
		{"문의는 hong@ 으로", 0},
		// Pointers to other stories: a label naming the outlet, numbered
		// lines ending with their address, a box heading.
		{"[새벽일보 관련 기사: 동네 빵집 연재]", lineDrop},
		{"1) 동네 빵집이 살아남는 법 http://x.example/u2ex", lineDrop},
		{"자세한 내용은 http://x.example 에서 볼 수 있다.", 0},
		{"핫뉴스 BEST", lineDrop},
		// The writer's beat or credential after the title.
		{"홍길동 기자(와인 소믈리에) hong@x.example", lineByline},
		{"홍길동 기자 (정치부)", lineByline},
		{"홍길동 선임기자(경제학 박사)", lineByline},
		{"홍길동 기자(2024년 입사) 말고 다른 기자가 썼다.", 0},
		{"▶ 새벽일보 단독 기사 더 보기", lineDrop},
		{"논설위원들은 이날 회의에서 사설 방향을 정했다.", 0},
		// Tip addresses, pleas to follow, widgets left as text.
		{"※ 보도자료 및 제보: news@saebyeok.example", lineDrop},
		{"기사제보 및 보도자료 news@saebyeok.example", lineDrop},
		{"[새벽일보] 카카오톡 채널 추가하고 뉴스 받아보세요", lineDrop},
		{"새벽일보 텔레그램 채널에서 속보를 받아보세요", lineDrop},
		{"좋아요 0 훈훈해요 0 슬퍼요 0 화나요 0 후속기사 원해요 0", lineDrop},
		{"프린트 이메일 페이스북 트위터", lineDrop},
		{"이 기사를 추천합니다", lineDrop},
		{"기사 URL이 복사되었습니다.", lineDrop},
		{"후원하기", lineDrop},
		{"[광고]", lineDrop},
		{"AD", lineDrop},
		{"증상이 계속되면 전문가 상담을 받아보세요.", 0},
		{"제보를 받은 경찰은 현장에 출동했다.", 0},
		{"페이스북과 트위터 이용자가 줄었다.", 0},
		{"주민들은 후원하기로 뜻을 모았다.", 0},
		{"홍길동 위원장은 이날 기자들과 만났다.", 0},
		{"한가을 기자 | 입력 : 수정 :", lineByline},
		{"댓글", lineDrop},
		{"댓글 3개", lineDrop},
		{"댓글을 단 주민들은 대부분 찬성했다.", 0},
		{"새벽일보 홍길동 기자 hong@saebyeok.example", lineByline},
		{"※ 이 기사는 3월 5일자 새벽일보 지면에 게재됐습니다.", lineDrop},
		{"이 기사는 2024년 3월 5일 10시 00분 유료콘텐츠로 선공개 되었습니다.", lineDrop},
		{"본 기사는 새벽일보 3월호에 실렸습니다.", lineDrop},
		{"이 기사를 쓴 기자는 구청 공무원들을 여러 번 만났다.", 0},
		{"주민들은 앱 다운로드 방법을 몰라 불편을 겪었다.", 0},
		{"구청 누리집 바로가기 메뉴에서 신청할 수 있다.", 0},
		{"문의는 박종오 기자 pjo2@hani.example 이지혜 기자 godot@hani.example 로 보내면 된다.", 0},
		// The notice on replies and corrections, and its ombudsman line.
		{"머니투데이방송의 기사에 대해 반론·정정·추후 보도를 청구하실 분은 아래의 연락처로 연락주시길 바랍니다.", lineDrop},
		{"고충처리인 : 콘텐츠총괄부장ombudsman@mtn.co.kr02)2077-6288", lineDrop},
		{"법원은 반론보도와 정정보도 청구를 모두 기각했다.", 0},
		{"기자들은 조성훈 기자, 김은령 기자와 함께 현장을 찾았다.", 0},
		// A bracketed label and a short credit.
		{"[사진]OSEN DB", lineCaption},
		{"[그래픽] 연합뉴스", lineCaption},
		// The helpline notice under stories of suicide, whole or as lines
		// of helplines; prose that reports on a helpline stays.
		{"※ 우울감 등 말하기 어려운 고민이 있거나 주변에 이런 어려움을 겪는 가족·지인이 있을 경우 자살예방 상담전화 ☎1393, 정신건강 상담전화 ☎1577-0199, 희망의 전화 ☎129, 생명의 전화 ☎1588-9191, 청소년 전화 ☎1388, 청소년 모바일 상담 '다 들어줄 개' 어플, 카카오톡 등에서 24시간 전문가의 상담을 받을 수 있습니다.", lineDrop},
		{"▶ 우울감 등 말하기 어려운 고민이 있거나 주변에 이런 어려움을 겪는 가족·지인이 있을 경우 자살예방 상담전화 ☎109 또는 SNS상담 마들랜(마음을 들어주는 랜선친구)에서 24시간 전문가의 상담을 받을 수 있습니다.", lineDrop},
		{"자살예방 상담전화 ☎ 1393, 정신건강 상담전화 ☎ 1577-0199, 희망의 전화 ☎ 129", lineDrop},
		{"<자살예방 핫라인> ☎ 1577-0199", lineDrop},
		{"생명의 전화 1588-9191", lineDrop},
		{"보건복지부는 자살예방 상담전화 번호를 다음 달부터 109로 통합한다고 밝혔다.", 0},
		{"우울감 등 정신건강 문제를 호소하는 청년이 늘자 정부는 상담전화를 24시간 운영하기로 했다.", 0},
		{"센터 관계자는 \"상담전화는 24시간 열려 있고, 누구나 전문가와 이야기할 수 있다\"고 말했다.", 0},
		// Prose that mentions editing or graphics stays.
		{"영상편집을 맡은 김유진 씨는 작업이 쉽지 않았다고 말했습니다.", 0},
		{"그래픽 디자이너들은 이번 전시에서 새로운 작품을 선보였습니다.", 0},
		{"편집: 이 기사는 독자의 요청으로 일부 내용을 고쳤습니다.", 0},
		{"촬영 현장에서 배우들은 서로 격려하며 밤을 새웠다.", 0},
		{"KBS 뉴스 김수연입니다.", 0},
		// A plea for readers' tips with where to send them, as wire
		// services close their stories; a quoted plea in prose stays.
		{"◎공감언론 뉴시스가 독자 여러분의 소중한 제보를 기다립니다. 뉴스 가치나 화제성이 있다고 판단되는 사진 또는 영상을 뉴시스 사진영상부(n-photo@newsis.com, 02-721-7470)로 보내주시면 적극 반영하겠습니다.", lineDrop},
		{"※ 독자 여러분의 제보를 기다립니다. 카카오톡 : @새벽일보 이메일 : jebo@saebyeok.example", lineDrop},
		{"새벽일보는 시청자 여러분의 제보를 받습니다. (전화 02-000-0000)", lineDrop},
		{"경찰 관계자는 \"목격한 시민 여러분의 제보를 기다립니다\"라고 말했다.", 0},
		{"구는 독자 여러분의 제보를 기다린다며 신고 전화번호를 안내했다.", 0},
		// Notes that a machine helped write or translate the article.
		{"※ 이 기사는 AI가 작성한 초안을 기자가 검수해 작성했습니다.", lineDrop},
		{"이 기사는 AI 번역을 거쳐 기자가 편집했습니다.", lineDrop},
		{"이 기사는 인공지능(AI) 기술을 활용해 작성됐습니다.", lineDrop},
		{"[이 기사는 AI의 도움을 받아 작성되었습니다.]", lineDrop},
		{"본 기사는 생성형 AI로 제작한 기사를 편집자가 검토했습니다.", lineDrop},
		{"이 기사는 AI 반도체 시장이 3년 새 두 배로 커졌다는 보고서를 바탕으로 작성됐다.", 0},
		{"인공지능(AI)이 작성한 기사가 늘면서 언론계의 고민도 깊어졌다.", 0},
		// Where else the article runs, after a label of its own.
		{"덧붙이는 글 | 이 기사는 필자의 블로그에도 실립니다.", lineDrop},
		{"이 기사는 새벽일보 누리집에도 실립니다.", lineDrop},
		// Promotions and link rows that close portal and wire copies.
		{"▶ 연합뉴스 앱 지금 바로 다운받기~", lineDrop},
		{"네이버 메인에서 채널 구독하기", lineDrop},
		{"디지털타임스 채널 구독 / 뉴스스탠드 구독", lineDrop},
		{"새벽일보 유튜브 구독 | 카카오톡 채널 추가", lineDrop},
		{"구독자들은 뉴스스탠드 구독을 많이 한다.", 0},
		{"[새벽일보 바로가기] [새벽일보 네이버 구독하기]", lineDrop},
		{"(자료사진) [이미지출처=연합뉴스]", lineCaption},
		{"[자료 사진] (사진=새벽일보 DB)", lineCaption},
		{"(자료사진) [이미지출처=연합뉴스] 정부는 수출 대책을 내놨다.", 0},
		{"주민들은 네이버 메인에서 채널 구독하기를 어려워했다.", 0},
		{"디지털타임스 핫 섹션 : [ ☆ 스 타 포 토 ] / [ ♨ HOT!! 포 토 ]", lineDrop},
		{"가람경제 많이 본 뉴스: [경제] | [사회] | [국제]", lineDrop},
		{"[포토] / [영상] / [카드뉴스]", lineDrop},
		{"관련 법령: [민법 제750조]", 0},
		{"[속보] [단독]", 0},
		{"재판부는 [별지 1] / [별지 2]의 목록을 근거로 판단했다.", 0},
		{"회의 안건: [예산안] 심사가 다음 주로 미뤄졌다.", 0},
		// A bracketed tip line with where to send tips.
		{"[연합뉴스TV 제보:02-398-4409, 카카오톡/라인 jebo23]", lineDrop},
		{"[새벽일보 제보] 카카오톡 @새벽일보", lineDrop},
		{"제보자는 카카오톡으로 사진을 보냈다.", 0},
		// Reporter box links and headings.
		{"한가을 기자의 다른 기사 보기", lineDrop},
		{"한가을 기자 autumn@saebyeok.example 다른기사 보기", lineDrop},
		{"기자 프로필", lineDrop},
		{"이 뉴스를 공유하세요", lineDrop},
		// A machine-written summary set as a labelled line.
		{"[AI 요약] 구가 하천 산책로에 가로등 120개를 새로 달았다.", lineDrop},
		{"AI 요약 기술이 발전하면서 요약 서비스가 늘었다.", 0},
		// Captions' notes and the wire services' resale notice.
		{"※ 기사 내용과 관련 없는 사진입니다.", lineCaption},
		{"기사와 무관한 자료사진", lineCaption},
		{"*재판매 및 DB 금지", lineCaption},
		{"6일 오후 서울 중구 청계천에서 시민들이 산책하고 있다. 2026.01.06. *재판매 및 DB 금지", lineCaption},
		// Wire photos' captions set as a paragraph: the date and the
		// photographer's address or the agency's credit close them.
		{"[서울=뉴시스] 한가을 기자 = 6일 오후 서울 중구 청계천에서 시민들이 산책하고 있다. 2026.01.06. autumn@newsis.com", lineCaption},
		{"(서울=연합뉴스) 한가을 기자 = 6일 오후 서울 중구 청계천에서 시민들이 산책하고 있다. 2026.1.6 [새벽구 제공. 재판매 및 DB 금지] photo@yna.co.kr", lineCaption},
		{"6일 오후 서울 중구 청계천에서 시민들이 산책하고 있다. 2026.1.6/뉴스1 © News1 한가을 기자", lineCaption},
		{"(서울=뉴시스) 한가을 기자 = 구는 지난 2026.01.06 공고를 내고 신청을 받았다고 밝혔다.", 0},
		{"문의는 2026.1.6까지 autumn@saebyeok.example 로 하면 된다.", 0},
		// Broadcasters' tip pleas and links to the original on a portal copy.
		{"MBC 뉴스는 24시간 여러분의 제보를 기다립니다.", lineDrop},
		{"▣ KBS 기사 원문보기 : http://news.kbs.co.kr/news/view.do?ncd=4412345", lineDrop},
		{"기사 원문 보기", lineDrop},
		{"출처 : 새벽일보(https://www.saebyeok.example)", lineDrop},
		{"(기사 제공=새벽일보)", lineDrop},
		{"기사제공 스포티비뉴스", lineDrop},
		{"기사 제공: 새벽일보", lineDrop},
		{"기사제공 업체는 모두 다섯 곳이다.", 0},
		{"구청은 기사 원문을 보고 정정을 요청했다.", 0},
		{"출처는 새벽일보 누리집(https://www.saebyeok.example)이라고 밝혔다.", 0},
		// Notes on the article's funding, source and purpose.
		{"이 기사는 지역신문발전기금을 지원받았습니다.", lineDrop},
		{"※ 이 기사는 새벽재단의 지원을 받아 작성됐습니다.", lineDrop},
		{"이 기사는 한국언론진흥재단의 정부광고 수수료를 지원받아 작성됐습니다.", lineDrop},
		{"※ 본 기사는 새벽일보 기사를 재구성한 것입니다.", lineDrop},
		{"<본 기사는 새벽일보에서 제공한 기사입니다>", lineDrop},
		{"본 콘텐츠는 새벽금융의 투자 권유가 아닙니다.", lineDrop},
		{"이 기사는 지원금 부정 수급 의혹을 처음 제기한 보도의 후속이다.", 0},
		{"전문가들은 이 종목이 투자 권유 대상은 아니라고 말했다.", 0},
		// An outlet credit in lenticular brackets.
		{"【파이낸셜뉴스 서울=한가을 기자】", lineByline},
		{"【세종=한가을 기자】", lineByline},
	}
	for _, tt := range tests {
		if got := classifyLine(tt.in); got != tt.want {
			t.Errorf("classifyLine(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}
