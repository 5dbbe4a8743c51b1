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
//	counter_occasion.go  회, 사, 기 as occasions, editions, innings, outs, cohorts
//	currency.go   currency words, countries and signs → ISO 4217
//	qualifier.go  약, 최대, 이상, 규모 … and 무려, 1인당 …: the words around an amount
//	mention.go    an amount becomes a fact: signs, glosses, cents
//	range.go      ranges (2천억~3천억 원, A에서 B까지, A 이상 B 미만), lists
//	bare.go       when a 조 or 억 with no currency is an amount of won
//	sentence.go   Sentences: a Korean sentence splitter
//	window.go     the window of a long sentence a fact carries and the rules read
//	context.go    the words around an amount the rules ask about, read once
//	literal.go    an alternation of words found faster than by the regexp alone
//
// Files of the meaning of an amount (docs/meaning.md):
//
//	meaning.go    Extract, Explain, Options; Role, Per, Phrase
//	meaningre.go  every regexp of the meaning analysis, in one block
//	words.go      a sentence cut into words: a word's noun, its kind
//	particle.go   a word cut into its noun and the particle glued to it
//	verbform.go   a verb told from a noun by the ending of its word
//	reading.go    where an amount stands among its words; blocks
//	reading_list.go  glosses, lists and one quantity: amounts that go together
//	clause.go     where the clauses of a sentence start and end
//	role.go       level, change, rate or other: the order of the rules
//	role_rate.go      a rate: per unit, per occasion, one quantity's unit
//	role_unreal.go    amounts not claimed: asked (벌 수 있을까 ?), denied, supposed (-도, …다고 하자,
//	                  a chain ending in -다면, 내면); not supposed (recalled -던, a habitual -면)
//	role_unit.go      rates whose unit is written otherwise: 모든 경기에, 한 개 업체에, 1세트, 한 부
//	                  팔리면, (BPS), a series or a contrast of a rate; not per the amount's own currency
//	role_change.go    a change: a difference from a base
//	role_change_more.go  changes by leading a base, parts of a rise, paying 더
//	role_other.go     other: thresholds, conditions, suppositions, deeds never done
//	role_attribute.go  classes by an attribute (자산이 1조원이 넘는 억만장자); what can be after a condition
//	role_bracket.go    brackets of a scale (5천500만원 이하 구간, 3천만원대 초반 이하의 근로자)
//	role_possible.go   deeds that may not be done (싶다면, 할 시, 받을 가능성, 받기보다); a law's maximum
//	role_name.go       a name made of an amount (5만4,000원 요금제, … 5억원 일당 금지법)
//	role_consequent.go  a condition's reach: outcomes of a supposed case (… 부과하면 … 모이고), a supposition
//	                   closed by -며 or a quotation, X의 경우 as a topic,
//	                   가운데 after a whole (among)
//	role_survey.go     an amount a share of respondents answers: a bracket
//	agent.go      who spends, earns or announces it: the order of the rules
//	agent_subject.go   the subject it is read from: head, owner, nearest
//	agent_pronoun.go   subjects that point back (이들, 그, 이 회사) resolved
//	agent_clause.go    whether a subject may be the agent: governing verb, clause
//	agent_opening.go   a name no dictionary knows that opens the sentence as its topic does the deed
//	agent_overclause.go  an actor opening the sentence is its subject past a clause on a noun that is no subject
//	agent_sentence.go  the agent of a sentence as a whole: topic, source
//	agent_phrase.go    the agent's phrase as written
//	agent_extent.go    where the phrase starts and ends: nothing before a name, whose people, a count after the head
//	agent_item.go      the owner of each item of a list; agents that name nobody
//	agent_suspect.go   who is accused of the deed an amount is in (…한 혐의로 X를)
//	agent_order.go     who orders or demands an amount quoted (…을 배상하라고 판결했다)
//	agent_identified.go  whom a topic of rank or kind names (2위는 X로 4천만원)
//	agent_goods.go     goods priced that no one is said to trade (…짜리 … 부순)
//	agent_copula.go    the owner of the noun a copula says the amount was (…달러였던 X의 부채는)
//	agent_path.go      took: the name of the rule that gave an agent, which only TestAgentPaths reads
//	purpose.go    what it is for or measures: the order of the rules, each named (via) for TestPurposePaths
//	purpose_measured.go  the noun before an amount that it measures
//	purpose_spent.go     what it is spent on or for (X 비용으로, X에, X을 위해, X으로 지불)
//	purpose_said.go      what it is said of (X에 대한, X의 경우, … 원인 X, brackets)
//	purpose_goods.go     the goods it is the worth of (…어치)
//	purpose_traded.go    what its verb says: goods or a deed it is the price of; none for verbs that only move money (P5)
//	purpose_head.go      the noun a clause on it modifies, a deed with 데, a class or a scale it bounds
//	purpose_penalty.go   the penalty before an order on it (벌금 N원의 선고유예 판결), a suit's claim
//	purpose_rank.go      the measure a ranking, a figure reached or a list of items gives it (X이 가장 많았고, 뒤를 이었다)
//	purpose_list.go      purposes shared by or shared out to a list's amounts
//	purpose_phrase.go    a purpose's noun phrase: its start, end, verb noun, trims
//	purpose_words.go     the word lists of the purpose rules, as data
//	purpose_junk.go      purposes that name nothing it is for: verbs, bound nouns, actors
//	purpose_split.go     X별 (by X) dropped when items name each X (직업별 … 자유업종사자가)
//	purpose_adverb.go    adverbs told from nouns at a purpose's edge (잠시, 군데군데)
//	purpose_reached.go   the measure that moves to or reaches a level (주가는 … 3만 원까지 올랐다)
//	purpose_unit.go      a rate's unit inside a purpose dropped (복권의 1장 당 가격 → 복권의 가격)
//	purpose_whole.go     the whole a part is of (X 가운데 N원은), the last fallback
//	purpose_owed.go      the kind of money owed its verb names (N원을 보상받을, 배상하라는)
//	purpose_converted.go the measure it is converted into (X로 환산하면 N원)
//	purpose_contract.go  the contract it is the sum of (N원에 계약한, N원으로 계약을 맺었다)
//	period.go     when: period, period_text; the order of the rules
//	period_spans.go     the time expressions of a sentence and their spans
//	period_choose.go    times that are not an amount's (another clause's …)
//	period_attach.go    a time belongs to the predicate after it: verbs joined by -아/-어
//	period_deed.go      a clause on the subject that tells no deed of another (따른, 분담금을 낸, …였던)
//	period_items.go     times of another item or amount (…을, 작년 10월 …; 2014년 기준 5000원인)
//	period_frame.go     the time that frames a whole sentence
//	period_sequence.go  the time of a clause of sequence (…한 뒤, …하는 과정에서)
//	period_report.go    a day that dates a report, not the amount reported
//	period_relative.go  times pointing at another time (전년, 같은 날, 전달, 이듬해)
//	period_base.go      a base's own time (지난해 동기의 27억 달러보다)
//	period_normal.go    a time normalised against publication (올해 → 2025)
//	period_year2.go     years of two digits (지난 89년, 92년도) told from numbers of years
//	period_per.go       per year, month or day (연, 월, 매년)
//	period_per_noun.go  per from the noun an amount is said of (한 해 수출액은, 월급으로, 연봉 5천만원)
//	period_per_scope.go whose a period word is (해마다 … 늘어); 1일 before a charge; a second currency
//	period_per_over.go  per over clauses: one quantity's later values, a sentence's 매년
//	per_class.go        the rest of per's closed class before the amount: 하루당, 일 년에, 1년마다, 매 달;
//	                    near cases 연 3회, 이날 하루, 하루 사이, 한 달 치
//	per_after.go        a period after the amount, before its verb (5천만 원을 매년 기부한다)
//	per_noun.go         a period opening the noun measured or a clause on it (한 달에 버는, 1년 예산,
//	                    연매출, 월 사무실 임대료 … 등으로); 우리 돈 restating an amount
//	refer.go      sentences that point back (여기에는 …)
//	orgs.go       organisations and actors' nouns, as data
//	orgs_people.go     titles, nouns of people and names, as data
//	orgs_countries.go  countries and pairs of their initials, as data
//	actor.go      whether a noun names an actor
//	fund.go       a fund named by its ending (-기금): money, an actor only when it acts
//	lexicon.go    classes of common nouns and verbs the rules ask about, as data
//	verbs.go      the verbs looked for around an amount, as data
//	suffix.go     word lists looked up by their first letter
//	claim.go      Sketch, SameAmount, SameClaim, ClaimOf: one claim across outlets
package facts
