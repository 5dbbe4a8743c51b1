package facts

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// numberRE and digitsRE are the expressions numberLen and digitsLen
// match by hand (see patterns.go).
var (
	numberRE = regexp.MustCompile(`^(?:` + englishPat + `|` + numberPat + `)`)
	digitsRE = regexp.MustCompile(`^` + digPat)
)

// numberTexts are inputs for numberLen: every piece of numberRE, the ways
// a match gives back, and the slow texts' units.
var numberTexts = []string{
	"", "1", "12", "1,234", "1,2345", "1,23", "1.5", "1.", "1.5.6", "12,345.67", "1,234,567",
	"81.1%", "2023. 4. 18", "1조", "1조 원", "1조 8천억 원", "1조8천억", "3억5천만", "1억2,345만6,789원",
	"3만 5천", "1조 2조 3조 4조 5조", "1조 1조 1조 1조 1조 1조", "922경 3373조 원", "5천 만 ", "천 ", "일조 ",
	"삼천억", "천", "구조", "십수억", "일점이삼달러", "이십구점구구", "일점", "점오", "구파운드",
	"10여억", "10여 억", "10 여억", "2천억~3천억", "1억 2조 ", "7천 5백", "2천5백만", "천 5", "천 5x",
	"455 million", "455 millions", "1.5 billion dollars", "2 trillion_", "3,000 billion", "3 billion원",
	"1 millio", "12 million.", "5 Million", "만", "만 원", "만원", "여", "1조여 원", "1천 만", "1천만 만원",
	"3조 2교대", "1조 3개", "9경기", "1경원", "백일", "일백", "오백 만", "삼십", "삼십 만 ", "삼 십",
	"1천 2백 3십 4", "1천 2백 3십 4만", "1천2백3십4만 5천", "천백십", "천 백 십 일", "십십십십",
	"1,000,000조", "1.5조 2.5억", "2,000.5만", "0조", "00", "1조 ", "1조 2", "1조 2 ", "1조  2",
	"\xec\x9d", "1\xff조", "일\xec점", "1조\u00a0원", "１조", "1 조", "1 조 2 억 3 만 4",
	strings.Repeat("1", 200), strings.Repeat("1,000", 40), strings.Repeat("1조 ", 40), "1." + strings.Repeat("5", 150),
	strings.Repeat("천 ", 40), strings.Repeat("일", 60) + "점" + strings.Repeat("구", 60),
}

// numberPieces are what random texts for numberLen are made of: the
// characters and words of numberRE's pieces, and some that end them.
var numberPieces = []string{"1", "2", "0", "5", ",", ".", " ", "조", "억", "만", "경", "천", "백", "십",
	"일", "이", "구", "점", "쩜", "공", "영", "여", "수", " million", "billion", "trillion", "x", "_", "원", "\xff"}

func TestNumberLen(t *testing.T) {
	for _, s := range numberTexts {
		checkNumberLen(t, s)
	}
	r := rand.New(rand.NewPCG(3, 4))
	for range 8000 {
		var b strings.Builder
		for range 1 + r.IntN(12) {
			b.WriteString(numberPieces[r.IntN(len(numberPieces))])
		}
		if !checkNumberLen(t, b.String()) {
			break
		}
	}
	for name, text := range slowTexts(2 << 10) {
		for i := range len(text) {
			if numberStart(text, i) {
				if !checkNumberLen(t, text[i:]) {
					t.Errorf("in %q at %d", name, i)
					break
				}
			}
		}
	}
}

// checkNumberLen reports whether numberLen, digitsLen and numberSpan agree
// with the regexps on s and its suffixes.
func checkNumberLen(t *testing.T, s string) bool {
	t.Helper()
	ok := true
	for i := range min(len(s)+1, 8) {
		s := s[i:]
		want := -1
		if m := numberRE.FindStringIndex(s); m != nil {
			want = m[1]
		}
		if got := numberLen(s); got != want {
			t.Errorf("numberLen(%q) = %d, numberRE matches %d", s, got, want)
			ok = false
		}
		want = -1
		if m := match(numberRE, s); m != nil {
			want = m[1]
		}
		if got := numberSpan(s); got != want {
			t.Errorf("numberSpan(%q) = %d, match(numberRE) %d", s, got, want)
			ok = false
		}
		want = -1
		if m := digitsRE.FindStringIndex(s); m != nil {
			want = m[1]
		}
		if got := digitsLen(s); got != want {
			t.Errorf("digitsLen(%q) = %d, digitsRE matches %d", s, got, want)
			ok = false
		}
	}
	return ok
}

// FuzzNumberLen holds the hand-written number scanner to numberRE and
// digitsRE, which it replaces.
func FuzzNumberLen(f *testing.F) {
	for _, s := range numberTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkNumberLen(t, s)
	})
}

// FuzzPairedBefore holds pairedBefore, the cheap look before
// teamBeforeRE, to the regexp: it may say yes where the regexp says no,
// never the other way.
func FuzzPairedBefore(f *testing.F) {
	for _, s := range []string{"1조와", "1조와 ", "3조, ", "3조·", "12조랑", "조와", "1조 와", "", "\xff", "1조와  "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if teamBeforeRE.MatchString(s) && !pairedBefore(s) {
			t.Errorf("pairedBefore(%q) = false, teamBeforeRE matches", s)
		}
	})
}
