package web

import "testing"

// TestColumnsKnown: every filter and sort of the facts browser names a
// column the stores can turn into SQL, and nothing else is one.
func TestColumnsKnown(t *testing.T) {
	for _, f := range factFilters {
		lookup := FactColumn
		if f.Op == OpHas {
			lookup = ListColumn
		}
		if _, ok := lookup(f.Column); !ok {
			t.Errorf("filter %s: column %q has no SQL", f.Param, f.Column)
		}
	}
	for _, s := range factSorts {
		if _, ok := FactColumn(s.Column); !ok {
			t.Errorf("sort %s: column %q has no SQL", s.Param, s.Column)
		}
	}
	for _, name := range []string{"", "f.id; DROP TABLE facts", "context_words"} {
		if _, ok := FactColumn(name); ok {
			t.Errorf("FactColumn(%q) known", name)
		}
	}
	if !OnArticle([]Cond{{Column: "kind"}, {Column: "outlet"}}) || OnArticle([]Cond{{Column: "kind"}}) {
		t.Error("OnArticle: want true only with a condition on an article's column")
	}
}
