package extract

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// textWeightRef is textWeight decoding every rune: the definition the
// fast paths must keep.
func textWeightRef(s string) (weight, commas int) {
	for _, r := range s {
		switch {
		case r == ',' || r == '.' || r == '?' || r == '!' || r == ';':
			commas++
		case r < utf8.RuneSelf:
			if r > ' ' {
				weight++
			}
		case r >= 0xAC00 && r <= 0xD7A3, r >= 0x4E00 && r <= 0x9FFF, r >= 0x3040 && r <= 0x30FF:
			weight += 2
		case r == '，' || r == '、' || r == '。' || r == '．':
			commas++
		case unicode.IsSpace(r) || r == '\u200b':
		default:
			weight++
		}
	}
	return weight, commas
}

var weightTexts = append(utf8EdgeTexts[:len(utf8EdgeTexts):len(utf8EdgeTexts)],
	"\u0085\u00a0·é\u07ff\u0800\u1000\u167f\u1680\u2000\u200a\u200b\u201c“”\u205f\u3000\u3001\ucfff\ud000\ufeff，", // the edges of textWeight's decoding
	"\xc0\x80\xc1\xbf\xe0\x80\x80\xe1\x80\xe1\xc0\x80\xdf",                                                        // overlong, cut short and invalid sequences
	"Hello, world.",
	"과학기술정보통신부가 AI 분야 추경예산안 가운데 80% 이상을 GPU 확보에 쓰기로 했습니다.",
	"漢字とかな、まじり。",
	"\u00a0\u200b\u3000 \t\n",
)

func TestTextWeight(t *testing.T) {
	for _, s := range weightTexts {
		w, c := textWeight(s)
		ww, wc := textWeightRef(s)
		if w != ww || c != wc {
			t.Errorf("textWeight(%q) = %d, %d, want %d, %d", s, w, c, ww, wc)
		}
	}
}

func FuzzTextWeight(f *testing.F) {
	for _, s := range weightTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		w, c := textWeight(s)
		ww, wc := textWeightRef(s)
		if w != ww || c != wc {
			t.Errorf("textWeight(%q) = %d, %d, want %d, %d", s, w, c, ww, wc)
		}
	})
}
