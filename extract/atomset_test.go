package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html/atom"
)

// tagNames are HTML element names, known to x/net/html and not.
var tagNames = strings.Fields(`a abbr address area article aside audio b base bdi bdo blockquote body br
button canvas caption center cite code col colgroup data datalist dd del details dfn dialog dir div dl dt
em embed fieldset figcaption figure font footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr
html i iframe img input ins kbd label legend li link main map mark math menu meta meter nav noscript object
ol optgroup option output p param picture pre progress q rp rt ruby s samp script section select slot small
source span strike strong style sub summary sup svg table tbody td template textarea tfoot th thead time
title tr track tt u ul var video wbr amp-img my-widget x fb:like`)

func TestAtomSet(t *testing.T) {
	in := []atom.Atom{atom.A, atom.Abbr, atom.Div, atom.Script, atom.Br, atom.B, atom.Body}
	s := newAtomSet(in...)
	want := make(map[atom.Atom]bool)
	for _, a := range in {
		want[a] = true
	}
	for _, name := range tagNames {
		a := atom.Lookup([]byte(name))
		if got := s.has(a); got != want[a] {
			t.Errorf("has(%q) = %v, want %v", name, got, want[a])
		}
	}
	// Atoms that hash to one slot, and more than the table holds.
	var many []atom.Atom
	for a := atom.Atom(1); len(many) < 2*atomSlots; a += 0x100 {
		many = append(many, a)
	}
	full := newAtomSet(many...)
	for i, a := range many {
		if got, want := full.has(a), i < atomSlots-1; got != want {
			t.Errorf("has(%#x), atom %d of %d = %v, want %v", a, i, len(many), got, want)
		}
	}
	if s.has(0) || full.has(0) {
		t.Error("has(0) = true, want false")
	}
}
