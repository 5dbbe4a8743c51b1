package facts

// formerTitle reports whether word k, 전, is the prefix 前 (former) between
// a family name written alone and the office after it (박 전 특검, 윤 전
// 비대위원장): Korean copy names a person it has named before by the
// surname and the title, and a one-syllable surname before 전 and a noun
// can only be that, whatever the office (6a: a former title stays with its
// name, `강 전 감독`). The office need not be one personTitles knows, so
// the rule rests on the word form (surname + 전 + noun), not on a list of
// offices. 이 and 한 are left out: they are as often this and one (이 전
// 과정, 한 전 직원), and 이 before a known title is surnameBefore's.
func (r *reading) formerTitle(k int) bool {
	if k < 1 || k+1 >= len(r.words) || r.words[k].raw != "전" || r.words[k].part != "" {
		return false
	}
	s, t := r.words[k-1], r.words[k+1]
	if s.raw == "이" || s.raw == "한" || !surnames[s.raw] || s.comma || s.part != "" {
		return false
	}
	return t.noun && !t.time && !t.amt
}
