package extract

import (
	"strings"
	"unicode"
)

// dateWords are the words a date or time line is made of, besides
// numbers: month and weekday names (English, Portuguese, Spanish, Italian,
// French, German, Indonesian, Russian), clock words, zones and the labels
// news sites put before a date.
var dateWords = wordSet(
	// months
	"january february march april may june july august september october november december",
	"jan feb mar apr jun jul aug sep sept oct nov dec",
	"janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
	"enero febrero marzo mayo junio julio septiembre octubre noviembre diciembre",
	"gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre",
	"janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
	"januar februar märz juni juli oktober dezember",
	"januari februari maret mei agustus desember",
	"января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
	// weekdays
	"monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun",
	"segunda terça quarta quinta sexta sábado domingo feira",
	"lunes martes miércoles jueves viernes",
	"lunedì martedì mercoledì giovedì venerdì sabato",
	"senin selasa rabu kamis jumat sabtu minggu",
	// clock, zones, joiners
	"am pm a m p m utc gmt kst est edt cst cdt pst pdt et pt bst cet cest ist jst h",
	"at às as de del di du of the on um em",
	"년 월 일 시 분 초 오전 오후",
	// labels
	"published posted updated modified last date publicado atualizado actualizado pubblicato aggiornato",
	"diterbitkan diperbarui опубликовано обновлено",
	"입력 수정 등록 송고 송고시간 기사입력 최종수정 업데이트 승인",
)

// wordSet returns the set of the space-separated words of lists.
func wordSet(lists ...string) map[string]bool {
	m := make(map[string]bool)
	for _, list := range lists {
		for _, w := range strings.Fields(list) {
			m[w] = true
		}
	}
	return m
}

// isDateLine reports a short line made only of a date and time, such as
// "Nov. 20, 2019, 9:28 AM UTC", "sexta-feira, 22 de outubro de 2010 às
// 20:13" or "입력 2023.04.07 (19:13)": metadata that sits above or below a
// body and is never part of it.
func isDateLine(s string) bool {
	if len(s) > 80 {
		return false
	}
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	var nums, named int
	for _, w := range words {
		switch {
		case isDigits(w):
			nums++
		case dateWords[w]:
			named++
		case hasDigitSuffix(w), hasLabelPrefix(w):
			// Korean dates glue units to numbers: 2023년, 04월, 19시;
			// and labels before them: 입력2022.07.01.
			nums++
			named++
		default:
			return false
		}
	}
	// Numbers alone ("191,400") are no date: a month, a unit or a
	// numeric date or clock shape must be there.
	return nums >= 1 && (named >= 1 || reNumericDate.MatchString(s)) && nums+named >= 2
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// hasDigitSuffix reports a number followed by a Korean date unit
// ("2023년"), an ordinal ("22nd"), or a Korean date label run into the
// clock before it when two dates stand in elements of their own with no
// space between them ("14:51:10수정").
// hasLabelPrefix reports a word that is a date's label glued to a
// number, as a page without spaces sets it: "입력2022", "수정2022".
func hasLabelPrefix(w string) bool {
	i := strings.IndexAny(w, "0123456789")
	if i <= 0 || !dateWords[w[:i]] {
		return false
	}
	return isDigits(w[i:]) || hasDigitSuffix(w[i:])
}

func hasDigitSuffix(w string) bool {
	i := 0
	for i < len(w) && w[i] >= '0' && w[i] <= '9' {
		i++
	}
	if i == 0 || i == len(w) {
		return false
	}
	switch w[i:] {
	case "년", "월", "일", "시", "분", "초", "st", "nd", "rd", "th", "h":
		return true
	}
	return w[i] >= 0x80 && dateWords[w[i:]]
}
