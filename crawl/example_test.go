package crawl_test

import (
	"fmt"
	"strings"

	"github.com/newsfacts/newsfacts/crawl"
)

func ExampleCanonical() {
	u, _ := crawl.Canonical("HTTPS://News.KBS.co.kr:443/news/pc/view/view.do?ref=A&ncd=8230001&utm_source=naver#comments")
	fmt.Println(u)
	// Output: https://news.kbs.co.kr/news/pc/view/view.do?ncd=8230001&ref=A
}

func ExampleLoadSources() {
	const file = `
[[source]]
name = "kbs"
start = ["https://news.kbs.co.kr/news/pc/main/main.html"]
articles = ['^https://news\.kbs\.co\.kr/news/pc/view/view\.do\?(.*&)?ncd=\d+']
drop_params = ["ref"]
`
	sources, err := crawl.LoadSources(strings.NewReader(file), "sources.toml")
	if err != nil {
		fmt.Println(err)
		return
	}
	s := sources[0]
	fmt.Println(s.Name, s.Hosts, len(s.Articles))
	// Output: kbs [news.kbs.co.kr] 1
}
