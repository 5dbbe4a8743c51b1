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
// a vague amount (수천억 원, 수십 명), which is Approx, and a range
// (2천억~3천억 원, 2천억 원에서 3천억 원 사이), which has Min and Max set
// instead. Min and Max are nil for anything but a range.
//
// Text is the amount as written, from its first digit (or currency sign)
// to its currency word, percent sign or counter, including 여 (10억여 원)
// and the 분 of "2,600장분"; the qualifiers around it are not part of Text
// but listed in Qualifiers, in text order, as written: bounds (최대, 최소,
// 최고, 최저, 이상, 이하, 미만, 초과, 이내), rates (연, 연간, 월, 1인당 …),
// totals (총) and approximations (약, 대략, 근, 거의, 한, 가량, 안팎, 남짓,
// 정도, 내외, 대, 규모, 상당, 가까이, 쯤, 선, 수준). Approx is true when
// one of the approximations, a 여 or a vague number is there. A 여 is
// reported through Approx and Text, not as a qualifier.
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
	Start      int      `json:"start"`      // offset of the span in Unicode code points
	End        int      `json:"end"`        // end of the span (exclusive) in code points
	Sentence   string   `json:"sentence"`   // the sentence the span stands in

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
// of appearance. Offsets are in code points: Text is
// string([]rune(text)[Start:End]) for valid UTF-8 text. Wherever an
// amount may hold a space ("1조 원", "1조 8천억"), any run of white space
// but a line break will do: a no-break space, a tab, an ideographic space,
// two spaces; Text and Sentence keep them as written.
//
// Money is an amount with a currency written after it (원, 달러, 캐나다
// 달러, 엔, 유로, 위안, 파운드 …, 원화, 센트) or before it ($, US$, ₩, €,
// £, ¥, KRW …). A "달러" is USD unless a country is named before it; a bare
// "페소" takes the country named in its sentence, or else the only one in
// the text. Amounts in a list share the currency of the last one
// (2천억, 3천억, 5천억 원).
//
// A number in 억, 조 or 경 with no currency ("6조 정도의 무역수지 적자",
// "국가부채가 2,326조인가") is money in won only when its sentence names
// money (예산, 적자, 부채, 매출, 투자, 가격 … — see moneyCueRE) and no
// foreign currency, and it is not an article (제3조, 당헌 25조, 25조 1항),
// a shift (3조 2교대) or a team (1조와 2조). A range of such numbers
// ("2천억~3천억이", "1~2조에") is one fact by the same rule. 만 alone is
// never money.
//
// A count is a number with a counter word (명, 개, 장, 대, 건, 곳, 가구,
// 호, 채, 톤, 배럴 …); a percent a number with %, 퍼센트 (Unit "%") or
// %p, %포인트, 퍼센트포인트, spaced or not (Unit "%p"). Years, dates,
// times, ages (30대), ranks (5대 은행) and numbers glued to letters (G3)
// are no facts. KRW amounts with a fraction of a won are dropped rather
// than rounded.
func Facts(text string) []Fact {
	// The walk reads the folded text: any run of white space is one space.
	f := fold(text)
	orig, text := text, f.text
	x := &extractor{text: text, sents: sentenceSpans(text)}
	for i := 0; i < len(text); {
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
	x.finish(orig, f)
	return x.facts
}

// extractor holds the state of one Facts call.
type extractor struct {
	text  string
	sents [][2]int // sentence spans in bytes
	facts []Fact   // Start and End in bytes until finish

	// What is known of each sentence and of the text, found once when
	// first needed, so that a long sentence full of amounts is read once
	// and not once per amount.
	abouts   []about
	textPeso *string

	// The last second end of a range read, by where its tilde is: a
	// number with no unit tries it twice, as a range and as a bare one.
	second struct {
		at int // 0 when none: a tilde never starts the text before a range
		n  num
		ok bool
	}
}

// about holds what the rules need to know of a sentence.
type about struct {
	done    bool
	cue     bool   // names money: 예산, 적자, 부채 … (moneyCueRE)
	foreign bool   // names a foreign currency (foreignRE)
	peso    string // the peso of the one peso country it names
	pesos   bool   // it names more than one
}

// sentenceIndex returns the index of the sentence holding text[i], or -1.
func (x *extractor) sentenceIndex(i int) int {
	k := sort.Search(len(x.sents), func(k int) bool { return x.sents[k][1] > i })
	if k == len(x.sents) || x.sents[k][0] > i {
		return -1
	}
	return k
}

// sentence returns the sentence holding text[i], or "".
func (x *extractor) sentence(i int) string {
	if k := x.sentenceIndex(i); k >= 0 {
		return x.text[x.sents[k][0]:x.sents[k][1]]
	}
	return ""
}

// about returns what is known of the sentence holding text[i].
func (x *extractor) about(i int) about {
	k := x.sentenceIndex(i)
	if k < 0 {
		return about{}
	}
	if x.abouts == nil {
		x.abouts = make([]about, len(x.sents))
	}
	a := &x.abouts[k]
	if !a.done {
		s := x.text[x.sents[k][0]:x.sents[k][1]]
		a.done, a.cue, a.foreign = true, moneyCueRE.MatchString(s), foreignRE.MatchString(s)
		a.peso, a.pesos = pesoIn(s)
	}
	return *a
}

// peso returns the currency of a bare 페소 at text[i]: the peso of the
// country named in its sentence, or else of the only one named in the
// text, or "" when that cannot be told.
func (x *extractor) peso(i int) string {
	a := x.about(i)
	switch {
	case a.pesos:
		return ""
	case a.peso != "":
		return a.peso
	}
	if x.textPeso == nil {
		p, _ := pesoIn(x.text) // "" when ambiguous
		x.textPeso = &p
	}
	return *x.textPeso
}

// finish turns the byte offsets of the facts in the folded text f into
// code point offsets in the original text, in one pass as the facts come
// in order, and, where white space was folded, takes Text and Sentence
// from the original text as written.
func (x *extractor) finish(text string, f folded) {
	pos, n := 0, 0 // a byte offset and its code point offset
	at := func(b int) int {
		if b < pos {
			pos, n = 0, 0
		}
		n += utf8.RuneCountInString(text[pos:b])
		pos = b
		return n
	}
	for k := range x.facts {
		fact := &x.facts[k]
		start, end := fact.Start, fact.End
		if f.shifts != nil {
			if s := x.sentenceIndex(start); s >= 0 {
				fact.Sentence = text[f.orig(x.sents[s][0]):f.orig(x.sents[s][1])]
			}
			start, end = f.orig(start), f.orig(end)
			fact.Text = text[start:end]
		}
		fact.Start, fact.End = at(start), at(end)
	}
}
