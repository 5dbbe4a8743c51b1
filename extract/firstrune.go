package extract

import (
	"regexp"
	"regexp/syntax"
	"unicode/utf8"
)

// firstRune tells, before an expression anchored at the start of the text
// is run, whether the text's first rune can begin a match: the program's
// instructions that can consume the first rune are found once, when the
// package starts, and a line whose first rune none of them takes is
// passed over without running the expression. classifyLine tries some
// fifty expressions on every line of a page, most of them anchored, and a
// call costs a few hundred nanoseconds even when it fails at once.
//
// The test is exact: it never turns away a text the expression matches
// (case folding included, as the program's own instructions decide it).
type firstRune struct {
	// insts are the instructions one of which must take the first rune;
	// nil when the expression is not anchored, or may match the empty
	// text, and so every text is admitted.
	insts []*syntax.Inst
	// ascii holds, bit r, whether insts take the ASCII rune r: the
	// answer for most lines of Latin text, found once.
	ascii [2]uint64
}

// lineStart is what firstRune needs of a text: its first rune, and
// whether it has one.
type lineStart struct {
	r     rune
	empty bool
}

// startOf returns the start of s. An invalid byte reads as
// utf8.RuneError, as the regexp package reads it.
func startOf(s string) lineStart {
	if s == "" {
		return lineStart{empty: true}
	}
	r, _ := utf8.DecodeRuneInString(s)
	return lineStart{r: r}
}

// newFirstRune returns the firstRune of re.
func newFirstRune(re *regexp.Regexp) firstRune {
	// regexp.Compile parses with syntax.Perl and simplifies before it
	// compiles: the same program.
	t, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return firstRune{}
	}
	prog, err := syntax.Compile(t.Simplify())
	if err != nil || prog.StartCond()&syntax.EmptyBeginText == 0 {
		return firstRune{}
	}
	var insts []*syntax.Inst
	seen := make([]bool, len(prog.Inst))
	stack := []uint32{uint32(prog.Start)}
	for len(stack) > 0 {
		pc := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[pc] {
			continue
		}
		seen[pc] = true
		in := &prog.Inst[pc]
		switch in.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			stack = append(stack, in.Out, in.Arg)
		case syntax.InstCapture, syntax.InstNop, syntax.InstEmptyWidth:
			// An empty-width test (\b, $) is taken as passed: more
			// instructions admitted, never fewer.
			stack = append(stack, in.Out)
		case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			insts = append(insts, in)
		default: // InstMatch, InstFail
			if in.Op == syntax.InstMatch {
				return firstRune{} // the empty text may match
			}
		}
	}
	f := firstRune{insts: insts}
	for r := rune(0); r < utf8.RuneSelf; r++ {
		if f.takes(r) {
			f.ascii[r/64] |= 1 << (r % 64)
		}
	}
	return f
}

// admits reports whether a text that starts with st can match. A text
// turned away cannot match; one admitted may or may not.
func (f *firstRune) admits(st lineStart) bool {
	switch {
	case f.insts == nil:
		return true
	case st.empty:
		return false // the expression needs a rune
	case st.r < utf8.RuneSelf:
		return f.ascii[st.r/64]&(1<<(st.r%64)) != 0
	}
	return f.takes(st.r)
}

// takes reports whether one of f.insts takes r.
func (f *firstRune) takes(r rune) bool {
	for _, in := range f.insts {
		// As the regexp package's machines test each kind.
		switch in.Op {
		case syntax.InstRune1:
			if r == in.Rune[0] {
				return true
			}
		case syntax.InstRuneAny:
			return true
		case syntax.InstRuneAnyNotNL:
			if r != '\n' {
				return true
			}
		default:
			if in.MatchRune(r) {
				return true
			}
		}
	}
	return false
}
