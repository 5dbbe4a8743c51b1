package crawl_test

import (
	"bytes"
	"net/http"
	"testing"

	"golang.org/x/text/encoding/korean"

	"github.com/newsfacts/newsfacts/crawl"
	"github.com/newsfacts/newsfacts/internal/fixture"
)

// TestRawBytesKept checks that Korean pages in EUC-KR and CP949 are stored
// byte for byte as served, whether the charset is declared in the header,
// only in <meta>, or nowhere: colly converts a body whose Content-Type
// names another charset to UTF-8, and the extractor, which decodes by the
// stored Content-Type, would then decode it twice.
func TestRawBytesKept(t *testing.T) {
	euckr := func(s string) []byte {
		b, err := korean.EUCKR.NewEncoder().Bytes([]byte(s))
		if err != nil {
			t.Fatalf("encode %q: %v", s, err)
		}
		return b
	}
	// 똠 and 햏 are in CP949 but not in KS X 1001, the EUC-KR set proper.
	text := "<p>정부는 반도체 설비 투자에 정책금융 17조 원을 공급한다. 똠방각하 햏</p>"
	pages := []struct {
		path, contentType string
		body              []byte
	}{
		{"/header.html", "text/html; charset=euc-kr",
			euckr("<html><head><title>헤더에 선언</title></head><body>" + text + `<a href="/more.html">더</a></body></html>`)},
		{"/meta.html", "text/html",
			euckr(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr"><title>메타에만</title></head><body>` + text + "</body></html>")},
		{"/none.html", "text/html",
			euckr("<html><head><title>선언 없음</title></head><body>" + text + "</body></html>")},
		{"/ks_c.html", "text/html; charset=ks_c_5601-1987",
			euckr("<html><head><title>ks_c_5601-1987</title></head><body>" + text + "</body></html>")},
		{"/cp949.html", "text/html;charset=CP949",
			euckr("<html><head><title>CP949</title></head><body>" + text + "</body></html>")},
		{"/more.html", "text/html; charset=EUC-KR", euckr("<html><body><p>링크로 찾은 기사</p></body></html>")},
	}
	mux := http.NewServeMux()
	var index bytes.Buffer
	index.WriteString("<html><body>")
	for _, p := range pages {
		mux.HandleFunc(p.path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", p.contentType)
			w.Write(p.body)
		})
		if p.path != "/more.html" {
			index.WriteString(`<a href="` + p.path + `">x</a>`)
		}
	}
	index.WriteString("</body></html>")
	mux.HandleFunc("/{$}", func(w http.ResponseWriter, r *http.Request) { w.Write(index.Bytes()) })
	srv, _ := serve(t, mux)

	db := mustOpenDB(t)
	cfg := testConfig(t)
	cfg.MaxDepth = 2
	r, err := crawl.Run(t.Context(), db, cfg, []string{srv.URL + "/"})
	if err != nil {
		t.Fatal(err)
	}
	if r.Failed != 0 {
		t.Errorf("run = %+v, want no failures", r)
	}
	for _, p := range pages {
		var (
			body  []byte
			ctype string
		)
		err := db.QueryRow(t.Context(), `SELECT content_type FROM pages WHERE url = ?`, srv.URL+p.path).Scan(&ctype)
		if err == nil {
			body, err = fixture.PageBody(t, db, `SELECT id FROM pages WHERE url = ?`, srv.URL+p.path)
		}
		if err != nil {
			t.Errorf("%s not stored: %v", p.path, err)
			continue
		}
		if !bytes.Equal(body, p.body) {
			t.Errorf("%s stored %d bytes differing from the %d served", p.path, len(body), len(p.body))
		}
		if ctype != p.contentType {
			t.Errorf("%s content_type = %q, want %q as served", p.path, ctype, p.contentType)
		}
	}
}
