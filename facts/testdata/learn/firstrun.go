//go:build ignore

// firstrun.go writes, for every money fact of the meaning sets given as
// arguments, the agent and purpose the rules of the commit it is run in
// give it, as JSON Lines on standard output: the rules a set met first,
// before anyone wrote a rule on it (docs/meaning.md "A learned chooser:
// experiment"). It reads the sets and matches facts as eval.ScoreMeaning
// does. Run it in a tree of an old commit:
//
//	git archive COMMIT | tar -x -C /tmp/old && cp firstrun.go /tmp/old/ &&
//	(cd /tmp/old && go run firstrun.go COMMIT /path/to/set.jsonl …)
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/facts"
)

type fact struct {
	Text     string `json:"text"`
	Value    string `json:"value"`
	Currency string `json:"currency"`
}

type mcase struct {
	ID        string `json:"id"`
	Published string `json:"published"`
	Context   string `json:"context"`
	Text      string `json:"text"`
	Facts     []fact `json:"facts"`
}

type out struct {
	Set     string `json:"set"`
	ID      string `json:"id"`
	N       int    `json:"n"`
	Commit  string `json:"commit"`
	Found   bool   `json:"found"`
	Agent   string `json:"agent"`
	Purpose string `json:"purpose"`
}

func main() {
	commit := os.Args[1]
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	for _, p := range os.Args[2:] {
		f, err := os.Open(p)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 0, 64<<10), 4<<20)
		set := strings.TrimSuffix(filepath.Base(p), ".jsonl")
		for sc.Scan() {
			line := strings.TrimSpace(sc.Text())
			if line == "" {
				continue
			}
			var c mcase
			if err := json.Unmarshal([]byte(line), &c); err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
			input, offset := c.Text, 0
			if c.Context != "" {
				input = c.Context + "\n" + c.Text
				offset = utf8.RuneCountInString(c.Context) + 1
			}
			var opt facts.Options
			if c.Published != "" {
				opt.Published, _ = time.Parse(time.RFC3339, c.Published)
			}
			var got []facts.Fact
			for _, f := range facts.Extract(input, opt) {
				if f.Kind == facts.KindMoney && f.Start >= offset {
					got = append(got, f)
				}
			}
			used := make([]bool, len(got))
			for n, want := range c.Facts {
				o := out{Set: set, ID: c.ID, N: n, Commit: commit}
				if k := match(want, got, used); k >= 0 {
					used[k] = true
					o.Found, o.Agent, o.Purpose = true, string(got[k].Agent), string(got[k].Purpose)
				}
				enc.Encode(o)
			}
		}
		f.Close()
	}
}

func match(want fact, got []facts.Fact, used []bool) int {
	best := -1
	for i, f := range got {
		if used[i] || f.Currency != want.Currency {
			continue
		}
		v := ""
		if f.Value != nil {
			v = f.Value.String()
		}
		if v != want.Value && !(want.Value == "" && f.Value == nil) {
			continue
		}
		if f.Text == want.Text || strings.Contains(f.Text, want.Text) || strings.Contains(want.Text, f.Text) {
			return i
		}
		if best < 0 {
			best = i
		}
	}
	return best
}
