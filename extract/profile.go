package extract

import (
	"strings"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
)

// profile sharpens extraction for one outlet we know: where its body is
// and the furniture its pages carry around or inside it. Profiles only
// help; every outlet here also works with the general rules, which is
// what unknown sites get.
type profile struct {
	name  string
	hosts []string // host names the profile applies to, suffix match
	// signID is an element id that marks the outlet's article pages when
	// the page's URL is unknown.
	signID  string
	body    cascadia.Selector // the body element(s)
	drop    cascadia.Selector // furniture to remove first; may be nil
	caption cascadia.Selector // photo captions to keep apart; may be nil
	section cascadia.Selector // the section or category name; may be nil
}

// mustSelector compiles a selector list of the profiles table; the
// table is fixed, so a bad selector is a programming error caught by the
// tests at package load.
func mustSelector(s string) cascadia.Selector {
	return cascadia.MustCompile(s)
}

// profiles are the outlets of STRUCTURE.md (../shared/testpages), as data.
var profiles = []profile{
	{
		// KBS News: the body is #cont_newstext (classes "detail-body
		// font-size"); a hidden print copy sits in #mailHtmlContentsTop,
		// the 제보 box in div.artical-btm, an empty JS twin in
		// #cont_newstext1.
		name: "kbs", hosts: []string{"news.kbs.co.kr"}, signID: "cont_newstext",
		body:    mustSelector("#cont_newstext"),
		drop:    mustSelector("#mailHtmlContentsTop, #mailHtmlContents, .artical-btm, #cont_newstext1, .tts-notice, .player-notice"),
		section: mustSelector(".category-name"),
	},
	{
		// Naver News: article#dic_area; KBS's 제보 box, photo captions,
		// the video player and the AI summary sit inside it.
		name: "naver", hosts: []string{"n.news.naver.com", "news.naver.com", "m.news.naver.com"}, signID: "dic_area",
		body:    mustSelector("#dic_area, #articleBodyContents"),
		drop:    mustSelector(".artical-btm, .vod_player_wrap, .media_end_summary, .byline"),
		caption: mustSelector("em.img_desc"),
	},
	{
		// SBS: div.text_area, with itemprop=articleBody on most pages.
		name: "sbs", hosts: []string{"news.sbs.co.kr"},
		body: mustSelector("div.main_text div.text_area, div.text_area[itemprop=articleBody]"),
	},
	{
		// MBC: div.news_txt[itemprop=articleBody]; the lead image block
		// inside it.
		name: "mbc", hosts: []string{"imnews.imbc.com"},
		body: mustSelector("div.news_txt"),
	},
	{
		// MBN: #newsViewArea, starting with a player block and a Flash
		// notice.
		name: "mbn", hosts: []string{"mbn.co.kr", "www.mbn.co.kr"}, signID: "newsViewArea",
		body: mustSelector("#newsViewArea"),
	},
	{
		// YTN: the subtitle lines in span.subhead, then the span inside
		// #CmAdContent; itemprop=articleBody is on a wider div.
		name: "ytn", hosts: []string{"ytn.co.kr"}, signID: "CmAdContent",
		body: mustSelector("span.subhead, #CmAdContent > span"),
	},
	{
		// TV Chosun: div.article.font03; an ad iframe in span.view_banner
		// stands in the middle of a sentence.
		name: "tvchosun", hosts: []string{"news.tvchosun.com"},
		body:    mustSelector("div.article.font03"),
		drop:    mustSelector("span.view_banner"),
		caption: mustSelector("p.aboutPhoto"),
	},
	{
		// Yonhap News TV: #articleBody, starting with a <video> block whose
		// fallback text is inside the body.
		name: "yonhapnewstv", hosts: []string{"yonhapnewstv.co.kr"},
		body: mustSelector("#articleBody"),
		drop: mustSelector("div.videoWrap"),
	},
	{
		// Yonhap (Korean and English): the story's paragraphs; asides and
		// the copyright line inside it.
		name: "yonhap", hosts: []string{"yna.co.kr"},
		body:    mustSelector("div.story-news.article, article.story-news"),
		drop:    mustSelector("aside, .txt-copyright"),
		caption: mustSelector("figcaption, .txt-desc"),
	},
}

// profileFor returns the profile of the page's host, else the profile
// whose signID the page carries, else nil.
func profileFor(pageURL string, ids map[string]bool) *profile {
	if host := hostOf(pageURL); host != "" {
		for i := range profiles {
			for _, h := range profiles[i].hosts {
				if host == h || strings.HasSuffix(host, "."+h) {
					return &profiles[i]
				}
			}
		}
	}
	for i := range profiles {
		if p := &profiles[i]; p.signID != "" && ids[p.signID] {
			return p
		}
	}
	return nil
}

// minProfileBody is the text weight a profile's body element must hold
// to be used; a lighter match (an empty JS twin, a changed layout) falls
// back to the general rules.
const minProfileBody = 60

// prepare removes the profile's furniture and marks its captions with the
// class "caption", which the general rules keep apart from the text. It
// returns the elements whose class it changed.
func (p *profile) prepare(doc *goquery.Document) []*html.Node {
	if p.drop != nil {
		doc.FindMatcher(p.drop).Remove()
	}
	if p.caption == nil {
		return nil
	}
	return doc.FindMatcher(p.caption).AddClass("caption").Nodes
}

// sectionName returns the text of the profile's section element, or "".
func (p *profile) sectionName(doc *goquery.Document) string {
	if p.section == nil {
		return ""
	}
	return collapseSpace(doc.FindMatcher(p.section).First().Text())
}

// bodyNodes returns the profile's body elements, or nil when the page's
// body does not match.
func (p *profile) bodyNodes(doc *goquery.Document) []*html.Node {
	sel := doc.FindMatcher(p.body)
	w := 0
	for _, n := range sel.Nodes {
		k, _ := textWeight(rawText(n))
		w += k
	}
	if w < minProfileBody {
		return nil
	}
	return sel.Nodes
}

// isSignID reports whether id marks a profile's pages.
func isSignID(id string) bool {
	for i := range profiles {
		if profiles[i].signID == id {
			return true
		}
	}
	return false
}
