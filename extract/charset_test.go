package extract

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/korean"

	"github.com/newsfacts/newsfacts/internal/shared"
)

// cp949 encodes s in code page 949, for test inputs.
func cp949(t *testing.T, s string) []byte {
	t.Helper()
	b, err := korean.EUCKR.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDecode(t *testing.T) {
	const hangul = "<p>서울시는 올해 공공 자전거 3천 대를 늘린다고 밝혔습니다. 대여소도 200곳 늘어납니다.</p>"
	tests := []struct {
		name        string
		page        []byte
		contentType string
		want        string // decoded text; "" to skip the check
		charset     string
		err         error
	}{
		{"utf-8 plain", []byte(hangul), "", hangul, CharsetUTF8, nil},
		{"utf-8 bom", append([]byte{0xEF, 0xBB, 0xBF}, hangul...), "", hangul, CharsetUTF8, nil},
		{"utf-16le bom", []byte{0xFF, 0xFE, '<', 0, 'p', 0, '>', 0}, "", "<p>", "utf-16le", nil},
		{"header euc-kr", cp949(t, hangul), "text/html; charset=EUC-KR", hangul, CharsetCP949, nil},
		{"header ks_c_5601", cp949(t, hangul), "text/html; charset=ks_c_5601-1987", hangul, CharsetCP949, nil},
		{"header x-windows-949", cp949(t, hangul), "text/html;charset=x-windows-949", hangul, CharsetCP949, nil},
		{"header uhc", cp949(t, hangul), "text/html; charset=\"uhc\"", hangul, CharsetCP949, nil},
		{"meta ms949", append([]byte(`<meta charset="ms949">`), cp949(t, hangul)...), "", "", CharsetCP949, nil},
		{"meta http-equiv", append([]byte(`<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">`), cp949(t, hangul)...), "", "", CharsetCP949, nil},
		{"xml declaration", append([]byte(`<?xml version="1.0" encoding="euc-kr"?>`), cp949(t, hangul)...), "", "", CharsetCP949, nil},
		{"sniffed cp949", cp949(t, hangul), "", hangul, CharsetCP949, nil},
		{"declared euc-kr, bytes utf-8", append([]byte(`<meta charset="euc-kr">`), hangul...), "", "", CharsetUTF8, nil},
		{"header lies utf-8, bytes cp949", cp949(t, hangul), "text/html; charset=utf-8", hangul, CharsetCP949, nil},
		{"latin-1 declared", []byte("<meta charset=\"iso-8859-1\"><p>caf\xe9</p>"), "", "<meta charset=\"iso-8859-1\"><p>café</p>", "windows-1252", nil},
		{"latin-1 undeclared", []byte("<p>na\xefve caf\xe9</p>"), "", "<p>naïve café</p>", "windows-1252", nil},
		{"binary", []byte{0x89, 'P', 'N', 'G', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'}, "", "", "", ErrNotHTML},
		{"unknown charset", []byte("<meta charset=\"x-klingon\"><p>\xff\xfe\xfd</p>"), "", "", "", ErrCharset},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, charset, err := Decode(tt.page, tt.contentType)
			if !errors.Is(err, tt.err) {
				t.Fatalf("Decode error = %v, want %v", err, tt.err)
			}
			if err != nil {
				return
			}
			if charset != tt.charset {
				t.Errorf("Decode charset = %q, want %q", charset, tt.charset)
			}
			if tt.want != "" && !strings.HasSuffix(got, tt.want) {
				t.Errorf("Decode = %q, want suffix %q", got, tt.want)
			}
			if strings.ContainsRune(got, '\uFFFD') {
				t.Errorf("Decode left replacement characters: %q", got)
			}
		})
	}
}

// TestDecodeSharedSamples decodes the real CP949 samples and the Naver
// page that declares euc-kr on UTF-8 bytes (../shared/testpages).
func TestDecodeSharedSamples(t *testing.T) {
	tests := []struct {
		file, charset, contains string
	}{
		{"_encoding/cp949-news-snippet-no-charset.html", CharsetCP949, "국회 폭력방지법"},
		{"_encoding/cp949-declared-euckr-ricanet.xml", CharsetCP949, "리카넷"},
		{"naver/naver-section-politics-20221229.html", CharsetUTF8, "네이버 뉴스"},
	}
	for _, tt := range tests {
		page, err := os.ReadFile(filepath.Join(testpagesDir, tt.file))
		if err != nil {
			shared.Missing(t, tt.file, err)
		}
		got, charset, err := Decode(page, "")
		if err != nil {
			t.Errorf("Decode(%s): %v", tt.file, err)
			continue
		}
		if charset != tt.charset || !strings.Contains(got, tt.contains) {
			t.Errorf("Decode(%s) = charset %q, contains %q: %v; want %q", tt.file, charset, tt.contains, strings.Contains(got, tt.contains), tt.charset)
		}
	}
}
