package facts

import (
	"strings"
	"unicode/utf8"
)

// This file is the dictionary of who may spend, earn or announce an amount:
// organisations by name, the common nouns that name such actors, the
// endings that make a noun an organisation, and the titles that make a
// name a person. It is data, written by us from public facts: the names of
// government bodies are those of the Government Organization Act
// (정부조직법) as amended up to 2025 and of the bodies' own sites; the
// companies, banks, parties and groups are the ones Korean news names
// most. No third-party list was copied.

// orgNames are organisations by their names and common short names.
var orgNames = setOf(
	// Ministries (부) of the Government Organization Act, full and short.
	"기획재정부", "기재부", "교육부", "과학기술정보통신부", "과기정통부", "과기부", "외교부", "통일부",
	"법무부", "국방부", "행정안전부", "행안부", "국가보훈부", "보훈부", "문화체육관광부", "문체부",
	"농림축산식품부", "농식품부", "산업통상자원부", "산업부", "산자부", "보건복지부", "복지부",
	"환경부", "기후에너지환경부", "고용노동부", "노동부", "고용부", "여성가족부", "여가부", "국토교통부", "국토부",
	"해양수산부", "해수부", "중소벤처기업부", "중기부",
	// Agencies (청, 처) and offices under them.
	"국세청", "관세청", "조달청", "통계청", "검찰청", "대검찰청", "병무청", "방위사업청", "방사청",
	"경찰청", "소방청", "국가유산청", "문화재청", "농촌진흥청", "농진청", "산림청", "특허청", "지식재산처",
	"기상청", "질병관리청", "질병청", "해양경찰청", "해경", "새만금개발청", "우주항공청",
	"재외동포청", "행정중심복합도시건설청", "인사혁신처", "법제처", "식품의약품안전처", "식약처",
	"국가데이터처",
	// The presidency, the cabinet, the legislature and the courts.
	"대통령실", "청와대", "국무조정실", "국무총리실", "감사원", "국가정보원", "국정원", "국회",
	"국회예산정책처", "예정처", "헌법재판소", "대법원", "중앙선거관리위원회", "선관위",
	// Commissions (위원회).
	"금융위원회", "금융위", "공정거래위원회", "공정위", "방송통신위원회", "방통위", "방송미디어통신위원회",
	"국민권익위원회", "권익위", "원자력안전위원회", "원안위", "개인정보보호위원회", "개인정보위",
	"규제개혁위원회", "저출산고령사회위원회",
	// The central bank, supervisors and state banks and funds.
	"한국은행", "한은", "금융감독원", "금감원", "한국산업은행", "산업은행", "산은", "IBK기업은행",
	"기업은행", "한국수출입은행", "수출입은행", "수은", "신용보증기금", "신보", "기술보증기금", "기보",
	"예금보험공사", "예보", "한국자산관리공사", "캠코", "한국투자공사", "국민연금공단", "국민연금",
	"국민건강보험공단", "건보공단", "주택도시보증공사", "한국주택금융공사", "서민금융진흥원",
	// Public corporations.
	"한국전력공사", "한국전력", "한전", "한국토지주택공사", "LH", "한국수자원공사", "수자원공사",
	"한국도로공사", "도로공사", "한국가스공사", "가스공사", "한국철도공사", "코레일", "한국수력원자력",
	"한수원", "인천국제공항공사", "한국공항공사", "한국석유공사", "석유공사", "대한무역투자진흥공사",
	"코트라", "KOTRA", "한국관광공사", "정보통신산업진흥원", "한국지능정보사회진흥원", "한국연구재단",
	"정보통신기획평가원", "한국인터넷진흥원", "한국콘텐츠진흥원", "중소벤처기업진흥공단", "소상공인시장진흥공단",
	// Local governments: special and metropolitan cities, provinces.
	"서울시", "서울특별시", "부산시", "부산광역시", "대구시", "대구광역시", "인천시", "인천광역시",
	"광주시", "광주광역시", "대전시", "대전광역시", "울산시", "울산광역시", "세종시", "세종특별자치시",
	"경기도", "강원도", "강원특별자치도", "충청북도", "충북도", "충청남도", "충남도", "전라북도", "전북도",
	"전북특별자치도", "전라남도", "전남도", "경상북도", "경북도", "경상남도", "경남도", "제주도",
	"제주특별자치도", "서울시교육청", "경기도교육청",
	// Parties.
	"더불어민주당", "민주당", "국민의힘", "조국혁신당", "개혁신당", "진보당", "정의당",
	// Business groups, unions and associations.
	"대한상공회의소", "대한상의", "한국경제인협회", "한경협", "전국경제인연합회", "전경련",
	"한국경영자총협회", "경총", "중소기업중앙회", "중기중앙회", "한국무역협회", "무역협회",
	"전국은행연합회", "은행연합회", "금융투자협회", "민주노총", "한국노총", "전국민주노동조합총연맹",
	// Companies Korean news names most.
	"삼성전자", "삼성", "SK하이닉스", "하이닉스", "SK", "LG전자", "LG", "LG에너지솔루션", "현대자동차",
	"현대차", "기아", "현대모비스", "포스코", "포스코홀딩스", "네이버", "카카오", "셀트리온",
	"삼성바이오로직스", "삼성SDI", "삼성물산", "삼성생명", "한화", "한화에어로스페이스", "한화오션",
	"롯데", "CJ", "KT", "SK텔레콤", "SKT", "LG유플러스", "HD현대", "HD현대중공업", "HD한국조선해양",
	"두산에너빌리티", "두산", "쿠팡", "토스", "배달의민족", "우아한형제들", "크래프톤", "넥슨",
	"엔씨소프트", "넷마블", "하이브", "대한항공", "아시아나항공", "KB국민은행", "국민은행", "신한은행",
	"하나은행", "우리은행", "NH농협은행", "농협", "KB금융", "신한금융", "하나금융", "우리금융",
	"엔비디아", "애플", "구글", "마이크로소프트", "MS", "아마존", "메타", "테슬라", "오픈AI", "OpenAI",
	"TSMC", "인텔", "AMD", "퀄컴", "소프트뱅크", "알리바바", "화웨이", "BYD", "도요타", "소니",
	"ASML", "브로드컴", "마이크론", "샤오미", "텐센트", "바이트댄스", "틱톡",
)

// actorNouns are common nouns that name actors: governments, firms and
// groups of people.
var actorNouns = setOf(
	"정부", "당국", "금융당국", "보건당국", "국회", "여당", "야당", "여야", "정치권", "당정", "정부·여당",
	"중앙정부", "지방정부", "지자체", "지방자치단체", "기업", "기업들", "대기업", "중소기업", "중견기업",
	"공기업", "공공기관", "스타트업", "업계", "업체", "업체들", "회사", "회사들", "은행", "은행들",
	"시중은행", "증권사", "보험사", "카드사", "외국인", "외국인들", "기관", "개인", "개인 투자자",
	"투자자", "투자자들", "소비자", "소비자들", "가계", "가구", "국민", "시민", "주민", "근로자",
	"노동자", "자영업자", "소상공인", "농가", "대학", "병원", "학교", "연구진", "이용자", "고객",
	"구단", "주주", "대주주", "법원", "검찰", "경찰", "노조", "사측", "민간", "수출기업", "재계",
	"정부와 여당", "각국", "미국", "중국", "일본", "한국", "북한", "유럽연합", "EU", "백악관",
)

// orgEndings are the endings that make a word an organisation's name:
// 국세청, 한국도로공사, 대한상공회의소, 신한은행. Each ending needs a
// word of at least minLen syllables, so that 일부 (a part), 공사
// (construction) and 시청 (viewing) are no organisations.
var orgEndings = []struct {
	end    string
	minLen int
}{
	{"부", 3}, {"처", 3}, {"청", 3}, {"위원회", 3}, {"위", 3}, {"공사", 4}, {"공단", 3}, {"재단", 3},
	{"협회", 3}, {"연합회", 4}, {"협의회", 4}, {"의회", 2}, {"조합", 3}, {"은행", 3}, {"증권", 3},
	{"보험", 3}, {"생명", 3}, {"화재", 3}, {"카드", 3}, {"캐피탈", 3}, {"그룹", 3}, {"전자", 3},
	{"자동차", 4}, {"건설", 3}, {"중공업", 4}, {"화학", 3}, {"제약", 3}, {"바이오", 4}, {"통신", 3},
	{"항공", 3}, {"해운", 3}, {"홀딩스", 4}, {"지주", 3}, {"물산", 3}, {"상사", 3}, {"연구원", 4},
	{"진흥원", 4}, {"개발원", 4}, {"평가원", 4}, {"감독원", 4}, {"연구소", 4}, {"교육청", 4},
	{"시청", 3}, {"도청", 3}, {"구청", 3}, {"군청", 3}, {"당", 3}, {"정부", 3}, {"거래소", 4},
	{"공장", 4}, {"대학교", 4}, {"대학", 3}, {"병원", 4}, {"기금", 4}, {"노조", 3},
}

// cityStems are cities and counties that, with 시, 군 or 구, are local
// governments: 수원시, 고양시, 강남구. Special and metropolitan cities
// and provinces are in orgNames.
var cityStems = setOf(
	"서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "수원", "성남", "고양", "용인",
	"부천", "안산", "안양", "남양주", "화성", "평택", "의정부", "시흥", "파주", "김포", "광명", "군포",
	"하남", "오산", "이천", "안성", "의왕", "양주", "구리", "포천", "여주", "동두천", "과천", "춘천",
	"원주", "강릉", "동해", "속초", "삼척", "태백", "청주", "충주", "제천", "천안", "공주", "보령",
	"아산", "서산", "논산", "계룡", "당진", "전주", "군산", "익산", "정읍", "남원", "김제", "목포",
	"여수", "순천", "나주", "광양", "포항", "경주", "김천", "안동", "구미", "영주", "영천", "상주",
	"문경", "경산", "창원", "진주", "통영", "사천", "김해", "밀양", "거제", "양산", "제주", "서귀포",
	"강남", "강동", "강북", "강서", "관악", "광진", "구로", "금천", "노원", "도봉", "동대문", "동작",
	"마포", "서대문", "서초", "성동", "성북", "송파", "양천", "영등포", "용산", "은평", "종로", "중랑",
	"해운대", "수성", "달서", "유성", "기장", "울주", "달성", "양평", "가평", "연천", "홍천", "횡성",
	"평창", "정선", "철원", "화천", "양구", "인제", "고성", "양양", "영월", "울릉", "청송", "영덕",
)

// personTitles are titles that follow a person's name: 유상임 장관,
// 홍길동 대표. The name and organisation before them belong to the agent.
var personTitles = setOf(
	"장관", "차관", "대표", "회장", "사장", "의원", "대통령", "총리", "국무총리", "부총리", "위원장",
	"원장", "청장", "처장", "시장", "도지사", "지사", "구청장", "군수", "교수", "대변인", "관계자",
	"총재", "부총재", "이사장", "부회장", "부사장", "본부장", "실장", "국장", "과장", "팀장", "센터장",
	"소장", "부장", "이사", "감독", "씨", "대표이사", "행장", "비서실장", "정책실장", "수석", "전무",
	"상무", "최고경영자", "CEO", "연구원", "대사", "의장", "국회의장", "당대표", "원내대표", "후보",
	"경제부총리", "비대위원장", "최고위원", "단장", "조합장", "교육감", "총장", "변호사", "애널리스트",
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// isActor reports whether the noun n names an organisation, a group of
// people or a person's title: one that may spend, earn or announce an
// amount.
func isActor(n string) bool {
	if n == "" || rateWord(n) {
		return false
	}
	if orgNames[n] || actorNouns[n] || personTitles[n] {
		return true
	}
	n = strings.TrimSuffix(n, "들")
	if orgNames[n] || actorNouns[n] {
		return true
	}
	syl := utf8.RuneCountInString(n)
	for _, e := range orgEndings {
		if strings.HasSuffix(n, e.end) && syl >= e.minLen && n != e.end {
			return true
		}
	}
	for _, end := range []string{"시", "군", "구"} {
		if stem, ok := strings.CutSuffix(n, end); ok && cityStems[stem] {
			return true
		}
	}
	for t := range personTitles {
		if strings.HasSuffix(n, t) && utf8.RuneCountInString(t) >= 2 && utf8.RuneCountInString(n)-utf8.RuneCountInString(t) >= 2 {
			return true // 과기정통부장관, 한은총재; not 소부장
		}
	}
	return false
}

// governments are the actor nouns that are governments and legislatures.
var governments = setOf("정부", "당국", "금융당국", "국회", "여당", "야당", "지자체", "중앙정부", "지방정부", "지방자치단체", "당정")

// namesAgent reports whether the noun n names an organisation by name or
// a government: a word that is the owner of the noun after it (정부 예산,
// 삼성전자 반도체), not part of it, as common nouns are (학교 건물).
func namesAgent(n string) bool {
	if orgNames[n] || governments[n] {
		return true
	}
	return isActor(n) && !actorNouns[n] && !actorNouns[strings.TrimSuffix(n, "들")]
}

// orgShort maps the short names of organisations to their full names, so
// that two reports of one statement match whichever name each writes
// (claim.go).
var orgShort = map[string]string{
	"기재부": "기획재정부", "과기정통부": "과학기술정보통신부", "과기부": "과학기술정보통신부",
	"행안부": "행정안전부", "보훈부": "국가보훈부", "문체부": "문화체육관광부", "농식품부": "농림축산식품부",
	"산업부": "산업통상자원부", "산자부": "산업통상자원부", "복지부": "보건복지부", "노동부": "고용노동부",
	"고용부": "고용노동부", "여가부": "여성가족부", "국토부": "국토교통부", "해수부": "해양수산부",
	"중기부": "중소벤처기업부", "방사청": "방위사업청", "농진청": "농촌진흥청", "질병청": "질병관리청",
	"식약처": "식품의약품안전처", "금융위": "금융위원회", "공정위": "공정거래위원회", "방통위": "방송통신위원회",
	"권익위": "국민권익위원회", "원안위": "원자력안전위원회", "한은": "한국은행", "금감원": "금융감독원",
	"산은": "한국산업은행", "수은": "한국수출입은행", "한전": "한국전력", "한수원": "한국수력원자력",
	"현대차": "현대자동차", "대한상의": "대한상공회의소", "한경협": "한국경제인협회", "경총": "한국경영자총협회",
	"중기중앙회": "중소기업중앙회", "전경련": "전국경제인연합회", "선관위": "중앙선거관리위원회",
}

// fullNames returns s with the short names of organisations replaced by
// their full names.
func fullNames(s string) string {
	for short, full := range orgShort {
		if strings.Contains(s, short) {
			s = strings.ReplaceAll(s, short, full)
		}
	}
	return s
}
