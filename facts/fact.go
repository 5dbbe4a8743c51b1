package facts

import (
	"sort"
	"unicode/utf8"
)

// Kind names what a Fact measures.
type Kind string

// The kinds of fact.
const (
	KindMoney   Kind = "money"   // an amount of a currency
	KindCount   Kind = "count"   // a number with a counter word: 1만 장, 35명
	KindPercent Kind = "percent" // a percentage or percentage points
)

// Fact is one number stated in a text, with where it stands.
//
// Value is the exact amount in the currency's unit (whole won for KRW;
// "50센트" is 0.5 USD), the count, or the percentage. It is nil in two
// cases, so that summing Value never double counts nor invents a number:
// a vague amount (수천억 원, 몇백만 원, 수십 명), which is Approx, and a
// range (2천억~3천억 원, 2천억 원에서 3천억 원 사이), which has Min and Max
// set instead. Min and Max are nil for anything but a range, and for a
// vague end of one: "수십억~수백억원" has neither, and is Approx.
//
// Text is the amount as written, from its first digit (or currency sign,
// or the 수 or 몇 of a vague number) to its currency word, percent sign or
// counter, including 여 (10억여 원), the 분 of "2,600장분" and a gloss in
// brackets inside it ("3만2000(약 4400만원)달러", whose gloss is a fact
// of its own too). The words around it are not part of Text: the
// qualifiers of the fixed list of docs/facts.md go to Qualifiers, in text
// order, as written — bounds (최대, 최소, 최고, 최저, 이상, 이하, 미만,
// 초과, 이내), totals (총), periods (연, 연간, 월) and approximations (약,
// 대략, 근, 거의, 한, 여 inside the amount, 가량, 안팎, 남짓, 정도, 내외,
// 규모, 상당, 가까이, 쯤, 경, and 대 and 선 after money or a percent) —
// and the words that say how to read it without bounding or approximating
// it go to ContextWords: 무려, 평균, 수준, 하루, 매달, 1인당, 3.3㎡당 ….
// Approx is true when one of the approximations, a 여 or a vague number
// is there. Value may be negative when a minus is glued before the
// digits (-153명).
type Fact struct {
	Kind       Kind     `json:"kind"`
	Text       string   `json:"text"`       // the surface span, text[Start:End] in code points
	Value      *Decimal `json:"value"`      // exact value in the currency's unit; nil when vague or a range
	Currency   string   `json:"currency"`   // ISO 4217 code, money only
	Unit       string   `json:"unit"`       // counter word for counts; "%" or "%p" for percents
	Min        *Decimal `json:"min"`        // lower end of a range, else nil
	Max        *Decimal `json:"max"`        // upper end of a range, else nil
	Approx     bool     `json:"approx"`     // an approximation (약, 여, 가량, 수천억 …)
	Qualifiers []string `json:"qualifiers"` // qualifier words as written: 약, 최대, 연, 이상 …; never nil
	// ContextWords are the other words around the amount that say how to
	// read it (무려, 평균, 하루, 1인당, 수준 …); never nil.
	ContextWords []string `json:"context_words"`
	Start        int      `json:"start"`    // offset of the span in Unicode code points
	End          int      `json:"end"`      // end of the span (exclusive) in code points
	Sentence     string   `json:"sentence"` // the sentence the span stands in, at most 400 code points of it

	// What a money fact means (docs/meaning.md), set by Extract and
	// Explain; empty (null in JSON) when the text does not say, and for
	// counts and percents.
	Role       Role   `json:"role"`        // level, change, rate or other
	Agent      Phrase `json:"agent"`       // who spends, earns, announces …: 과학기술정보통신부
	Purpose    Phrase `json:"purpose"`     // what it is for or measures: GPU 확보, 매출
	Period     Phrase `json:"period"`      // its time, normalised: 2025, 2025-Q2, 2025-04, 2025-04-18
	PeriodText Phrase `json:"period_text"` // its time as written: 올해, 오늘(18일)
	Per        Per    `json:"per"`         // year, month or day for an amount per period
}

// Facts returns the money, count and percent facts stated in text, in order
// of where they start (a gloss inside an amount comes after the amount,
// within its span), by the conventions of docs/facts.md. Offsets are in code points: Text is
// string([]rune(text)[Start:End]) for valid UTF-8 text. Wherever an
// amount may hold a space ("1조 원", "1조 8천억"), any run of white space
// but a line break will do: a no-break space, a tab, an ideographic space,
// two spaces; Text and Sentence keep them as written.
//
// Money is an amount with a currency written after it (원, 달러, 캐나다
// 달러, 엔, 유로, 위안, 파운드 …, 원화, 센트) or before it ($, US$, ₩, €,
// £, ¥, KRW …). A "달러" is USD unless a country is named before it; a bare
// "페소", "크로나" or "크로네" takes the country named in its sentence, or else the only one in
// the text. Amounts in a list share the currency of the last one
// (2천억, 3천억, 5천억 원).
//
// A number in 억, 조 or 경 with no currency ("6조 정도의 무역수지 적자",
// "국가부채가 2,326조인가") is money in won only when its sentence names
// money (예산, 적자, 부채, 매출, 투자, 가격 … — see moneyCueRE) and no
// foreign currency, and it is not an article (제3조, 당헌 25조, 25조 1항,
// 협정 3조, 결의 2397호 25조),
// a shift (3조 2교대), a team or a group (1조와 2조, 본선 3조에 편성) nor
// written in Hangul numerals (구조, 이조 are words). A range of such
// numbers ("2천억~3천억이", "1~2조에") is one fact by the same rule. 만
// alone is never money; 만원 is ₩10,000 only where it is a price.
//
// A range is a tilde or dash between two numbers (20~30%) or words:
// "A에서 B까지", "A부터 B까지", "A에서 B 사이", "A와 B 사이", "A에서 최고
// B에 달한다", "A에서 B 정도", and ends bounded on both sides whatever
// follows them, "최소 A에서 최대 B를". "A에서 B로" is a change, two
// facts. Digits and units glued together that do not read as one number
// (1억5천만37만 달러) give no fact, never their tail.
//
// A count is a number with a counter word (명, 개, 장, 대, 건, 곳, 가구,
// 호, 채, 석, 차례, 가지, 개국, 개사, 톤, 배럴, 주 of shares …), not a
// rate (출산율 0.72명) nor an ordinal (1호 가입자, 제750조2호); a percent a number with %, 퍼센트 (Unit "%") or
// %p, %포인트, 퍼센트포인트, spaced or not (Unit "%p"). Years, dates,
// times, ages (30대), ranks (5대 은행) and numbers glued to letters (G3)
// are no facts. KRW amounts with a fraction of a won are dropped rather
// than rounded.
//
// Sentence is the sentence the fact stands in or, when that is longer than
// 400 code points (a flattened table, a page without full stops), a window
// of 400 code points of it around the fact, cut at spaces; the rules that
// read an amount's sentence read that window. So the time and memory
// Facts takes, and the size of what it returns, grow linearly with text.
func Facts(text string) []Fact {
	fs, _ := factsAtMost(text, -1)
	return fs
}

// factsAtMost is Facts keeping the first limit facts, all of them when
// limit is negative, and counting the others.
func factsAtMost(text string, limit int) (fs []Fact, dropped int) {
	// The walk reads the folded text: any run of white space is one space.
	f := fold(text)
	orig, text := text, f.text
	x := &extractor{text: text, sents: sentenceSpans(text), limit: limit}
	x.walk(0, len(text))
	x.facts, x.full = x.all(), nil
	x.finish(orig, f)
	return x.facts, x.dropped
}

// extractor holds the state of one Facts call.
type extractor struct {
	text  string
	sents [][2]int // sentence spans in bytes
	facts []Fact   // Start and End in bytes, no Sentence, until finish
	full  [][]Fact // earlier chunks of facts, each full (add)

	// At most limit facts are kept, all when it is negative; kept counts
	// them and dropped the facts found after them.
	limit, kept, dropped int

	// What is known of each sentence and of the text, found once when
	// first needed, so that a long sentence full of amounts is read once
	// and not once per amount (context.go).
	abouts   []about
	textHome map[string]string      // the currency of a bare 페소, 크로나 … by the text
	win      struct{ at, s, e int } // the window around byte at-1 of a long sentence (context.go)

	// The items of lists read last (range.go), in a ring: list reads each
	// item of a long run again from each of the items before it.
	items    [2 * maxList]listItem
	nextItem int

	// The last second end of a range read, by where its tilde is: a
	// number with no unit tries it twice, as a range and as a bare one.
	second struct {
		at int // 0 when none: a tilde never starts the text before a range
		n  num
		ok bool
	}
}

// walk reads the facts that start in text[lo:hi].
func (x *extractor) walk(lo, hi int) {
	text := x.text
	for i := lo; i < hi; {
		// Only digits, currency signs, capitals (US$, KRW) and Hangul
		// numerals can start a fact; everything else is stepped over here
		// without a call.
		c, w, cand := text[i], 1, false
		if c < utf8.RuneSelf {
			cand = c >= '0' && c <= '9' || c == '$' || c >= 'A' && c <= 'Z'
		} else {
			var r rune
			r, w = utf8.DecodeRuneInString(text[i:])
			cand = isNumeral(r) || r == '₩' || r == '€' || r == '£' || r == '¥'
		}
		if cand {
			if end := x.at(i); end > i {
				i = end
				continue
			}
		}
		i += w
	}
}

// maxChunk bounds the facts gathered in one chunk before another is
// started: the facts are copied once, at the end, into a slice of their
// number, instead of through the ever larger slices of append, which in
// all allocate several times the final size.
const maxChunk = 1024

// add records the fact f, or counts it when limit facts are kept: the
// walk reads on, so that the count is that of the whole text, but keeps
// nothing more.
func (x *extractor) add(f Fact) {
	if x.limit >= 0 && x.kept >= x.limit {
		x.dropped++
		return
	}
	x.kept++
	if len(x.facts) == cap(x.facts) && len(x.facts) > 0 {
		x.full = append(x.full, x.facts)
		x.facts = make([]Fact, 0, min(2*cap(x.facts), maxChunk))
	}
	x.facts = append(x.facts, f)
}

// all returns the facts recorded, in one slice.
func (x *extractor) all() []Fact {
	if x.full == nil {
		return x.facts
	}
	n := len(x.facts)
	for _, c := range x.full {
		n += len(c)
	}
	out := make([]Fact, 0, n)
	for _, c := range x.full {
		out = append(out, c...)
	}
	return append(out, x.facts...)
}

// sentenceIndex returns the index of the sentence holding text[i], or -1.
func (x *extractor) sentenceIndex(i int) int {
	k := sort.Search(len(x.sents), func(k int) bool { return x.sents[k][1] > i })
	if k == len(x.sents) || x.sents[k][0] > i {
		return -1
	}
	return k
}

// finish turns the byte offsets of the facts in the folded text f into
// code point offsets in the original text, takes Text from the original
// text as written, and gives each fact the window of its sentence
// (window.go), cut from the original text: a window cut from the folded
// text could stand for any length of white space.
func (x *extractor) finish(text string, f folded) {
	// A cursor over text: the byte offset pos is the code point offset n.
	// Facts come in order of their starts; a fact's end may lie past the
	// next one's start (a gloss inside an amount), so the cursor steps
	// back as well as forth, never further than a fact's length.
	pos, n := 0, 0
	at := func(b int) int {
		if b >= pos {
			n += utf8.RuneCountInString(text[pos:b])
		} else {
			n -= utf8.RuneCountInString(text[b:pos])
		}
		pos = b
		return n
	}
	last, long := -1, false // the last sentence seen, and whether it is long
	for k := range x.facts {
		fact := &x.facts[k]
		start, end := f.orig(fact.Start), f.orig(fact.End)
		if s := x.sentenceIndex(fact.Start); s >= 0 {
			ss, se := f.orig(x.sents[s][0]), f.orig(x.sents[s][1])
			if s != last {
				last, long = s, longer(text[ss:se], maxWindow)
			}
			ws, we := ss, se
			if long {
				ws, we = longWindow(text, ss, se, start, end)
			} else {
				ws, we = min(ss, start), max(se, end)
			}
			fact.Sentence = text[ws:we]
		}
		fact.Text = text[start:end]
		fact.Start = at(start)
		fact.End = at(end)
	}
}
