package facts

// subjectOverClause reports whether the actor marked with 이 or 가 at word
// i, followed by the adnominal verb at word k, is the subject of the
// sentence rather than of that clause on a noun: it is the sentence's
// first subject, the noun the clause modifies is no subject (it takes
// 을/를, 에, 에게, 에서, 으로, 와 …), and no subject or topic follows in the
// sentence. Read otherwise, the sentence would have no subject at all
// (미국 정부가 극심한 가뭄 피해를 겪고 있는 … 케냐에 1억 달러를 지원합니다;
// 법무부가 … 연루된 기업 3곳에 대해 … 소송을 제기했습니다). A bare common
// noun of bodies (재계, 업계) is left to the clause, as isSubject leaves it
// before 지난. Seventeenth round.
func (r *reading) subjectOverClause(i, k int) bool {
	w := r.words[i]
	if !w.actor || w.part != "이" && w.part != "가" || commonActor(w.stem) && !w.named {
		return false // 재계가 강력히 반대해온 금융실명제: a bare common noun of bodies, as isSubject reads 지난 after one
	}
	for j := 0; j < i; j++ {
		if p := r.words[j]; p.subj && p.part != "" && p.noun && !p.adn {
			return false // 정부는 북한이 수입한 …: a subject before it
		}
	}
	head := ""
	for j := k + 1; j < len(r.words) && j <= k+4; j++ {
		if x := r.words[j]; x.part != "" || x.verb || x.comma {
			head = x.part
			if x.verb || x.adn {
				head = ""
			}
			break
		}
	}
	if !nonSubjectParts[head] {
		return false // 북한이 수입한 사치품이: the noun is a subject, the clause its own
	}
	for j := k + 1; j < len(r.words); j++ {
		if x := r.words[j]; x.subj && (x.part == "이" || x.part == "가" || x.part == "은" || x.part == "는") && x.noun && !x.adn && !x.verb && !x.time {
			return false // … 사치품을 당국이 압수했다: the sentence's subject is another
		}
	}
	return true
}

// nonSubjectParts are the particles of a noun that is no subject: its object,
// its place, its receiver, its means or its partner.
var nonSubjectParts = setOf("을", "를", "에", "에게", "에서", "으로", "로", "와", "과", "에는", "에서는", "에도")
