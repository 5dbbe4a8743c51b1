package extract_test

import (
	"fmt"
	"strings"

	"github.com/newsfacts/newsfacts/extract"
)

func ExampleFromHTML() {
	page := `<html lang="ko"><head><title>도서관 야간 개관 | 한빛일보</title>
<meta property="article:published_time" content="2025-03-02T00:15:00Z"></head>
<body><nav><a href="/">홈</a></nav>
<div class="article_body">
시립도서관 다섯 곳이 다음 달부터 밤 10시까지 문을 엽니다.<br><br>
시는 인력 12명을 새로 뽑는 데 4억 5천만 원을 쓰기로 했습니다.<br><br>
■ 제보하기<br>▷ 전화 : 02-000-0000
</div>
<div class="share"><a href="#">공유하기</a></div></body></html>`
	a, err := extract.FromHTML([]byte(page), extract.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Title)
	fmt.Println(a.Published.Format("2006-01-02 15:04 -07:00"))
	fmt.Println(a.Text)
	// Output:
	// 도서관 야간 개관
	// 2025-03-02 09:15 +09:00
	// 시립도서관 다섯 곳이 다음 달부터 밤 10시까지 문을 엽니다.
	// 시는 인력 12명을 새로 뽑는 데 4억 5천만 원을 쓰기로 했습니다.
}

func ExampleDecode() {
	// "기사" in code page 949, served with a legacy charset label.
	page := []byte("<p>\xb1\xe2\xbb\xe7</p>")
	text, charset, err := extract.Decode(page, "text/html; charset=ks_c_5601-1987")
	fmt.Println(text, charset, err)
	// Output: <p>기사</p> cp949 <nil>
}

func ExampleDedupe() {
	paras := []string{
		"정부가 내년 예산을 656조 원으로 확정했습니다.",
		"지출 증가율은 역대 최저 수준입니다.",
		// A print copy of the same body, with different spacing.
		"정부가  내년 예산을 656조 원으로 확정했습니다.",
		"지출 증가율은 역대 최저 수준입니다",
	}
	fmt.Println(strings.Join(extract.Dedupe(paras), "\n"))
	// Output:
	// 정부가 내년 예산을 656조 원으로 확정했습니다.
	// 지출 증가율은 역대 최저 수준입니다.
}
