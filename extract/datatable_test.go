package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestIsDataRow(t *testing.T) {
	tests := []struct {
		name, row string
		want      bool
	}{
		{"names and titles", `<tr><td>안전건설국장</td><td>김하늘</td><td>기획예산과장</td></tr>`, true},
		{"header cells", `<tr><th>직위</th><th>성명</th></tr>`, true},
		{"inline markup in a cell", `<tr><td><b>1구간</b></td><td><span>60개</span></td></tr>`, true},
		{"one cell", `<tr><td>안전건설국장</td></tr>`, false},
		{"a block in a cell", `<tr><td><p>안전건설국장</p></td><td>김하늘</td></tr>`, false},
		{"a break in a cell", `<tr><td>안전건설국장<br>김하늘</td><td>1</td></tr>`, false},
		{"a cell of prose lays out the page", `<tr><td>메뉴</td><td>새벽구가 6일 하반기 정기 인사를 단행했다. 이번 인사에서는 국장급 2명과 과장급 3명이 자리를 옮겼다.</td></tr>`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<table>" + tt.row + "</table>"))
			if err != nil {
				t.Fatal(err)
			}
			tr := findFirst(doc, func(n *html.Node) bool { return n.DataAtom == atom.Tr })
			if tr == nil {
				t.Fatal("no row")
			}
			if got := isDataRow(tr); got != tt.want {
				t.Errorf("isDataRow(%s) = %v, want %v", tt.row, got, tt.want)
			}
		})
	}
}
