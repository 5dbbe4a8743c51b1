package facts

import "strings"

// surveyAnswer reports whether amount a is what a share of respondents
// answered (1천332명이 월소득이 300만~600만원이라고 답했다, ”45만원 이상을
// 지출할 계획”이라고 답한 응답자는 16%): the bracket a class of respondents
// falls in, other, as the guide's classes are (3천만 원 미만인 가구). The
// sentence counts respondents (응답자); one speaker's answer (… 기부한 것을
// 환영한다고 답했습니다) and an amount the survey found (평균 지출 예상 비용은
// 47만 3천원으로 조사되었다) are not answers of a class and stay levels.
func (r *reading) surveyAnswer(a amount) bool {
	if !strings.Contains(r.text, "응답자") {
		return false
	}
	quoted := strings.HasSuffix(a.tail, "라고")
	for i := a.after; i < len(r.words) && i <= a.after+3; i++ {
		w := r.words[i]
		if quoted && (strings.HasPrefix(w.raw, "답") || strings.HasPrefix(w.raw, "응답")) {
			return true
		}
		if strings.HasSuffix(w.raw, "라고") {
			quoted = true
			continue
		}
		if w.ends || w.comma {
			return false
		}
	}
	return false
}
