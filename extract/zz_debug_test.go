package extract

import (
	"os"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestZZMeta(t *testing.T) {
	b, err := os.ReadFile(os.Getenv("ZZF"))
	if err != nil {
		t.Skip(err)
	}
	root, _ := html.Parse(strings.NewReader(string(b)))
	m := readMeta(root, "", nil)
	m.choose()
	t.Logf("visPub=%q visMod=%q visDate=%q visByline=%q visLoose=%q pub=%v title=%q", m.visPub, m.visMod, m.visDate, m.visByline, m.visLoose, m.published.t, m.title)
}

func TestZZChosen(t *testing.T) {
	b, err := os.ReadFile(os.Getenv("ZZF"))
	if err != nil {
		t.Skip(err)
	}
	root, _ := html.Parse(strings.NewReader(string(b)))
	body := findFirst(root, func(n *html.Node) bool { return n.DataAtom == 0x2 || n.Data == "body" })
	m := readMeta(root, "", nil)
	m.choose()
	newCleaner(body, m.hints, m.articleBody).clean(body)
	st := newStatTable(512, m.hints)
	collectStats(st, body, false)
	chosen := (&scorer{t: st}).choose(body)
	for _, c := range chosen {
		s := textContent(c)
		if len(s) > 200 {
			s = s[:200]
		}
		t.Logf("chosen <%s class=%q id=%q> parent=<%s> text=%q", c.Data, attr(c, "class"), attr(c, "id"), c.Parent.Data, s)
	}
	bs := st.get(body)
	t.Logf("body stats %+v", bs)
}
