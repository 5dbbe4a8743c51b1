package facts

import (
	"strings"
	"unicode/utf8"
)

// This file holds the word lists the purpose rules read, as data.

// koreanNumerals are the numerals written as words before a counter.
// 넉, 석 and 서 are 네, 세 before some counters (넉 달, 석 달).
var koreanNumerals = setOf("한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉", "열", "수", "여러", "몇", "넉", "석", "서")

// moneyWords are words that are only a currency: the 원 of 1조 2천억 원.
var moneyWords = setOf("원", "달러", "엔", "유로", "위안", "파운드", "루블", "루피", "크로나", "불")

// places are countries and cities: they name an actor alone (미국은) but
// are part of the noun they modify (미국 애리조나 공장).
var places = setOf("미국", "중국", "일본", "한국", "북한", "유럽", "영국", "독일", "프랑스", "인도", "대만",
	"베트남", "국내", "해외", "수도권", "지방", "서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종",
	"평양", "신의주", "혜산", "개성", "남포", "원산", "함흥", "청진", "단둥", "베이징", "상하이", "도쿄",
	"워싱턴", "뉴욕", "런던", "파리", "모스크바", "홍콩", "현지", "시중", "전국", "세계", "국제",
	"아시아", "동아시아", "동남아", "동남아시아", "중앙아시아", "서남아시아", "동아시아태평양", "아시아태평양",
	"유라시아", "오세아니아", "중동", "중남미", "아프리카", "북미", "남미", "동유럽", "서유럽")

// isCostVerb reports whether verb w says that money goes into what X에서
// names, as much as X에 (이번 선거에서는 90억 달러가 들어갈): 에서 with
// other verbs is where the money comes from.
func isCostVerb(w string) bool {
	for _, p := range []string{"들어가", "들어갈", "들어간", "들어갔", "쓰이", "쓰인", "쓰일", "쓰였", "소요", "투입되", "투입돼", "투입된", "투입될", "지출되", "지출된", "지출될", "지출돼"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// sumWords say that the amount after them is the sum of their object:
// 두 선거를 합쳐 140억 달러.
var sumWords = setOf("합쳐", "합해", "합하면", "합치면", "더하면", "더해")

// measureParts are the particles of a noun that an amount right after it
// measures: 매출은 5조 원, 예산 10조 원, 영업이익이 6조 원.
var measureParts = setOf("", "은", "는", "이", "가", "도", "만")

// costEnds are the ends of nouns that, with 으로 or 로, say what the
// amount after is for: 사업비로 1조 원, 연구 비용으로 5억 원.
var costEnds = []string{"비", "비용", "대가", "자금", "예산", "예산안", "명목", "재원", "기금", "보조금", "지원금", "료", "금", "시가", "단가", "원가", "정가", "판매가", "가격", "값"}

// determiners are words that stand before a noun phrase but are not part
// of what it names, and adverbs that are no nouns.
var determiners = setOf("이번", "이", "그", "저", "해당", "각", "모든", "실제", "또", "또한", "먼저", "특히",
	"이미", "당장", "앞서", "이어", "다만", "한편", "아울러", "이에", "최근", "현재", "새로", "모두", "각각",
	"함께", "다시", "더", "가장", "매우", "약", "총", "최대", "최소", "최고", "최저", "무려", "이른바", "본격",
	"조속히", "집중적으로", "추가로", "별도로", "실제로", "지난", "올", "연", "월", "당초", "우선", "아직",
	"이후", "이전", "당시", "그동안", "이날", "오늘", "지금", "향후", "앞으로", "모두", "일단", "나머지",
	"또는", "혹은", "및", "등", "중", "가운데", "등의", "이를", "같은", "여기", "여기에는", "이와", "한",
	"빨리", "멀리", "미리", "일찍", "훨씬", "아주", "약간", "점점", "계속", "직접", "주로", "단", "무척",
	"원래", "원래는", "다음", "다음으로", "다음으로는", "그대로", "다시금",
	"적게는", "많게는", "보통", "대략", "거의", "이상", "꾸준히", "점차", "크게", "이처럼", "기존", "기존에",
	"각종", "이런", "이러한", "그러면서", "그러자", "역시", "모두의", "누구든", "누구나", "누구도", "아무도", "누가",
	"처음으로", "사상", "역대", "사상최대", "그대로", "또다시", "줄곧", "고작", "불과", "겨우", "벌써", "여전히",
	"다소", "소폭", "대폭", "잇따라", "앞당겨", "이같은", "이같이", "그같은", "이와같은", "곧", "조만간", "무려")

// stopNouns end a noun phrase read to the right: 추경예산안 가운데.
var stopNouns = setOf("가운데", "중", "등", "및", "전체", "모두", "이상", "규모", "수준", "정도", "채", "아래", "위", "이하로", "전액",
	"경우", "때", "뒤", "후", "이후", "이전", "당시", "동안", "간", "외", "밖", "여기", "이", "그", "말", "초",
	"기준", "미만", "이하", "초과", "이내", "각각", "가량", "안팎", "내외", "전후", "연속", "시대", "처음")

// timeStarts are the first letters of the time expressions timeRE
// matches, besides digits.
const timeStarts = "’지올오금작전내연상하이다당어한현같그재새차모"

// isNouny reports whether w may be part of a noun phrase: a word with a
// letter that is no verb and no adverb.
func isNouny(w word) bool { return w.noun }

// isTimeWord reports whether w is a time expression: 올해, 지난해, 2분기.
func isTimeWord(w word) bool { return w.time }

// timeWord is isTimeWord, worked out.
func timeWord(w word) bool {
	if r, _ := utf8.DecodeRuneInString(w.raw); !isDigit(r) && !strings.ContainsRune(timeStarts, r) ||
		isDigit(r) && !strings.ContainsAny(w.raw, "년월일분기회~∼～") {
		return false // no time expression starts so: the regexp is not run
	}
	if timeWholeRE.MatchString(w.raw) || w.stem != w.raw && timeWholeRE.MatchString(w.stem) {
		return true
	}
	for _, e := range []string{"까지", "부터"} {
		if t, ok := strings.CutSuffix(w.stem, e); ok && timeWholeRE.MatchString(t) {
			return true // 2019년까지만 해도: an end or a start is a time too
		}
	}
	switch w.stem {
	case "연내", "올해", "현재", "지금", "당시", "당일", "연초", "연말", "이날", "그해", "이해", "작년", "내년", "전월":
		return true
	}
	return false
}

// adjectives are adnominal adjectives that modify the noun after them
// within its phrase: 220억 달러 규모의 새로운 대미 투자.
var adjectives = setOf("새로운", "새", "다른", "큰", "작은", "많은", "적은", "막대한", "엄청난", "거대한", "별도의", "추가적인", "주요")

// kindWords are the adnominals of kind and size that open a purpose's
// phrase, as the annotations keep them (각종 핵 개발비, 새로운 탄도미사일
// 방어체제 구축, 주요 제품 가격): the adjectives above and 각종, 여러,
// 다양한. Determiners of time or of pointing (이번, 실제, 당시) stay out.
var kindWords = func() map[string]bool {
	m := setOf("각종", "여러", "다양한")
	for w := range adjectives {
		m[w] = true
	}
	return m
}()

// relational are nouns that name a part or a relation of the noun with
// 의 before them, not more of what it is: 해킹의 배후, 수출액의 절반.
var relational = setOf("배후", "일부", "절반", "대부분", "결과", "원인", "책임", "규모", "일환", "전부", "상당수",
	"핵심", "중심", "대상", "경우", "주체", "몫", "비중", "가운데", "중", "1", "2", "3")

// genericMeasure are nouns that say only how an amount is counted, not
// what it counts: 대기업 평균이 100만원, 조사 결과(39만 5천원), 사상 최대
// 규모인.
var genericMeasure = setOf("평균", "규모", "수준", "결과", "조사 결과", "수치", "총액", "전체", "액수", "금액", "합계")

// genericCosts are nouns of money spent that say less than the thing it
// is spent on, when a sentence names that too: 신축 사업에 … 원의
// 사업비를 편성했다.
var genericCosts = setOf("사업비", "총사업비", "비용", "예산", "자금", "재원", "금액", "돈", "액수", "총액")

// contentNouns stand for what a document or a plan says: … 원을 투입하는
// 내용의 경기부양책 is for the plan.
var contentNouns = setOf("내용", "골자", "방안", "계획")

// genericHeads are nouns that stand for a clause, not a thing: 5조 원에
// 이르는 것으로 전해졌다.
var genericHeads = setOf("것", "수", "바", "데", "등", "때문", "셈", "전망", "상황", "점", "문제", "논란", "의혹", "전액", "내용",
	"덕분", "탓", "뒤", "후", "반면", "만큼", "사이", "가운데", "결과")

// whereNouns are the nouns that make the country or place before them a
// place, not an owner: 북한 내 휘발유 가격, 미국 현지 공장.
var whereNouns = setOf("내", "안", "밖", "외", "전역", "현지", "지역", "국내", "국외", "역내")

// sizeMakers begin the verbs that make something the size of an amount
// written with 으로 (6조 원 규모로 조성하는 펀드, 1조 원으로 늘린 예산).
var sizeMakers = []string{"조성", "확대", "늘린", "늘리는", "키운", "키우는", "확충", "증액", "편성", "마련", "책정", "구성"}

// receiverNoun reports whether the noun n names people or countries as a
// class, who get money rather than being what it is for (docs/meaning.md
// "Receivers are no purpose"): a common noun of people or firms, a noun
// made with the suffix -민 "people" (난민, 피난민, 이재민) or, of three
// letters or more, -국 "country" (주변국, 공여국, 회원국).
func receiverNoun(n string) bool {
	n = strings.TrimSuffix(n, "들")
	if commonActor(n) || peopleCount(n) {
		return true
	}
	runes := utf8.RuneCountInString(n)
	if runes >= 2 && strings.HasSuffix(n, "민") && !notPeopleMin[n] {
		return true
	}
	return runes >= 3 && strings.HasSuffix(n, "국")
}

// notPeopleMin are nouns that end in 민 and name no people: a worry, a
// move abroad.
var notPeopleMin = setOf("고민", "이민", "과민", "영민")

// levelEvents are nouns of a change or of a level reached or crossed
// (2만원 증가, 10달러 급락, 3만달러 진입, 900원선 붕괴): after an amount
// with their case, what happens to the measure the amount sizes, as a
// change noun that ends its clause is. A closed class.
var levelEvents = setOf("증가", "감소", "상승", "하락", "급락", "급등", "급증", "급감", "인상", "인하", "증액", "감액",
	"진입", "돌파", "붕괴", "달성", "경신")

// takenNouns are the nouns of verbs that take money (탈취, 횡령, 착복):
// they say what happened to it, not what it is, so an amount that is
// their object with no noun of its own has no purpose (docs/meaning.md
// Q2, "Decisions, sixteenth round (blind7's questions)").
var takenNouns = setOf("탈취", "횡령", "착복", "갈취")

// quantityOpeners are adjectives that say only that an amount is large,
// a quantity, no kind: they leave a purpose (Q1: 많은 선거자금 →
// 선거자금, 막대한 가상화폐 자금 → 가상화폐 자금, 가장 많은 분담금 →
// 분담금).
var quantityOpeners = []string{"가장 많은 ", "많은 ", "막대한 ", "엄청난 "}

// receiverParts are the particles that mark whom money is given to: a
// noun with one is a receiver, never what the amount is for (6000만원
// 민경욱에게 주면; "Decisions from the adjudication", receivers).
var receiverParts = setOf("에게", "에게서", "한테", "께", "에게는", "에게도")
