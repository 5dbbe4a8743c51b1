package facts

import (
	"strings"
	"unicode/utf8"
)

// This file resolves a subject that points back (이들, 그, 이 회사) to
// the noun it stands for, in the same sentence or the one before.

// carriesAgent reports whether the sentence's pointer back stands for
// what the sentence before names (여기에는, 이 지역에는, 이에 따라, 이들),
// not only for how it goes on (이처럼, 이와 함께).
func (r *reading) carriesAgent() bool {
	for i := 0; i < len(r.words) && i < 3; i++ {
		w := r.words[i]
		if openers[w.raw] {
			continue
		}
		// Not 이처럼 (how it goes on), 이 밖에 (besides it), nor a law or a
		// document pointed at (이 법에는, 이 법안은): who acts is not said.
		return w.raw != "이처럼" && w.raw != "이와" && w.raw != "이런" && w.raw != "이러한" && w.raw != "이밖에" &&
			!(w.raw == "이" && i+1 < len(r.words) && (strings.HasPrefix(r.words[i+1].raw, "밖에") || strings.HasPrefix(r.words[i+1].raw, "외에") ||
				isDocument(r.words[i+1].stem)))
	}
	return true
}

// resolve returns the agent that subject word i names for amount a (the
// j-th), or "" when it names none. A pronoun (이들) is resolved to the
// sentence before. Subjects joined by 와/과 before 각각 share out a list
// of amounts in order (태국과 영국이 각각 171만 달러와 153만6천 달러).
func (r *reading) resolve(i int, a amount, j int) string {
	return r.resolveFrom(i, a, j, 0)
}

// resolveFrom is resolve with the agent's words starting no earlier than
// word floor.
func (r *reading) resolveFrom(i int, a amount, j, floor int) string {
	w := r.words[i]
	if r.countedSubject(i, a) {
		return r.phrase(max(r.nameStart(i-1), floor), i) // 착한가게 235곳에서
	}
	if reflexives[w.stem] {
		if t := r.topicBeforeWord(i); t >= 0 {
			return r.agentPhrase(t) // 바이든 대통령은 … 자신은 …: the topic it reflects
		}
	}
	if pronouns[w.stem] {
		if p := r.sameAntecedent(i); p != "" {
			return p // … 리베라와 … 로즈홀트를 기소했으며, 이들은 … 받기로
		}
		if w.stem == "이" && !r.ownerBetween(i+1, a.first) {
			// … 116억 원의 재산을 보유하고 … 이는 지난해보다 11억
			// 원 증가한 수치다: 이는 is what the amount before it said.
			for k := j - 1; k >= 0; k-- {
				if r.amts[k].last < i && r.got[k].agent != "" {
					return r.got[k].agent
				}
			}
		}
		if r.prev == "" {
			return ""
		}
		return r.before().antecedent(w.stem, r.prevAgent)
	}
	if i > 0 && r.words[i-1].raw == "이" && w.stem == "씨" {
		return "이 씨" // 이 씨는: a surname, for 씨 follows no demonstrative
	}
	if s := r.surnameBefore(i); s >= 0 {
		return r.phrase(s, i) // 이 회장은, 이 전 의원은
	}
	if i > 0 && pointedBy[r.words[i-1].raw] && !r.words[i-1].comma {
		// 이 단체는, 이 용의자가: the noun the sentence before names, or
		// none (docs/meaning.md "Decisions from real text"); a body the
		// same sentence names before (… 에스에스엘엠의 지분을 보유 중이며,
		// 이 회사는 …) first.
		if k := r.sameBody(i); k >= 0 {
			return r.agentPhrase(k)
		}
		return r.pointedActor(w.stem)
	}
	if !r.accepts(i, a) {
		return ""
	}
	if !w.actor {
		// 교보문고의 '잇즈 베스트'는: what a known actor owns stands for it.
		if o := r.ownerOf(r.phraseStart(i, 0)); o >= 0 && r.words[o].part == "의" {
			return r.agentPhrase(o)
		}
	}
	s, items := r.agentSpan(i)
	s = max(s, floor)
	if len(items) > 1 {
		each := false
		for k := i + 1; k < a.first && k <= i+2; k++ {
			if r.words[k].raw == "각각" || r.words[k].raw == "각" {
				each = true // 태국과 영국이 각각 …: the subjects share out the list
			}
		}
		if each {
			if n := r.eachIndex(i, j, len(items)); n >= 0 {
				return items[n]
			}
		}
	}
	return r.phrase(s, i)
}

// eachIndex returns which of count items joined before word i (A와 B가
// 각각, A와 B의 가격은 각각) amount j stands for: the amounts of the list
// that starts with the first after word i share them out in order; -1
// when the list is not as long as the items.
func (r *reading) eachIndex(i, j, count int) int {
	var list []int
	for k := range r.amts {
		if r.amts[k].gloss >= 0 || r.amts[k].first <= i {
			continue
		}
		if len(list) > 0 && !r.amts[k].list {
			break
		}
		list = append(list, k)
	}
	if len(list) != count {
		return -1
	}
	for n, k := range list {
		if k == j {
			return n
		}
	}
	return -1
}

// pointedActor returns whom a subject pointed at (이 단체, 이 회사) stands
// for: the phrase of the sentence before that ends with the same noun
// and is not pointed at itself, or the name in quotation marks right
// after it (민간단체 ‘코리아 퓨처’도); "" when the sentence before names
// none.
func (r *reading) pointedActor(noun string) string {
	if r.prev == "" || noun == "" || isDocument(noun) || isThing(noun) {
		return "" // 이 법안은: a law names no one
	}
	p := r.before()
	for k, w := range p.words {
		if !strings.HasSuffix(w.stem, noun) || w.time || k > 0 && (p.words[k-1].raw == "이" || p.words[k-1].raw == "그" || p.words[k-1].raw == "해당") {
			continue
		}
		if k+1 < len(p.words) && p.words[k+1].quoteOpen && w.part == "" {
			for e := k + 1; e < len(p.words) && e <= k+6; e++ {
				if p.words[e].quoteClose {
					return p.phrase(k+1, e) // 민간단체 ‘코리아 퓨처’도
				}
			}
		}
		return p.agentPhrase(k)
	}
	if orgNouns[noun] {
		// 한빛전자가 …. 그 회사는: a body the sentence before names by
		// its name.
		if t := p.topic(); t >= 0 && p.words[t].actor && !(t > 0 && determiners[p.words[t-1].raw]) {
			return p.agentPhrase(t)
		}
		if h := p.headSubject(); h >= 0 && p.words[h].actor && !(h > 0 && determiners[p.words[h-1].raw]) {
			return p.agentPhrase(h)
		}
	}
	return ""
}

// orgNouns are common nouns of bodies that a demonstrative before them
// points back to a body named before: 이 회사, 그 기업, 이 단체.
var orgNouns = setOf("회사", "기업", "업체", "단체", "기관", "그룹", "조직", "매체", "은행", "거래소", "정부", "당국", "나라", "국가")

// sameAntecedent returns whom the plural pronoun at word i (이들, 그들)
// stands for when the same sentence names them before it, in an earlier
// clause (docs/meaning.md: a pronoun resolves first to what the same
// sentence names): the nearest noun phrase marked as subject or object
// there that names people, bodies or things that act (식당을 … 운영하고
// 있으며, 이들은); "" when there is none.
func (r *reading) sameAntecedent(i int) string {
	if st := r.words[i].stem; st != "이들" && st != "그들" {
		return ""
	}
	crossed := false // a clause must end between them
	for k := i - 1; k >= 0 && k >= i-reach; k-- {
		w := r.words[k]
		if w.ends {
			crossed = true
		}
		if !crossed || !w.noun && !w.name || w.time || w.money || pronouns[w.stem] {
			continue
		}
		if p := w.part; p != "을" && p != "를" && p != "이" && p != "가" && p != "은" && p != "는" {
			continue
		}
		if isThing(w.stem) || isDocument(w.stem) || places[w.stem] || itemWords[w.stem] || oneHangul(w.stem) || startsDigit(w.stem) {
			continue
		}
		if _, items := r.agentSpan(k); !w.actor && !w.name && len(items) < 2 && w.part != "을" && w.part != "를" {
			continue // 파악이 되고: a deed, not who; but 식당을 운영하고, 리베라와 로즈홀트를
		}
		if w.part != "을" && w.part != "를" && r.inRelative(k) {
			continue // 국정원이 언급하고 있는 파병 규모: the subject of a clause on a noun
		}
		return r.agentPhrase(k)
	}
	return ""
}

// inRelative reports whether the subject at word k belongs to a clause
// that modifies a noun: an adnominal verb follows it before any other
// verb (해커들이 훔친 돈), or a verb of …고 있는 (정보당국이 언급하고 있는).
func (r *reading) inRelative(k int) bool {
	for j := k + 1; j < len(r.words) && j <= k+5; j++ {
		w := r.words[j]
		if isAdnominal(w) && !w.ends {
			return true
		}
		if w.verb {
			if j+1 < len(r.words) && strings.HasSuffix(w.raw, "고") {
				n := r.words[j+1].raw
				return n == "있는" || n == "있던" || n == "있었던"
			}
			return false
		}
	}
	return false
}

// antecedent returns whom a pronoun subject (이들, 그) of the sentence
// after this one stands for: for 이들, a group counted in people here
// (방모 등 20대 두 명을); else the agent this sentence's amounts had, or
// its own agent.
func (r *reading) antecedent(pronoun, agent string) string {
	if pronoun == "이들" || pronoun == "그들" {
		for i := len(r.words) - 1; i >= 0; i-- {
			w := r.words[i]
			if w.stem == "명" || strings.HasSuffix(w.stem, "명") && isNumberWord(strings.TrimSuffix(w.stem, "명")) {
				s := i
				for s > 0 && i-s < 5 {
					p := r.words[s-1]
					if p.part != "" || p.comma || p.verb && !koreanNumerals[p.raw] || p.time {
						break
					}
					s--
				}
				if s < i {
					return r.text[r.words[s].start:r.words[i].stemEnd]
				}
			}
		}
	}
	if agent != "" {
		return agent
	}
	return r.sentenceAgent()
}

// sameBody returns the word of the body that 이 회사 (이 기업, 해당 업체 …)
// at word i points to in its own sentence, in an earlier clause: the
// nearest name before it that owns or is the object of something, or -1.
func (r *reading) sameBody(i int) int {
	if !orgNouns[r.words[i].stem] || governments[r.words[i].stem] {
		return -1
	}
	crossed := false // a clause must end between them
	for k := i - 2; k >= 0 && k >= i-reach; k-- {
		w := r.words[k]
		if w.ends || w.comma {
			crossed = true
		}
		if !crossed || w.time || w.money || pronouns[w.stem] || determiners[w.raw] {
			continue
		}
		if w.part != "의" && w.part != "을" && w.part != "를" && w.part != "은" && w.part != "는" && w.part != "이" && w.part != "가" {
			continue
		}
		if w.actor && !personNouns[w.stem] && !countries[w.stem] && !places[w.stem] || w.name && !isThing(w.stem) {
			return k
		}
		if w.part == "의" && w.noun && !isThing(w.stem) && !places[w.stem] && !isDocument(w.stem) && utf8.RuneCountInString(w.stem) >= 3 && !oneHangul(w.stem) {
			return k // 에스에스엘엠의 지분: a name no dictionary knows, owning shares
		}
		if (w.part == "을" || w.part == "를") && nameLike(w) && utf8.RuneCountInString(w.stem) >= 3 && !personNouns[w.stem] {
			return k // … 서베이몽키를 … 조직으로 키웠으며, … 회사는: a name no dictionary knows, the object of what was done to a body
		}
	}
	return -1
}

// ownerBetween reports whether words [from, to) hold an actor or an owner
// (김일성의 월 급여): the amount after them has one of its own.
func (r *reading) ownerBetween(from, to int) bool {
	for k := from; k < to && k < len(r.words); k++ {
		if w := r.words[k]; w.actor || w.part == "의" && w.noun && !w.time {
			return true
		}
	}
	return false
}
