package extract

import (
	"slices"
	"strings"
	"testing"
)

func TestTitleHeads(t *testing.T) {
	tests := []struct {
		doc  string
		want []string
	}{
		{"동네 빵집 매출, 대형 체인 넘었다 - 새벽스포츠", []string{"동네 빵집 매출, 대형 체인 넘었다"}},
		{"동네 빵집 매출, 대형 체인 넘었다 : 경제일반 : 경제 : 새벽", []string{"동네 빵집 매출, 대형 체인 넘었다", "동네 빵집 매출, 대형 체인 넘었다 : 경제일반", "동네 빵집 매출, 대형 체인 넘었다 : 경제일반 : 경제"}},
		{"[경제]동네 빵집 매출, 대형 체인 넘었다 | 새벽", []string{"[경제]동네 빵집 매출, 대형 체인 넘었다", "동네 빵집 매출, 대형 체인 넘었다"}},
		{"속보 - 동네 빵집 매출, 대형 체인 넘었다", nil},
		{"동네 빵집 매출, 대형 체인 넘었다", nil},
	}
	for _, tt := range tests {
		if got := titleHeads(tt.doc); !slices.Equal(got, tt.want) {
			t.Errorf("titleHeads(%q) = %q, want %q", tt.doc, got, tt.want)
		}
	}
}

// TestTitleShownInBody checks the headline of a page with no meta tags
// and no names: the document title's start, shown whole as a text of the
// body in any element, is the headline, without the site's name the
// document title adds.
func TestTitleShownInBody(t *testing.T) {
	story := `<div>` + strings.Join(bodyLines, "<br><br>") + `</div>`
	tests := []struct {
		name, doc, body, want string
	}{
		{"headline in a div, site after a dash", "동네 빵집 매출, 대형 체인 넘었다 - 새벽스포츠",
			`<div><div>동네 빵집 매출, 대형 체인 넘었다</div></div>` + story, "동네 빵집 매출, 대형 체인 넘었다"},
		{"headline in a span, section path after colons", "동네 빵집 매출, 대형 체인 넘었다 : 경제일반 : 경제 : 새벽",
			`<p><span>동네 빵집 매출, 대형 체인 넘었다</span></p>` + story, "동네 빵집 매출, 대형 체인 넘었다"},
		{"a section's label before the headline in the document title", "[경제]동네 빵집 매출, 대형 체인 넘었다 | 새벽뉴스",
			`<div><span>경제</span><span>동네 빵집 매출, 대형 체인 넘었다</span></div>` + story, "동네 빵집 매출, 대형 체인 넘었다"},
		{"no such text: the document title as it is", "동네 빵집 매출, 대형 체인 넘었다 - 새벽스포츠",
			story, "동네 빵집 매출, 대형 체인 넘었다 - 새벽스포츠"},
		{"a longer text holding it is no headline", "동네 빵집 매출, 대형 체인 넘었다 - 새벽스포츠",
			`<p>동네 빵집 매출, 대형 체인 넘었다는 소식이 전해졌다</p>` + story, "동네 빵집 매출, 대형 체인 넘었다 - 새벽스포츠"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := `<html><head><title>` + tt.doc + `</title></head><body>` + tt.body + `</body></html>`
			a, err := FromHTML([]byte(page), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tt.want {
				t.Errorf("title %q, want %q", a.Title, tt.want)
			}
		})
	}
}
