package extract

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
)

// boxRule recognises furniture inside the body by the label that heads it:
// a box of bullet points under "뉴스 요약쏙", a font-size widget under
// "글자크기 설정", whole related articles under "관련 뉴스". Their
// elements carry no telling class name, and their lines read as prose, so
// neither the drop rules nor the line rules see them.
type boxRule struct {
	name string
	// re matches the whole label text.
	re *regexp.Regexp
	// maxBox is the text weight above which an element is too big to be
	// the box: the box is the largest ancestor of the label below it (and
	// below half of the body).
	maxBox int
	// tail drops the label and everything after it in its parent when no
	// box wraps it: related articles close a body.
	tail bool
}

// boxRules are tried on every short text of a page whose keys it holds.
var boxRules = []boxRule{
	// Machine-written summaries above the article (매일경제's "뉴스
	// 요약쏙", "AI 요약", "3줄 요약"): they repeat the article's amounts,
	// which would count every fact twice.
	{"machine summary", regexp.MustCompile(`^(뉴스\s*요약쏙|요약쏙|AI\s*요약|AI\s*가?\s*요약한\s*(뉴스|기사|내용)|AI\s*뉴스\s*요약|[0-9세]\s*줄\s*요약|핵심\s*요약|기사\s*요약)\s*[:：]?$`), 2500, false},
	// Font-size and reading tools left inside the body.
	{"font size widget", regexp.MustCompile(`^(글자\s*크기|글씨\s*크기|폰트\s*크기|본문\s*글자\s*크기)(\s*(설정|조절|변경|선택))?$`), 300, false},
	// Related news that repeat whole articles after the body.
	{"related news", regexp.MustCompile(`^(관련\s*뉴스|관련\s*기사|함께\s*보면\s*좋은\s*(뉴스|기사)|추천\s*(뉴스|기사)|이\s*시각\s*(주요|추천|인기)\s*(뉴스|기사))$`), 4000, true},
}

// boxKeys are substrings one of which a label holds: a cheap test before
// the expressions.
var boxKeys = []string{"요약", "크기", "관련", "함께", "추천", "이 시각"}

// boxLabel is a label of a boxRule found in the page's text.
type boxLabel struct {
	text *html.Node
	rule *boxRule
}

// maxBoxLabel is the length in bytes above which a text is no label.
const maxBoxLabel = 60

// boxRuleOf returns the rule whose label s is, or nil.
func boxRuleOf(s string) *boxRule {
	s = strings.TrimSpace(s) // before the length: a saved page may indent it deeply
	if len(s) > maxBoxLabel+20 || !containsAny(s, boxKeys) {
		return nil
	}
	for i := range boxRules {
		if boxRules[i].re.MatchString(s) {
			return &boxRules[i]
		}
	}
	return nil
}

// dropBoxes removes from the chosen body elements the boxes that labels
// head. t holds the stats of the cleaned page.
func dropBoxes(t *statTable, chosen []*html.Node, labels []boxLabel) {
	for _, l := range labels {
		var root *html.Node
		for _, r := range chosen {
			if isAncestor(r, l.text) && r != l.text.Parent {
				root = r
				break
			}
		}
		if root == nil || l.text.Parent == nil {
			continue // outside the body, or already removed
		}
		total := t.get(root).text
		// The label's element: the outermost that holds only the label.
		el := l.text.Parent
		w, _ := textWeight(l.text.Data)
		for el.Parent != nil && el.Parent != root && t.get(el.Parent).text <= w {
			el = el.Parent
		}
		box := el
		for p := el.Parent; p != nil && p != root; p = p.Parent {
			pt := t.get(p).text
			if pt > l.rule.maxBox || pt*2 > total {
				break
			}
			box = p
		}
		if box != el {
			remove(box)
			continue
		}
		parent := el.Parent
		if !l.rule.tail || parent == nil {
			remove(el)
			continue
		}
		// A heading in the body's own flow: what follows it is the
		// related articles, provided enough article stands before it.
		before := 0
		for c := parent.FirstChild; c != nil && c != el; c = c.NextSibling {
			if c.Type == html.ElementNode {
				before += t.get(c).text
			} else if c.Type == html.TextNode {
				k, _ := textWeight(c.Data)
				before += k
			}
		}
		if before < minArticle {
			remove(el)
			continue
		}
		for c := el; c != nil; {
			next := c.NextSibling
			remove(c)
			c = next
		}
	}
}
