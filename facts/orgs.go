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
	// International organisations, by the names of their own Korean
	// pages and the abbreviations Korean news writes.
	"유엔", "국제연합", "유니세프", "유엔아동기금", "세계식량계획", "WFP", "유엔개발계획", "UNDP",
	"유엔인구기금", "UNFPA", "유엔난민기구", "UNHCR", "세계보건기구", "WHO", "국제원자력기구", "IAEA",
	"국제통화기금", "IMF", "세계은행", "WB", "아시아개발은행", "ADB", "아시아인프라투자은행", "AIIB",
	"세계무역기구", "WTO", "경제협력개발기구", "OECD", "국제노동기구", "ILO", "국제적십자위원회", "ICRC",
	"적십자", "적십자사", "대한적십자사", "국제적십자사", "북대서양조약기구", "나토", "NATO", "G7", "G20",
	"주요7개국", "주요 7개국", "유럽중앙은행", "ECB", "국제에너지기구", "IEA", "유엔안보리", "안보리",
	"유엔 안전보장이사회", "국제형사재판소", "유엔식량농업기구", "FAO", "국경없는의사회", "휴먼라이츠워치",
	"국제앰네스티", "앰네스티",
	// Foreign government bodies Korean news names most (the US, China,
	// Japan and others), by their Korean names.
	"백악관", "국무부", "재무부", "상무부", "법무부", "국방부", "국토안보부", "에너지부", "농무부", "교통부",
	"펜타곤", "연방수사국", "FBI", "중앙정보국", "CIA", "해외자산통제실", "OFAC", "국제개발처", "USAID",
	"연방준비제도", "연준", "Fed", "의회예산국", "CBO", "무역대표부", "USTR", "상원", "하원", "의회",
	"국방안보협력국", "DSCA", "증권거래위원회", "SEC", "연방거래위원회", "FTC", "중국인민은행", "인민은행",
	"해관총서", "국가통계국", "국가발전개혁위원회", "발개위", "일본은행", "일본 정부", "중국 정부", "미국 정부",
	"크렘린", "크렘린궁", "국정원", "통일부",
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
	"그룹", "조직", "단체", "통신", "언론", "외신", "매체", "당국자", "관리들", "1심", "2심",
	"항소심", "상고심", "재판부", "배심원단", "검찰", "의회", "상원", "하원", "행정부", "전문가패널",
	"거래소", "거래소들", "해커", "해커들", "범죄자들", "이용자들", "가계들", "주최 측", "측", "나라", "나라들", "정권", "당국자들", "군부", "내각", "법인", "법인들",
)

// orgEndings are the endings that make a word an organisation's name:
// 국세청, 한국도로공사, 대한상공회의소, 신한은행. Each ending needs a
// word of at least minLen syllables, so that 일부 (a part), 공사
// (construction) and 시청 (viewing) are no organisations.
var orgEndings = []orgEnding{
	{"부", 3}, {"처", 3}, {"청", 3}, {"위원회", 3}, {"위", 3}, {"공사", 4}, {"공단", 3}, {"재단", 3},
	{"협회", 3}, {"연합회", 4}, {"협의회", 4}, {"의회", 2}, {"조합", 3}, {"은행", 3}, {"증권", 3},
	{"보험", 3}, {"생명", 3}, {"화재", 3}, {"카드", 3}, {"캐피탈", 3}, {"그룹", 3}, {"전자", 3},
	{"자동차", 4}, {"건설", 3}, {"중공업", 4}, {"화학", 3}, {"제약", 3}, {"바이오", 4}, {"통신", 3},
	{"항공", 3}, {"해운", 3}, {"홀딩스", 4}, {"지주", 3}, {"물산", 3}, {"상사", 3}, {"연구원", 4},
	{"진흥원", 4}, {"개발원", 4}, {"평가원", 4}, {"감독원", 4}, {"연구소", 4}, {"교육청", 4},
	{"시청", 3}, {"도청", 3}, {"구청", 3}, {"군청", 3}, {"당", 3}, {"정부", 3}, {"거래소", 4},
	{"공장", 4}, {"대학교", 4}, {"대학", 3}, {"병원", 4}, {"기금", 4}, {"노조", 3},
	{"기구", 4}, {"기관", 3}, {"단체", 4}, {"단", 4}, {"실", 4}, {"센터", 4}, {"법원", 3}, {"지법", 3},
	{"지검", 3}, {"고법", 3}, {"경찰서", 4}, {"통신", 3}, {"연구소", 4}, {"협회", 3}, {"재단", 3},
	{"행정부", 3}, {"총국", 3}, {"대표부", 4}, {"사무국", 3}, {"본부", 3}, {"위원단", 4}, {"패널", 4},
	{"법인", 3}, {"업체", 3}, {"회사", 3}, {"제철", 3}, {"조직", 3}, {"당국", 3}, {"국", 4},
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
	"원장", "청장", "처장", "도지사", "지사", "구청장", "군수", "교수", "대변인", "관계자",
	"총재", "부총재", "이사장", "부회장", "부사장", "본부장", "실장", "국장", "과장", "팀장", "센터장",
	"소장", "부장", "이사", "감독", "씨", "대표이사", "행장", "비서실장", "정책실장", "수석", "전무",
	"상무", "최고경영자", "CEO", "연구원", "대사", "의장", "국회의장", "당대표", "원내대표", "후보",
	"경제부총리", "비대위원장", "최고위원", "단장", "조합장", "교육감", "총장", "변호사", "애널리스트",
	// Ranks, doctors, judges and reporters, who are named the same way.
	"박사", "판사", "검사", "검사장", "기자", "특파원", "병장", "상병", "일병", "이병", "하사", "중사",
	"상사", "원사", "소위", "중위", "대위", "소령", "중령", "대령", "준장", "중장", "대장", "장군",
	"국무장관", "부장관", "운영국장", "측근", "전문가", "연구위원", "선임연구원", "주석", "국왕", "왕세자",
	"조정관", "보좌관", "수사관", "감독관", "행정관", "외교관", "사무총장", "사무차장", "특사", "특별대표", "고문",
	"자문관", "담당관", "차관보", "부대변인", "지명자", "당선인", "당선자", "상원의원", "하원의원",
)

// personNouns are common nouns that name people or groups of them: the
// one who pays, earns or receives is often named so (응답자, 피해자,
// 범죄자들, 노점상, 장학생).
var personNouns = setOf(
	"사람", "사람들", "누군가", "응답자", "범죄자", "해커", "행위자", "노동자", "근로자", "투자자", "소비자",
	"수혜자", "수급자", "피해자", "가해자", "유족", "유가족", "상속인", "원고", "피고", "피고인", "원고측",
	"피고측", "노점상", "상인", "농민", "어민", "학생", "대학생", "딸", "아들", "아버지", "어머니", "남편",
	"아내", "부모", "가족", "직원", "공무원", "정치인", "선수", "환자", "장학생", "탈북민", "과학자", "연구자",
	"운영자", "관리자", "사업자", "납세자", "가입자", "구매자", "판매자", "당사자", "위반당사자", "기술자",
	"범인", "용의자", "피의자", "업자", "사채업자", "의사", "변호인", "대리인", "법률대리인", "소유주", "집주인",
	"세입자", "임차인", "임대인", "채무자", "채권자", "수상자", "후보자", "당선자", "퇴직자", "은퇴자", "가입자",
	"주민", "시민", "국민", "서민", "청년", "노인", "어린이", "여성", "남성", "부자", "억만장자", "재벌",
	"구단", "팀", "정부군", "반군", "군",
)

// personNames are people Korean news of the 2020s names most, by name
// alone: heads of state and government, ministers and others whose names
// stand without a title (김정은은 연간 3억 달러를 거둬들인다). Names of
// office holders are public facts.
var personNames = setOf(
	"김정은", "김여정", "김일성", "김정일", "최선희", "시진핑", "리창", "왕이", "푸틴", "라브로프", "젤렌스키",
	"바이든", "트럼프", "해리스", "오바마", "블링컨", "옐런", "오스틴", "설리번", "밴스", "루비오", "머스크",
	"윤석열", "이재명", "문재인", "박근혜", "이명박", "한덕수", "기시다", "이시바", "아베", "마크롱", "숄츠",
	"메르켈", "수낵", "스타머", "네타냐후", "에르도안", "모디", "룰라", "밀레이", "카푸토", "하메네이", "라이시",
	"마두로", "두테르테", "라이칭더", "차이잉원", "트뤼도", "앨버니지",
)

// countries are the states (and a few territories) Korean news names:
// they spend, lend, earn and trade as organisations do. Names of states
// are facts; the list is written from the UN's members as Korean spells
// them.
var countries = setOf(
	"한국", "대한민국", "북한", "조선", "미국", "중국", "일본", "러시아", "대만", "홍콩", "마카오", "몽골",
	"베트남", "태국", "필리핀", "인도네시아", "말레이시아", "싱가포르", "미얀마", "캄보디아", "라오스",
	"브루나이", "동티모르", "인도", "파키스탄", "방글라데시", "스리랑카", "네팔", "부탄", "몰디브",
	"아프가니스탄", "이란", "이라크", "시리아", "레바논", "요르단", "이스라엘", "팔레스타인", "사우디아라비아",
	"사우디", "아랍에미리트", "UAE", "카타르", "쿠웨이트", "바레인", "오만", "예멘", "튀르키예", "터키",
	"카자흐스탄", "우즈베키스탄", "키르기스스탄", "타지키스탄", "투르크메니스탄", "아제르바이잔", "아르메니아",
	"조지아", "우크라이나", "벨라루스", "몰도바", "폴란드", "체코", "슬로바키아", "헝가리", "루마니아",
	"불가리아", "세르비아", "크로아티아", "슬로베니아", "보스니아", "몬테네그로", "북마케도니아", "알바니아",
	"그리스", "키프로스", "이탈리아", "몰타", "스페인", "포르투갈", "프랑스", "벨기에", "네덜란드",
	"룩셈부르크", "독일", "오스트리아", "스위스", "리히텐슈타인", "덴마크", "노르웨이", "스웨덴", "핀란드",
	"아이슬란드", "아일랜드", "영국", "에스토니아", "라트비아", "리투아니아", "캐나다", "멕시코", "과테말라",
	"온두라스", "엘살바도르", "니카라과", "코스타리카", "파나마", "쿠바", "자메이카", "아이티", "도미니카",
	"콜롬비아", "베네수엘라", "에콰도르", "페루", "볼리비아", "브라질", "파라과이", "우루과이", "아르헨티나",
	"칠레", "이집트", "리비아", "튀니지", "알제리", "모로코", "수단", "남수단", "에티오피아", "에리트레아",
	"소말리아", "케냐", "우간다", "탄자니아", "르완다", "부룬디", "콩고", "가봉", "카메룬", "나이지리아",
	"니제르", "말리", "차드", "세네갈", "가나", "코트디부아르", "기니", "라이베리아", "시에라리온", "토고",
	"베냉", "부르키나파소", "모리타니", "앙골라", "잠비아", "짐바브웨", "모잠비크", "말라위", "보츠와나",
	"나미비아", "남아프리카공화국", "남아공", "마다가스카르", "모리셔스", "호주", "오스트레일리아", "뉴질랜드",
	"파푸아뉴기니", "피지", "바티칸", "유럽연합", "EU", "유엔", "UN",
)

// countryInitials are the syllables that stand for a country in a
// compound naming two or three of them: 북중 (North Korea and China),
// 한미, 미중, 한중일.
const countryInitials = "한미중일북남러영독불호캐인베"

// isCountryPair reports whether n names two or three countries by their
// initials (북중, 한미, 한중일), or both sides of a pair (양국, 양측).
func isCountryPair(n string) bool {
	switch n {
	case "양국", "양측", "쌍방", "각국", "남북한":
		return true
	}
	k := utf8.RuneCountInString(n)
	if k < 2 || k > 3 {
		return false
	}
	seen := ""
	for _, r := range n {
		if !strings.ContainsRune(countryInitials, r) || strings.ContainsRune(seen, r) {
			return false
		}
		seen += string(r)
	}
	return true
}

// commonActor reports whether n is a common noun of people or firms that
// a place before it narrows (사이버 범죄자들, 중개회사): not a name.
func commonActor(n string) bool {
	n = strings.TrimSuffix(n, "들")
	if personNouns[n] || actorNouns[n] || isPerson(n) {
		return true
	}
	for _, e := range []string{"회사", "기업", "업체", "그룹", "조직", "당국", "단체", "기관"} {
		if strings.HasSuffix(n, e) {
			return true
		}
	}
	return false
}

// isPerson reports whether the noun n names a person or a group of
// people: a common noun of personNouns (응답자, 범죄자들), a name with a
// rank or title glued to it (송아무개씨, 윤모씨, 원고측), or a plural of
// -자 (투자자들).
func isPerson(n string) bool {
	if personNouns[n] || personNouns[strings.TrimSuffix(n, "들")] {
		return true
	}
	k := utf8.RuneCountInString(n)
	for _, end := range []string{"씨", "측"} {
		if strings.HasSuffix(n, end) && k >= 3 {
			return true // 송아무개씨, 원고측; not 솜씨
		}
	}
	if strings.HasSuffix(n, "자들") && k >= 4 {
		return true
	}
	// 설립자, 소유자, 수혜자: a noun of a person in -자 of three syllables
	// or more, but not the money words that end so (재정적자, 해외투자).
	return strings.HasSuffix(n, "자") && k >= 3 && !hasAnySuffix(n, notPersonJa) && !strings.ContainsAny(n, "0123456789") // not 제3자
}

// notPersonJa are the endings in 자 of words that name no person: 적자
// (deficit), 투자, 이자 (interest), 문자, 상자, 원자, 모자, 여자 … are
// no -자 of a doer.
var notPersonJa = []string{"적자", "흑자", "투자", "이자", "문자", "상자", "원자", "모자", "액자", "과자", "의자", "숫자", "글자", "혜자", "분자", "전자", "양자", "제자", "부자", "남자", "여자"}

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
	if orgNames[n] || actorNouns[n] || personTitles[n] || countries[n] || isCountryPair(n) || isPerson(n) || personNames[n] {
		return true
	}
	n = strings.TrimSuffix(n, "들")
	if orgNames[n] || actorNouns[n] {
		return true
	}
	syl := utf8.RuneCountInString(n)
	last, _ := utf8.DecodeLastRuneInString(n)
	for _, e := range orgEndingIndex[last] {
		if strings.HasSuffix(n, e.end) && syl >= e.minLen && n != e.end {
			return true
		}
	}
	for _, end := range []string{"시", "군", "구"} {
		if stem, ok := strings.CutSuffix(n, end); ok && cityStems[stem] {
			return true
		}
	}
	if stem, ok := strings.CutSuffix(n, "군"); ok && countries[stem] {
		return true // 러시아군, 우크라이나군: a country's army
	}
	// 과기정통부장관, 한은총재: a title of two or more syllables glued
	// to a name of two or more; not 소부장. The suffixes are looked up.
	for k, i := 0, len(n); i > 0 && k < 5; {
		_, w := utf8.DecodeLastRuneInString(n[:i])
		i -= w
		k++
		if k >= 2 && personTitles[n[i:]] && utf8.RuneCountInString(n[:i]) >= 2 {
			return true
		}
	}
	return false
}

// governments are the actor nouns that are governments and legislatures.
var governments = setOf("정부", "당국", "금융당국", "국회", "여당", "야당", "지자체", "중앙정부", "지방정부", "지방자치단체", "당정", "정권", "내각")

// namesAgent reports whether the noun n names an organisation by name or
// a government: a word that is the owner of the noun after it (정부 예산,
// 삼성전자 반도체), not part of it, as common nouns are (학교 건물).
func namesAgent(n string) bool {
	if orgNames[n] || governments[n] {
		return true
	}
	if hasAnySuffix(n, []string{"센터", "공장", "병원", "학교", "대학"}) {
		return false // 물류센터 건립: a place as much as a body
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
