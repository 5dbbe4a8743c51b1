package facts

import (
	"testing"
	"time"
)

func TestSketch(t *testing.T) {
	a := SketchOf("과기정통부는 2일 AI 반도체 연구개발에 3,000억 원을 투입한다고 밝혔다. 지원 대상은 팹리스 기업 40곳이다.")
	b := SketchOf("과기정통부는 2일 AI 반도체 연구개발에 3,000억 원을 투입한다고 발표했다. 지원 대상은 팹리스 기업 40곳이다.")
	c := SketchOf("서울시는 청년 주택 공급에 3,000억 원을 쓴다. 입주는 내년 시작된다.")
	if s := a.Similarity(a); s != 1 {
		t.Errorf("a ~ a = %.2f, want 1", s)
	}
	if s := a.Similarity(b); s < 0.6 {
		t.Errorf("a ~ b = %.2f, want at least 0.6 for one story", s)
	}
	if s := a.Similarity(c); s > 0.2 {
		t.Errorf("a ~ c = %.2f, want at most 0.2 for two stories", s)
	}
	if s := a.Similarity(SketchOf("")); s != 0 {
		t.Errorf("a ~ empty = %.2f, want 0", s)
	}
	if SketchFromBytes(a.Bytes()) != a {
		t.Error("SketchFromBytes(Bytes()) changed the sketch")
	}
	if SketchFromBytes([]byte{1, 2, 3}) != (Sketch{}) {
		t.Error("SketchFromBytes of 3 bytes is not the zero sketch")
	}
}

func TestSameClaim(t *testing.T) {
	day := time.Date(2025, 5, 2, 9, 0, 0, 0, kst)
	st := func(days int, sentence, purpose, story string) Statement {
		return Statement{Published: day.AddDate(0, 0, days), Sentence: sentence, Purpose: purpose, Story: SketchOf(story)}
	}
	const s1 = "과기정통부는 2일 AI 반도체 연구개발에 3,000억 원을 투입한다고 밝혔다."
	base := st(0, s1, "AI 반도체 연구개발", s1)
	tests := []struct {
		name string
		b    Statement
		want bool
	}{
		{"wire copy with a dateline", st(1, "(서울=연합뉴스) 기자 = "+s1, "AI 반도체 연구개발", "다른 본문"), true},
		{"edited", st(0, "과학기술정보통신부가 AI 반도체 연구개발에 3,000억 원을 투입한다고 2일 밝혔다.", "AI 반도체 연구개발", "x"), true},
		{"eight days later", st(8, s1, "AI 반도체 연구개발", s1), false},
		{"another purpose", st(0, s1, "청년 주택", s1), false},
		{"another statement", st(0, "서울시는 청년 주택 공급에 3,000억 원을 쓴다.", "", "서울시는 청년 주택 공급에 3,000억 원을 쓴다."), false},
		{"unknown time", Statement{Sentence: s1}, false},
	}
	for _, tt := range tests {
		if _, got := SameClaim(base, tt.b); got != tt.want {
			t.Errorf("%s: SameClaim = %v, want %v", tt.name, got, tt.want)
		}
	}
	cands := []Statement{tests[0].b, tests[3].b}
	cands[0].Claim, cands[1].Claim = 7, 3
	if c := ClaimOf(base, cands); c != 7 {
		t.Errorf("ClaimOf = %d, want 7", c)
	}
	if c := ClaimOf(base, cands[1:]); c != 0 {
		t.Errorf("ClaimOf another purpose = %d, want 0", c)
	}
}

func TestSameAmount(t *testing.T) {
	won := func(v int64) Fact { return Fact{Kind: KindMoney, Currency: "KRW", Value: &Decimal{Coef: v}} }
	rng := func(lo, hi int64) Fact {
		return Fact{Kind: KindMoney, Currency: "KRW", Min: &Decimal{Coef: lo}, Max: &Decimal{Coef: hi}}
	}
	usd := won(100)
	usd.Currency = "USD"
	for _, tc := range []struct {
		a, b Fact
		want bool
	}{
		{won(100), won(100), true},
		{won(100), won(101), false},
		{won(100), usd, false},
		{rng(1, 2), rng(1, 2), true},
		{rng(1, 2), rng(1, 3), false},
		{won(1), rng(1, 2), false},
		{Fact{Currency: "KRW"}, Fact{Currency: "KRW"}, false}, // vague: no amount to compare
	} {
		if got := SameAmount(tc.a, tc.b); got != tc.want {
			t.Errorf("SameAmount(%v, %v) = %v, want %v", tc.a.Value, tc.b.Value, got, tc.want)
		}
	}
}
