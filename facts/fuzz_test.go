package facts

import (
	"errors"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzFacts checks that Facts never panics or hangs, that every fact's
// span is the text at its offsets, and that every value formatted back in
// Korean units parses to itself.
func FuzzFacts(f *testing.F) {
	for _, tt := range factTests {
		f.Add(tt.in)
	}
	for _, tt := range amountTests {
		f.Add(tt.in + " 원")
	}
	f.Add(seedLike)
	f.Add("회사는\u00a0 1조\t\t8천억\u3000원을 벌었다.\n 2천억 \u2009~ 3천억  원")
	// Nouns of the word list in carriers: the mutations of a word are
	// where a numeral inside a word would be read as a number.
	words := nouns(f)
	for i := 0; i < len(words); i += 97 {
		f.Add(strings.Replace(carriers[i%len(carriers)], "%s", words[i], 1))
	}
	f.Fuzz(func(t *testing.T, text string) {
		facts := Facts(text)
		checkFacts(t, text, facts)
		for _, fact := range facts {
			for _, v := range []*Decimal{fact.Value, fact.Min, fact.Max} {
				if v == nil {
					continue
				}
				abs := *v
				if abs.Coef < 0 {
					abs.Coef = -abs.Coef // a sign: the amount after it is whole
				}
				s := FormatKorean(abs)
				back, err := ParseAmount(s)
				if err != nil || back.Cmp(abs) != 0 {
					t.Errorf("fact %q: ParseAmount(FormatKorean(%v) = %q) = %v, %v", fact.Text, v, s, back, err)
				}
			}
		}
	})
}

// FuzzParseAmount checks that ParseAmount returns a value that survives
// FormatKorean, or an *AmountError wrapping ErrSyntax or ErrRange.
func FuzzParseAmount(f *testing.F) {
	for _, tt := range amountTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseAmount(s)
		if err != nil {
			var ae *AmountError
			if !errors.As(err, &ae) || !errors.Is(err, ErrSyntax) && !errors.Is(err, ErrRange) {
				t.Fatalf("ParseAmount(%q) error %#v is not an *AmountError of ErrSyntax or ErrRange", s, err)
			}
			return
		}
		if d.Coef < 0 || d.Scale < 0 {
			t.Errorf("ParseAmount(%q) = %#v, want a non-negative normalised decimal", s, d)
		}
		f := FormatKorean(d)
		back, err := ParseAmount(f)
		if err != nil || back.Cmp(d) != 0 {
			t.Errorf("ParseAmount(FormatKorean(ParseAmount(%q) = %v) = %q) = %v, %v", s, d, f, back, err)
		}
	})
}

// anchored are the regexps run through match: the window must never change
// what they find.
var anchored = []*regexp.Regexp{
	numberRE, digitsRE, vagueRE, currencyRE, prefixRE, percentRE, counterRE,
	postQualRE, rangeSepRE, rangeWordRE, rangeCloseRE, changeToRE, listSepRE, teamAfterRE,
	boundOpenRE, boundCloseRE,
}

// FuzzMatch checks that match, which shows a regexp only a window of its
// input, finds what the regexp finds in the whole input.
func FuzzMatch(f *testing.F) {
	for _, tt := range factTests {
		f.Add(tt.in, 0)
	}
	f.Add(strings.Repeat("1,000", 30)+"억 원", 0)
	f.Add("922경 3372조 368억 5477만 5807원 "+strings.Repeat("가", 40), 0)
	f.Fuzz(func(t *testing.T, s string, pad int) {
		// Pad the front so that the text crosses the window's edge at
		// every position the fuzzer likes.
		s = strings.Repeat("1", int(uint(pad)%(2*window))) + s
		for _, re := range anchored {
			if got, want := match(re, s), re.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
				t.Errorf("match(%v, %q) = %v, want %v", re, s, got, want)
			}
		}
	})
}

// FuzzSentences checks that Sentences returns non-empty trimmed pieces of
// the text, in order, without overlap.
func FuzzSentences(f *testing.F) {
	for _, tt := range factTests {
		f.Add(tt.in)
	}
	f.Add(seedLike)
	f.Fuzz(func(t *testing.T, text string) {
		last := 0
		for _, s := range sentenceSpans(text) {
			if s[0] < last || s[1] <= s[0] || s[1] > len(text) {
				t.Fatalf("sentence span %v after %d in %q", s, last, text)
			}
			last = s[1]
			first, _ := utf8.DecodeRuneInString(text[s[0]:s[1]])
			end, _ := utf8.DecodeLastRuneInString(text[s[0]:s[1]])
			if unicode.IsSpace(first) || unicode.IsSpace(end) {
				t.Errorf("sentence %q not trimmed", text[s[0]:s[1]])
			}
		}
	})
}

// nounParticles are what may stick to a noun in FuzzNouns; 씩, 짜리, 어치 and
// 대, which make a glued 만원 a price, are left out: 만원 is a noun too.
var nounParticles = []string{"", "이", "가", "은", "는", "을", "를", "의", "에", "에서", "로", "으로",
	"와", "과", "도", "만", "까지", "부터", "이다", "였다", "처럼", "보다", "마다", "조차",
	"임", "임을", "임에도", "이지만", "지만", "이고", "고", "이며", "며", "이면", "면", "이라서", "라서",
	"인데", "이나", "나", "야", "요", "죠", "든", "거나"}

// tails are neutral ends of a sentence after a noun and its particle:
// words of budgets, groups and sport, but no price and no number.
var tails = []string{"", "문제가 있다.", "편성됐다.", "지원했다.", "예산을 늘렸다.", "대회에 나갔다.",
	"적자가 났다고 밝혔다.", "부채 문제다.", "투입됐다.", "관련 규정을 고쳤다."}

// FuzzNouns checks the property of issue 12 on sentences the fuzzer picks:
// a noun of the word list, a particle and a neutral tail never make a
// fact. Its inputs are indices, so that every input is such a sentence.
func FuzzNouns(f *testing.F) {
	words := nouns(f)
	for k, w := range []string{"구조", "구조조정", "사조", "백조", "천장", "만원", "천원", "백일장", "오만"} {
		if i, ok := slices.BinarySearch(words, w); ok {
			f.Add(uint(i), uint(k), uint(k))
		}
	}
	f.Fuzz(func(t *testing.T, i, j, k uint) {
		s := words[i%uint(len(words))] + nounParticles[j%uint(len(nounParticles))] + " " + tails[k%uint(len(tails))]
		if fs := Facts(s); len(fs) > 0 {
			t.Errorf("Facts(%q) = %q %s, want no fact", s, fs[0].Text, fs[0].Kind)
		}
	})
}
