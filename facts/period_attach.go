package facts

import (
	"strings"
	"unicode/utf8"
)

// This file attaches a time to the predicate it can modify: a Korean
// modifier stands before its head, so a time modifies the first
// predicate after it, and a predicate joined to the next by -아/-어
// (받아, 신고해, 달성해) is one a time can belong to without the clause
// after it (docs/meaning.md, sixteenth round).

// joinedEndings are the last letters of a verb joined to the next one by
// -아/-어: 받아, 신고해, 들여, 세워, 거쳐, 이뤄.
var joinedEndings = []string{"해", "돼", "아", "어", "여", "워", "와", "쳐", "져", "내", "켜", "춰", "혀", "뤄", "줘", "봐"}

// joinedVerb reports whether w is a verb joined to the next one by -아/-어
// that ends no clause by itself (받아, 신고해, 달성해); verbs standing for a
// particle (통해, 위해, 따라) are none, and so is a bare 해 (지난 해: the year).
func joinedVerb(w word) bool {
	if !w.verb || w.adn || w.ends || w.noun || w.time || particleVerbs[w.raw] || nounEndings[w.raw] || utf8.RuneCountInString(w.raw) < 2 {
		return false
	}
	return hasAnySuffix(w.raw, joinedEndings)
}

// joinedStart moves clause start cs of amount a forward past a verb
// joined by -아/-어 that a new subject or topic follows before the
// amount (2012년 3월 … 구제금융을 받아 … 구제금융 규모는 2천400억
// 유로에: 받아 ends the clause of the time, for 규모는 opens another).
// A verb that modifies a noun after the joined one (수출해 벌어들인 돈은)
// keeps the clause whole.
func (r *reading) joinedStart(cs int, a amount) int {
	for i := a.first - 1; i > cs; i-- {
		if !joinedVerb(r.words[i-1]) {
			continue
		}
		for k := i; k < a.first; k++ {
			w := r.words[k]
			if w.adn || w.verb || w.part == "인" {
				break // 벌어들인 돈은: a clause on the subject, read as a noun with 인 or not
			}
			if w.noun && !w.time && topicOrSubject(w.part) {
				return i
			}
		}
	}
	return cs
}

// topicOrSubject reports whether particle p marks a topic or a subject.
func topicOrSubject(p string) bool {
	return p == "은" || p == "는" || p == "이" || p == "가"
}

// joinedEnd moves clause end ce of amount a back to the verb joined by
// -아/-어 that governs the amount, its object or subject (4억5774만
// 달러를 달성해 2015년 … 박스오피스 3위에 올랐다): a time after it
// modifies a later predicate.
func (r *reading) joinedEnd(ce int, a amount) int {
	if a.after >= len(r.words) || a.after > ce || a.tail != "을" && a.tail != "를" && !topicOrSubject(a.tail) {
		return ce
	}
	if joinedVerb(r.words[a.after]) {
		return a.after
	}
	if k := r.governingJoinedVerb(a, ce); k >= 0 {
		return k // 6000만원을 봉투 20개로 만들어 … 4월27일 … 살포했다 (period_joined_far.go)
	}
	return ce
}

// procedureStems are the deeds of procedure and of making things known
// whose time is their own (docs/meaning.md E4, fourteenth round): a
// charge, a report to an office, a sanction, a law coming into force, an
// announcement. A suit filed is none: its time dates the suit's amount
// (sixteenth round, b6); nor is a bill signed, whose day is the amount's.
var procedureStems = []string{"기소", "고소", "고발", "신고", "제재", "발효", "발표"}

// venueNouns are the occasions of saying held as an object (기자회견을
// 열고, 성명을 내고).
var venueNouns = setOf("기자회견", "회견", "성명", "브리핑")

// procedureTime reports whether time t, before amount a, is the time of
// another deed that the first predicate after it names: a deed of
// procedure or of making known in a clause that goes on into the amount's
// (소득액을 불성실 신고해 … 1억 원을 추징당했다, … 제재한 …), or an occasion of
// saying in a sentence that ends by saying (1월 초 서울에서 기자회견을 열고
// … 25억 달러를 투자해 … 구축한다고 발표했습니다, E4). The amount, after
// the verb, is none of its arguments. A day is none (3일 … 기소된 …에게
// 벌금 … 선고했다: the news's day, the main deed's); nor is a verb that
// modifies the amount's own noun (지난달 31일 공시한 보조금 55만원), nor a
// coordinate clause of its own that heads the sentence (재무부는 지난
// 2022년 8월 업체 한 곳을 제재했고, … 4억 달러를 세탁한 업체를: the frame,
// seventh round).
func (r *reading) procedureTime(t timeSpan, a amount) bool {
	if t.day {
		return false
	}
	k := r.wordAfter(t.end)
	for i := k; i < a.first; i++ {
		w := r.words[i]
		if w.money || w.amt || w.comma && !w.verb {
			return false
		}
		if !w.verb || particleVerbs[w.raw] {
			continue
		}
		if i > k && (r.words[i-1].part == "을" || r.words[i-1].part == "를") && venueNouns[r.words[i-1].stem] {
			return r.announcesLast() && strings.ContainsAny(t.text, "월달") // E4 dates the saying by a day or a month; a year is the deed's
		}
		if !hasAnyPrefix(w.raw, procedureStems) || w.ends {
			return false
		}
		if w.adn {
			if r.headsMeasured(i+1, a) {
				return false // 올해 3월 신고된 보증금은 8억 원: the amount's own noun, as its topic (period_attach_head.go)
			}
			for j := i + 1; j <= a.first; j++ {
				if j == a.first {
					return false // 공시한 보조금 25만원: the amount's own noun
				}
				if n := r.words[j]; !n.noun || n.part != "" {
					break
				}
			}
		}
		return true
	}
	return false
}

// wordAfter returns the index of the first word that starts at or after
// byte at.
func (r *reading) wordAfter(at int) int {
	for k, w := range r.words {
		if w.start >= at {
			return k
		}
	}
	return len(r.words)
}
