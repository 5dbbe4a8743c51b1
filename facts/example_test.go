package facts_test

import (
	"fmt"

	"github.com/newsfacts/newsfacts/facts"
)

func ExampleParseAmount() {
	for _, s := range []string{"1조 8천억", "1.8조", "3억5천만", "삼천억", "1억 2조"} {
		d, err := facts.ParseAmount(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(s, "=", d)
	}
	// Output:
	// 1조 8천억 = 1800000000000
	// 1.8조 = 1800000000000
	// 3억5천만 = 350000000
	// 삼천억 = 300000000000
	// facts.ParseAmount: parsing "1억 2조": at byte 6: 조 out of order: invalid syntax
}

func ExampleFormatKorean() {
	fmt.Println(facts.FormatKorean(facts.Decimal{Coef: 1800000000000}))
	fmt.Println(facts.FormatKorean(facts.Decimal{Coef: 275, Scale: 2}))
	// Output:
	// 1조 8000억
	// 2.75
}

func ExampleFacts() {
	text := "추경 1조 8천억 원 규모 가운데 80% 이상을 GPU 1만 장 구입에 쓴다. 연구자에게 최대 연 20억 원, 2천억~3천억 원 사이."
	for _, f := range facts.Facts(text) {
		switch {
		case f.Value != nil:
			fmt.Println(f.Kind, f.Text, f.Value, f.Currency+f.Unit, f.Qualifiers, f.Approx)
		default:
			fmt.Println(f.Kind, f.Text, f.Min, f.Max, f.Currency+f.Unit, f.Qualifiers, f.Approx)
		}
	}
	// Output:
	// money 1조 8천억 원 1800000000000 KRW [규모] true
	// percent 80% 80 % [이상] false
	// count 1만 장 10000 장 [] false
	// money 20억 원 2000000000 KRW [최대 연] false
	// money 2천억~3천억 원 200000000000 300000000000 KRW [] false
}
