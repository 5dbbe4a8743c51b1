package facts

import (
	"regexp"
	"slices"
	"sort"
)

// This file answers the rules' questions about the words around an amount
// — does its sentence name money, a foreign currency, a peso's country —
// reading each sentence once, however many amounts it holds. In a sentence
// longer than maxWindow code points the question is asked of the window
// around the amount (window.go), so that a money word a megabyte away in a
// punctuation-free run decides nothing.

// clue names a kind of word the rules look for around an amount.
type clue int

const (
	clueMoney    clue = iota // a money word: 예산, 적자, 투입 … (moneyCueRE)
	clueForeign              // a foreign currency: 달러, 엔화 … (foreignRE)
	clueWon                  // an amount of won in digits: a price (wonRE)
	cluePrice                // paying, buying, prices: 냈, 샀, 요금 … (priceRE)
	clueTeam                 // teams, groups and heats: 본선, 조별 … (teamRE)
	clueShare                // shares: 주식, 지분, 매수 … (shareRE)
	clueHousing              // dwellings: 주택, 아파트, 분양 … (housingRE)
	clueItems                // goods and works: 물품, 작품, 유물 … (itemsRE)
	clueMachine              // vehicles and machines: 차량, 헬기, 양산 … (machineRE)
	clueNorthWon             // 원 written as North Korean money (northWonRE)
	clueBaseball             // baseball: 타석, 홈런, 이닝, 만루 … (baseballRE)
	clueHome                 // the first of homeCountries, one clue each
	nClues       = clueHome + clue(len(homeCountries))
)

// clueREs are the regexps of the clues, by clue, as finders: a long
// sentence is searched only where one of their words starts (literal.go).
var clueREs = func() [nClues]finder {
	res := [nClues]*regexp.Regexp{
		clueMoney: moneyCueRE, clueForeign: foreignRE, clueWon: wonRE, cluePrice: priceRE,
		clueTeam: teamRE, clueShare: shareRE, clueHousing: housingRE, clueItems: itemsRE,
		clueMachine: machineRE, clueNorthWon: northWonRE, clueBaseball: baseballRE,
	}
	for k, c := range homeCountries {
		res[clueHome+clue(k)] = regexp.MustCompile(regexp.QuoteMeta(c))
	}
	var fs [nClues]finder
	for c, re := range res {
		fs[c] = fastFinder(re)
	}
	return fs
}()

// about is what is known of one sentence's clues.
type about struct {
	size  int8           // 0 not yet measured, 1 short, 2 longer than maxWindow
	known uint32         // bit c: clue c was looked for
	has   uint32         // bit c: a short sentence holds clue c
	at    *[nClues][]int // a long sentence: the spans of each clue's matches, flattened
}

// has reports whether clue c stands in the sentence of text[i], or in its
// window around i when the sentence is long.
func (x *extractor) has(c clue, i int) bool {
	k := x.sentenceIndex(i)
	if k < 0 {
		return false
	}
	if x.abouts == nil {
		x.abouts = make([]about, len(x.sents))
	}
	a := &x.abouts[k]
	s, e := x.sents[k][0], x.sents[k][1]
	if a.size == 0 {
		a.size = 1
		if longer(x.text[s:e], maxWindow) {
			a.size, a.at = 2, new([nClues][]int)
		}
	}
	bit := uint32(1) << c
	if a.size == 1 {
		if a.known&bit == 0 {
			a.known |= bit
			if clueREs[c].MatchString(x.text[s:e]) {
				a.has |= bit
			}
		}
		return a.has&bit != 0
	}
	if a.known&bit == 0 {
		a.known |= bit
		var spans []int
		for _, m := range clueREs[c].FindAllStringIndex(x.text[s:e], -1) {
			spans = append(spans, s+m[0], s+m[1])
		}
		a.at[c] = spans
	}
	// Matches do not overlap, so their ends are in order as their starts
	// are: the first match starting in the window ends first.
	if x.win.at != i+1 {
		// The rules ask several clues of one amount: its window is
		// found once.
		x.win.s, x.win.e = longWindow(x.text, s, e, i, i)
		x.win.at = i + 1
	}
	ws, we := x.win.s, x.win.e
	spans := a.at[c]
	j := sort.Search(len(spans)/2, func(j int) bool { return spans[2*j] >= ws })
	return j < len(spans)/2 && spans[2*j+1] <= we
}

// moneyCue reports whether the sentence of text[i] names money and no
// foreign currency.
func (x *extractor) moneyCue(i int) bool {
	return x.has(clueMoney, i) && !x.has(clueForeign, i)
}

// home returns the currency of a bare 페소, 크로나 or 크로네 (word) at
// text[i]: that of the one of its countries named in its sentence, or
// else in the text, or "" when that cannot be told.
func (x *extractor) home(word string, i int) string {
	code := ""
	for k, c := range homeCountries {
		if !slices.Contains(homeWords[word], c) || !x.has(clueHome+clue(k), i) {
			continue
		}
		if code != "" {
			return "" // two countries: which peso?
		}
		code = countryCurrencies[[2]string{c, word}]
	}
	if code != "" {
		return code
	}
	if x.textHome == nil {
		x.textHome = map[string]string{}
	}
	if c, ok := x.textHome[word]; ok {
		return c
	}
	c := homeIn(x.text, word)
	x.textHome[word] = c
	return c
}

// near reports whether re matches within about before code points before
// text[start] and after code points after text[end], in the same
// sentence: a word of the same clause, where a clue of the whole sentence
// would be too far (체중 250파운드 but not 연봉 100만 파운드 later on).
func (x *extractor) near(re *regexp.Regexp, start, end, before, after int) bool {
	lo, hi := 0, len(x.text)
	if k := x.sentenceIndex(start); k >= 0 {
		lo, hi = x.sents[k][0], max(x.sents[k][1], end)
	}
	s, _ := back(x.text, lo, start, before)
	e, _ := forth(x.text, end, hi, after)
	return re.MatchString(x.text[s:e])
}
