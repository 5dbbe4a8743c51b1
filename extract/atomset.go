package extract

import "golang.org/x/net/html/atom"

// atomSet is a set of elements by atom, asked once for every element of a
// page by the walks: a small open-addressed table, where a map hashed
// every lookup.
type atomSet struct {
	slots [atomSlots]atom.Atom
}

// atomSlots is the size of an atomSet's table: sets hold a few dozen
// atoms, and a sparse table finds most in one probe.
const atomSlots = 256

// newAtomSet returns the set of atoms; the zero atom (an element x/net/html
// does not know) is never in a set, nor more than atomSlots-1 atoms.
func newAtomSet(atoms ...atom.Atom) *atomSet {
	s := &atomSet{}
	n := 0
	for _, a := range atoms {
		if a == 0 || s.has(a) || n == atomSlots-1 {
			continue
		}
		i := atomSlot(a)
		for s.slots[i] != 0 {
			i = (i + 1) % atomSlots
		}
		s.slots[i] = a
		n++
	}
	return s
}

// atomSlot is where a's search starts.
func atomSlot(a atom.Atom) uint32 { return uint32(a) * 0x9E3779B1 >> 24 }

// has reports whether a is in s.
func (s *atomSet) has(a atom.Atom) bool {
	if a == 0 {
		return false
	}
	for i := atomSlot(a); ; i = (i + 1) % atomSlots {
		switch s.slots[i] {
		case a:
			return true
		case 0:
			return false
		}
	}
}
