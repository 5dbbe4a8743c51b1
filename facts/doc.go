// Package facts finds the numbers a text states — money written with Korean
// units (1조 8천억 원), counts (1만 장) and percentages (81.1%) — as exact
// values with their currency, qualifiers and place in the text, and what
// each amount of money means: whether it is a level, a change, a rate or
// a threshold, who spends or earns it, what for and when. It is pure:
// text in, facts out; it knows nothing of HTML, opens nothing and never
// logs. docs/facts.md states the conventions it follows, docs/meaning.md
// how an amount's meaning is read.
//
// Files:
//
//	fact.go       Fact, Kind and Facts: facts found in plain text; the walk
//	limit.go      ExtractAtMost: at most so many facts of a text, the rest counted
//	decimal.go    Decimal: exact amounts without float arithmetic
//	amount.go     ParseAmount, AmountError, ErrSyntax, ErrRange
//	scan.go       the amount scanner, in the shape of a text/template lexer
//	format.go     FormatKorean: a Decimal back in Korean units
//	patterns.go   every regexp of the fact extractor, in one block
//	match.go      how they are run: on a window, after a cheap look
//	space.go      runs of white space folded to the one space they expect
//	number.go     where a number starts and what it is worth
//	numscan.go    numberLen: the span of a number, matched by hand
//	unit.go       the currency or percent sign after a number
//	counter.go    the counter after a number, and when the two are a count
//	currency.go   currency words, countries and signs → ISO 4217
//	qualifier.go  약, 최대, 이상, 규모 … and 무려, 1인당 …: the words around an amount
//	mention.go    an amount becomes a fact: signs, glosses, cents
//	range.go      ranges (2천억~3천억 원, A에서 B까지, A 이상 B 미만), lists
//	bare.go       when a 조 or 억 with no currency is an amount of won
//	sentence.go   Sentences: a Korean sentence splitter
//	window.go     the window of a long sentence a fact carries and the rules read
//	context.go    the words around an amount the rules ask about, read once
//
// Files of the meaning of an amount (docs/meaning.md):
//
//	meaning.go    Extract, Explain, Options; Role, Per, Phrase
//	meaningre.go  every regexp of the meaning analysis, in one block
//	words.go      a sentence cut into words, a word into noun and particle
//	reading.go    where an amount stands among its words; clauses; blocks
//	role.go       level, change, rate or other
//	agent.go      who spends, earns or announces it
//	purpose.go    what it is for or measures
//	period.go     when: period, period_text; per year, month or day
//	refer.go      sentences that point back (여기에는 …)
//	orgs.go       organisations, actors and titles, as data
//	claim.go      Sketch, SameClaim, ClaimOf: one claim across outlets
package facts
