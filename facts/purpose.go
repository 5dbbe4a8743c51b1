package facts

import (
	"strings"
)

// measured returns the index of the noun before the amount a that it
// measures, or -1: the nearest word before it in its clause, past times,
// comparisons (전년보다), qualifiers, durations and other amounts, when
// that word is a noun marked as subject or topic, or bare (정부 예산 10조
// 원), or an object when the amount is not itself the object (한도를 5조
// 원 늘렸다). A noun that names an actor is its agent, not its purpose.
func (r *reading) measured(a amount) int {
	cs := r.clauseStart(a.first)
	for i := a.before; i >= cs && i >= 0; i-- {
		w := r.words[i]
		switch {
		case isTimeWord(w), w.part == "보다", w.raw == "대비", strings.HasSuffix(w.raw, "대비"),
			isPreQualifier(w.raw), w.raw == "평균", durationRE.MatchString(w.raw), w.raw == "들어" || w.raw == "들어서",
			amountWordRE.MatchString(w.raw),
			moneyWords[w.raw], isVerbish(w) && changeRE.MatchString(w.raw), determiners[w.raw]:
			continue
		}
		if w.comma || pointer(w) || stopNouns[w.stem] || !isNouny(w) || w.actor {
			return -1
		}
		object := (w.part == "을" || w.part == "를") && a.tail != "을" && a.tail != "를"
		if measureParts[w.part] || object {
			return i
		}
		return -1
	}
	return -1
}

// moneyWords are words that are only a currency: the 원 of 1조 2천억 원.
var moneyWords = setOf("원", "달러", "엔", "유로", "위안", "파운드")

// places are countries and cities: they name an actor alone (미국은) but
// are part of the noun they modify (미국 애리조나 공장).
var places = setOf("미국", "중국", "일본", "한국", "북한", "유럽", "영국", "독일", "프랑스", "인도", "대만",
	"베트남", "국내", "해외", "수도권", "지방", "서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종")

// measureParts are the particles of a noun that an amount right after it
// measures: 매출은 5조 원, 예산 10조 원, 영업이익이 6조 원.
var measureParts = setOf("", "은", "는", "이", "가", "도", "만")

// costNouns are nouns that, with 으로 or 로, say what the amount after is
// for: 사업비로 1조 원, 연구 비용으로 5억 원.
var costEnds = []string{"비", "비용", "자금", "예산", "명목", "재원", "기금", "보조금", "지원금", "명목"}

// determiners are words that stand before a noun phrase but are not part
// of what it names, and adverbs that are no nouns.
var determiners = setOf("이번", "이", "그", "저", "해당", "각", "모든", "전체", "또", "또한", "먼저", "특히",
	"이미", "당장", "앞서", "이어", "다만", "한편", "아울러", "이에", "최근", "현재", "새로", "모두", "각각",
	"함께", "다시", "더", "가장", "매우", "약", "총", "최대", "최소", "최고", "최저", "무려", "이른바", "본격",
	"조속히", "집중적으로", "추가로", "별도로", "실제로", "지난", "올", "연", "월", "당초", "우선", "아직",
	"이후", "이전", "당시", "그동안", "이날", "오늘", "지금", "향후", "앞으로", "모두", "일단", "나머지",
	"또는", "및", "등", "중", "가운데", "관련", "등의", "이를", "같은", "여기", "여기에는", "이와", "한")

// stopNouns end a noun phrase read to the right: 추경예산안 가운데.
var stopNouns = setOf("가운데", "중", "등", "및", "관련", "전체", "모두", "이상", "규모", "수준", "정도",
	"경우", "때", "뒤", "후", "이후", "이전", "당시", "동안", "간", "외", "밖", "여기", "이", "그")

// isNouny reports whether w may be part of a noun phrase: a word with a
// letter that is no verb and no adverb.
func isNouny(w word) bool { return w.noun }

// isTimeWord reports whether w is a time expression: 올해, 지난해, 2분기.
func isTimeWord(w word) bool { return w.time }

// timeWord is isTimeWord, worked out.
func timeWord(w word) bool {
	if timeWholeRE.MatchString(w.raw) || w.stem != w.raw && timeWholeRE.MatchString(w.stem) {
		return true
	}
	return w.stem == "연내" || w.stem == "올해" || w.stem == "현재"
}

// purpose finds what the amount a is for or measures (docs/meaning.md
// "purpose"), in this order: the noun the amount modifies (… 원 규모의
// X); the noun before the amount that it measures (예산 10조 원); the X
// of X에 … 원을 투입; the X of X 비용으로 … 원; the object and verb the
// amount pays for (… 원을 들여 X을 임차); the X of … 원을 X에 쓴다; for a
// sentence that points back, what the sentence before says is done.
func (r *reading) purpose(a amount) string {
	n := len(r.words)
	// … 원 규모의 X, … 원의 X, … 원짜리 X, … 원 상당의 X.
	if (a.tail == "의" || a.tail == "짜리" || a.tail == "짜리의" || a.tail == "어치의") && a.after < n {
		if p := r.phraseRight(a.after); p != "" {
			return p
		}
	}
	// 예산 10조 원, 매출은 5조 원, 국세 수입은 지난달 3조 원 감소했다,
	// 기초연금을 월 34만 원으로 올린다.
	if i := r.measured(a); i >= 0 {
		return r.phraseLeft(i, 0)
	}
	cs := r.clauseStart(a.first)
	ce := r.clauseEnd(a.last)
	// X에 … 원을 투입한다, X에 … 원이 쓰인다.
	if a.after < n && spendRE.MatchString(r.words[a.after].raw) {
		for i := a.before; i >= cs; i-- {
			w := r.words[i]
			if (w.part == "에" || w.part == "에만" || w.part == "에도") && isNouny(w) && !isTimeWord(w) && !pointer(w) {
				return r.phraseLeft(i, cs)
			}
		}
	}
	// X 비용으로 … 원.
	for i := a.before; i >= cs; i-- {
		w := r.words[i]
		if (w.part == "으로" || w.part == "로") && isNouny(w) && hasAnySuffix(w.stem, costEnds) {
			return r.phraseLeft(i, cs)
		}
	}
	// … 원을 들여 X을 임차, … 원을 투입해 X를 짓는다.
	if a.after < n && meansRE.MatchString(r.words[a.after].raw) {
		for j := a.after + 1; j < n && j <= a.after+8; j++ {
			w := r.words[j]
			if (w.part == "을" || w.part == "를") && isNouny(w) {
				p := r.phraseLeft(j, a.after+1)
				if v := r.verbNoun(j+1, false); v != "" {
					p += " " + v
				}
				return p
			}
		}
	}
	// … 원을 지원하는 X: the amount pays for the X its verb modifies.
	if (a.tail == "을" || a.tail == "를") && a.after+1 < n && isAdnominal(r.words[a.after]) && spendRE.MatchString(r.words[a.after].raw) {
		if p := r.phraseRight(a.after + 1); p != "" {
			return p
		}
	}
	// … 원을 X에 쓴다, … 원은 X에 쓰인다.
	for j := a.after; j <= ce && j+1 < n; j++ {
		w := r.words[j]
		if (w.part == "에" || w.part == "에만") && isNouny(w) && !isTimeWord(w) && spendRE.MatchString(r.words[j+1].raw) {
			return r.phraseLeft(j, a.after)
		}
		// … 원씩 구직 수당을 준다: the object of the verb that gives it.
		if (w.part == "을" || w.part == "를") && isNouny(w) && spendRE.MatchString(r.words[j+1].raw) && a.tail != "을" && a.tail != "를" {
			return r.phraseLeft(j, a.after)
		}
	}
	if r.back {
		return deedOf(r.prevSplit())
	}
	return ""
}

// hasAnySuffix reports whether s ends with one of ends.
func hasAnySuffix(s string, ends []string) bool {
	for _, e := range ends {
		if strings.HasSuffix(s, e) {
			return true
		}
	}
	return false
}

// pointer reports whether w points back to the sentence before: 여기에는.
func pointer(w word) bool {
	return strings.HasPrefix(w.raw, "여기") || w.stem == "이" || w.stem == "이를"
}

// phraseLeft returns the noun phrase that ends with word i, without its
// particle: the noun and the words before it that modify it within the
// same phrase (AI 분야 추경예산안, 팹리스 기업의 시제품 제작), not before
// word stop, at most six words.
func (r *reading) phraseLeft(i, stop int) string {
	return phraseLeftOf(r.words, i, stop)
}

// phraseLeftOf is phraseLeft over a list of words.
func phraseLeftOf(ws []word, i, stop int) string {
	parts := []string{trimPunct(ws[i].stem)}
	for j := i - 1; j >= stop && j >= 0 && i-j < 6; j-- {
		p := ws[j]
		modifier := numberWordRE.MatchString(p.raw) || p.raw == "연" || p.raw == "월" || yearRE.MatchString(p.raw)
		if p.part != "" && p.part != "의" || p.comma || p.part == "의" && p.actor || durationRE.MatchString(p.raw) {
			break // 기업들의 구입 비용: the owner is the agent
		}
		if !modifier && (!isNouny(p) || isTimeWord(p) || namesAgent(p.stem) && !places[p.stem] || pointer(p) || stopNouns[p.stem] || clauseNouns[p.raw] || rateWord(p.raw)) {
			break
		}
		parts = append([]string{p.raw}, parts...)
	}
	return strings.Join(parts, " ")
}

// phraseRight returns the noun phrase that starts at word i: the words up
// to the first one with a particle, without it (AI 분야 추경예산안이 →
// AI 분야 추경예산안), at most six words; "" when word i is no noun.
func (r *reading) phraseRight(i int) string {
	var parts []string
	for j := i; j < len(r.words) && j-i < 6; j++ {
		w := r.words[j]
		if !isNouny(w) || stopNouns[w.stem] || isTimeWord(w) {
			break
		}
		parts = append(parts, trimPunct(w.stem))
		if w.part != "" && w.part != "의" || w.comma {
			break
		}
	}
	return strings.Join(parts, " ")
}

// verbNoun returns the Sino-Korean noun of the verb that follows word i
// (확보하기로 → 확보; 추가 임차, → 임차), "" when the verb has none. With
// keep, the nouns between (연내 in 연내 확보하기로) are kept before it.
func (r *reading) verbNoun(i int, keep bool) string {
	return verbNounOf(r.words, i, keep)
}

// verbNounOf is verbNoun over a list of words.
func verbNounOf(ws []word, i int, keep bool) string {
	var between []string
	for j := i; j < len(ws) && j < i+4; j++ {
		w := ws[j]
		if w.part != "" && !isVerbish(w) {
			return "" // another argument: not the verb yet
		}
		if isVerbish(w) {
			if m := verbNounRE.FindStringSubmatch(w.raw); m != nil && !verbStems[m[1]] {
				return joinKept(between, m[1], keep)
			}
			if w.comma && len(between) > 0 {
				break
			}
			return ""
		}
		if w.comma {
			return joinKept(between, trimPunct(w.raw), keep) // 추가 임차, 활용하는
		}
		between = append(between, w.raw)
	}
	return ""
}

// joinKept joins the noun v to the words between when keep is set.
func joinKept(between []string, v string, keep bool) string {
	if !keep {
		return v
	}
	return strings.Join(append(between, v), " ")
}

// trimPunct strips quotes and brackets left inside a noun: 챗GPT’ → 챗GPT.
func trimPunct(s string) string {
	return strings.Trim(s, leadPunct+trailPunct)
}
