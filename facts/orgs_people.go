package facts

import (
	"strings"
	"unicode/utf8"
)

// This file tells a person from an organisation: titles, nouns of
// people and names, as data.

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
	// People the crime, court and pay reports of Korean newspapers name.
	"연예인", "운동선수", "배우", "가수", "교사", "학부모", "팬", "고객", "승객", "회원", "주주", "대주주",
	"소액주주", "점주", "가맹점주", "딜러", "전투원", "조합원", "전문직", "직장인", "개인투자자",
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
	if first, ok := strings.CutSuffix(n, "씨"); ok && k == 2 && (surnames[first] || len(first) == 1 && first[0] >= 'A' && first[0] <= 'Z') {
		return true // 정씨, 권씨, A씨: a surname and 씨, as the papers write who is accused or hurt
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
// no -자 of a doer, nor is a verb of intent (확보하고자, 지원하고자).
var notPersonJa = []string{"고자", "적자", "흑자", "투자", "이자", "문자", "상자", "원자", "모자", "액자", "과자", "의자", "숫자", "글자", "혜자", "분자", "전자", "양자", "제자", "부자", "남자", "여자",
	// Money words in 자 (資, capital): 유상증자, 무상감자, 추가출자, 정책융자, 합자.
	"증자", "감자", "출자", "융자", "합자"}

// surnames are the Korean family names of one syllable that news copy
// writes before 씨 alone (정씨는, 김씨에게): the most common, which cover
// nearly every name, and none that with 씨 makes a common word (솜씨,
// 맵씨, 말씨, 글씨, 마음씨 are no names: 솜, 맵, 말, 글 are left out).
var surnames = setOf(
	"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안",
	"송", "류", "유", "홍", "전", "고", "문", "양", "손", "배", "백", "허", "남", "심", "노", "하", "곽",
	"성", "차", "주", "우", "구", "민", "진", "나", "지", "엄", "채", "원", "천", "방", "공", "현", "함",
	"변", "염", "여", "추", "도", "소", "석", "선", "설", "마", "길", "연", "위", "표", "명", "기", "반",
	"왕", "금", "옥", "육", "인", "맹", "제", "모", "탁", "국", "어", "은", "편", "용", "예", "경", "봉",
	"사", "계", "탄", "피", "감", "음", "빈", "동", "온", "호", "범", "좌", "팽", "승", "간", "상", "갈",
	"서문", "제갈", "남궁", "황보", "선우", "독고",
)
