package facts

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file cuts a sentence into its words (eojeol, the runs between
// spaces) and a word into a noun and the particle glued to it: the
// particles are what tells the roles of the words around an amount
// (…은/는/이/가 the subject, …을/를 the object, …에 the target, …의 the
// owner). There is no morphological analyser: the rules are a list of
// particles, the sound they follow and the nouns that end like one.

// word is one word of a sentence.
type word struct {
	raw        string // the word as written, without the punctuation around it
	start, end int    // bytes of raw in the sentence
	stem, part string // raw cut into a noun and its particle; part is "" when none
	comma      bool   // a comma, semicolon, colon or closing bracket follows: a clause may end
	open       bool   // an opening quote or bracket stands before it
	quoteOpen  bool   // an opening quotation mark stands before it: ‘탱고
	quoteClose bool   // a closing quotation mark ends its noun: 카드’가, 보건’
	stemEnd    int    // bytes: where its noun ends in the sentence, before a closing quote

	// What the rules ask of a word again and again, found once.
	verb, noun, time, actor, ends bool
	name                          bool // it looks like a proper name: Latin letters, (WB), quoted
	owner                         bool // it names who owns the noun after it (namesAgent or commonActor)
	amt, num, year, dur           bool // isAmountWord, isNumberWord, isYearWord, isDuration of raw
	money                         bool // the word holds part of a money amount of the sentence
	named                         bool // namesAgent: an organisation by name or a government
	adn                           bool // adnominal: a verb that modifies the noun after it
	subj                          bool // its particle may mark a subject or topic (subjectParts)
}

// leadPunct and trailPunct are the marks stripped from the ends of a word.
const (
	leadPunct   = `"'“‘「『《〈<[(`
	trailPunct  = `"'”’」』》〉>]),.;:?!…·`
	openQuotes  = `"'“‘「『《〈<`
	closeQuotes = `"'”’」』》〉>`
)

// splitWords returns the words of sentence s in order.
func splitWords(s string) []word { return splitWordsWith(s, nil) }

// maxCached is how many different words a cache of splitWordsWith holds.
const maxCached = 4096

// splitWordsWith is splitWords, taking each word from cache when a word
// written the same was made before, and keeping new ones in it while it
// holds fewer than maxCached: a long run that repeats its words (a
// flattened table, a hostile page) is read in windows that overlap, and
// its words are made once. A word is made from its text alone.
func splitWordsWith(s string, cache map[string]word) []word {
	var ws []word
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += w
			continue
		}
		j := i
		for j < len(s) {
			r, w := utf8.DecodeRuneInString(s[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += w
		}
		if cache == nil {
			ws = append(ws, makeWord(s, i, j))
		} else if w, ok := cache[s[i:j]]; ok {
			w.start, w.end, w.stemEnd = w.start+i, w.end+i, w.stemEnd+i
			ws = append(ws, w)
		} else {
			w := makeWord(s, i, j)
			if len(cache) < maxCached {
				c := w
				c.start, c.end, c.stemEnd = c.start-i, c.end-i, c.stemEnd-i
				cache[s[i:j]] = c
			}
			ws = append(ws, w)
		}
		i = j
	}
	return ws
}

// makeWord builds the word s[i:j], stripping the punctuation around it.
func makeWord(s string, i, j int) word {
	wd := word{}
	for i < j {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !strings.ContainsRune(leadPunct, r) {
			break
		}
		// A bracket opened inside a word is kept: 인공지능(AI), 오늘(18일).
		wd.open = true
		if strings.ContainsRune(openQuotes, r) {
			wd.quoteOpen = true
		}
		i += w
	}
	for j > i {
		r, w := utf8.DecodeLastRuneInString(s[i:j])
		if !strings.ContainsRune(trailPunct, r) {
			break
		}
		if (r == ')' || r == ']') && strings.ContainsAny(s[i:j-w], "([") {
			break
		}
		switch {
		case strings.ContainsRune(closeQuotes, r):
			// A closing quote ends a name or a title, not a clause:
			// ‘성과 생식 보건’ 분야. A verb before it still ends one.
			wd.quoteClose = true
		case r != '.' && r != '?' && r != '!':
			wd.comma = true
		}
		j -= w
	}
	wd.raw, wd.start, wd.end = s[i:j], i, j
	if startsDigit(wd.raw) {
		wd.amt, wd.num, wd.year = isAmountWord(wd.raw), isNumberWord(wd.raw), isYearWord(wd.raw)
	}
	wd.stem, wd.part = cutParticle(wd.raw)
	wd.dur = isDuration(wd.raw) || wd.stem != wd.raw && isDuration(wd.stem)
	// A quote closed inside the word, before its particle: 카드’가.
	for wd.stem != "" {
		r, w := utf8.DecodeLastRuneInString(wd.stem)
		if !strings.ContainsRune(closeQuotes, r) {
			break
		}
		wd.stem = wd.stem[:len(wd.stem)-w]
		wd.quoteClose = true
	}
	wd.stemEnd = wd.start + len(wd.stem)
	wd.verb = verbish(wd) && !countries[wd.stem] && !places[wd.stem] // 북한 is no verb in 한
	wd.noun = isHangulWord(wd.stem) && !wd.verb && !determiners[wd.raw] && !determiners[wd.stem]
	wd.time = timeWord(wd)
	wd.actor = !wd.verb && isActor(baseName(wd.stem))
	wd.name = wd.noun && looksNamed(wd)
	if wd.actor {
		wd.named = namesAgent(wd.stem)
		wd.owner = wd.named || commonActor(wd.stem)
	}
	wd.ends = closesClause(wd)
	wd.adn = adnominal(wd)
	wd.subj = subjectParts[wd.part]
	return wd
}

// baseName returns the noun n without an abbreviation in brackets after
// it: 세계은행(WB) → 세계은행.
func baseName(n string) string {
	if i := strings.IndexByte(n, '('); i > 0 && strings.HasSuffix(n, ")") {
		return n[:i]
	}
	return n
}

// looksNamed reports whether the noun of w is written as a proper name:
// in Latin letters (GPI, KT, SK그룹), with an abbreviation in brackets
// (세계은행(WB)) or in quotation marks (‘탱고 카드’).
func looksNamed(w word) bool {
	if w.quoteOpen || w.quoteClose {
		return true
	}
	for _, r := range w.stem {
		if r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' {
			return true
		}
	}
	return false
}

// particle is a particle that may end a noun, and what it may follow.
type particle struct {
	text  string
	after int // afterAny, afterCons (a syllable with a final consonant), afterVowel
}

const (
	afterAny = iota
	afterCons
	afterVowel
)

// particles are the particles cut from the end of a word, longest first.
// Where a particle has two forms by the sound before it (은/는, 이/가,
// 을/를, 과/와, 으로/로), each is cut only after its sound, so that 국가,
// 민간이 and 정부가 are read right: 국가 has no particle (가 follows a
// final consonant), 민간이 has 이, 정부가 has 가.
var particles = []particle{
	{"에서부터", afterAny}, {"으로부터", afterCons}, {"로부터", afterVowel},
	{"에서는", afterAny}, {"에게는", afterAny}, {"에서도", afterAny}, {"에게서", afterAny},
	{"으로는", afterCons}, {"으로도", afterCons}, {"으로서", afterCons}, {"으로써", afterCons},
	{"이라는", afterCons}, {"이라고", afterCons}, {"에서의", afterAny}, {"에로의", afterAny},
	{"까지는", afterAny}, {"부터는", afterAny}, {"보다는", afterAny}, {"에서", afterAny},
	{"에게", afterAny}, {"에는", afterAny}, {"에도", afterAny}, {"에만", afterAny},
	{"으로", afterCons}, {"로는", afterVowel}, {"로도", afterVowel}, {"로서", afterVowel}, {"로써", afterVowel},
	{"에선", afterAny}, {"까진", afterAny}, {"부턴", afterAny}, {"으론", afterCons}, {"론", afterVowel},
	{"까지", afterAny}, {"부터", afterAny}, {"보다", afterAny}, {"처럼", afterAny}, {"엔", afterAny},
	{"만큼", afterAny}, {"께서", afterAny}, {"라는", afterVowel}, {"라고", afterVowel},
	{"이나", afterCons}, {"과의", afterCons}, {"와의", afterVowel}, {"이며", afterCons},
	{"과는", afterCons}, {"와는", afterVowel}, {"과도", afterCons}, {"와도", afterVowel},
	{"이자", afterCons}, {"이고", afterCons}, {"인", afterAny},
	{"과", afterCons}, {"와", afterVowel}, {"은", afterCons}, {"는", afterVowel},
	{"이", afterCons}, {"가", afterVowel}, {"을", afterCons}, {"를", afterVowel},
	{"의", afterAny}, {"에", afterAny}, {"로", afterVowel}, {"도", afterAny},
	{"만", afterAny}, {"씩", afterAny},
}

// particleNouns are nouns that end like a particle and keep that ending:
// 추가 (addition) is no 추 with 가, 회의 (meeting) no 회 with 의.
var particleNouns = map[string]bool{
	"추가": true, "주가": true, "대가": true, "고가": true, "저가": true, "시가": true, "호가": true,
	"부가": true, "여가": true, "평가": true, "국가": true, "물가": true, "단가": true, "원가": true,
	"회의": true, "합의": true, "논의": true, "협의": true, "의의": true, "주의": true, "정의": true,
	"건의": true, "심의": true, "결의": true, "동의": true, "문의": true, "질의": true, "토의": true,
	"제도": true, "정도": true, "속도": true, "강도": true, "한도": true, "용도": true, "의도": true,
	"태도": true, "지도": true, "시도": true, "연도": true, "년도": true, "수도": true, "온도": true,
	"빈도": true, "각도": true, "경기도": true, "강원도": true, "제주도": true, "충청도": true, "전라도": true,
	"경상도": true, "충청남도": true, "충청북도": true, "전라남도": true, "전라북도": true, "경상남도": true,
	"경상북도": true, "특별자치도": true, "반도": true, "인도": true, "본도": true, "고도": true,
	"결과": true, "성과": true, "통과": true, "경과": true, "학과": true, "효과": true, "부과": true,
	"초과": true, "사과": true, "미만": true, "불만": true, "비만": true, "도로": true, "활로": true,
	"높이": true, "길이": true, "넓이": true, "깊이": true, "차이": true, "사이": true, "아이": true,
	"나이": true, "증가": true, "인가": true, "허가": true, "정가": true, "시나": true, "하나": true,
	"개인": true, "원인": true, "외국인": true, "기업인": true, "요인": true, "확인": true, "승인": true,
	"법인": true, "본인": true, "노인": true, "성인": true, "민간인": true, "직장인": true, "경제인": true,
	"부인": true, "주인": true, "공인": true, "증인": true, "연예인": true, "언론인": true, "지식인": true,
	"타인": true, "용인": true, "인천": true, "피고인": true, "한국인": true, "중국인": true, "일본인": true,
	"미국인": true, "외국인들": true, "기관": true,
}

// cutParticle cuts the particle off the end of w, if it ends with one.
// A word that is all particle, or a noun of particleNouns, has none.
func cutParticle(w string) (stem, part string) {
	if particleNouns[w] || strings.HasSuffix(w, "주의") && utf8.RuneCountInString(w) > 2 {
		return w, "" // 인도주의, 민주주의: -ism, no 의
	}
	lastRune, _ := utf8.DecodeLastRuneInString(w)
	for _, p := range particleIndex[lastRune] {
		if !strings.HasSuffix(w, p.text) || len(w) == len(p.text) {
			continue
		}
		stem := w[:len(w)-len(p.text)]
		last, _ := utf8.DecodeLastRuneInString(stem)
		switch {
		case last == '(' || last == '[' || strings.ContainsRune(openQuotes, last):
			continue // (만 65세: no noun before the particle
		case (p.text == "만" || p.text == "도") && strings.ContainsRune("십백천만억조경", last) && len(stem) > 3 && isDigit(rune(stem[0])):
			continue // 1천만: a number's unit
		case isDigit(last) && (p.text == "만" || p.text == "도"):
			continue // 1만, 3도: a number's unit
		case p.text == "도" && strings.HasSuffix(stem, "년") && len(stem) > 3 && isDigit(rune(stem[len(stem)-4])):
			continue // 2026년도: a fiscal year
		case p.text == "도" && strings.HasSuffix(stem, "회계연"):
			continue // 2023회계연도: a fiscal year
		case !isHangul(last) && p.after != afterAny:
			// After a digit, a letter or a bracket the sound cannot be
			// told from the writing: 81.1%인, GPU를, (AI)는. Either form goes.
		case p.after == afterCons && !hasFinal(last):
			continue
		case p.after == afterVowel && hasFinal(last) && !(strings.HasPrefix(p.text, "로") && finalL(last)):
			continue // 서울로: 로 follows ㄹ as it follows a vowel
		}
		return stem, p.text
	}
	return w, ""
}

// hasFinal reports whether the Hangul syllable r ends with a consonant.
func hasFinal(r rune) bool { return isHangul(r) && (r-0xAC00)%28 != 0 }

// finalL reports whether the Hangul syllable r ends with ㄹ, after which
// 로 is written, as after a vowel (서울로).
func finalL(r rune) bool { return isHangul(r) && (r-0xAC00)%28 == 8 }

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
	"려간", "어간", "아간", "져간", "나간", "와간",
}

// nounEndings are nouns that end like a verb: 올해 is no 하다, 재고 no 고.
var nounEndings = map[string]bool{
	"수지": true, "국가": true, "올해": true, "지난해": true, "손해": true, "피해": true, "상해": true, "방해": true, "살해": true, "침해": true, "가해": true, "재해": true, "폭행상해": true, "이해": true, "한해": true, "새해": true,
	"당해": true, "매해": true, "그해": true, "재고": true, "광고": true, "사고": true, "최고": true,
	"보고": true, "신고": true, "경고": true, "참고": true, "원고": true, "창고": true, "잔고": true,
	"공고": true, "기고": true, "측면": true, "전면": true, "화면": true, "국면": true, "장면": true,
	"방면": true, "표면": true, "내면": true, "문서": true, "보고서": true, "계약서": true, "증서": true,
	"순서": true, "질서": true, "부서": true, "신청서": true, "의견서": true, "확인서": true, "각서": true,
	"바다": true, "한도": true, "부지": true, "지지": true, "가게": true, "경영진": true, "의료진": true,
	"연구진": true, "지진": true, "추진": true, "재난": true, "비난": true, "도난": true, "고난": true, "곤란": true, "피난": true, "수난": true, "조난": true, "한": true, "대한민국": true,
	"산업": true, "사업": true, "기업": true, "작업": true, "여": true, "자체": true, "한편": true,
	"조치": true, "지원": true, "수요": true, "필요": true, "중요": true, "요": true, "분야": true,
	"정부": true, "시": true, "도": true, "군": true, "구": true, "국고": true, "외환보유고": true,
	"보유고": true, "총생산": true, "언어": true, "단어": true, "용어": true, "국어": true, "영어": true,
	"수어": true, "연어": true, "아시아": true, "이라크": true, "오징어": true, "사이버": true, "달러": true, "원": true, "제고": true, "구조": true, "기준": true,
}

// isVerbish reports whether the word is a verb or an adjective, or ends
// like one: 확보하기로, 보유한, 시급한, 의결됨에.
func isVerbish(w word) bool { return w.verb }

// verbish is isVerbish, worked out.
func verbish(w word) bool {
	if rest, ok := strings.CutPrefix(w.stem, "대"); ok && rest != "한" && (countries[rest] || isCountryPair(rest) || utf8.RuneCountInString(rest) == 1 && strings.Contains(countryInitials, rest)) {
		return false // 대북한, 대중국, 대미: toward a country, a noun's prefix
	}
	for _, e := range []string{"하기", "되기", "시키기", "받기", "됨", "하기로"} {
		if strings.HasSuffix(w.stem, e) {
			return true // 확보하기로, 의결됨에: a verb made a noun, with a particle
		}
	}
	if w.part == "도" && (strings.HasSuffix(w.stem, "더라") || strings.HasSuffix(w.stem, "어") || strings.HasSuffix(w.stem, "해")) {
		return true // 되더라도, 늘어도, 해도: a verb's concession
	}
	if (w.part == "는" || w.part == "은" || w.part == "을") && hasAnySuffix(w.stem, []string{"어지", "뤄지", "려지", "워지", "해지", "아지", "러지", "쳐지"}) {
		return true // 이뤄지는, 알려진, 만들어지는: a passive verb
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
	if w.part != "" && (verbStemEndIndex.has(w.stem) || utf8.RuneCountInString(w.stem) == 1 && verbStems[w.stem] && (w.part == "는" || w.part == "은" || w.part == "을")) {
		return true // 대해서는, 부과받은, 오는: a verb, not a noun with a particle
	}
	if w.part == "가" && !nounEndings[w.stem] && hasAnySuffix(w.stem, []string{"었다", "았다", "였다", "했다", "됐다", "렸다", "랐다", "졌다"}) {
		return true // 올랐다가: a verb's ending, not a noun and 가
	}
	if w.part != "" && !strings.HasSuffix(w.stem, "하") && !strings.HasSuffix(w.stem, "되") {
		// A noun with its particle: 정부는, 예산안이. But 하는 and 되는
		// are verbs that end like a particle.
		if utf8.RuneCountInString(w.stem) > 1 || !verbStems[w.stem] {
			return false
		}
	}
	if nounEndings[w.raw] || nounEndings[w.stem] {
		return false
	}
	return verbEndingIndex.has(w.raw)
}

// verbStemEnds are ends of verbs that may stand before an ending that
// looks like a particle: 대해서(는), 부과받(은), 통해(서도).
var verbStemEnds = []string{"해서", "하여", "대해", "통해", "위해", "인해", "의해", "관해", "따라", "받", "했", "됐", "겠", "하기", "되기", "시키",
	"했지", "됐지", "였지", "었지", "았지", "겠지", "하지", "되지"}

// nativeStems are stems of native verbs of change and giving that end
// in a vowel and take 는, 은 or 을 as particles look: 올리는, 줄이는.
var nativeStems = setOf("올리", "늘리", "줄이", "내리", "들이", "높이", "낮추", "불리", "모으", "빌리", "갚",
	// Verbs of news that end in a vowel as well: 끝나는, 훔치는, 이르는.
	"끝나", "훔치", "미치", "넘치", "그치", "고치", "지나", "떠나", "만나", "나타나", "일어나", "늘어나", "벗어나",
	"뛰어나", "치르", "따르", "이르", "오르", "부르", "바꾸", "나누", "보내", "벌이", "거두", "쌓이", "쓰이", "보이",
	"모이", "숨기", "옮기", "맡기", "남기", "넘기", "빼앗기", "이기", "지키", "키우", "세우", "채우", "비우",
	"일으키", "이끄", "거치", "펼치", "밝히", "알리", "열리", "걸리", "팔리", "살리", "버리", "드리", "보태",
	"건네", "가로채", "빼돌리", "사들이", "벌어들이", "끌어들이", "받아들이", "쏟아붓", "퍼붓")

// verbStems are one-syllable stems of verbs that take an ending that
// looks like a particle: 쓰는, 주는, 받은, 든.
var verbStems = map[string]bool{
	"하": true, "되": true, "쓰": true, "주": true, "보": true, "오": true, "가": true, "나": true,
	"서": true, "지": true, "내": true, "들": true, "받": true, "있": true, "없": true, "같": true,
	"많": true, "적": true, "크": true, "늘": true, "줄": true, "넘": true, "받는": true, "쓰이": true,
	"잃": true, "얻": true, "찾": true, "겪": true, "막": true, "갖": true, "벌": true, "팔": true, "남": true,
	"쌓": true, "맺": true, "맡": true, "끼": true,
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
