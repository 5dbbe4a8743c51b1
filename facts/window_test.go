package facts

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSentenceWindow(t *testing.T) {
	long := strings.Repeat("가나다 ", 150) // 600 code points
	tests := []struct {
		name     string
		sentence string
		fact     string // the first occurrence is the span
		want     string // "" for the whole sentence
	}{
		{"short", "예산은 1조 원이다.", "1조 원", ""},
		{"at most 400", strings.Repeat("가", 394) + " 1조 원", "1조 원", ""},
		{"centred", long + "1조 원 " + long, "1조 원", strings.Repeat("가나다 ", 49) + "1조 원 " + strings.Repeat("가나다 ", 48) + "가나다"},
		{"at the start", "1조 원 " + long, "1조 원", "1조 원 " + strings.Repeat("가나다 ", 98) + "가나다"},
		{"at the end", long + "1조 원", "1조 원", strings.Repeat("가나다 ", 99) + "1조 원"},
		{"no space", strings.Repeat("가", 600) + "1조원" + strings.Repeat("나", 600), "1조원", strings.Repeat("가", 198) + "1조원" + strings.Repeat("나", 199)},
		{"fact too long", strings.Repeat("가", 300) + strings.Repeat("1", 500) + "원", strings.Repeat("1", 500) + "원", strings.Repeat("1", 500) + "원"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := strings.Index(tt.sentence, tt.fact)
			ws, we := sentenceWindow(tt.sentence, 0, len(tt.sentence), a, a+len(tt.fact))
			got, want := tt.sentence[ws:we], tt.want
			if want == "" {
				want = tt.sentence
			}
			if got != want {
				t.Errorf("sentenceWindow(%.20q…, %q) = %.40q… (%d code points), want %.40q… (%d code points)",
					tt.sentence, tt.fact, got, utf8.RuneCountInString(got), want, utf8.RuneCountInString(want))
			}
			if n := utf8.RuneCountInString(got); n > maxWindow && got != tt.fact {
				t.Errorf("window of %d code points, more than %d", n, maxWindow)
			}
		})
	}
}

// TestFactsRunOn checks that a fact in a punctuation-free run of amounts
// carries only a window of it, and that a money word far away in the run
// does not make a bare 조 money: the rules read the window too.
func TestFactsRunOn(t *testing.T) {
	run := strings.Repeat("1조 원 ", 1000)
	for _, f := range Facts(run) {
		if n := utf8.RuneCountInString(f.Sentence); n > maxWindow {
			t.Fatalf("fact %q at %d carries %d code points of its sentence", f.Text, f.Start, n)
		}
	}
	far := "예산 " + strings.Repeat("가나다 ", 200) + "그 팀은 3조 "
	if got := Facts(far); len(got) != 0 {
		t.Errorf("Facts(money word 800 code points away, 3조) = %q, want no fact", got[0].Text)
	}
	near := strings.Repeat("가나다 ", 200) + "예산 3조 "
	if got := Facts(near); len(got) != 1 || got[0].Text != "3조" {
		t.Errorf("Facts(예산 3조 at the end of a run) = %d facts, want 3조", len(got))
	}
}

// TestExplainLongSentence checks that an amount in a sentence longer than
// the window has the meaning it has on its own: Explain reads the window
// around it, not the whole run.
func TestExplainLongSentence(t *testing.T) {
	short := "과기정통부는 올해 AI 반도체에 1조 원을 투입한다"
	pad := strings.Repeat("가나다 ", 300)
	for _, text := range []string{short, pad + short + " " + pad, pad + short, short + " " + pad} {
		fs := Extract(text, Options{})
		if len(fs) != 1 {
			t.Fatalf("Extract(%.20q…) = %d facts, want 1", text, len(fs))
		}
		f := fs[0]
		if f.Role != "level" || f.Agent != "과기정통부" || f.Purpose != "AI 반도체" || f.PeriodText != "올해" {
			t.Errorf("Extract(%d bytes): role %q agent %q purpose %q period %q, want level 과기정통부 AI 반도체 올해",
				len(text), f.Role, f.Agent, f.Purpose, f.PeriodText)
		}
	}
}
