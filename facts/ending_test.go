package facts

import "testing"

// copulaEndings pair each copula or connective ending written after a
// consonant with its form after a vowel (docs/facts.md, "Endings").
var copulaEndings = []struct{ consonant, vowel string }{
	{"이다", "다"}, {"이었다", "였다"}, {"이었지만", "였지만"}, {"이며", "며"}, {"이고", "고"},
	{"이지만", "지만"}, {"임", "임"}, {"임을", "임을"}, {"임에도", "임에도"}, {"이라", "라"},
	{"이라서", "라서"}, {"이라는", "라는"}, {"인데", "인데"}, {"이나", "나"}, {"이면", "면"},
	{"이든", "든"}, {"이거나", "거나"}, {"이야", "야"}, {"이요", "요"}, {"이죠", "죠"},
}

// TestCopulaEndings checks that every ending of copulaEndings, glued to a
// currency or a counter ending in a consonant (원, 명, 곳) or in a vowel
// (달러, 유로, 개, 마리), leaves it a unit: one fact, the amount alone.
func TestCopulaEndings(t *testing.T) {
	for _, e := range copulaEndings {
		cases := []struct{ in, text string }{
			{"그 값은 3억 원" + e.consonant + " 다들 놀랐다.", "3억 원"},
			{"사망자는 5명" + e.consonant + " 다들 놀랐다.", "5명"},
			{"점포는 120곳" + e.consonant + " 다들 놀랐다.", "120곳"},
			{"그 값은 916만 8천949달러" + e.vowel + " 다들 놀랐다.", "916만 8천949달러"},
			{"그 값은 300유로" + e.vowel + " 다들 놀랐다.", "300유로"},
			{"남은 것은 5개" + e.vowel + " 다들 놀랐다.", "5개"},
			{"잡은 것은 30마리" + e.vowel + " 다들 놀랐다.", "30마리"},
		}
		for _, c := range cases {
			fs := Facts(c.in)
			if len(fs) != 1 || fs[0].Text != c.text {
				var got []string
				for _, f := range fs {
					got = append(got, f.Text)
				}
				t.Errorf("Facts(%q) gave %q, want [%q]", c.in, got, c.text)
			}
		}
	}
}

// TestCopulaEndingsWordAfter checks that an ending must end the word: a
// longer word that starts like one (임대, 고객, 면적, 요금) leaves the
// currency or counter no unit.
func TestCopulaEndingsWordAfter(t *testing.T) {
	for _, in := range []string{"3천 원임대료", "100달러고객", "30마리면적", "100달러요금", "5마리야간"} {
		if fs := Facts(in); len(fs) > 0 {
			t.Errorf("Facts(%q) = %q, want none", in, fs[0].Text)
		}
	}
}
