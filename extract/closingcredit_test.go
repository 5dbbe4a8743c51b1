package extract

import "testing"

func TestSplitClosingCredit(t *testing.T) {
	const (
		prose   = lineKind(0)
		caption = lineCaption
		drop    = lineDrop
	)
	tests := []struct {
		name          string
		p             string
		kinds         []lineKind
		i             int
		prose, credit string
	}{
		{"last paragraph", "축제는 다음 달 3일까지 이어질 예정이다. 사진=새벽일보 DB", []lineKind{prose, prose, caption, drop}, 2, "축제는 다음 달 3일까지 이어질 예정이다.", "사진=새벽일보 DB"},
		{"quote before the credit", "그는 \"끝까지 뛰겠다\"고 말했다. 사진=OSEN", []lineKind{prose, caption}, 1, "그는 \"끝까지 뛰겠다\"고 말했다.", "사진=OSEN"},
		{"prose after it", "축제는 다음 달 3일까지 이어질 예정이다. 사진=새벽일보 DB", []lineKind{prose, caption, prose}, 1, "", ""},
		{"another caption after it", "축제는 다음 달 3일까지 이어질 예정이다. 사진=새벽일보 DB", []lineKind{prose, caption, caption}, 1, "", ""},
		{"no prose before it", "축제는 다음 달 3일까지 이어질 예정이다. 사진=새벽일보 DB", []lineKind{caption, prose}, 0, "", ""},
		{"caption tense", "3일 시민들이 축제장을 둘러보고 있다. 사진=연합뉴스", []lineKind{prose, caption}, 1, "", ""},
		{"caption scene", "축제장을 찾은 시민들의 모습. 사진=연합뉴스", []lineKind{prose, caption}, 1, "", ""},
		{"credit run into the sentence", "3일 축제장을 찾은 시민들./사진=연합뉴스", []lineKind{prose, caption}, 1, "", ""},
		{"credit alone", "사진=연합뉴스", []lineKind{prose, caption}, 1, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			prose, credit, ok := splitClosingCredit(tt.p, tt.kinds, tt.i)
			if ok != (tt.prose != "") || prose != tt.prose || credit != tt.credit {
				t.Errorf("splitClosingCredit(%q) = %q, %q, %v; want %q, %q", tt.p, prose, credit, ok, tt.prose, tt.credit)
			}
		})
	}
}

func TestSplitClosingAddress(t *testing.T) {
	tests := []struct {
		name        string
		p           string
		kinds       []lineKind
		i           int
		prose, addr string
	}{
		{"last paragraph", "추후 상황을 지켜봐야 한다. /bora@saebyeok.example", []lineKind{0, 0, lineCaption}, 1, "추후 상황을 지켜봐야 한다.", "bora@saebyeok.example"},
		{"quote before the slash", "그는 \"다시 뛰겠다\"고 말했다./bora@saebyeok.example", []lineKind{0, 0}, 1, "그는 \"다시 뛰겠다\"고 말했다.", "bora@saebyeok.example"},
		{"prose after it", "추후 상황을 지켜봐야 한다. /bora@saebyeok.example", []lineKind{0, 0}, 0, "", ""},
		{"an address without the slash is the story's", "문의는 센터로 하면 된다. help@center.example", []lineKind{0, 0}, 1, "", ""},
		{"no sentence before it", "bora@saebyeok.example", []lineKind{0, 0}, 1, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			prose, addr, ok := splitClosingAddress(tt.p, tt.kinds, tt.i)
			if ok != (tt.prose != "") || prose != tt.prose || addr != tt.addr {
				t.Errorf("splitClosingAddress(%q) = %q, %q, %v; want %q, %q", tt.p, prose, addr, ok, tt.prose, tt.addr)
			}
		})
	}
}

func TestSplitClosingSignature(t *testing.T) {
	tests := []struct {
		name             string
		p                string
		kinds            []lineKind
		i                int
		prose, who, addr string
	}{
		{"signature and address run into the last sentence", "청산해야 할 적폐라고 주장했다. 한가을기자 autumn@saebyeok.example", []lineKind{0, 0, lineDrop}, 1, "청산해야 할 적폐라고 주장했다.", "한가을", "autumn@saebyeok.example"},
		{"signature alone, with a space before 기자", "추후 상황을 지켜봐야 한다. 한가을 기자", []lineKind{0, 0}, 1, "추후 상황을 지켜봐야 한다.", "한가을", ""},
		{"prose after it", "추후 상황을 지켜봐야 한다. 한가을 기자", []lineKind{0, 0}, 0, "", "", ""},
		{"a slash before the signature", "영향을 미칠 것이라고 전망했다. /한가을기자 autumn@saebyeok.example", []lineKind{0, 0}, 1, "영향을 미칠 것이라고 전망했다.", "한가을", "autumn@saebyeok.example"},
		{"a reporter named in a sentence is the story's", "이 소식은 한가을 기자가 처음 전했다", []lineKind{0, 0}, 1, "", "", ""},
		{"no sentence's end before the name", "구청 관계자와 한가을 기자", []lineKind{0, 0}, 1, "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			prose, who, addr, ok := splitClosingSignature(tt.p, tt.kinds, tt.i)
			if ok != (tt.prose != "") || prose != tt.prose || who != tt.who || addr != tt.addr {
				t.Errorf("splitClosingSignature(%q) = %q, %q, %q, %v; want %q, %q, %q", tt.p, prose, who, addr, ok, tt.prose, tt.who, tt.addr)
			}
		})
	}
}

func TestBracketCredit(t *testing.T) {
	tests := []struct {
		in, prose, credit string
	}{
		{"주민 의견 수렴도 거쳤다고 덧붙였다. (사진=연합뉴스)", "주민 의견 수렴도 거쳤다고 덧붙였다.", "(사진=연합뉴스)"},
		{"구청은 이날 계획을 밝혔다. [그래픽=김지혜]", "구청은 이날 계획을 밝혔다.", "[그래픽=김지혜]"},
		{"“부담스럽다”고 말했다.(사진 제공=새벽구)", "“부담스럽다”고 말했다.", "(사진 제공=새벽구)"},
		// A bracket inside the sentence, or a sentence that does not end
		// before it, stays.
		{"구청은 (사진=연합뉴스) 계획을 밝혔다.", "", ""},
		{"사진 작가 (사진=본인 제공)", "", ""},
	}
	for _, tt := range tests {
		m := reBracketCredit.FindStringSubmatch(tt.in)
		if tt.prose == "" {
			if m != nil {
				t.Errorf("reBracketCredit(%q) = %q, want no match", tt.in, m)
			}
			continue
		}
		if m == nil || m[1] != tt.prose || m[2] != tt.credit {
			t.Errorf("reBracketCredit(%q) = %q, want %q and %q", tt.in, m, tt.prose, tt.credit)
		}
	}
}

func TestSplitClosingOutlet(t *testing.T) {
	tests := []struct {
		name          string
		p             string
		kinds         []lineKind
		i             int
		prose, credit string
	}{
		{"wire credit run into the last sentence", "의미가 없다”고 강조했다.<연합뉴스>", []lineKind{0, 0}, 1, "의미가 없다”고 강조했다.", "<연합뉴스>"},
		{"an acronym in parentheses", "협상은 계속된다고 밝혔다. (AP)", []lineKind{0, 0, lineDrop}, 1, "협상은 계속된다고 밝혔다.", "(AP)"},
		{"prose after it", "의미가 없다”고 강조했다.<연합뉴스>", []lineKind{0, 0}, 0, "", ""},
		{"a label that names no outlet", "장은 예정대로 열린다.(종합)", []lineKind{0, 0}, 1, "", ""},
		{"no sentence's end before it", "구청과 <새벽일보>", []lineKind{0, 0}, 1, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			prose, credit, ok := splitClosingOutlet(tt.p, tt.kinds, tt.i)
			if ok != (tt.prose != "") || prose != tt.prose || credit != tt.credit {
				t.Errorf("splitClosingOutlet(%q) = %q, %q, %v; want %q, %q", tt.p, prose, credit, ok, tt.prose, tt.credit)
			}
		})
	}
}

func TestDropClosingCaptionEcho(t *testing.T) {
	story := []string{"시장 변동성이 커지면서 주가연계증권의 매력이 커졌다.", "정기예금은 단기로 가입하는 게 좋다."}
	tests := []struct {
		name     string
		last     string
		captions []string
		drop     bool
	}{
		{"the portrait's caption again", "한가람 새벽은행 강남센터 PB팀장", []string{"한가람 새벽은행 강남센터 PB팀장"}, true},
		{"no such caption", "한가람 새벽은행 강남센터 PB팀장", []string{"시장 풍경. /새벽일보"}, false},
		{"a sentence the caption repeats", "정기예금은 단기로 가입하는 게 좋다.", []string{"정기예금은 단기로 가입하는 게 좋다."}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			paras := append(append([]string{}, story...), tt.last)
			got := dropClosingCaptionEcho(paras, tt.captions)
			if dropped := len(got) == len(story); dropped != tt.drop {
				t.Errorf("dropped %v, want %v: %q", dropped, tt.drop, got)
			}
		})
	}
}
