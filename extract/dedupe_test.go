package extract

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestDedupe(t *testing.T) {
	body := []string{
		"과학기술정보통신부가 AI 분야 추경예산안 가운데 80% 이상을 GPU 확보에 쓰기로 했습니다.",
		"올해 안에 첨단 GPU 1만 장을 확보해 AI 컴퓨팅 인프라를 확충한다는 구상입니다.",
		"여기에는 이번 추경안의 81.1%인 1조 4,600억 원이 쓰입니다.",
		"유상임 장관은 “이번 추경은 매우 시의적절하다”고 밝혔습니다.",
	}
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"no copies", body, body},
		{"whole body again (print copy)", concat(body, body), body},
		{"three copies", concat(body, body, body), body},
		{"copy without its first paragraph (read-aloud script)", concat(body, body[1:]), body},
		{"copy differing in spacing and punctuation", concat(body, []string{
			"과학기술정보통신부가  AI 분야 추경예산안 가운데 80% 이상을 GPU 확보에 쓰기로 했습니다",
			"올해 안에 첨단 GPU 1만 장을 확보해, AI 컴퓨팅 인프라를 확충한다는 구상입니다!",
			"여기에는 이번 추경안의 81.1%인 1조 4,600억 원이 쓰입니다.",
			"유상임 장관은 \"이번 추경은 매우 시의적절하다\"고 밝혔습니다.",
		}), body},
		{"body flattened into one line (JSON copy)", concat(body, []string{strings.Join(body, " ")}), body},
		{"stutter: the lede twice in a row", concat(body[:1], body), body},
		{"amount repeated is no copy", []string{"보건·복지", "1조 8천억 원", "연구·개발", "1조 8천억 원"}, []string{"보건·복지", "1조 8천억 원", "연구·개발", "1조 8천억 원"}},
		{"short lines repeat", []string{"Meal 1", "Eat every 2–3 hours", "Oatmeal with berries and nuts for the morning.", "Meal 2", "Eat every 2–3 hours", "Salad with chickpeas and a lemon dressing."},
			[]string{"Meal 1", "Eat every 2–3 hours", "Oatmeal with berries and nuts for the morning.", "Meal 2", "Eat every 2–3 hours", "Salad with chickpeas and a lemon dressing."}},
		{"a question asked of every interviewee", []string{
			"What made you start cooking for other people?", "My grandmother ran a small bakery in our village.",
			"Where do you find new recipes these days?", "Mostly in old cookbooks from second-hand shops.",
			"What made you start cooking for other people?", "I wanted my friends to eat something better than takeaway.",
		}, []string{
			"What made you start cooking for other people?", "My grandmother ran a small bakery in our village.",
			"Where do you find new recipes these days?", "Mostly in old cookbooks from second-hand shops.",
			"What made you start cooking for other people?", "I wanted my friends to eat something better than takeaway.",
		}},
		{"copy with the short lines of a script inside it (print copy of a broadcast)",
			concat([]string{"[앵커]"}, body[:2], []string{"홍길동 기자입니다.", "[리포트]"}, body[2:], []string{"KBS 뉴스 홍길동입니다."},
				[]string{"뉴스 7", "[앵커]"}, body[:2], []string{"홍길동 기자입니다.", "[리포트]"}, body[2:], []string{"KBS 뉴스 홍길동입니다."}),
			concat([]string{"[앵커]"}, body[:2], []string{"홍길동 기자입니다.", "[리포트]"}, body[2:], []string{"KBS 뉴스 홍길동입니다.", "뉴스 7"})},
		{"a short line seen before is no copy alone", []string{"[앵커]", body[0], "[앵커]", body[1]}, []string{"[앵커]", body[0], "[앵커]", body[1]}},
		{"empty", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Dedupe(tt.in)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Dedupe(%q)\n = %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func concat(parts ...[]string) []string {
	var out []string
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

func TestDupKey(t *testing.T) {
	tests := []struct{ a, b string }{
		{"Hello,  world!", "hello world"},
		{"“인용” 부호", "\"인용\" 부호"},
		{"1조 8천억 원", "1조8천억원"},
	}
	for _, tt := range tests {
		if dupKey(tt.a) != dupKey(tt.b) {
			t.Errorf("dupKey(%q) = %q, dupKey(%q) = %q, want equal", tt.a, dupKey(tt.a), tt.b, dupKey(tt.b))
		}
	}
}

func TestSameArticle(t *testing.T) {
	const text = "시는 항만 사업 예산으로 모두 11억 원을 확정했다고 밝혔다. 사업은 올해 하반기에 시작해 내년 말까지 이어진다."
	tests := []struct {
		titleA, textA, titleB, textB string
		want                         bool
	}{
		{"항만 예산", text, "항만 예산", text, true},
		{"항만 예산", text, "다른 제목", "  " + text + " ", true},
		{"항만 예산", text, "항만 예산", text + " 모바일 화면에만 붙는 안내 문구가 더 있다.", true},
		{"항만 예산", text, "급식실 환기", "교육청은 급식실 환기 설비를 바꾸는 데 22억 원을 쓴다고 밝혔다.", false},
		{"항만 예산", text, "항만 예산", "전혀 다른 본문이 같은 제목 아래 실렸다. 제목만 같을 뿐 내용은 다르다.", false},
	}
	for _, tt := range tests {
		if got := SameArticle(tt.titleA, tt.textA, tt.titleB, tt.textB); got != tt.want {
			t.Errorf("SameArticle(%q, %q) = %v, want %v", tt.titleB, tt.textB, got, tt.want)
		}
	}
}

// FuzzPairSig holds the signature isCopy trusts: a key inside another has
// no pair the other lacks.
func FuzzPairSig(f *testing.F) {
	f.Add("과학기술정보통신부가ai분야추경예산안", 3, 12)
	f.Add("whatmadeyoustartcookingforotherpeople", 0, 37)
	f.Add("", 0, 0)
	f.Fuzz(func(t *testing.T, e string, i, j int) {
		if i < 0 || j < i || j > len(e) {
			return
		}
		k := e[i:j]
		ks, es := signature(k), signature(e)
		if !ks.within(&es) {
			t.Errorf("signature(%q) not within signature(%q)", k, e)
		}
	})
}

// dupKeyRef is dupKey written plainly, rune by rune: the reference the
// fast version must agree with on every input.
func dupKeyRef(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case r >= 'A' && r <= 'Z':
			b.WriteRune(r + 'a' - 'A')
		case r < utf8.RuneSelf:
		case r >= 0xAC00 && r <= 0xD7A3:
			b.WriteRune(r)
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

var dupKeyTexts = append(utf8EdgeTexts[:len(utf8EdgeTexts):len(utf8EdgeTexts)],
	"He declined to comment.",
	"과학기술정보통신부가 AI 분야 추경예산안 가운데 80% 이상을 GPU 확보에 쓰기로 했습니다.",
	"ÀÉÎ Straße ΑΒΓ ١٢٣ 漢字とかな",
	"\ufffd가힣ꀀ",
)

func TestDupKeyRef(t *testing.T) {
	for _, s := range dupKeyTexts {
		if got, want := dupKey(s), dupKeyRef(s); got != want {
			t.Errorf("dupKey(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzDupKey(f *testing.F) {
	for _, s := range dupKeyTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := dupKey(s), dupKeyRef(s); got != want {
			t.Errorf("dupKey(%q) = %q, want %q", s, got, want)
		}
	})
}
