package facts

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file tells a verb from a noun by the ending of its word.

// verbEndings are endings of verbs and adjectives, as the last letters of
// a word: a word ending in one of them is no noun.
var verbEndings = []string{
	"한다", "했다", "된다", "됐다", "였다", "었다", "았다", "겠다", "이다", "니다", "하다", "되다",
	"하고", "되고", "하며", "되며", "하면", "되면", "하여", "해서", "하기로", "하기", "하는", "되는",
	"하던", "되던", "했고", "했으며", "됐고", "됐으며", "으며", "이며", "려고", "려는", "도록",
	"위해", "위한", "대한", "대해", "통해", "통한", "따라", "따른", "인한", "의해", "관한", "관해",
	"있는", "없는", "있다", "없다", "같은", "않은", "않는", "이란", "이라", "라며", "면서", "지만",
	"는데", "은데", "어서", "아서", "여서", "워서", "져서", "어야", "아야", "기도", "기는", "기에",
	"겠다고", "다고", "라고", "다는", "라는", "다며", "고는", "으로써", "음에", "됨에", "함에",
	"해온", "돼온", "져온", "쳐", "긴", "어든", "해야", "돼야", "려", "보니", "하니", "되니", "줄", "한", "된", "할", "될", "던", "른", "린", "운", "친", "킨", "쓴", "낸", "준", "둔", "들여",
	"해", "돼", "써", "며", "고", "다", "여", "서", "면", "게", "지", "요", "죠", "어", "아", "난", "진",
	"려간", "어간", "아간", "져간", "나간", "와간", "고자", "아온", "어온",
	// -어지다 joined to the next clause: 사라져, 알려져, 이뤄져.
	"져",
	// -더니 (급감하더니), -아/-어 내다 (떼어내, 받아내), ㄹ-irregular 오르다
	// (올라, 떠올라, 올라온), 모으다 (모은), 붙다 (붙는).
	"더니", "어내", "아내", "올라", "올라온", "모은", "붙는",
	// -ㄴ데 after 하다 and 되다 (기록한데 반해, 지정된데 이어): a clause's
	// connective, as -는데 and -은데 are.
	"한데", "된데",
	// -거나 (or) joins verbs (입금하거나 인출하는), as -고 does (domagent22);
	// after the light verbs and 있다/없다/받다, the stems that end no noun.
	"하거나", "되거나", "있거나", "없거나", "받거나",
}

// nounEndings are nouns that end like a verb: 올해 is no 하다, 재고 no 고.
var nounEndings = map[string]bool{
	// Sino-Korean nouns in 여 (與, 餘), no -여 of a verb (하여, 줄여): 참여 업체들.
	"참여": true, "기여": true, "급여": true, "관여": true, "부여": true, "대여": true, "수여": true, "증여": true, "잉여": true, "투여": true,
	"수지": true, "국가": true, "올해": true, "지난해": true, "손해": true, "피해": true, "상해": true, "방해": true, "살해": true, "침해": true, "가해": true, "재해": true, "폭행상해": true, "이해": true, "한해": true, "새해": true,
	"당해": true, "매해": true, "그해": true, "재고": true, "광고": true, "사고": true, "최고": true,
	"보고": true, "신고": true, "경고": true, "참고": true, "원고": true, "창고": true, "잔고": true,
	"공고": true, "기고": true, "측면": true, "전면": true, "화면": true, "국면": true, "장면": true,
	"방면": true, "표면": true, "내면": true, "문서": true, "보고서": true, "계약서": true, "증서": true,
	"순서": true, "질서": true, "부서": true, "신청서": true, "의견서": true, "확인서": true, "각서": true,
	"바다": true, "한도": true, "부지": true, "지지": true, "가게": true, "무게": true, "경영진": true, "의료진": true,
	"연구진": true, "지진": true, "추진": true, "재난": true, "비난": true, "도난": true, "고난": true, "곤란": true, "피난": true, "아내": true, "치킨": true, "사진": true, "수난": true, "조난": true, "한": true, "대한민국": true,
	"산업": true, "사업": true, "기업": true, "작업": true, "여": true, "자체": true, "한편": true,
	"조치": true, "지원": true, "수요": true, "필요": true, "중요": true, "요": true, "분야": true,
	"정부": true, "시": true, "도": true, "군": true, "구": true, "국고": true, "외환보유고": true,
	"보유고": true, "총생산": true, "언어": true, "단어": true, "용어": true, "국어": true, "영어": true,
	"수어": true, "연어": true, "아시아": true, "이라크": true, "오징어": true, "사이버": true, "달러": true, "원": true, "제고": true, "구조": true, "기준": true,
	// Loanwords that end in 어 (English -er, -ire, -ia, -ware), no verb's -어.
	"타이어": true, "미디어": true, "플레이어": true, "바이어": true, "와이어": true, "레이어": true,
	"하드웨어": true, "소프트웨어": true, "캐리어": true, "커리어": true, "에어": true,
}

// isVerbish reports whether the word is a verb or an adjective, or ends
// like one: 확보하기로, 보유한, 시급한, 의결됨에.
func isVerbish(w word) bool { return w.verb }

// verbish is isVerbish, worked out.
func verbish(w word) bool {
	if w.raw == "나아가" || w.raw == "나아가서" {
		return true // furthermore: a verb's connective, no noun 나아 with 가
	}
	if w.raw == "라면" {
		return false // 라면 가격: the noun; a supposition glues 라면 to what it supposes (878억원이라면)
	}
	if strings.HasSuffix(w.raw, "없이") && utf8.RuneCountInString(w.raw) > 2 {
		return true // 꼼짝없이: an adverb made of a verb, no noun
	}
	if strings.HasPrefix(w.raw, "않") {
		return true // 않고도, 않은, 않아: the verb of negation, whatever ending looks like a particle
	}
	if strings.HasSuffix(w.raw, "마다") && utf8.RuneCountInString(w.raw) > 2 {
		return false // 144m마다, 해마다: each, a noun and its particle, no verb's -다
	}
	if rest, ok := strings.CutPrefix(w.stem, "대"); ok && rest != "한" && (countries[rest] || isCountryPair(rest) || utf8.RuneCountInString(rest) == 1 && strings.Contains(countryInitials, rest)) {
		return false // 대북한, 대중국, 대미: toward a country, a noun's prefix
	}
	for _, e := range []string{"하기", "되기", "시키기", "받기", "됨", "하기로"} {
		if strings.HasSuffix(w.stem, e) {
			return true // 확보하기로, 의결됨에: a verb made a noun, with a particle
		}
	}
	if w.part == "도" && (strings.HasSuffix(w.stem, "더라") || strings.HasSuffix(w.stem, "어") || strings.HasSuffix(w.stem, "해") || strings.HasSuffix(w.stem, "싸") ||
		strings.HasSuffix(w.stem, "다고") || strings.HasSuffix(w.stem, "라고")) {
		return true // 되더라도, 늘어도, 해도, 비싸도; 빚어졌다고도 (덧붙였다): a verb's concession or a quotation
	}
	if (w.part == "는" || w.part == "은" || w.part == "을") && hasAnySuffix(w.stem, []string{"어지", "뤄지", "려지", "워지", "해지", "아지", "러지", "쳐지"}) {
		return true // 이뤄지는, 알려진, 만들어지는: a passive verb
	}
	if w.part == "는" && strings.HasSuffix(w.stem, "게") && utf8.RuneCountInString(w.stem) > 1 && !nounEndings[w.stem] {
		return true // 길게는, 많게는, 크게는: an adverb made of a verb, with a delimiter
	}
	if (w.part == "는" || w.part == "은") && strings.HasSuffix(w.stem, "다") && !nounEndings[w.stem] {
		return true // 만든다는, 했다는: a clause quoted to modify a noun
	}
	if (w.part == "는" || w.part == "은" || w.part == "을") && nativeStems[w.stem] {
		return true // 올리는, 줄이는: a native verb, not a noun
	}
	if w.part == "로" && strings.HasSuffix(w.stem, "기") && utf8.RuneCountInString(w.stem) >= 2 {
		return true // 내기로 (했다): a verb made a noun
	}
	if w.part != "" && (verbStemEndIndex.has(w.stem) && !copulaJiNoun(w) || utf8.RuneCountInString(w.stem) == 1 && verbStems[w.stem] && (w.part == "는" || w.part == "은" || w.part == "을")) {
		return true // 대해서는, 부과받은, 오는: a verb, not a noun with a particle
	}
	if w.part == "가" && !nounEndings[w.stem] && hasAnySuffix(w.stem, []string{"었다", "았다", "였다", "했다", "됐다", "렸다", "랐다", "졌다", "데다", "하다", "되다"}) {
		return true // 올랐다가, 피해를 본데다가: a verb's ending, not a noun and 가
	}
	if w.part != "" && !strings.HasSuffix(w.stem, "하") && !strings.HasSuffix(w.stem, "되") {
		// A noun with its particle: 정부는, 예산안이. But 하는 and 되는
		// are verbs that end like a particle.
		if utf8.RuneCountInString(w.stem) > 1 || !verbStems[w.stem] {
			return false
		}
	}
	if nounEndings[w.raw] || nounEndings[w.stem] || strings.HasSuffix(w.stem, "수지") || strings.HasSuffix(w.stem, "에너지") {
		return false // 무역수지, 경상수지: a balance, no verb in 지; 청정에너지, 신재생 에너지: the loanword energy
	}
	return verbEndingIndex.has(w.raw)
}

// verbStemEnds are ends of verbs that may stand before an ending that
// looks like a particle: 대해서(는), 부과받(은), 통해(서도).
var verbStemEnds = []string{"해서", "하여", "대해", "통해", "위해", "인해", "의해", "관해", "따라", "받", "했", "됐", "겠", "하기", "되기", "시키",
	"했지", "됐지", "였지", "었지", "았지", "겠지", "하지", "되지", "이지", // 수준이지만: -지만, no 만 after a noun
	// The verb of giving as an auxiliary: 사다주는, 찾아준, 빌려주는.
	"다주", "어주", "려주", "워주", "와주", "춰주", "쳐주"}

// nativeStems are stems of native verbs of change and giving that end
// in a vowel and take 는, 은 or 을 as particles look: 올리는, 줄이는.
var nativeStems = setOf("올리", "늘리", "줄이", "내리", "들이", "높이", "낮추", "불리", "모으", "빌리", "갚",
	// -아/-어 주다, a deed done for someone: 알아주는, 보여주는, 사다주는.
	"알아주", "보여주", "사다주", "도와주", "빌려주", "돌려주", "갚아주", "앉",
	// Verbs of news that end in a vowel as well: 끝나는, 훔치는, 이르는.
	"끝나", "훔치", "미치", "넘치", "그치", "고치", "지나", "떠나", "만나", "나타나", "일어나", "늘어나", "벗어나",
	"뛰어나", "치르", "따르", "이르", "오르", "부르", "바꾸", "나누", "보내", "벌이", "거두", "쌓이", "쓰이", "보이",
	"모이", "숨기", "옮기", "맡기", "남기", "넘기", "빼앗기", "이기", "지키", "키우", "세우", "채우", "비우",
	"일으키", "이끄", "거치", "펼치", "밝히", "알리", "열리", "걸리", "팔리", "살리", "버리", "드리", "보태",
	"건네", "가로채", "빼돌리", "사들이", "벌어들이", "끌어들이", "받아들이", "쏟아붓", "퍼붓", "달리")

// verbStems are one-syllable stems of verbs that take an ending that
// looks like a particle: 쓰는, 주는, 받은, 든.
var verbStems = map[string]bool{
	"하": true, "되": true, "쓰": true, "주": true, "보": true, "오": true, "가": true, "나": true,
	"서": true, "지": true, "내": true, "들": true, "받": true, "있": true, "없": true, "같": true,
	"많": true, "적": true, "크": true, "늘": true, "줄": true, "넘": true, "받는": true, "쓰이": true,
	"잃": true, "얻": true, "찾": true, "겪": true, "막": true, "갖": true, "벌": true, "팔": true, "남": true,
	"쌓": true, "맺": true, "맡": true, "끼": true,
	// Adjectives of degree, whose adnominal ends like a noun with 은: 8천만원
	// 높은 가격, 낮은 금리; no noun is written 높, 낮, 좋, 넓, 좁, 깊, 짧.
	"높": true, "낮": true, "좋": true, "넓": true, "좁": true, "깊": true, "짧": true,
}

// isHangulWord reports whether s holds a Hangul syllable or a letter: a
// word that may be a noun, not a number or a sign.
func isHangulWord(s string) bool {
	for _, r := range s {
		if isHangul(r) || unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
