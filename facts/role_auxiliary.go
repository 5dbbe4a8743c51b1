package facts

import "strings"

// periphrastic reports whether the verb at word i ends in -게 before the
// auxiliary 되다 or 하다 (초과하게 되면, 내게 하면): -게 되다 (come to do)
// and -게 하다 (make do) join the verb and the auxiliary into one
// predicate, so the verb ends no clause and takes nothing of its own
// apart from the auxiliary's ending; an amount before it is in the
// clause that ending closes (docs/meaning.md "Twenty-third round: role").
func (r *reading) periphrastic(i int) bool {
	if i+1 >= len(r.words) {
		return false
	}
	w := r.words[i]
	if !w.verb || !strings.HasSuffix(w.raw, "게") || w.comma {
		return false
	}
	n := []rune(r.words[i+1].raw)
	if len(n) == 0 || len(n) > 3 {
		return false // 되돌려주면, 하락하면: another verb
	}
	return n[0] == '되' || n[0] == '돼' || n[0] == '됐' || auxHa[string(n)]
}

// auxHa are the forms of the auxiliary 하다 after -게 (내게 하면, 쓰게 했다);
// a list, since 하 also begins nouns (하락, 하향).
var auxHa = setOf("하면", "하고", "한다", "했다", "해", "해야", "하는", "한", "할", "하여", "해서", "하도록", "했고", "하며", "했으며", "하였다")
