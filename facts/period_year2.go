package facts

import (
	"regexp"
	"strconv"
	"strings"
)

// Years written with two digits (91년, 지난 89년, 92년도, 92 년 8월): a
// year of the century its text is of (docs/meaning.md, twelfth round),
// told from a duration of as many years (10년 동안, 30년간, 징역 18년에).

var (
	// twoDigitYearRE matches a year of two digits at the start of a
	// text, with 지난, 올 or 오는 before it, 도 after it, and a part of
	// it after (92년 8월, 91년 말): group 1 the digits, 2 도, 3 the part.
	twoDigitYearRE = regexp.MustCompile(`^(?:(?:지난|올|오는) )?([0-9]{2}) ?년(도)?( ?(?:[상하]반기|[1-4]분기|[0-9]{1,2}월(?: ?(?:[0-9]{1,2}일|초순|중순|하순|초|말))?|초반|중반|후반|초|말))?`)

	// twoDigitTailRE matches what may follow such a year in its word or
	// as the next word when it is a year: a particle of time (에, 에는,
	// 엔, 의, 까지, 부터), 중, 이후, or nothing before a word that is none
	// of the durations' (동안, 간, 만에, 넘게 …).
	twoDigitTailRE = regexp.MustCompile(`^(?:에는|에도|에|엔|의|까지|부터|은|는|중)?(?:[^가-힣0-9]|$)`)
)

// yearDurationWords are the words after a number of years that make it a
// duration, not a year: 10년 동안, 30년 넘게, 13년 만에, 10년 후.
var yearDurationWords = setOf("동안", "사이", "새", "만에", "만", "넘게", "이상", "가까이", "남짓", "후", "전", "뒤",
	"이내", "정도", "가량", "걸쳐", "만기", "연속", "째", "간", "이하", "미만", "내", "이후에도", "형", "징역형", "구형", "선고")

// yearCountOpeners are the words before a number of years that make it a
// term, not a year: 징역 18년, 최대 10년, 향후 10년.
var yearCountOpeners = setOf("징역", "금고", "최대", "최소", "최장", "향후", "약", "무려", "불과", "근", "총", "만", "장장")

// twoDigitYearAt returns the end, in bytes of the sentence, of a year of
// two digits that starts at word k, or 0. It is a year, not a number of
// years, when it names its year of account (92년도), a month or a part of
// it (92년 8월, 91년 말), or a year of the last century (지난 89년, 91년에는,
// 92 년: from 61 on, as ’YY reads), and when neither a word of a term
// before it (징역 18년) nor a word of a duration after it (30년 동안, 10년
// 만에, 30년간) says it counts years.
func (r *reading) twoDigitYearAt(k int) int {
	w := r.words[k]
	if !twoDigitStart(w.raw) && !(yearOpeners[w.raw] && k+1 < len(r.words) && twoDigitStart(r.words[k+1].raw)) {
		return 0 // the cheap look: most words start no year of two digits
	}
	m := twoDigitYearRE.FindStringSubmatchIndex(r.text[w.start:])
	if m == nil {
		return 0
	}
	if w.start > 0 {
		if c := r.text[w.start-1]; isDigit(rune(c)) || c == '.' || c == ',' {
			return 0
		}
	}
	first := k
	if !startsDigit(w.raw) {
		first = k + 1 // 지난 89년: the number is the next word
	}
	if first > 0 && yearCountOpeners[r.words[first-1].raw] {
		return 0
	}
	end := w.start + m[1]
	rest := r.text[end:]
	if !twoDigitTailRE.MatchString(rest) {
		return 0 // 30년간, 25년이, 10년으로, 20년분, 18년에 (벌금): a term
	}
	tail := twoDigitTailRE.FindString(rest)
	if next := strings.Fields(rest[len(strings.TrimRight(tail, " ,.")):]); len(next) > 0 && strings.TrimRight(tail, " ,.") == "" {
		stem, _ := cutParticle(strings.Trim(next[0], trailPunct))
		if yearDurationWords[stem] || yearDurationWords[next[0]] {
			return 0 // 10년 동안, 30년 넘게, 10년 후에는
		}
	}
	nn, _ := strconv.Atoi(r.text[w.start+m[2] : w.start+m[3]])
	if m[4] < 0 && m[6] < 0 && nn < 61 {
		return 0 // 21년 with no 도 and no part: as likely a number of years
	}
	return end
}

// twoDigitYearText rewrites a time t that opens with a year of two digits
// (지난 89년, 92 년 8월, 92년도) as ’YY reads (지난 ’89, ’92 8월, ’92), for
// normPeriod: a year of 2000 on unless it is after publication by more than
// five years, or after 2060, when it is of the 1900s.
func twoDigitYearText(t string) string {
	m := twoDigitYearRE.FindStringSubmatchIndex(t)
	if m == nil || m[1] != len(t) {
		return t
	}
	prefix := t[:m[2]]
	part := ""
	if m[6] >= 0 {
		part = " " + strings.TrimLeft(t[m[6]:m[7]], " ")
	}
	return prefix + "’" + t[m[2]:m[3]] + part
}

// yearOpeners are the words before a year that twoDigitYearRE takes in.
var yearOpeners = setOf("지난", "올", "오는")

// twoDigitStart reports whether w starts with exactly two digits.
func twoDigitStart(w string) bool {
	return len(w) >= 2 && isDigit(rune(w[0])) && isDigit(rune(w[1])) && (len(w) == 2 || !isDigit(rune(w[2])))
}
