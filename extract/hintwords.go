package extract

// hintWords maps one lowercase word of a class or id to what it says. Class
// and id values are split into words at non-letters and at lower-to-upper
// case changes ("detail-card-share-box", "articleBody"), so each entry
// names a whole word; compounds written as one word are listed as such.
var hintWords = map[string]hint{
	// Words naming the article body. They protect an element from weak
	// furniture words in the same value ("post-content has-tags").
	"article": hintContent, "articlebody": hintContent, "articletext": hintContent,
	"body": hintContent, "content": hintContent, "contents": hintContent,
	"entry": hintContent, "post": hintContent, "story": hintContent,
	"storybody": hintContent, "text": hintContent, "main": hintContent,
	"detail": hintContent, "news": hintContent, "blog": hintContent,
	"hentry": hintContent, "prose": hintContent, "richtext": hintContent,

	// Share, social and reaction widgets: buttons and counts, no prose.
	"share": hintJunk | hintStrong, "shares": hintJunk | hintStrong,
	"sharing": hintJunk | hintStrong, "sharebar": hintJunk | hintStrong,
	"sharetools": hintJunk | hintStrong, "social": hintJunk | hintStrong,
	"sns": hintJunk | hintStrong, "reaction": hintJunk | hintStrong,
	"reactions": hintJunk | hintStrong, "like": hintJunk, "likes": hintJunk,
	"rating": hintJunk, "vote": hintJunk, "emoticon": hintJunk,

	// Comment threads and their forms.
	"comment": hintJunk | hintStrong | hintComments, "comments": hintJunk | hintStrong | hintComments,
	"disqus": hintJunk | hintStrong | hintComments, "reply": hintJunk, "replies": hintJunk,
	"cmt": hintJunk | hintStrong | hintComments, // Korean portals' abbreviation: "cmt_news", "cmt_box"

	// Lists of other articles: related, recommended, most read, rankings.
	"related": hintJunk | hintStrong, "recommend": hintJunk | hintStrong,
	"recommended": hintJunk | hintStrong, "recommendations": hintJunk | hintStrong,
	"trending": hintJunk | hintStrong, "popular": hintJunk | hintStrong,
	"mostread": hintJunk | hintStrong, "ranking": hintJunk | hintStrong,
	"outbrain": hintJunk | hintStrong, "taboola": hintJunk | hintStrong,
	"zergnet": hintJunk | hintStrong, "hotclick": hintJunk | hintStrong,
	"readmore": hintJunk, "more": hintWeakJunk, "also": hintWeakJunk,

	// Sign-up, subscription and paywall prompts.
	"newsletter": hintJunk | hintStrong, "subscribe": hintJunk | hintStrong,
	"subscription": hintJunk | hintStrong, "signup": hintJunk | hintStrong,
	"paywall": hintJunk | hintStrong, "login": hintJunk, "register": hintJunk,

	// Advertising.
	"ad": hintJunk | hintStrong, "ads": hintJunk | hintStrong,
	"advert": hintJunk | hintStrong, "advertisement": hintJunk | hintStrong,
	"advertising": hintJunk | hintStrong, "adslot": hintJunk | hintStrong,
	"adunit": hintJunk | hintStrong, "dfp": hintJunk | hintStrong,
	"sponsor": hintJunk | hintStrong, "sponsored": hintJunk | hintStrong,
	"promo": hintJunk, "promotion": hintJunk, "banner": hintJunk,
	"cta": hintJunk, // call-to-action boxes: donate, subscribe, follow

	// Navigation, menus, breadcrumbs, pagination.
	"nav": hintJunk | hintStrong, "navbar": hintJunk | hintStrong,
	"navigation": hintJunk | hintStrong, "menu": hintJunk | hintStrong,
	"breadcrumb": hintJunk | hintStrong, "breadcrumbs": hintJunk | hintStrong,
	"gnb": hintJunk | hintStrong, "lnb": hintJunk | hintStrong,
	"pagination": hintJunk, "pager": hintJunk, "skip": hintJunk,

	// Page header, footer and side columns.
	"footer": hintJunk | hintStrong, "copyright": hintJunk | hintStrong,
	"sidebar": hintJunk | hintStrong, "aside": hintJunk, "rail": hintJunk,
	"masthead": hintJunk | hintStrong, "widget": hintWeakJunk,

	// Tags and keyword lists.
	"tags": hintJunk, "tag": hintJunk, "tagcloud": hintJunk,
	"keywords": hintJunk, "hashtag": hintJunk,

	// Overlays, pop-ups and consent banners.
	"popup": hintJunk | hintStrong, "modal": hintJunk | hintStrong,
	"cookie": hintJunk | hintStrong, "consent": hintJunk | hintStrong,
	"gdpr": hintJunk | hintStrong, "overlay": hintJunk,

	// Read-aloud widgets and tip-off boxes (제보).
	"tts": hintJunk | hintStrong, "jebo": hintJunk | hintStrong,

	// Reporter boxes and bylines: kept out of the body, read as metadata.
	"byline": hintByline, "author": hintByline, "reporter": hintByline,
	"writer": hintByline, "journalist": hintByline, "bio": hintByline,
	"contributor": hintByline, "editor": hintByline,

	// Captions and credits of photos.
	"caption": hintCaption, "figcaption": hintCaption, "credit": hintCaption,
	"credits": hintCaption, "photocredit": hintCaption,

	// Dates and headlines: metadata, not body.
	"date": hintDate, "dateline": hintWeakJunk, "timestamp": hintDate, "time": hintDate,
	"datestamp": hintDate,
	"headline":  hintTitle, "title": hintTitle,
	// Compounds generic CMSs name the date of writing with.
	"regdate": hintDate, "writedate": hintDate, "wdate": hintDate, "newsdate": hintDate,
	"pubdate": hintDate, "artdate": hintDate, "inputdate": hintDate, "datetime": hintDate,

	// Lowers a candidate's score without dropping it.
	"meta": hintWeakJunk, "tool": hintWeakJunk, "tools": hintWeakJunk,
	"toolbar": hintWeakJunk, "util": hintWeakJunk, "utility": hintWeakJunk,
	"contact": hintWeakJunk, "media": hintWeakJunk, "foot": hintWeakJunk,
}

// hiddenNames are whole class names that hide an element from sighted
// readers on screen: hidden copies, print-only copies, screen-reader text.
// Only whole names count: "field-label-hidden" hides a label, not the
// field, and Bootstrap's "hidden-xs" hides on phones only.
var hiddenNames = map[string]bool{
	"hide": true, "hidden": true, "is-hidden": true, "u-hidden": true,
	"js-hidden": true, "invisible": true, "blind": true, "offscreen": true,
	"sr-only": true, "sr_only": true, "screen-reader-text": true,
	"screen-reader-only": true, "visually-hidden": true, "visuallyhidden": true,
	"element-invisible": true, "print-only": true, "printonly": true,
	"only-print": true, "visible-print": true, "print_only": true, "d-none": true,
}

// hintPairs maps two adjacent words to what they say together.
var hintPairs = map[string]hint{
	"most read":    hintJunk | hintStrong, // "most read" lists
	"most viewed":  hintJunk | hintStrong,
	"most popular": hintJunk | hintStrong,
	"read more":    hintJunk,
	"artical btm":  hintJunk | hintStrong, // KBS's 제보 box (sic)
	"more stories": hintJunk | hintStrong,
	"you may":      hintJunk | hintStrong, // "you may also like"
	// Naver's deck, strong.media_end_summary: the outlet's subtitle
	// lines at the head of the body; "media" alone would prune it as
	// weak furniture.
	"end summary": hintContent,
	// The description of a photo is its caption: Naver's em.img_desc,
	// "photo-desc", "image_desc".
	"img desc":   hintCaption,
	"image desc": hintCaption,
	"photo desc": hintCaption,
}

// modifierWords precede a word that describes a state of the element rather
// than what it is: "has-sidebar", "no-comments", "with-share".
var modifierWords = map[string]bool{
	"has": true, "no": true, "with": true, "without": true, "show": true,
	"enable": true, "enabled": true, "disable": true, "is": true, "can": true,
}
