package eval

import (
	"fmt"
	"strings"

	"github.com/newsfacts/newsfacts/facteval"
)

// FillMeaning gives each case read from a fetched copy (From set, no
// text) its text and context from m, and checks that each fact's text is
// in the sentence. It returns the first error, naming the case's file,
// line and id: a missing repository or a changed file is an error, never
// a skip.
func FillMeaning(cases []MeaningCase, m *facteval.Mirror) error {
	for i := range cases {
		c := &cases[i]
		if c.From == nil || c.Text != "" {
			continue
		}
		text, err := m.Text(*c.From)
		if err != nil {
			return fmt.Errorf("%s: %s: %w", c.File, c.ID, err)
		}
		c.Text = text
		if c.ContextFrom != nil && c.Context == "" {
			if c.Context, err = m.Text(*c.ContextFrom); err != nil {
				return fmt.Errorf("%s: %s: context: %w", c.File, c.ID, err)
			}
		}
		for _, f := range c.Facts {
			if !strings.Contains(c.Text, f.Text) {
				return fmt.Errorf("%s: %s: fact %q not in the sentence read from %s", c.File, c.ID, f.Text, c.From.Repo)
			}
		}
	}
	return nil
}
