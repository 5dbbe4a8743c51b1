package facts

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// nounsFile holds some 26,000 Korean common nouns, Hangul only, from
// open-korean-text (Apache-2.0; see its header and SOURCES.md).
var nounsFile = filepath.Join("testdata", "nouns.txt")

// nouns returns the words of nounsFile.
func nouns(tb testing.TB) []string {
	tb.Helper()
	f, err := os.Open(nounsFile)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var words []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if w := strings.TrimSpace(sc.Text()); w != "" && !strings.HasPrefix(w, "#") {
			words = append(words, w)
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	if len(words) < 20000 {
		tb.Fatalf("%s holds %d words, want more than 20,000", nounsFile, len(words))
	}
	return words
}

// carriers are sentences a noun is tried in: on its own, as the subject,
// placed in a group, and announced, with money words around it so that a
// noun mistaken for a bare 조 would show.
var carriers = []string{
	"%s",
	"%s 문제가 있다.",
	"%s에 편성됐다.",
	"정부는 %s을 발표했다.",
	"예산 %s 지원",
	"올해 예산은 %s이다.",
	"가격은 %s지만 예산은 %s임을 밝혔다.",
	"비용은 %s고 %s면 된다.",
}

// TestNounsNoFacts checks the property of issue 12: no Korean common noun
// on its own, nor in a carrier sentence, is ever a fact. A numeral
// syllable inside a word (구조, 사조, 천장, 만개) must never become a number.
func TestNounsNoFacts(t *testing.T) {
	var bad []string
	for _, w := range nouns(t) {
		for _, c := range carriers {
			s := strings.ReplaceAll(c, "%s", w)
			if fs := Facts(s); len(fs) > 0 {
				bad = append(bad, s+" → "+fs[0].Text+" "+string(fs[0].Kind))
				break
			}
		}
	}
	if len(bad) > 0 {
		t.Errorf("%d nouns give a fact, e.g.:\n%s", len(bad), strings.Join(bad[:min(len(bad), 60)], "\n"))
	}
}
