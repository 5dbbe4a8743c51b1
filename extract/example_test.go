package extract_test

import (
	"fmt"

	"github.com/newsfacts/newsfacts/extract"
)

func ExampleParseAmount() {
	for _, s := range []string{"1조 8천억", "1.8조", "3억5천만", "삼천억", "1억 2조"} {
		d, err := extract.ParseAmount(s)
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
	// extract.ParseAmount: parsing "1억 2조": at byte 6: 조 out of order: invalid syntax
}

func ExampleFormatKorean() {
	fmt.Println(extract.FormatKorean(extract.Decimal{Coef: 1800000000000}))
	fmt.Println(extract.FormatKorean(extract.Decimal{Coef: 275, Scale: 2}))
	// Output:
	// 1조 8000억
	// 2.75
}
