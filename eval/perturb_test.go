package eval

import (
	"strings"
	"testing"
)

func TestPerturb(t *testing.T) {
	page := `<html><head><meta name="description" content="요약"><script type="application/ld+json">{}</script><link rel="canonical" href="/a"><link rel="stylesheet" href="a.css"></head><body><article class="news-body" id="art"><header class="hd"><h1>제목</h1><time datetime="2024-01-02" class="t">2024.01.02</time></header><div class="body"><p>첫 문단.</p><p>둘째 <b>문단</b>.</p></div><figure><figcaption>사진</figcaption></figure></article></body></html>`
	tests := []struct {
		p    Perturbation
		want string // the body element's HTML after the change
	}{
		{Unchanged, `<body><article class="news-body" id="art"><header class="hd"><h1>제목</h1><time datetime="2024-01-02" class="t">2024.01.02</time></header><div class="body"><p>첫 문단.</p><p>둘째 <b>문단</b>.</p></div><figure><figcaption>사진</figcaption></figure></article></body>`},
		{NoNames, `<body><article><header><h1>제목</h1><time datetime="2024-01-02">2024.01.02</time></header><div><p>첫 문단.</p><p>둘째 <b>문단</b>.</p></div><figure><figcaption>사진</figcaption></figure></article></body>`},
		{Renamed, `<body><article class="` + token("news-body") + `" id="` + token("art") + `"><header class="` + token("hd") + `"><h1>제목</h1><time datetime="2024-01-02" class="` + token("t") + `">2024.01.02</time></header><div class="` + token("body") + `"><p>첫 문단.</p><p>둘째 <b>문단</b>.</p></div><figure><figcaption>사진</figcaption></figure></article></body>`},
		{PlainTags, `<body><div><div><h1>제목</h1><span datetime="2024-01-02">2024.01.02</span></div><div class="body"><p>첫 문단.</p><p>둘째 <b>문단</b>.</p></div><div><div>사진</div></div></div></body>`},
		{Wrapped, `<body><article class="news-body" id="art"><header class="hd"><h1>제목</h1><time datetime="2024-01-02" class="t">2024.01.02</time></header><div class="body"><div><div><div><p>첫 문단.</p><p>둘째 <b>문단</b>.</p></div></div></div></div><figure><figcaption>사진</figcaption></figure></article></body>`},
		{BrText, `<body><article class="news-body" id="art"><header class="hd"><h1>제목</h1><time datetime="2024-01-02" class="t">2024.01.02</time></header><div class="body">첫 문단.<br/><br/>둘째 <b>문단</b>.<br/><br/></div><figure><figcaption>사진</figcaption></figure></article></body>`},
		{AllAtOnce, `<body><div><div><h1>제목</h1><span datetime="2024-01-02">2024.01.02</span></div><div class="` + token("body") + `"><div><div><div>첫 문단.<br/><br/>둘째 <b>문단</b>.<br/><br/></div></div></div></div><div><div>사진</div></div></div></body>`},
	}
	tests = append(tests, struct {
		p    Perturbation
		want string
	}{Bare, `<body><article><header><h1>제목</h1><time datetime="2024-01-02">2024.01.02</time></header><div><p>첫 문단.</p><p>둘째 <b>문단</b>.</p></div><figure><figcaption>사진</figcaption></figure></article></body>`})
	tests = append(tests, struct {
		p    Perturbation
		want string
	}{Prettified, "<body>\n  <article class=\"news-body\" id=\"art\">\n   <header class=\"hd\">\n    <h1>\n     제목\n    </h1>\n    <time datetime=\"2024-01-02\" class=\"t\">\n     2024.01.02\n    </time>\n   </header>\n   <div class=\"body\">\n    <p>\n     첫 문단.\n    </p>\n    <p>\n     둘째\n     <b>\n      문단\n     </b>\n     .\n    </p>\n   </div>\n   <figure>\n    <figcaption>\n     사진\n    </figcaption>\n   </figure>\n  </article>\n </body>"})
	for _, tt := range tests {
		t.Run(string(tt.p), func(t *testing.T) {
			out, err := Perturb([]byte(page), tt.p)
			if err != nil {
				t.Fatal(err)
			}
			s := string(out)
			got := s[strings.Index(s, "<body>") : strings.Index(s, "</body>")+len("</body>")]
			if got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
			head := s[:strings.Index(s, "<body>")]
			if kept := strings.Contains(head, "요약") && strings.Contains(head, "ld+json") && strings.Contains(head, "canonical"); kept == (tt.p == Bare) {
				t.Errorf("head %s: self-description kept %v", head, kept)
			}
			if !strings.Contains(head, "stylesheet") {
				t.Errorf("head %s: stylesheet link lost", head)
			}
		})
	}
	if _, err := Perturb([]byte(page), "shuffled"); err == nil {
		t.Error("an unknown perturbation gave no error")
	}
}

func TestTokenHasNoWord(t *testing.T) {
	for _, name := range []string{"article", "caption", "byline", "ad"} {
		tok := token(name)
		if tok == name || strings.Trim(tok[1:], "0123456789") != "" {
			t.Errorf("token(%q) = %q, want q and digits", name, tok)
		}
	}
}
