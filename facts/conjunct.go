package facts

import "unicode/utf8"

// markConjuncts gives a noun no dictionary knows the class of the name it
// is joined to by 와/과 (LS그룹과 엘앤에프는, 삼성전자와 누리텍이): nouns
// coordinated in one phrase are of one kind, so the conjunct of a firm or a
// body that heads the subject acts as it does. Only a conjunct that ends
// the phrase as its subject or topic, three letters or more, and no thing,
// place, money or time is read so (정부와 예산이, 회사와 주가는 stay).
func markConjuncts(ws []word) {
	for i := 1; i < len(ws); i++ {
		p, w := ws[i-1], &ws[i]
		if !p.actor || !p.named || p.comma || (p.part != "와" && p.part != "과") {
			continue
		}
		if w.noun && !w.actor && !w.time && !w.open && (w.part == "은" || w.part == "는" || w.part == "이" || w.part == "가") &&
			!isThing(w.stem) && !places[w.stem] && !countries[w.stem] && !moneyWords[w.stem] && !stopNouns[w.stem] && !bodyNoun(w.stem) &&
			utf8.RuneCountInString(w.stem) >= 3 {
			w.actor, w.name, w.named, w.owner = true, true, true, true
		}
	}
}
