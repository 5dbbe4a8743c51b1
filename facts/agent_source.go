package facts

import "strings"

// This file keeps who reports, counts or estimates a figure from being
// its agent (docs/meaning.md "Decisions, eleventh round", E1): the figure
// takes its owner when one is written, else no one; only a market price
// or rate that nobody in the sentence holds keeps the source that
// surveyed it.

// estimateVerbs begin the verbs of counting and estimating a figure:
// 집계됐다, 추산했다, 추정된다.
var estimateVerbs = []string{"집계", "추산", "추정"}

// passiveAnalysed are the passive forms of 분석하다 that end a sentence
// (… 증가하는 것으로 분석됐다): the figure was found by an analysis, whose
// source names no agent (S4); the active 분석했다 of a sayer stays S5's
// (domagent22).
var passiveAnalysed = []string{"분석됐", "분석되었", "분석된다", "분석되고"}

// estimatedLast reports whether the figures of the sentence were counted
// or estimated: its last verb is one of estimateVerbs (… 140억 달러가
// 들어간 것으로 추정했습니다), or the clause it quotes ends in one (…
// 소요될 것으로 추산된다고 설명했습니다). Whoever does it is a source.
func (r *reading) estimatedLast() bool {
	last := -1
	for i := len(r.words) - 1; i >= 0 && i >= len(r.words)-3; i-- {
		if w := r.words[i]; w.verb {
			if strings.HasPrefix(w.raw, "있") && i > 0 && strings.HasSuffix(r.words[i-1].raw, "고") {
				continue // 추정하고 있다: the verb before the auxiliary
			}
			last = i
			break
		}
	}
	if last < 0 {
		return false
	}
	if hasAnyPrefix(r.words[last].raw, estimateVerbs) || hasAnyPrefix(r.words[last].raw, passiveAnalysed) {
		return true
	}
	if !isSpeechWord(r.words[last].raw) {
		return false
	}
	// …로 추산된다고 (11일) 설명했습니다: the quoted clause's own verb.
	for i := last - 1; i >= 0 && i >= last-2; i-- {
		if w := r.words[i]; strings.HasSuffix(w.raw, "다고") || strings.HasSuffix(w.raw, "라고") {
			return hasAnyPrefix(w.raw, estimateVerbs)
		}
	}
	return false
}

// economyWords end the nouns of a country's economy as a whole — its
// output, trade and balances — that a statistics office or a ministry
// reports but never owns (중국 국가통계국은 … 국내총생산(GDP)이 …
// 위안으로 … 발표했습니다, 상무부는 … 적자를 봤다고 밝혔습니다).
var economyWords = []string{"국내총생산", "GDP", "GDP)", "국민총소득", "경상수지", "무역수지", "적자", "흑자", "수출", "수입", "교역액", "무역액"}

// reportsEconomy reports whether amount a measures a noun of economyWords,
// before it as its subject or topic, or after it with 의 (671억달러의 적자):
// a figure of an economy, which the sentence's topic only reports.
func (r *reading) reportsEconomy(a amount) bool {
	if m, _ := r.measuredSpan(a); m >= 0 && hasAnySuffix(r.words[m].stem, economyWords) {
		return true
	}
	if a.tail == "의" && a.after < len(r.words) && hasAnySuffix(r.words[a.after].stem, economyWords) {
		return true
	}
	return false
}

// reporterOnly reports whether the subject at word i, found for amount a,
// is the sentence's topic only as who counts, estimates or reports the
// figure: the sentence's figures were estimated (estimatedLast), or a is
// a figure of an economy and the sentence ends by saying it, its topic
// no country (북한과 중국은 … 무역액 10억 달러를 기록하며: their own).
func (r *reading) reporterOnly(i int, a amount) bool {
	if i != r.topic() {
		return false
	}
	if r.mediumPassing(i, a) || r.documentBetween(i, a) {
		return true
	}
	if a.after < len(r.words) && strings.HasPrefix(r.words[a.after].raw, "필요") {
		return false // 텍사스주 정부는 1천250억 달러가 필요할 것으로 추산하고 있다: its own need
	}
	return r.estimatedLast() || r.estimatedClause(i, a) || (r.reportsEconomy(a) || r.economySubjectBetween(i, a)) && r.speechLast() && !countries[r.words[i].stem]
}

// economySubjectBetween reports whether a noun of economyWords is the
// subject of a clause between the topic at word i and amount a (상무부는
// 대두 수출이 급증하며 … 1천719억 달러를 기록한데 반해 …라고 밝혔다): the
// amount is that figure's, which the topic only reports.
func (r *reading) economySubjectBetween(i int, a amount) bool {
	for k := i + 1; k < a.first; k++ {
		if w := r.words[k]; (w.part == "이" || w.part == "가") && hasAnySuffix(w.stem, economyWords) {
			return true
		}
	}
	return false
}

// speechLast reports whether the sentence ends with a verb of saying
// (밝혔다, 발표했습니다, 전했다, 지적했다).
func (r *reading) speechLast() bool {
	for i := len(r.words) - 1; i >= 0 && i >= len(r.words)-3; i-- {
		if w := r.words[i]; w.verb {
			if strings.HasPrefix(w.raw, "있") && i > 0 && strings.HasSuffix(r.words[i-1].raw, "고") {
				continue // 밝히고 있습니다: the verb before the auxiliary
			}
			return isSpeechWord(w.raw) || hasAnyPrefix(w.raw, pointOutWords)
		}
	}
	return false
}

// pointOutWords begin 지적하다 (to point out), a verb of saying that
// speechWords leaves out.
var pointOutWords = []string{"지적했", "지적하", "지적합"}

// mediaEnds end the nouns of news media that pass on others' news (통신,
// 로이터 통신, 미국 언론, 외신): what they tell is another's.
var mediaEnds = []string{"통신", "언론", "외신", "신문", "일보"}

// mediaNames are news media named by their initials or a bare name (WSJ은
// … 덧붙였다, 블룸버그는 … 보도했다), as mediaEnds cannot tell them.
var mediaNames = setOf("WSJ", "AP", "AFP", "CNN", "BBC", "NYT", "CNBC", "블룸버그", "로이터")

// priceEnds end the nouns of a market's price or rate (쌀 가격, 시세,
// 원-달러 환율): told by a source with no one holding it, the source is
// its agent (docs/meaning.md, fourth round; E1's exception).
var priceEnds = []string{"가격", "시세", "환율", "값", "요금", "시가", "단가"}

// mediumPassing reports whether word i, the sentence's topic or source,
// is a news medium passing on amount a, which is not a market's price
// held by no one it names between them (통신은 J&J이 생산한 백신 1개의
// 가격은 약 10달러 …라고 전했다; 미국 언론에 따르면 … 최저임금이 시간당
// 11달러까지 오릅니다).
func (r *reading) mediumPassing(i int, a amount) bool {
	if !hasAnySuffix(r.words[i].stem, mediaEnds) && !mediaNames[r.words[i].stem] {
		return false
	}
	m, _ := r.measuredSpan(a)
	if m < 0 || !(hasAnySuffix(r.words[m].stem, priceEnds) || isRateNoun(r.words[m].stem)) {
		return true
	}
	for k := i + 1; k < a.first; k++ {
		if w := r.words[k]; (w.part == "이" || w.part == "가") && (w.actor || w.name) {
			return true // J&J이 생산한 백신의 가격: a seller's price
		}
	}
	return false
}

// speakerOnly reports whether agent is a topic of the sentence and the
// sentence ends by saying: of an amount only spoken about — a condition,
// a class, a hypothetical (role other) — the speaker is no agent (fifth
// round; E1).
func (r *reading) speakerOnly(agent string) bool {
	if !r.speechLast() {
		return false
	}
	for i, w := range r.words {
		if topicParts[w.part] && w.part != "도" && r.isSubject(i) && r.agentPhrase(i) == agent {
			return true
		}
	}
	return false
}

// documentBetween reports whether a law, a bill or a proposal is the
// subject of a clause between the topic at word i and amount a (누리
// 의원은 이 제안이 … 400억 달러로 삭감하는 내용을 담고 있다고 말했다): the
// document states the amount, and the topic only tells what it holds.
func (r *reading) documentBetween(i int, a amount) bool {
	for k := i + 1; k < a.first; k++ {
		if w := r.words[k]; (w.part == "이" || w.part == "가" || w.part == "은" || w.part == "는") && isDocument(w.stem) {
			return true
		}
	}
	return false
}

// estimatedClause reports whether amount a stands in a clause that the
// topic at word i is said to estimate, in the middle of the sentence: a
// verb of estimateVerbs after a, with no verb ending a clause between but
// a condition's -면 and verbs that modify a noun (경제학자들은 … 기기당
// 65∼100달러 정도의 비용이 … 들어가면 되는 것으로 추산, …): whoever
// estimates is a source (E1). Not 정부는 5억 달러를 투입해 피해를 1조
// 원으로 추산했다, where the amount is in a deed of its own.
func (r *reading) estimatedClause(i int, a amount) bool {
	if i >= a.first {
		return false
	}
	for k := a.after; k < len(r.words) && k <= a.last+reach; k++ {
		w := r.words[k]
		if hasAnyPrefix(w.raw, estimateVerbs) && (!w.noun || w.comma || len(w.stem) == len("추산")) {
			return true // 추정했다, 추산된다; 추산, 이 부분 때문이라면: the verb's stem before a comma
		}
		if w.verb && !w.adn && !strings.HasSuffix(w.raw, "면") || w.comma {
			return false
		}
	}
	return false
}

// sourceHolds reports whether the source at word s (X에 따르면) may be
// the agent of amount a (E1): when it is named as the owner of what is
// cited (LG전자의 비행 계획에 따르면: its own account), or when a may be a
// market's price or rate, which the source that surveyed it holds — the
// noun a measures is a price or a rate, or the sentence names a price or a
// unit before a (‘아시아프레스’에 따르면 … kg당 쌀이 5천원대), or a
// measures no noun written. An account of others' money, a noun a
// measures that is no price in a sentence that names none (통일부에
// 따르면 … 탈북자들에게 지원된 정착금은 모두 2천3백88억원), is not the
// source's.
func (r *reading) sourceHolds(s int, a amount) bool {
	if r.words[s].part == "의" && !r.citesStudy(s) {
		return true
	}
	m, _ := r.measuredSpan(a)
	if m < 0 {
		return true
	}
	for k := 0; k < a.first && k < len(r.words); k++ {
		if st := r.words[k].stem; hasAnySuffix(st, priceEnds) || isRateNoun(st) || r.nounRate(k) || rateWord(r.words[k].raw) {
			return true
		}
	}
	return false
}

// reportNouns are the documents that report what others did or hold (a
// report, its materials, a statement, an indictment): the owner of one
// that is the sentence's topic (MS 보고서는 … 북한의 암호화폐 탈취가 …)
// is its source, no agent of the amounts it tells of (E1). A budget or a
// plan (통일부 예산안은) is its owner's, and stays so.
var reportNouns = setOf("보고서", "자료", "보도자료", "설명자료", "문건", "문서", "성명", "성명서", "공소장", "판결문")

// reportsOthers reports whether the noun n is a document of reportNouns
// or an article of a law (제40조), which states a rule, no one's money.
func reportsOthers(n string) bool {
	return reportNouns[n] || articleNumber(n)
}
