package facts

import (
	"strings"
	"unicode/utf8"
)

// This file tells an occasion, an edition, an inning or a cohort written
// with a counter from a count (docs/facts.md, "Counts" and "Decisions,
// ninth round (counts)"): 1회 25만원 (the first offence), 올해로 16회를
// 맞은 축제 and 지난 5회 대회 (editions), 18회 예고편 (an episode), 8회
// 교체됐다 and 1사 1루 (an inning and its outs), (52·18기) and 기자단
// 3기 (cohorts), 제 28회 (제 spaced) are ordinals; 3회 이상, 월 2회
// 10만원씩, 5회 연속, 7종 중 1종 count.

// frequencyWords are the words before a number of times that make it a
// frequency or a total, a count (월 2회 10만원씩, 하루 1회 2정씩, 총 3회
// 2천만원, 통산 3회 우승), where a bare 1회 before an amount is an
// occasion (1회 25만원, 1회 10만달러) and a small 회 among words of
// baseball an inning.
var frequencyWords = map[string]bool{
	"하루": true, "매일": true, "매주": true, "매달": true, "매월": true, "매년": true,
	"해마다": true, "연": true, "연간": true, "월": true, "주": true, "일": true, "년": true,
	"한달": true, "달": true, "분기": true, "시즌": true,
	"총": true, "통산": true, "최대": true, "최소": true, "모두": true,
}

// editionWords are the nouns after a spaced 회 that make it the number of
// an edition or an episode: 지난 5회 대회, 18회 예고편.
var editionWords = []string{
	"대회", "축제", "영화제", "시상식", "총회", "정기", "졸업", "콩쿠르", "예고", "방송", "특집",
}

// repeatWords may follow an inning-sized 회 in a baseball sentence and keep
// it a count: 3회 연속, 2회 이상, 5회 만에.
var repeatWords = []string{"연속", "이상", "이하", "미만", "초과", "이내", "만에", "씩", "에 걸쳐"}

// occasion reports whether the 회 after the number n, followed by after,
// writes an occasion, an edition, an episode or an inning rather than a
// number of times.
func (x *extractor) occasion(n num, after string) bool {
	rest, spaced := strings.CutPrefix(after, " ")
	if spaced && rest != "" && isDigit(rune(rest[0])) && !x.frequency(n.start) {
		return true // 1회 25만원, 2회 50만원: the first, second offence; 3회 2사
	}
	if strings.HasPrefix(after, ")") && dayBefore(x.text, n.start) {
		return true // 2003년 4월 12일(19회) 추첨: the 19th draw, held that day
	}
	if titleBefore(x.text, n.start) {
		return true // '상속자들' 18회에서, '별에서 온 그대' 7회: an episode
	}
	if spaced {
		for _, w := range editionWords {
			if strings.HasPrefix(rest, w) {
				return true // 지난 5회 대회, 18회 예고편
			}
		}
	}
	if m := strings.TrimPrefix(strings.TrimPrefix(after, "를"), "을"); m != after && strings.HasPrefix(strings.TrimPrefix(m, " "), "맞") {
		return true // 올해로 16회를 맞은 축제
	}
	if n.plain && n.value.Scale == 0 && n.value.Coef <= 12 && !x.frequency(n.start) && x.has(clueBaseball, n.start) {
		for _, w := range repeatWords {
			if strings.HasPrefix(rest, w) {
				return false // 3회 연속 홈런
			}
		}
		return true // 8회 교체됐다, 1회 첫 타석, 7회 현재: innings
	}
	return false
}

// dayBefore reports whether a date's day opens a bracket right before
// start: 12일(19회), whose number names what was held that day.
func dayBefore(text string, start int) bool {
	before, ok := strings.CutSuffix(text[:start], "일(")
	return ok && before != "" && isDigit(rune(before[len(before)-1]))
}

// frequency reports whether the word right before the number at start
// makes a frequency of it: 월 2회, 하루에 3회, 1년에 1회, 경기당 2회.
func (x *extractor) frequency(start int) bool {
	w := wordBefore(x.text, start)
	if w == "" {
		return false
	}
	if frequencyWords[w] {
		// A whole word: 일 3회, but not the 일 of a date (23일 9회).
		end := strings.TrimSuffix(x.text[:start], " ")
		r, _ := utf8.DecodeLastRuneInString(end[:len(end)-len(w)])
		if r == utf8.RuneError || !(r < utf8.RuneSelf && isWordByte(byte(r))) {
			return true
		}
	}
	return strings.HasSuffix(w, "에") || strings.HasSuffix(w, "당") || strings.HasSuffix(w, "마다")
}

// outs reports whether a 사 after the number n counts the outs of an
// inning (1사 1루, 2사 만루) in a baseball sentence, not companies.
func (x *extractor) outs(n num) bool {
	one, two := Decimal{Coef: 1}, Decimal{Coef: 2}
	return n.plain && (n.value.Cmp(one) == 0 || n.value.Cmp(two) == 0) && x.has(clueBaseball, n.start)
}

// cohortWords are the words before a number of 기 that make it a cohort,
// an ordinal: 사법연수원 18기, 공채 3기.
var cohortWords = map[string]bool{"연수원": true, "사법연수원": true, "기수": true, "공채": true, "사관학교": true}

// cohort reports whether the 기 after the number at text[start] names a
// cohort: after a middle dot (김주현(52·18기), an age and a cohort) or a
// word of cohorts.
func cohort(text string, start int) bool {
	if r, _ := utf8.DecodeLastRuneInString(text[:start]); r == '·' || r == 'ㆍ' {
		return true
	}
	w := wordBefore(text, start)
	if cohortWords[w] {
		return true
	}
	for _, g := range cohortGroups {
		if strings.HasSuffix(w, g) {
			return true // 대학생기자단 3기는
		}
	}
	return false
}

// cohortGroups are the endings of the names of groups recruited year by
// year, whose 기 after a number is a cohort: 대학생기자단 3기, 봉사단 2기.
var cohortGroups = []string{"기자단", "봉사단", "서포터즈", "체험단", "평가단", "홍보단", "자문단", "원정대"}

// spacedJe reports whether the number at text[start] follows 제 as a word
// of its own and a space: 제 28회, 제 52회 (written 제28회 as well).
func spacedJe(text string, start int) bool {
	before, ok := strings.CutSuffix(text[:start], "제 ")
	if !ok {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	return before == "" || !isHangul(r)
}

// ofWhole reports whether after, what follows a class counter (기, 종), is
// a space and a word that says what was counted of a whole: 7종 중 1종,
// 8종 모두, 3기 가운데; then the counter counts.
func ofWhole(after string) bool {
	w := strings.TrimPrefix(after, " ")
	return wordOf(w, "중") || wordOf(w, "가운데") || wordOf(w, "모두") || wordOf(w, "등") || wordOf(w, "전체")
}

// titleBefore reports whether the number at text[start] follows a quoted
// or bracketed title and one space: '상속자들' 18회, 《무한도전》 400회;
// its 회 is an episode.
func titleBefore(text string, start int) bool {
	before, ok := strings.CutSuffix(text[:start], " ")
	if !ok {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	return strings.ContainsRune("'’\"”」』》〉>", r)
}

// aircraftModel reports whether the number n before 기 is a Boeing model,
// 707 to 797 (보잉 747기, 777기로 착륙): a name, not a count of aircraft.
func aircraftModel(n num) bool {
	if !n.plain || n.value.Scale != 0 || n.value.Coef < 707 || n.value.Coef > 797 {
		return false
	}
	return n.value.Coef%10 == 7
}

// flightNumber reports whether the 편 after the number n, followed by
// after, names a flight: glued to plain digits after an airline or an
// aircraft and before a noun (아시아나항공 214편 조종사들, 여객기 8501편
// 동체로); 30편이 결항 and 1만 8000여 편 count flights.
func flightNumber(text string, n num, after string) bool {
	if !n.plain || n.commas || !nounAfter(after) {
		return false
	}
	w := wordBefore(text, n.start)
	return strings.HasSuffix(w, "항공") || w == "여객기" || w == "항공기" || w == "에어아시아"
}
