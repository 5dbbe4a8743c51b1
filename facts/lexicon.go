package facts

import (
	"strings"
	"unicode/utf8"
)

// This file holds the classes of common nouns and verbs that the meaning
// rules ask about: which nouns name money or a measure rather than who
// spends it, which name a class of things an amount sorts (기업, 가구),
// which name a penalty, a price per unit or nothing in particular, and
// which verbs have an agent who pays, earns, gives or takes. Like orgs.go
// it is data, written by us from the Korean words themselves.

// thingEnds are the endings of nouns that name money or a measure of it
// (수입액, 벌금, 사업비, 수수료, 배추값, 가격, 예산, 교역액, 적자): such a
// noun is what an amount measures, never who spends it.
var thingEnds = []string{
	"액", "금", "비", "료", "값", "가격", "가", "세", "예산", "예산안", "자금", "비용", "수익", "이익", "소득",
	"자산", "부채", "매출", "적자", "흑자", "수지", "손실", "손해", "피해", "규모", "시장", "교역", "무역", "수입",
	"수출", "투자", "지원", "환율", "물가", "금리", "주가", "시세", "대금", "재원", "기금", "보험료",
	"수당", "연금", "급여", "월급", "연봉", "임금", "상여금", "보조금", "배당", "채권", "부담", "요금",
	"이자", "원금", "빚", "돈", "금액", "액수", "총액", "잔액", "재산", "예금", "세수", "수수료", "대출",
	"사채", "지출", "소비", "생산", "성장", "효과", "가치", "실적", "판매", "거래", "가격대", "수준",
	"총생산", "경제", "재정", "결과", "조사", "기록", "자료", "보고서", "통계", "계획", "방안", "사업",
	"품목", "제품", "상품", "물품", "수출품", "수입품", "가치", "총액", "한도", "비율", "등급", "수준", "대상",
	"차관", "채무", "융자", "원조",
	// Services and deeds a budget pays for, no payers: 법률자문은 1인당 최대
	// 100만 원을 지원한다.
	"자문", "상담", "할인", "환급", "치료", "진료", "서비스", "프로그램", "상품권", "혜택",
}

// isThing reports whether the noun n names money or a measure, not an
// actor: 수입액, 판매가격, 사업비.
func isThing(n string) bool {
	return thingEndIndex.has(strings.TrimSuffix(n, "들"))
}

// classNouns are nouns of things or people that an amount may sort into
// a class: 1조 원 이상 기업, 3천만 원 미만인 가구, 5천만 달러 이하의 해킹
// 공격. An amount bounding one of them is a class (role other).
var classNouns = setOf(
	"기업", "기업들", "업체", "회사", "법인", "가구", "세대", "가계", "개인", "사람", "계좌", "주택", "아파트",
	"부동산", "토지", "거래", "공격", "해킹", "사건", "상품", "종목", "점포", "매장", "고객", "소득자",
	"자산가", "부자", "부유층", "초부유층", "고소득층", "납세자", "사업장", "대출", "차량", "단지", "근로자",
	"가맹점", "기부자", "대상", "대상자", "경우", "건", "곳", "사업자", "주주", "투자자", "계약", "기업인",
)

// penaltyNouns name what a law or a court makes one pay: an amount that
// bounds one (3천만 원 이하의 벌금) is a statutory maximum, a level
// (docs/meaning.md "Decisions from real text").
var penaltyNouns = setOf(
	"벌금", "과태료", "과징금", "추징금", "범칙금", "이행강제금", "배상금", "손해배상", "보상금", "벌금형",
	"벌금액", "과태료가", "과징금액",
)

// rateNouns are nouns of a price per unit: an amount they measure is a
// rate (환율 1,400원, 시급 1만 원, 단가 3천 원).
var rateNouns = setOf("환율", "시급", "단가", "원-달러 환율", "원·달러 환율", "시간당 임금", "요율")

// isRateNoun reports whether the noun n is a price per unit: 환율,
// 원·달러 환율, 시급.
func isRateNoun(n string) bool {
	return rateNouns[n] || strings.HasSuffix(n, "환율") || strings.HasSuffix(n, "시급")
}

// genericMoney are the nouns that say only that something is money: alone
// they are no purpose (docs/meaning.md); with a modifier they are.
// 거액, 목돈 and 큰돈 (a large sum) say no more than 돈.
var genericMoney = setOf("돈", "금액", "액수", "현금", "회삿돈", "거액", "목돈", "큰돈", "소액", "고액", "푼돈")

// moveOnlyNouns are the nouns of the verbs that only move or take money
// (P5): an amount that is their object has no purpose unless another noun
// says what it is for.
//
// Giving to a fund or a body (출연, 출자, 기탁, 헌납) and raising money
// (모금) only move it too: no set gives them as a purpose, and every
// amount right before them (출연 1, 출자 2, 모금 6) has another or none.
var moveOnlyNouns = setOf("지급", "지원", "기부", "후원", "송금", "환급", "추징", "몰수", "압류", "출연", "출자", "기탁", "헌납", "모금")

// deedNouns are the nouns of verbs whose object is an amount paid for
// what the verb names: 8천 400만 달러를 배상하라고 → 배상. A verb that
// only moves money (지급, 지원, 기부, 후원, 송금, 환급, 출연, 모금) or takes it
// (추징, 몰수, 압류) names nothing it is for: no purpose (docs/meaning.md
// P5; the sets give 기부 and 압류 null, 배상 in 13 facts).
var deedNouns = setOf("배상", "보상", "전달", "청구", "상환", "납부",
	"융자", "대출", "횡령", "착복", "탈취", "배당", "구형", "선고")

// perNouns are nouns of pay or cost per period: an amount they measure is
// per that period (월급 200만 원, 연봉 5천만 원).
var perNouns = map[string]Per{
	"월급": PerMonth, "월세": PerMonth, "월급여": PerMonth, "월소득": PerMonth, "월수입": PerMonth,
	"월 급여": PerMonth, "연봉": PerYear, "연소득": PerYear, "연수입": PerYear, "일당": PerDay, "일급": PerDay,
	"연회비": PerYear, "월회비": PerMonth, "월정액": PerMonth,
}

// conjunctions are the words that open a sentence or a clause and join
// it to what came before: they are never part of a noun phrase.
var conjunctions = setOf(
	"그러자", "그러나", "그런데", "하지만", "그리고", "그래서", "따라서", "결국", "반면", "한편", "앞서", "또",
	"또한", "특히", "아울러", "다만", "이어", "실제로", "이처럼", "게다가", "더불어", "그러면서", "심지어",
	"그밖에", "역시", "이미", "그동안", "당시", "현재", "최근", "이후", "우선", "먼저", "결국", "오히려",
	"예를", "즉", "혹은", "또는", "및", "등", "그중", "이중", "무엇보다",
)

// agentVerbs are the beginnings of verbs whose subject pays, receives,
// earns, gives, takes, spends, imposes or announces an amount: the subject
// of one is its agent even when no dictionary knows the name.
var agentVerbs = []string{
	"받", "내야", "내고", "냈", "내기", "내는", "낸다", "낼", "벌", "훔치", "훔쳐", "훔친", "훔쳤", "챙기", "챙겼", "챙긴",
	"모았", "모으", "모아", "모은", "잃", "입었", "입은", "입게", "주고", "줬", "주기", "주는", "준다", "주면",
	"건네", "갚", "빌려", "빌린", "빌렸", "걸었", "내걸", "가로채", "가로챈", "빼돌", "거두", "거뒀", "올렸",
	"올린", "올려", "쓰", "쓴", "썼", "들여", "들였", "사들", "팔", "판", "샀", "산다", "지급", "지불", "납부",
	"부과", "투자", "투입", "지원", "제공", "기부", "기탁", "수여", "후원", "쾌척", "출연", "출자", "탈취", "횡령", "착복", "모금", "조성",
	"배상", "보상", "구입", "구매", "매입", "매각", "판매", "수입", "수출", "대출", "차입", "송금", "입금",
	"지출", "사용", "편성", "책정", "배정", "요구", "청구", "구형", "선고", "명령", "제시", "제안", "계획",
	"발표", "추산", "집계", "예상", "전망", "추정", "분석", "보고", "공개", "유치", "확보", "마련", "보유",
	"소유", "부담", "낙찰", "수주", "계약", "합의", "상환", "세탁", "지불", "헌납", "출연", "출자", "융자",
	"벌어", "징수", "환수", "압류", "몰수", "동결", "회수", "창출", "달성", "밝혔",
	"말했", "주장", "설명", "전했", "지적", "강조", "덧붙", "보도", "평가", "결정", "의결", "승인", "통과",
	"관여", "수령", "획득", "적립", "출자", "후원", "증여", "상속", "빌리", "물어", "물었", "물게", "절취", "도난", "가로챘", "편취", "사취", "갈취", "상납", "벌어들",
	"제기", "소송", "발송", "걸", "내기", "송금", "지출", "모금", "입찰",
}

// isAgentVerb reports whether the verb w has a subject that is the agent
// of its amount: 받았다, 지급했다, 탈취한.
func isAgentVerb(w string) bool {
	if m := verbNounRE.FindStringSubmatch(w); m != nil && passiveRE.MatchString(w[len(m[1]):]) {
		return false // 판매됐다, 지급된: the subject is what is sold or paid
	}
	if strings.HasPrefix(w, "팔리") || strings.HasPrefix(w, "팔린") || strings.HasPrefix(w, "팔렸") || strings.HasPrefix(w, "팔려") {
		return false // 냉면이 잘 팔린다: what is sold
	}
	if agentVerbIndex.has(w) {
		return true
	}
	if m := verbNounRE.FindStringSubmatch(w); m != nil && utf8.RuneCountInString(m[1]) > 2 && agentVerbEndIndex.has(m[1]) {
		return true // 돈세탁해: 세탁
	}
	return false
}

// levelMoves are the beginnings of verbs by which a measure rises or
// falls (하락한, 오른, 떨어진, 늘어난): their subject is what is measured,
// a price or a futures contract, never who pays or holds the amount.
var levelMoves = []string{"하락", "상승", "오른", "올랐", "내린", "내렸", "떨어", "늘어", "줄어", "급등", "급락", "뛴", "폭등", "폭락"}

// movesLevel reports whether the verb w is one of levelMoves.
func movesLevel(w string) bool {
	return hasAnyPrefix(w, levelMoves)
}
