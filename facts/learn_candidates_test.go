package facts

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// This file is the candidate side of an experiment (issue 13, docs/meaning.md
// "A learned chooser: experiment"): instead of hand rules, a learned ranker
// chooses an amount's agent or purpose among the noun phrases of its
// sentence and of the sentence before. It lists the candidates and
// describes each by named features; learn_model_test.go scores them and
// learn_eval_test.go runs the experiment. It is test code: in
// cross-validation the chooser did not beat the rules by the margin that
// would have put it behind them (docs/meaning.md).

// learnCand is a phrase that may be an amount's agent or purpose: words of
// the sentence or of the one before as written, or "" for none.
type learnCand struct {
	text  string
	feats []string
}

// learnInput is what the chooser is given of one money fact.
type learnInput struct {
	sentence   string // the sentence of the amount
	prev       string // the sentence before, or ""
	start, end int    // bytes of the amount in sentence
	rules      string // what the rules answered, or ""
	useRules   bool   // describe candidates by the rules' answer too
}

// maxCompound is how many words a candidate phrase spans at most: the
// noun phrases of agents and purposes are short (과학기술정보통신부, AI 분야
// 추경, 반도체 및 전자제품에 대한 투자 is the rare long one).
const maxCompound = 4

// learnCandidates lists the candidates for the agent or the purpose of
// the fact in (a chooser is trained for each on the same candidates), each
// with its features: none, the rules' answer, and every noun phrase of
// up to maxCompound words of the sentence and of the sentence before
// that ends at a noun, with the words before its head bare nouns.
func learnCandidates(in learnInput) []learnCand {
	ws := splitWords(in.sentence)
	markClauses(ws)
	first, last := amountWords(ws, in.start, in.end)
	ctx := amountContext(ws, first, last)
	back := pointsBack(ws)

	cands := []learnCand{{text: "", feats: nullFeats(ctx)}}
	seen := map[string]int{"": 0}
	addFrom := func(ws []word, text string, prev bool) {
		for h := range ws {
			if h >= first && h <= last && !prev {
				continue
			}
			if !headable(ws[h]) {
				continue
			}
			for k := h; k >= 0 && k > h-maxCompound; k-- {
				if k < h && !inner(ws[k]) || !prev && k <= last && h > last && k >= first {
					break
				}
				p := trimPhrase(text[ws[k].start:ws[h].stemEnd])
				if p == "" {
					continue
				}
				fs := phraseFeats(ws, k, h, first, last, ctx, prev, back)
				if i, ok := seen[p]; ok {
					// The same words twice (정부는 … 정부가): the nearer is kept.
					if !prev && len(cands[i].feats) > 0 && nearer(fs, cands[i].feats) {
						cands[i].feats = fs
					}
					continue
				}
				seen[p] = len(cands)
				cands = append(cands, learnCand{text: p, feats: fs})
			}
		}
	}
	addFrom(ws, in.sentence, false)
	if in.prev != "" {
		pws := splitWords(in.prev)
		markClauses(pws)
		addFrom(pws, in.prev, true)
	}
	if in.useRules && in.rules != "" {
		// The rules' answer, a candidate only when they are asked: the
		// chooser without them must not learn from what they propose.
		if i, ok := seen[in.rules]; ok {
			fs := cands[i].feats
			cands[i].feats = append(fs, "rules", "rules|"+fs[0], "rules|"+fs[3], "rules|"+fs[1])
		} else {
			cands = append(cands, learnCand{text: in.rules, feats: []string{"rules", "rulesOnly"}})
		}
	}
	if in.useRules {
		for i := range cands {
			if i > 0 && in.rules != "" && cands[i].text != in.rules && (strings.Contains(in.rules, cands[i].text) || strings.Contains(cands[i].text, in.rules)) {
				cands[i].feats = append(cands[i].feats, "rulesOverlap")
			}
		}
		if in.rules == "" {
			cands[0].feats = append(cands[0].feats, "rules", "rules|"+cands[0].feats[1], "rules|"+cands[0].feats[2])
		}
	}
	return cands
}

// nearer reports whether features a describe a phrase nearer its amount
// than b: the distance feature is the second of each.
func nearer(a, b []string) bool {
	return len(a) > 1 && len(b) > 1 && a[1] < b[1]
}

// amountWords returns the first and last word of the amount of bytes
// [start, end).
func amountWords(ws []word, start, end int) (first, last int) {
	first, last = -1, -1
	for i, w := range ws {
		if w.end > start && first < 0 {
			first = i
		}
		if w.start < end {
			last = i
		}
	}
	if first < 0 {
		first = len(ws) - 1
	}
	if last < first {
		last = first
	}
	return first, last
}

// headable reports whether w may end a candidate: a noun or a name, not
// an amount, a number or a verb.
func headable(w word) bool {
	if w.verb || w.amt || w.num || w.money || w.stem == "" || stopNouns[w.stem] || moneyWords[w.stem] {
		return false
	}
	return w.noun || w.name || w.actor
}

// inner reports whether w may stand inside a candidate before its head:
// a bare noun with no particle and no comma after it.
func inner(w word) bool {
	return w.part == "" && !w.comma && !w.verb && !w.amt && w.stem != "" && !w.ends &&
		!w.money && !moneyWords[w.stem]
}

// partClass sorts a particle by the role it marks.
func partClass(p string) string {
	switch p {
	case "은", "는", "이", "가", "께서", "도", "만", "에서는", "이나":
		return "subj"
	case "을", "를":
		return "obj"
	case "의":
		return "gen"
	case "에", "에서", "에게", "에는", "에도", "으로", "로", "에게서", "로부터", "으로부터":
		return "loc"
	case "", "-":
		return "none"
	}
	return "other"
}

// trimPhrase cuts the quotation marks and brackets left at the ends of p.
func trimPhrase(p string) string {
	return strings.Trim(strings.TrimSpace(p), leadPunct+trailPunct)
}

// amountCtx is what is known of an amount that each candidate's features
// are read against.
type amountCtx struct {
	first, last int
	tail        string // the particle of the amount's last word
	verb        string // the class of the verb after the amount in its clause
}

// amountContext reads the amount of words first..last of ws.
func amountContext(ws []word, first, last int) amountCtx {
	c := amountCtx{first: first, last: last, verb: "none"}
	if last >= 0 && last < len(ws) {
		c.tail = ws[last].part
		if c.tail == "" {
			c.tail = "-"
		}
	}
	for i := last + 1; i < len(ws) && i <= last+8; i++ {
		if ws[i].verb {
			c.verb = verbClass(ws[i].raw)
			if c.verb != "other" {
				break
			}
		}
		if ws[i].ends && ws[i].comma {
			break
		}
	}
	return c
}

// verbClass sorts a verb by the lists of verbs.go and lexicon.go.
func verbClass(v string) string {
	switch {
	case isSpeechWord(v) || isReportWord(v):
		return "say"
	case isChangeWord(v):
		return "change"
	case isSpendWord(v):
		return "spend"
	case isAgentVerb(v):
		return "agent"
	}
	return "other"
}

// nullFeats describes the candidate "none".
func nullFeats(c amountCtx) []string {
	return []string{"null", "null|tail=" + c.tail, "null|verb=" + c.verb, "null|tail=" + c.tail + "|verb=" + c.verb}
}

// bucket returns n in a few classes: 0, 1, 2, 3-4, 5-8, 9+.
func bucket(n int) string {
	switch {
	case n <= 2:
		return strconv.Itoa(n)
	case n <= 4:
		return "3-4"
	case n <= 8:
		return "5-8"
	}
	return "9+"
}

// phraseFeats describes the candidate of words k..h.
func phraseFeats(ws []word, k, h, first, last int, c amountCtx, prev, back bool) []string {
	w := ws[h]
	part := w.part
	if part == "" {
		part = "-"
	}
	dir, dist, clauses := "ctx", 99, 0
	if !prev {
		if h < first {
			dir, dist = "before", first-h-1
			clauses = countEnds(ws, h, first)
		} else {
			dir, dist = "after", h-last-1
			clauses = countEnds(ws, last, h)
		}
	}
	db, cb := bucket(dist), bucket(clauses)
	fs := []string{
		"dir=" + dir,
		"d=" + db, // second: nearer reads it
		"part=" + part,
		"part=" + part + "|dir=" + dir,
		"part=" + part + "|dir=" + dir + "|d=" + db,
		"part=" + part + "|dir=" + dir + "|cl=" + cb,
		"dir=" + dir + "|cl=" + cb,
		"dir=" + dir + "|d=" + db,
		"tail=" + c.tail + "|part=" + part + "|dir=" + dir,
		"tail=" + c.tail + "|part=" + part + "|dir=" + dir + "|d=" + db,
		"verb=" + c.verb + "|part=" + part + "|dir=" + dir,
		"len=" + strconv.Itoa(h-k+1),
		"len=" + strconv.Itoa(h-k+1) + "|part=" + part,
		"suf=" + lastRune(baseName(w.stem)),
		"suf=" + lastRune(baseName(w.stem)) + "|part=" + part,
	}
	if prev {
		fs = append(fs, "ctx|back="+strconv.FormatBool(back), "ctx|part="+part+"|back="+strconv.FormatBool(back))
	}
	// Where it stands among the words like it: the nearest subject before
	// the amount, the first topic of the sentence.
	pc := partClass(w.part)
	rank, subjs := 0, 0
	lo, hi := h+1, first
	if prev {
		lo, hi = h+1, len(ws)
	} else if h > last {
		lo, hi = last+1, h
	}
	for i := lo; i < hi; i++ {
		if partClass(ws[i].part) == pc {
			rank++
		}
		if ws[i].subj && !ws[i].verb {
			subjs++
		}
	}
	rb, sb := bucket(rank), bucket(subjs)
	fs = append(fs, "rank="+rb+"|pc="+pc+"|dir="+dir, "subjs="+sb+"|pc="+pc+"|dir="+dir, "subjs="+sb+"|verb="+c.verb+"|pc="+pc)
	if pc == "subj" {
		firstTopic := true
		for i := 0; i < h; i++ {
			if ws[i].subj && !ws[i].verb {
				firstTopic = false
				break
			}
		}
		if firstTopic {
			fs = append(fs, "firstSubj|dir="+dir, "firstSubj|part="+part)
		}
	}
	for i := k; i < h; i++ {
		// Words a phrase seldom holds: a time, a determiner, a class.
		switch u := ws[i]; {
		case u.time:
			fs = append(fs, "innerTime")
		case determiners[u.raw] || conjunctions[u.raw]:
			fs = append(fs, "innerDet", "innerDet|first="+strconv.FormatBool(i == k))
		case stopNouns[u.stem] || classNouns[u.stem]:
			fs = append(fs, "innerStop")
		case u.num:
			fs = append(fs, "innerNum")
		}
	}
	if k == 0 || !inner(ws[k-1]) {
		fs = append(fs, "maximal", "maximal|len="+strconv.Itoa(h-k+1))
	}
	fs = append(fs, "head="+baseName(w.stem), "head="+baseName(w.stem)+"|pc="+pc)
	if h+1 < len(ws) {
		fs = append(fs, "next="+firstRunes(ws[h+1].raw, 2)+"|pc="+pc)
	}
	if !prev && dist == 0 && dir == "before" {
		fs = append(fs, "adjacent|part="+part)
	}
	for _, b := range []struct {
		on   bool
		name string
	}{
		{w.actor, "actor"}, {w.named, "named"}, {w.owner, "owner"}, {w.name, "name"}, {w.time, "time"},
		{countries[w.stem] || places[w.stem], "country"}, {isThing(w.stem), "thing"},
		{genericMoney[w.stem], "generic"}, {classNouns[w.stem], "class"}, {isRateNoun(w.stem), "rateNoun"},
		{deedNouns[w.stem], "deed"}, {ws[k].quoteOpen, "quoted"}, {w.open, "open"},
		{k > 0 && ws[k-1].adn, "afterAdnominal"}, {utf8.RuneCountInString(w.stem) == 1, "oneSyllable"},
	} {
		if b.on {
			fs = append(fs, b.name, b.name+"|part="+part, b.name+"|dir="+dir)
		}
	}
	return fs
}

// countEnds counts the clause ends of the words strictly after lo up to hi.
func countEnds(ws []word, lo, hi int) int {
	n := 0
	for i := lo; i < hi && i < len(ws); i++ {
		if i >= 0 && (ws[i].ends || ws[i].comma) {
			n++
		}
	}
	return n
}

// firstRunes returns the first n letters of s.
func firstRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// lastRune returns the last letter of s, or "".
func lastRune(s string) string {
	r, n := utf8.DecodeLastRuneInString(s)
	if n == 0 {
		return ""
	}
	return string(r)
}
