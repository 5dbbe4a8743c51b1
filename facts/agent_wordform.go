package facts

import (
	"strings"
	"unicode/utf8"
)

// Word forms that look like a name of someone and are not (the domestic
// third round, domagent22). Each rests on how a Korean word is built, not
// on the words of a sentence read.

// orgEndInThing reports whether the organisation ending e that word n
// ends with is only the tail of a longer noun of money or measure that n
// ends with: 영업손실 ends in 실 (비서실, 상황실) only as 손실 does, a loss;
// 국민연금기금 ends in 기금 as its own noun and stays a body.
func orgEndInThing(n, e string) bool {
	r, _ := utf8.DecodeLastRuneInString(n)
	for _, t := range thingEndIndex[r] {
		if len(t) > len(e) && strings.HasSuffix(t, e) && strings.HasSuffix(n, t) {
			return true
		}
	}
	return false
}

// perUnitAfterCount reports whether the last word of the agent's words
// ws is a noun with 당 (per) right after a count (1천회 클릭당, 광고 1건
// 노출당): the unit of a rate, nobody. A party (더불어민주당, 정의당) is
// never written after a number.
func perUnitAfterCount(ws []word) bool {
	if len(ws) < 2 {
		return false
	}
	last, before := ws[len(ws)-1], ws[len(ws)-2]
	return strings.HasSuffix(last.raw, "당") && last.part == "" && startsDigit(before.raw)
}

// afterQuoteMark returns agent p without what stands before a double
// quotation mark inside it: a quotation ends there and a new clause
// begins (…표시를 해 놓아서…"공정위는 … 과태료를 부과하고 → 공정위); a
// name is not written across the end of a quotation.
func afterQuoteMark(p string) string {
	k := strings.LastIndexAny(p, "\"“”")
	if k <= 0 {
		return p
	}
	_, w := utf8.DecodeRuneInString(p[k:])
	if rest := strings.TrimSpace(p[k+w:]); rest != "" {
		return rest
	}
	return p
}

// studyNouns end the nouns of a study, a survey, a lookup or a report:
// what one finds or counts about others (연구, 조사, 분석, 조회, 보도자료,
// 통계, 연구 결과), no account of one's own money.
var studyNouns = []string{"연구", "조사", "분석", "조회", "집계", "통계", "보도자료", "자료", "보고서", "결과"}

// citesStudy reports whether the words after the source at word s, up to
// the 에 of 에 따르면, name a study of others (블록체인 분석 회사들의 연구에
// 따르면, 국토부의 아파트실거래가조회에 따르면): the 의-owner of a study is
// who found the figure, a source and no owner of it (E1). A plan or an
// account (LG전자의 비행 계획에 따르면) stays its owner's.
func (r *reading) citesStudy(s int) bool {
	for k := s + 1; k < len(r.words) && k <= s+4; k++ {
		w := r.words[k]
		if w.part == "에" || w.part == "에서" {
			return hasAnySuffix(w.stem, studyNouns)
		}
	}
	return false
}

// copulaJiNoun reports whether word w, whose noun ends in 이지, is a noun
// with its particle (카카오페이지는, 홈페이지에, 이미지를) and not the copula's
// -이지 before 만 (수준이지만), the one particle the copula's -지 takes in
// news copy: a firm's name that ends like a verb's ending stays a name.
func copulaJiNoun(w word) bool {
	return strings.HasSuffix(w.stem, "이지") && w.part != "만" && w.part != "도" && w.part != "요"
}

// sharePriceOf reports whether the subject d of a verb of trading (…에
// 거래됐다) is a share price (카카오 주가는 13만원에 거래됐다): a measure of the
// company's shares, which the company owns (D18-5, 6a), not a thing
// traded with nobody's price.
func sharePriceOf(d string) bool {
	ws := strings.Fields(d)
	return len(ws) >= 2 && ws[len(ws)-1] == "주가"
}

// listItemTopic reports whether word i is the topic of the next item of a
// list of amounts (A는 9억원, B는 160억원): a topic in 은/는 right after an
// amount and a comma, with an amount of its own before any verb. It owns
// that amount, not the one before the comma.
func (r *reading) listItemTopic(i int) bool {
	if i < 1 || !r.words[i-1].comma || !r.words[i-1].money || !topicParts[r.words[i].part] || !r.isSubject(i) {
		return false
	}
	for k := i + 1; k < len(r.words) && k <= i+4; k++ {
		w := r.words[k]
		if w.money {
			return true
		}
		if w.verb || w.comma {
			return false
		}
	}
	return false
}

// digitsBefore reports whether word n is a number with the organisation
// ending e glued to it (21위, 3부, 2국): a rank or an ordinal, no body's
// name, which has letters before its ending (금통위, 민주당).
func digitsBefore(n, e string) bool {
	stem := strings.TrimSuffix(n, e)
	return stem != "" && strings.Trim(stem, "0123456789,.") == ""
}

// acquisitionNouns begin the verbal nouns of acquiring a firm, whose bare
// noun before them is their object, the firm bought (넥슨 인수 금액, 넥슨
// 인수금액): no owner of the measure they open.
var acquisitionNouns = []string{"인수", "매입", "매수", "합병"}

// acquiredBy reports whether noun n is a verbal noun of acquiring.
func acquiredBy(n string) bool { return hasAnyPrefix(n, acquisitionNouns) }
