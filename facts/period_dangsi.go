package facts

import (
	"regexp"
	"strings"
	"time"
	"unicode/utf8"
)

// This file reads 당시 ("at that time") as docs/meaning.md, "Decisions,
// twenty-second round (d19's and d20's questions; the lead)" settles it:
// alone it points back to the last time named; right after a time of
// the calendar (지난 6월 3일 당시에도) it restates that time, which is the
// amount's in its own words, as a year that opens the clause 당시 closes
// is (1991년 당시, fourteenth round); after an event (지난 대선 당시) it keeps the event's words, a
// determiner of time before the event's noun included; before a title
// (당시 경기지사) it is "then-", no time of an amount ("Twenty-third round:
// time (domtime23)").

// timeDeterminers are the adnominals that place an event's noun in time
// (지난 대선, 이번 사태, 오는 선거): part of the event's words.
var timeDeterminers = setOf("지난", "이번", "오는", "다음")

// eventWordsStart returns the byte where the event of 당시 begins when its
// noun, the k-th word, has a determiner of time before it, else the noun's
// own start.
func (r *reading) eventWordsStart(k int) int {
	if k > 0 && timeDeterminers[r.words[k-1].raw] && r.words[k-1].end+1 == r.words[k].start {
		return r.words[k-1].start
	}
	return r.words[k].start
}

// timeRightBefore reports whether the last time found ends right before
// byte i, a space between (지난 6월 3일 당시): 당시 then restates it.
func (r *reading) timeRightBefore(i int) bool {
	if len(r.spans) == 0 {
		return false
	}
	t := r.spans[len(r.spans)-1]
	return t.ok && t.period != "" && t.end+1 == i && r.text[t.end] == ' '
}

// titleAhead reports whether rest (the words after 당시) opens with a
// title, or a name and a title, written whole or as a compound whose last
// noun is a title of two syllables or more (경기지사, 법무부장관): 당시
// is then "then-".
func titleAhead(rest string) bool {
	if personTitleAfter(rest) || personTitleAfter(secondWord(rest)) {
		return true
	}
	return compoundTitle(firstWord(rest)) || compoundTitle(firstWord(secondWord(rest)))
}

// firstWord returns the first word of s.
func firstWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[0]
}

// compoundTitle reports whether word (its particle cut) ends in a title of
// two syllables or more after a noun of its own (경기지사 = 경기 + 지사).
func compoundTitle(word string) bool {
	stem, _ := cutParticle(strings.Trim(word, trailPunct))
	for t := range personTitles {
		if utf8.RuneCountInString(t) >= 2 && len(stem) > len(t) && strings.HasSuffix(stem, t) && !ambiguousTitles[t] {
			return true
		}
	}
	return false
}

// ambiguousTitles are titles that end common nouns too (무역상사, 집행이사회
// aside, 종합검사, 장부대장).
var ambiguousTitles = setOf("상사", "이사", "검사", "대장", "감독", "고문", "수석", "대사", "소장", "부장", "단장")

// comparedTimeRE matches a year, or a year and month, written as the base
// of a comparison (2023년 대비, 2023년 3월보다, 2023년에 비해).
var comparedTimeRE = regexp.MustCompile(`([0-9]{4}년(?: [0-9]{1,2}월)?) ?(?:대비|보다|에 비해)`)

// comparedTimeBefore returns the period of the last time written before
// byte i as the base of a comparison, "" when there is none. Such a time
// dates no amount of its clause and is no span of the sentence, but it is
// a time the text named: 당시 after it points to it (이는 2023년 대비 1억
// 달러 감소한 수치로, 당시 교역액은 …).
func (r *reading) comparedTimeBefore(i int, pub time.Time) string {
	ms := comparedTimeRE.FindAllStringSubmatchIndex(r.text[:i], -1)
	if len(ms) == 0 {
		return ""
	}
	m := ms[len(ms)-1]
	p, ok := normPeriod(r.text[m[2]:m[3]], pub)
	if !ok {
		return ""
	}
	return p
}
