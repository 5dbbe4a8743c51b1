package extract

import (
	"strconv"
	"testing"
)

func TestWordsHint(t *testing.T) {
	tests := []struct {
		class string
		want  hint // bits that must be set
		not   hint // bits that must be clear
	}{
		{"detail-card-share-box", hintJunk, 0},
		{"articleBody", hintContent, hintJunk},
		{"related-articles", hintJunk, hintContent},
		{"article-share", hintJunk, hintContent},
		{"has-sidebar", 0, hintJunk},
		{"no-comments", 0, hintJunk},
		{"entry-meta", hintWeakJunk, hintContent},
		{"elementor-widget-theme-post-content", hintContent, hintJunk | hintWeakJunk},
		{"most-read", hintJunk, 0},
		{"reporter-name", hintByline, 0},
		{"wp-caption-text", hintCaption, 0},
		{"detail-body font-size", hintContent, hintJunk}, // KBS's body: "font-size" is no furniture
		{"writedate", hintDate, 0},                       // generic CMSs' compounds
		{"news_regdate", hintDate, 0},
		{"cmt_news", hintComments, 0},                    // a comment box, though "news" names content
		{"media_end_summary", hintContent, hintWeakJunk}, // Naver's deck: the pair speaks, not "media"
		{"media_end_head_info", hintWeakJunk, hintContent},
	}
	for _, tt := range tests {
		got := wordsHintAll(tt.class)
		if got&tt.want != tt.want || got&tt.not != 0 {
			t.Errorf("hint(%q) = %b, want bits %b set and %b clear", tt.class, got, tt.want, tt.not)
		}
	}
}

func TestHiddenNames(t *testing.T) {
	for _, tt := range []struct {
		class  string
		hidden bool
	}{
		{"hide", true}, {"sr-only", true}, {"d-none d-print-block", true}, {"visually-hidden", true},
		{"field-label-hidden", false}, {"hidden-xs", false}, {"hidden-print", false},
	} {
		if got := wordsHintAll(tt.class)&hintHidden != 0; got != tt.hidden {
			t.Errorf("hidden(%q) = %v, want %v", tt.class, got, tt.hidden)
		}
	}
}

// wordsHintAll classifies a class attribute as hintOf does.
func wordsHintAll(class string) hint {
	n := mustParseElement("<div class=\"" + class + "\"></div>")
	return hintOf(n)
}

func TestHintCache(t *testing.T) {
	doc := mustParseElement(`<div class="article-share hide x" id="articleBody"></div>`)
	c := newHintCache(4)
	for range 2 { // the second time from the cache
		if got, want := c.get(doc), hintOf(doc); got != want {
			t.Errorf("get = %b, want %b", got, want)
		}
	}
	for i := range maxTokens + 10 {
		c.token(strconv.Itoa(i) + "-nav")
	}
	if len(c.tokens) > maxTokens {
		t.Errorf("cache holds %d names, want at most %d", len(c.tokens), maxTokens)
	}
}
