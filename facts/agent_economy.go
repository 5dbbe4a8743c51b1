package facts

// economyOwner returns the country that owns the measure of an economy
// (GDP, 수출액, 국민소득, 예산: tradeNouns) whose noun phrase starts at word
// s, or -1: a country written bare or with 의 before that phrase, with only
// bare nouns between (우리나라 명목 GDP는, 일본의 1인당 GDP는, 한국 연간
// 수출액이), owns it as a firm owns its 매출 (6a). The bare country before
// a modifier was missed (ownerOf looked only at the noun right after it),
// and 우리나라, by which Korean copy names its own country, is no entry of
// countries. A place that is not a country stays where, not whose (북한 내
// 휘발유 가격).
func (r *reading) economyOwner(s int) int {
	if s < 0 || s >= len(r.words) {
		return -1
	}
	c := s
	if !r.economyCountry(c) {
		c = s - 1
		if c < 0 || r.words[c].part != "의" || !r.economyCountry(c) {
			return -1
		}
	} else if r.words[c].part != "" && r.words[c].part != "의" {
		return -1
	}
	for k := c + 1; k < len(r.words) && k <= c+4; k++ {
		w := r.words[k]
		if w.comma || !w.noun || w.amt || w.money || w.verb {
			return -1
		}
		if w.part != "" {
			if tradeNoun(w.stem) {
				return c
			}
			return -1
		}
	}
	return -1
}

// economyCountry reports whether word k names a country: one of countries,
// or 우리나라 (our country), written bare or with 의.
func (r *reading) economyCountry(k int) bool {
	w := r.words[k]
	return !w.comma && (countries[w.stem] || w.stem == "우리나라")
}
