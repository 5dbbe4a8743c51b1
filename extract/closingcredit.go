package extract

import (
	"strings"
	"unicode/utf8"
)

// splitClosingCredit splits the story's last paragraph of prose when it
// ends with the credit of the story's photos: "… 입대할 예정이다.
// 사진=OSEN". Outlets put that credit after the last sentence. A caption
// line looks the same, so the paragraph must have prose before it and
// no prose, caption or ▲ line after it (kinds holds the kind of every
// line, paras[i] being p), and its sentence must not be in a caption's
// tense ("…하고 있다.", "…하는 모습."). It returns the sentence and the
// credit.
func splitClosingCredit(p string, kinds []lineKind, i int) (prose, credit string, ok bool) {
	m := reTrailingCredit.FindStringSubmatch(p)
	if m == nil || reCaptionTense.MatchString(m[1]) {
		return "", "", false
	}
	before := false
	for j, k := range kinds {
		switch {
		case j < i && k == 0:
			before = true
		case j > i && (k == 0 || k == lineCaption || k == lineMarked):
			return "", "", false
		}
	}
	if !before {
		return "", "", false
	}
	return m[1], m[2], true
}

// splitClosingAddress splits the story's last paragraph of prose when it
// ends with the reporter's address after a slash: "… 아쉽기도 하다.
// /seon@osen.co.kr". Only the last paragraph of prose (kinds holds the
// kind of every line, paras[i] being p) is split: an address inside the
// story is the story's. It returns the sentence and the address.
func splitClosingAddress(p string, kinds []lineKind, i int) (prose, addr string, ok bool) {
	if !strings.Contains(p, "@") {
		return "", "", false
	}
	if !lastProse(kinds, i) {
		return "", "", false
	}
	m := reTrailingAddress.FindStringSubmatch(p)
	if m == nil {
		return "", "", false
	}
	return m[1], m[2], true
}

// splitClosingSignature splits the story's last paragraph of prose when
// the reporter's signature is run into its last sentence: "… 주장했다.
// 김미경기자 the13ook@dt.co.kr". Only the last paragraph of prose (kinds
// holds the kind of every line, paras[i] being p) is split, and only
// after a sentence's end: "… 김미경 기자" in a sentence is the story's. It
// returns the sentence, the name and the address ("" when none).
func splitClosingSignature(p string, kinds []lineKind, i int) (prose, name, addr string, ok bool) {
	if !strings.Contains(p, "기자") && !strings.Contains(p, "특파원") {
		return "", "", "", false
	}
	if !lastProse(kinds, i) {
		return "", "", "", false
	}
	m := reTrailingSignature.FindStringSubmatch(p)
	if m == nil {
		return "", "", "", false
	}
	return m[1], m[2], m[3], true
}

// splitClosingOutlet splits the story's last paragraph of prose when the
// wire's or outlet's credit in brackets is run into its last sentence, as
// papers that carry a wire story close it: "… 의미가 없다”고 강조했다.
// <연합뉴스>", "… 밝혔다. (AP)". Only the last paragraph of prose (kinds
// holds the kind of every line, paras[i] being p) is split, and only
// after a sentence's end. It returns the sentence and the credit.
func splitClosingOutlet(p string, kinds []lineKind, i int) (prose, credit string, ok bool) {
	if n := len(p); n == 0 || !strings.ContainsAny(p[n-1:], ">)]") && !strings.HasSuffix(p, "〉") {
		return "", "", false
	}
	if !lastProse(kinds, i) {
		return "", "", false
	}
	m := reTrailingOutlet.FindStringSubmatch(p)
	if m == nil {
		return "", "", false
	}
	return m[1], m[2], true
}

// lastProse reports whether line i is the last paragraph of prose: no line
// of prose (kind 0) comes after it.
func lastProse(kinds []lineKind, i int) bool {
	for _, k := range kinds[i+1:] {
		if k == 0 {
			return false
		}
	}
	return true
}

// maxCaptionEcho bounds, in runes, a closing line that repeats a caption
// (dropClosingCaptionEcho): a name with its post, not a sentence.
const maxCaptionEcho = 40

// dropClosingCaptionEcho drops the body's last paragraph when it is a
// short line ending no sentence that repeats, word for word, a caption of
// the article's photos: a columnist's name and post under a portrait at
// the top ("정현석 신한PWM SFC강남센터 PB팀장") and again as the sign-off.
func dropClosingCaptionEcho(paras, captions []string) []string {
	if len(paras) < 2 || len(captions) == 0 {
		return paras
	}
	last := paras[len(paras)-1]
	if utf8.RuneCountInString(last) > maxCaptionEcho || endsSentence(last) {
		return paras
	}
	k := dupKey(last)
	for _, c := range captions {
		if dupKey(c) == k && k != "" {
			return paras[:len(paras)-1]
		}
	}
	return paras
}
