package facts

import (
	"encoding/json"
	"math"
	"testing"
)

func TestDecimalString(t *testing.T) {
	tests := []struct {
		in   Decimal
		want string
	}{
		{Decimal{}, "0"},
		{Decimal{Coef: 1800000000000}, "1800000000000"},
		{Decimal{Coef: 275, Scale: 2}, "2.75"},
		{Decimal{Coef: 50, Scale: 2}, "0.5"},
		{Decimal{Coef: 5, Scale: 3}, "0.005"},
		{Decimal{Coef: -105, Scale: 2}, "-1.05"},
		{Decimal{Coef: 18, Scale: -11}, "1800000000000"},
		{Decimal{Coef: 1000, Scale: 3}, "1"},
	}
	for _, tt := range tests {
		if got := tt.in.String(); got != tt.want {
			t.Errorf("%#v.String() = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDecimalMarshalJSON(t *testing.T) {
	v := &Decimal{Coef: 1460000000000}
	b, err := json.Marshal(struct {
		V *Decimal `json:"v"`
		N *Decimal `json:"n"`
	}{V: v})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(b), `{"v":1460000000000,"n":null}`; got != want {
		t.Errorf("json = %s, want %s", got, want)
	}
}

func TestDecimalCmp(t *testing.T) {
	tests := []struct {
		a, b Decimal
		want int
	}{
		{Decimal{Coef: 25, Scale: 1}, Decimal{Coef: 250, Scale: 2}, 0},
		{Decimal{Coef: 5, Scale: 1}, Decimal{Coef: 25, Scale: 2}, 1},
		{Decimal{Coef: 2, Scale: 1}, Decimal{Coef: 25, Scale: 2}, -1},
		{Decimal{Coef: 96}, Decimal{Coef: 97}, -1},
		{Decimal{Coef: -15, Scale: 1}, Decimal{Coef: -12, Scale: 1}, -1},
		{Decimal{Coef: -5, Scale: 1}, Decimal{Coef: 5, Scale: 1}, -1},
		{Decimal{Coef: 18, Scale: -11}, Decimal{Coef: 1800000000000}, 0},
		{Decimal{Coef: math.MaxInt64}, Decimal{Coef: math.MaxInt64, Scale: 1}, 1},
		{Decimal{Coef: 1, Scale: 20}, Decimal{}, 1},
		{Decimal{Coef: -1, Scale: 20}, Decimal{}, -1},
		{Decimal{Coef: 1, Scale: 19}, Decimal{Coef: 1, Scale: 20}, 1},
	}
	for _, tt := range tests {
		if got := tt.a.Cmp(tt.b); got != tt.want {
			t.Errorf("%v.Cmp(%v) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
		if got := tt.b.Cmp(tt.a); got != -tt.want {
			t.Errorf("%v.Cmp(%v) = %d, want %d", tt.b, tt.a, got, -tt.want)
		}
	}
}

func TestDecimalArithmetic(t *testing.T) {
	tests := []struct {
		name string
		got  func() (Decimal, bool)
		want string // "" for overflow
	}{
		{"1.8 shift 12", func() (Decimal, bool) { return Decimal{Coef: 18, Scale: 1}.shift(12) }, "1800000000000"},
		{"0.005 shift 2", func() (Decimal, bool) { return Decimal{Coef: 5, Scale: 3}.shift(2) }, "0.5"},
		{"922 shift 16", func() (Decimal, bool) { return Decimal{Coef: 922}.shift(16) }, "9220000000000000000"},
		{"923 shift 16", func() (Decimal, bool) { return Decimal{Coef: 923}.shift(16) }, ""},
		{"1 shift 19", func() (Decimal, bool) { return Decimal{Coef: 1}.shift(19) }, ""},
		{"2.75 + 0.25", func() (Decimal, bool) { return Decimal{Coef: 275, Scale: 2}.plus(Decimal{Coef: 25, Scale: 2}) }, "3"},
		{"1조 + 0.5", func() (Decimal, bool) { return Decimal{Coef: 1e12}.plus(Decimal{Coef: 5, Scale: 1}) }, "1000000000000.5"},
		{"max + 1", func() (Decimal, bool) { return Decimal{Coef: math.MaxInt64}.plus(Decimal{Coef: 1}) }, ""},
		{"max + 0.1", func() (Decimal, bool) { return Decimal{Coef: math.MaxInt64}.plus(Decimal{Coef: 1, Scale: 1}) }, ""},
	}
	for _, tt := range tests {
		got, ok := tt.got()
		switch {
		case tt.want == "" && ok:
			t.Errorf("%s = %v, want overflow", tt.name, got)
		case tt.want != "" && !ok:
			t.Errorf("%s overflowed, want %s", tt.name, tt.want)
		case ok && got.String() != tt.want:
			t.Errorf("%s = %v, want %s", tt.name, got, tt.want)
		}
	}
}

func TestMul(t *testing.T) {
	tests := []struct {
		a, b int64
		ok   bool
	}{
		{3037000499, 3037000499, true},
		{3037000500, 3037000500, false},
		{math.MinInt64, -1, false},
		{-1, math.MinInt64, false},
		{math.MaxInt64, 1, true},
		{0, math.MinInt64, true},
	}
	for _, tt := range tests {
		if _, ok := mul(tt.a, tt.b); ok != tt.ok {
			t.Errorf("mul(%d, %d) ok = %v, want %v", tt.a, tt.b, ok, tt.ok)
		}
	}
}
