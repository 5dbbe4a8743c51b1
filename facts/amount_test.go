package facts

import (
	"errors"
	"testing"
)

// amountTests are the inputs of ParseAmount with the value they must give
// (as Decimal.String) or the error they must wrap. The fuzz target is
// seeded with them.
var amountTests = []struct {
	in   string
	want string
	err  error
}{
	// Digits and units, spaced or not.
	{"1조 8천억", "1800000000000", nil},
	{"1조 4,600억", "1460000000000", nil},
	{"1,723억", "172300000000", nil},
	{"1,936억", "193600000000", nil},
	{"1.8조", "1800000000000", nil},
	{"18조", "18000000000000", nil},
	{"3억5천만", "350000000", nil},
	{"1억2,345만6,789", "123456789", nil},
	{"1억 2345만 6789", "123456789", nil},
	{"12조 3456억", "12345600000000", nil},
	{"5조 5천억", "5500000000000", nil},
	{"3만 5천", "35000", nil},
	{"2천5백만", "25000000", nil},
	{"2천5백50", "2550", nil},
	{"5천 만", "50000000", nil},
	{"1,800 억", "180000000000", nil},
	{"20억", "2000000000", nil},
	{"0.5", "0.5", nil},
	{"2.75", "2.75", nil},
	{"1,000,000", "1000000", nil},
	{"1.5천억", "150000000000", nil},
	{"2,326조", "2326000000000000", nil},
	{"1경", "10000000000000000", nil},
	{"922경", "9220000000000000000", nil},
	{"922경 3372조 368억 5477만 5807", "9223372036854775807", nil},
	// Hangul numerals and bare units.
	{"삼천억", "300000000000", nil},
	{"오십억", "5000000000", nil},
	{"천억", "100000000000", nil},
	{"만", "10000", nil},
	{"백만", "1000000", nil},
	{"십만", "100000", nil},
	{"일억", "100000000", nil},
	{"이천", "2000", nil},
	{"구천구백구십구", "9999", nil},
	{"일조 오천억", "1500000000000", nil},
	{"만천", "11000", nil},
	// English scale words (Yonhap English).
	{"455 million", "455000000", nil},
	{"600 billion", "600000000000", nil},
	{"7.7 trillion", "7700000000000", nil},
	// Not amounts.
	{"", "", ErrSyntax},
	{" ", "", ErrSyntax},
	{"조", "", ErrSyntax},
	{"억", "", ErrSyntax},
	{"1조조", "", ErrSyntax},
	{"1억 2조", "", ErrSyntax},
	{"1만 2억", "", ErrSyntax},
	{"1억 20000만", "", ErrSyntax},
	{"1만 20000", "", ErrSyntax},
	{"3천5000", "", ErrSyntax},
	{"백천", "", ErrSyntax},
	{"12천", "", ErrSyntax},
	{"이삼", "", ErrSyntax},
	{"3 5", "", ErrSyntax},
	{"1,2345", "", ErrSyntax},
	{"1234,567", "", ErrSyntax},
	{"1,23", "", ErrSyntax},
	{"1.", "", ErrSyntax},
	{"1.8조 5천억", "", ErrSyntax},
	{"1조  8천억", "", ErrSyntax},
	{"1조 ", "", ErrSyntax},
	{" 1조", "", ErrSyntax},
	{"1조 원", "", ErrSyntax},
	{"10여억", "", ErrSyntax},
	{"-5", "", ErrSyntax},
	{"1억 455 million", "", ErrSyntax},
	{"455 million 원", "", ErrSyntax},
	{"조사", "", ErrSyntax},
	// Too large for a Decimal.
	{"923경", "", ErrRange},
	{"9223372036854775808", "", ErrRange},
	{"99999999999999999999", "", ErrRange},
	{"1.00000000000000000001", "", ErrRange},
	{"1,000경", "", ErrRange},
	{"10000000 trillion", "", ErrRange},
}

func TestParseAmount(t *testing.T) {
	for _, tt := range amountTests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseAmount(tt.in)
			if tt.err != nil {
				if !errors.Is(err, tt.err) {
					t.Fatalf("ParseAmount(%q) = %v, %v; want error %v", tt.in, got, err, tt.err)
				}
				var ae *AmountError
				if !errors.As(err, &ae) || ae.Func != "ParseAmount" || ae.Input != tt.in {
					t.Errorf("ParseAmount(%q) error %#v, want *AmountError with Func and Input", tt.in, err)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseAmount(%q) error: %v", tt.in, err)
			}
			if got.String() != tt.want {
				t.Errorf("ParseAmount(%q) = %v, want %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestAmountErrorMessage(t *testing.T) {
	_, err := ParseAmount("1억 2조")
	want := `facts.ParseAmount: parsing "1억 2조": at byte 6: 조 out of order: invalid syntax`
	if err == nil || err.Error() != want {
		t.Errorf("ParseAmount error = %v, want %s", err, want)
	}
}

func TestFormatKorean(t *testing.T) {
	tests := []struct {
		in   Decimal
		want string
	}{
		{Decimal{}, "0"},
		{Decimal{Coef: 7}, "7"},
		{Decimal{Coef: 10000}, "1만"},
		{Decimal{Coef: 1800000000000}, "1조 8000억"},
		{Decimal{Coef: 1460000000000}, "1조 4600억"},
		{Decimal{Coef: 123456789}, "1억 2345만 6789"},
		{Decimal{Coef: 100000005}, "1억 5"},
		{Decimal{Coef: 275, Scale: 2}, "2.75"},
		{Decimal{Coef: 100005, Scale: 1}, "1만 0.5"},
		{Decimal{Coef: 18, Scale: -11}, "1조 8000억"},
		{Decimal{Coef: 9223372036854775807}, "922경 3372조 368억 5477만 5807"},
		{Decimal{Coef: -2000}, "-2000"},
		{Decimal{Coef: -9223372036854775808}, "-922경 3372조 368억 5477만 5808"},
	}
	for _, tt := range tests {
		if got := FormatKorean(tt.in); got != tt.want {
			t.Errorf("FormatKorean(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestFormatParse checks the round trip on every value the table parses.
func TestFormatParse(t *testing.T) {
	for _, tt := range amountTests {
		d, err := ParseAmount(tt.in)
		if err != nil {
			continue
		}
		s := FormatKorean(d)
		back, err := ParseAmount(s)
		if err != nil || back.Cmp(d) != 0 {
			t.Errorf("ParseAmount(FormatKorean(%v) = %q) = %v, %v", d, s, back, err)
		}
	}
}
