package facts

import (
	"regexp"
	"strings"
)

// This file reads the size of a dwelling inside the noun phrase a price
// measures: 전용 84㎡ 분양가, 전용면적 59㎡의 분양가, 84㎡ 시세. A floor area
// (a number with ㎡, m², 평 or 평형) before a noun says which unit is
// priced, as 한 포기 says which cabbage (배추 한 포기 가격): it belongs to the
// phrase, and the words before it (the complex's name, 전용) with it
// (docs/meaning.md P1, "Twentieth round: purpose (dompurpose20)", rule A).

// areaSizeRE matches a floor area written as one word: 84㎡, 105.31㎡,
// 85m², 30평, 30평형, with the particle 의 at most.
var areaSizeRE = regexp.MustCompile(`^[0-9]+(?:\.[0-9]+)?(?:㎡|m²|평형|평)(?:의)?$`)

// areaSize reports whether word w is a floor area that modifies the noun
// after it.
// 3.3㎡ alone is the unit of a price per area (3.3㎡ 평균 분양가: per 평),
// no size of a dwelling.
func areaSize(w word) bool {
	return areaSizeRE.MatchString(w.raw) && !strings.HasPrefix(w.raw, "3.3")
}

// withoutAddress drops the address that opens a purpose naming a
// dwelling by its size (청주 흥덕구 복대동 ‘두산위브지웰시티 2차’ 전용면적
// 80㎡의 실거래가 → 두산위브지웰시티 2차 전용면적 80㎡의 실거래가): a run of
// place words, one of them an administrative unit with its suffix (구,
// 동, 읍 …), before the complex's name says where it is, not what is priced
// (P1), and the name loses its quotation marks with it. A measure of a
// place (서울 아파트 평균가격) holds no size and keeps its place (P3).
func withoutAddress(p string) string {
	ws := strings.Fields(p)
	n, unit := 0, false
	for n < len(ws) && placeWord(word{raw: ws[n]}) {
		if !places[ws[n]] && !cityStems[ws[n]] && !provinces[ws[n]] {
			unit = true
		}
		n++
	}
	if !unit || n == len(ws) {
		return p
	}
	sized := false
	for _, w := range ws[n:] {
		if areaSizeRE.MatchString(strings.Trim(w, "‘’'\"")) {
			sized = true
		}
	}
	if !sized {
		return p
	}
	return strings.NewReplacer("‘", "", "’", "").Replace(strings.Join(ws[n:], " "))
}

// areaPerRE matches a unit of a price per area written as one word: 3.3㎡당,
// ㎡당, 3.3㎡(1평)당, 평당, and 3.3㎡ alone (per 평).
var areaPerRE = regexp.MustCompile(`^(?:(?:3\.3)?㎡(?:\(1평\))?당|평당|3\.3㎡)$`)

// areaPerInRE matches such a unit inside a phrase, between two words.
var areaPerInRE = regexp.MustCompile(` (?:(?:3\.3)?㎡(?:\(1평\))?당|평당|3\.3㎡) `)

// withoutAreaPer drops a unit of a price per area from inside purpose p
// (다산신도시 3.3㎡(1평)당 아파트값 → 다산신도시 아파트값, 제주 아파트의 3.3㎡
// 평균 분양가 → 제주 아파트의 평균 분양가): the unit of a rate is no part of
// what is priced (E3), as the 1kg당 of 쌀의 1kg당 가격 is not
// (withoutInnerUnit).
func withoutAreaPer(p string) string {
	return areaPerInRE.ReplaceAllString(p, " ")
}
