package facts

import "strings"

// glossCompared reports whether the amount a stands alone in brackets
// glossing the noun before it, a thing (not a time nor a survey's result:
// the same measure earlier), and the bracket is then compared
// with or counted from (롯데 몽쉘(9천원)보다 20% 저렴하다; 최소액(5만원)의 10배를
// 초과하지 못하도록): the price of a thing another is measured against is
// nobody's deed in the sentence (docs/meaning.md "agent"; seventeenth
// round).
func (r *reading) glossCompared(a amount) bool {
	pre, post := r.text[:a.start], r.text[a.end:]
	if !strings.HasSuffix(pre, "(") || !strings.HasPrefix(post, ")") {
		return false
	}
	post = post[1:]
	if !strings.HasPrefix(post, "보다") && !strings.HasPrefix(post, "의 ") {
		return false
	}
	w := r.words[a.first]
	stem := strings.TrimSuffix(r.text[w.start:a.start], "(")
	if stem == "" || isActor(stem) || isPerson(stem) || w.time || strings.HasSuffix(stem, "전") || strings.HasSuffix(stem, "결과") {
		return false // 한달 전(10,886원)보다, 같은 조사 결과(39만 5천원)보다: the same measure earlier, its owner's
	}
	return true
}
