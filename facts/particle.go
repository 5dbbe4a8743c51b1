package facts

import (
	"strings"
	"unicode/utf8"
)

// This file cuts a word into its noun and the particle glued to it.

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
	{"밖에는", afterAny}, {"밖에도", afterAny},
	{"까지는", afterAny}, {"부터는", afterAny}, {"보다는", afterAny}, {"에서", afterAny},
	{"에게", afterAny}, {"에는", afterAny}, {"에도", afterAny}, {"에만", afterAny},
	{"으로", afterCons}, {"로는", afterVowel}, {"로도", afterVowel}, {"로서", afterVowel}, {"로써", afterVowel},
	{"밖에", afterAny}, {"에선", afterAny}, {"까진", afterAny}, {"부턴", afterAny}, {"으론", afterCons}, {"론", afterVowel},
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
	"유엔": true, // the United Nations, no 유 with 엔
	"초과": true, "사과": true, "미만": true, "불만": true, "비만": true, "도로": true, "활로": true,
	"높이": true, "길이": true, "넓이": true, "깊이": true, "차이": true, "사이": true, "아이": true,
	"나이": true, "증가": true, "인가": true, "허가": true, "정가": true, "시나": true, "하나": true,
	"개인": true, "원인": true, "외국인": true, "기업인": true, "요인": true, "확인": true, "승인": true,
	"법인": true, "본인": true, "노인": true, "성인": true, "민간인": true, "직장인": true, "경제인": true,
	"부인": true, "주인": true, "공인": true, "증인": true, "연예인": true, "언론인": true, "지식인": true,
	"타인": true, "용인": true, "인천": true, "피고인": true, "한국인": true, "중국인": true, "일본인": true,
	"미국인": true, "외국인들": true, "기관": true,
	"할인": true, "상인": true, "대인": true, "소인": true, // 할인 혜택: a discount, no 할 with 인
	// Loanwords in 라인 (온라인 매출: online, no 온라 with 인), and nouns in
	// 가 of the price reports (초고가 멜론).
	"온라인": true, "오프라인": true, "가이드라인": true, "파이프라인": true, "초고가": true,
	// Nouns of the price of a home in 가 (중저가 아파트: mid-to-low priced, no
	// 중저 with 가; 분양가, 매매가 written bare before a word of their own).
	"중저가": true, "중고가": true, "분양가": true, "매매가": true, "실거래가": true, "전세가": true,
	"평균가": true, "공시가": true, "최고가": true, "신고가": true, "최저가": true, "감정가": true, "낙찰가": true,
	// Prices of a share in the analysts' and market reports (목표주가
	// 17만원: no 목표주 with 가; 우선주가 is shares and 가, left cut).
	"목표주가": true, "적정주가": true, "목표가": true, "공모가": true, "시초가": true, "희망가": true,
	"정품시가": true, "절도": true, "비트코인": true, "카이엔": true, // 절도 사건: theft, no 절 with 도
	// Adverbs that end like a subject's particle: 게다가, 나아가 (moreover),
	// 일찍이, 굳이, 일일이, 다달이 (every month).
	"게다가": true, "나아가": true, "일찍이": true, "굳이": true, "일일이": true, "다달이": true,
	// Years of account (年度) after a relative year: 내년도 국방예산 is next
	// year's budget, no 내년 with 도 (also).
	"내년도": true, "전년도": true, "금년도": true, "작년도": true, "차년도": true, "익년도": true,
}

// cutParticle cuts the particle off the end of w, if it ends with one.
// A word that is all particle, or a noun of particleNouns, has none.
func cutParticle(w string) (stem, part string) {
	if particleNouns[w] || strings.HasSuffix(w, "주의") && utf8.RuneCountInString(w) > 2 {
		return w, "" // 인도주의, 민주주의: -ism, no 의
	}
	if strings.HasSuffix(w, "결과") && utf8.RuneCountInString(w) > 2 {
		return w, "" // 조사결과, 분석결과: a compound of 결과 (result), no 과
	}
	if strings.HasSuffix(w, "없이") && utf8.RuneCountInString(w) > 2 {
		return w, "" // 꼼짝없이, 어김없이: an adverb, no noun with 이
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
		case strings.HasPrefix(p.text, "밖에") && (stem == "이" || stem == "그"):
			continue // 이밖에, 그밖에 (besides): 밖 (outside) with 에, no 이 with the delimiter 밖에 (only: 정도밖에)
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
		if p.text == "만" || p.text == "도" {
			if inner, ok := innerCase(stem); ok {
				return inner.stem, inner.part // 비용으로만 → 비용, 으로: the case under the delimiter
			}
		}
		return stem, p.text
	}
	return w, ""
}

// stacked is a noun and the case particle under a delimiter (만, 도)
// glued after it: 비용으로만, 은행에서만, 연말까지도.
type stacked struct{ stem, part string }

// innerCases are the case particles a delimiter may stand on, with the
// sound they follow: 으로 after a final consonant, 로 after a vowel or ㄹ;
// the source's 로부터 and 에게서 too (강씨로부터도), longest first.
var innerCases = []particle{{"으로부터", afterCons}, {"로부터", afterAny}, {"에게서", afterAny}, {"으로", afterCons}, {"에서", afterAny}, {"에게", afterAny}, {"까지", afterAny}, {"로", afterVowel}}

// innerCase cuts a case particle of innerCases off stem, the word without
// its delimiter, when one ends it: the case is what the rules read.
func innerCase(stem string) (stacked, bool) {
	for _, c := range innerCases {
		n, ok := strings.CutSuffix(stem, c.text)
		if !ok || n == "" {
			continue
		}
		last, _ := utf8.DecodeLastRuneInString(n)
		if !isHangul(last) || particleNouns[stem] {
			continue
		}
		if c.after == afterCons && !hasFinal(last) || c.after == afterVowel && hasFinal(last) && !finalL(last) {
			continue
		}
		return stacked{n, c.text}, true
	}
	return stacked{}, false
}

// hasFinal reports whether the Hangul syllable r ends with a consonant.
func hasFinal(r rune) bool { return isHangul(r) && (r-0xAC00)%28 != 0 }

// finalL reports whether the Hangul syllable r ends with ㄹ, after which
// 로 is written, as after a vowel (서울로).
func finalL(r rune) bool { return isHangul(r) && (r-0xAC00)%28 == 8 }
