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
	if s == "" {
		return nil
	}
	// Sized once for the words the spaces part: growing the slice
	// word by word copied it again and again.
	ws := make([]word, 0, strings.Count(s, " ")+1)
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
		if k := gluedNumeral(s, i, j); k > 0 {
			j = k // 유럽중앙은행은9일: two words written without their space
		}
		if n := len(ws); n > 0 && spacedMark(s[i:j]) {
			// 400 조 원 , 철도 부문에 …: a comma or a full stop written
			// apart from its word belongs to the word before, as it does
			// when glued to it; read as a word of its own it hid the end
			// of that word's phrase from every rule.
			if s[i:j] != "." && s[i:j] != "?" && s[i:j] != "!" {
				ws[n-1].comma = true
			}
			i = j
			continue
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
	if len(ws) == 0 {
		return nil // only spaces: no words, as before the sizing
	}
	companyMarks(ws)
	nounsInJi(ws) // 단지, 이차전지: nouns, not a verb's -지 (words_ji.go)
	return ws
}

// companyMarks makes an actor of the bound noun 사 (社) written apart after
// a name in quotation marks or Latin letters (‘마이크론 테크놀로지’ 사가, GPI
// 사는) or a bare noun no dictionary knows (알스톰 사가): Korean writes it
// so to say the name before it is a company's, as 씨 after a name says it
// is a person's; after a common noun it is glued (통신사, 신문사). Alone, 사 is no noun a dictionary
// can know, so it is read from the word before it.
func companyMarks(ws []word) {
	for k := 1; k < len(ws); k++ {
		w, p := &ws[k], ws[k-1]
		if w.stem != "사" || w.open || p.comma || p.part != "" && !p.quoteClose {
			continue
		}
		if !p.quoteClose && !looksNamed(p) && !(nameLike(p) && !p.actor) {
			continue // 알스톰 사가: a bare name no dictionary knows is marked too
		}
		w.verb, w.noun, w.actor, w.named, w.owner, w.name = false, true, true, true, true, true
		w.adn, w.ends = false, false
	}
}

// spacedMark reports whether t, a word between spaces, is one comma,
// semicolon, colon or full stop alone.
func spacedMark(t string) bool {
	switch t {
	case ",", ";", ":", ".", "?", "!", "·":
		return true
	}
	return false
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
	cut := wd.raw
	if k := strings.LastIndexAny(cut, `'"`); wd.quoteOpen && k > 0 && k < len(cut)-1 && cut[k+1:] != "의" {
		// '좋은벗들'에: a straight quote opened before the word and closed
		// inside it ends a name, and the particle after it is the name's;
		// read it as the closing quote it is. With 의 the quoted name
		// stays whole in its phrase ('호'의 주인), as it was read before.
		cut = cut[:k] + "’" + cut[k+1:]
	}
	wd.stem, wd.part = cutParticle(cut)
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
