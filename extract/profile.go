package extract

import "sync"

// builtinRules are the profiles of the outlets of STRUCTURE.md
// (../shared/testpages), as data in the form an operator writes in
// sources.toml; an operator's entry for one of these hosts overrides or
// extends it (see NewProfiles).
var builtinRules = []struct {
	name   string
	hosts  []string
	signID string
	rules  Rules
}{
	{
		// KBS News: the body is #cont_newstext (classes "detail-body
		// font-size"); a hidden print copy sits in #mailHtmlContentsTop,
		// the 제보 box in div.artical-btm, an empty JS twin in
		// #cont_newstext1.
		"kbs", []string{"news.kbs.co.kr"}, "cont_newstext", Rules{
			Body:    "#cont_newstext",
			Drop:    "#mailHtmlContentsTop, #mailHtmlContents, .artical-btm, #cont_newstext1, .tts-notice, .player-notice",
			Section: ".category-name",
		},
	},
	{
		// Naver News: article#dic_area; KBS's 제보 box, photo captions
		// and the video player sit inside it, and so does the outlet's
		// deck, strong.media_end_summary (its subtitle lines, body as
		// every outlet's deck is; Naver's machine summary is a layer
		// elsewhere). The 2019–2021 layout (#articleBodyContents) shows
		// its time as "기사입력 <span class=t11>2020.05.01. 오전 7:44</span>".
		"naver", []string{"n.news.naver.com", "news.naver.com", "m.news.naver.com"}, "dic_area", Rules{
			Body:    "#dic_area, #articleBodyContents",
			Drop:    ".artical-btm, .vod_player_wrap, .byline",
			Caption: "em.img_desc",
			Date:    "span.media_end_head_info_datestamp_time[data-date-time], .sponsor span.t11",
		},
	},
	{
		// SBS: div.text_area, with itemprop=articleBody on most pages.
		"sbs", []string{"news.sbs.co.kr"}, "", Rules{
			Body: "div.main_text div.text_area, div.text_area[itemprop=articleBody]",
		},
	},
	{
		// MBC: div.news_txt[itemprop=articleBody]; the lead image block
		// inside it.
		"mbc", []string{"imnews.imbc.com"}, "", Rules{
			Body: "div.news_txt",
		},
	},
	{
		// MBN: #newsViewArea, starting with a player block and a Flash
		// notice.
		"mbn", []string{"mbn.co.kr", "www.mbn.co.kr"}, "newsViewArea", Rules{
			Body: "#newsViewArea",
		},
	},
	{
		// YTN: the subtitle lines in span.subhead, then the span inside
		// #CmAdContent; itemprop=articleBody is on a wider div.
		"ytn", []string{"ytn.co.kr"}, "CmAdContent", Rules{
			Body: "span.subhead, #CmAdContent > span",
		},
	},
	{
		// TV Chosun: div.article.font03; an ad iframe in span.view_banner
		// stands in the middle of a sentence.
		"tvchosun", []string{"news.tvchosun.com"}, "", Rules{
			Body:    "div.article.font03",
			Drop:    "span.view_banner",
			Caption: "p.aboutPhoto",
		},
	},
	{
		// Yonhap News TV: #articleBody, starting with a <video> block whose
		// fallback text is inside the body.
		"yonhapnewstv", []string{"yonhapnewstv.co.kr"}, "", Rules{
			Body: "#articleBody",
			Drop: "div.videoWrap",
		},
	},
	{
		// Yonhap (Korean and English): the story's paragraphs; asides and
		// the copyright line inside it.
		"yonhap", []string{"yna.co.kr"}, "", Rules{
			Body:    "div.story-news.article, article.story-news",
			Drop:    "aside, .txt-copyright",
			Caption: "figcaption, .txt-desc",
		},
	},
}

// builtinProfiles compiles builtinRules once. A rule that does not compile
// is left out; TestBuiltinProfiles keeps them all compiling.
var builtinProfiles = sync.OnceValue(func() []*Profile {
	var ps []*Profile
	for _, b := range builtinRules {
		p, err := NewProfile(b.name, b.hosts, b.rules)
		if err != nil {
			continue
		}
		p.signID = b.signID
		ps = append(ps, p)
	}
	return ps
})

// isSignID reports whether id marks a built-in profile's pages.
func isSignID(id string) bool {
	for _, b := range builtinRules {
		if b.signID == id {
			return true
		}
	}
	return false
}
