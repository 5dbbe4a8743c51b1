package extract

import (
	"encoding/json"
	"errors"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/internal/shared"
)

// testpagesDir holds third-party Korean news pages with truth files. It
// lives beside the repository and is never copied into it.
var testpagesDir = shared.Path("testpages/raw")

// truthFile is the part of a *.truth.json file the test reads.
type truthFile struct {
	ParsedData struct {
		Title       []string `json:"title"`
		Text        []string `json:"text"`
		PublishedAt []string `json:"published_at"`
	} `json:"parsed_data"`
	// kbsworld's file lists phrases instead.
	Title   string   `json:"title"`
	With    []string `json:"with"`
	Without []string `json:"without"`
}

// furniturePhrases must not survive on any Korean page: tip-off boxes,
// copyright lines, player and browser notices, reporter boxes, related
// lists and reaction widgets.
var furniturePhrases = []string{
	"제보하기", "카카오톡", "[전화]", "[메일]", "무단전재", "무단 전재", "재배포 금지", "재배포금지",
	"Copyright", "저작권자", "ⓒ", "video 태그", "다른 브라우저", "읽어주기", "센스리더",
	"기자의 기사 모음", "많이 본 뉴스", "오늘의 핫 클릭", "이 기사가 좋으셨다면", "응원해요",
	"Internet Explorer", "플래시 플레이어", "닫기", "영상편집", "영상취재", "촬영기자",
}

// truthNoise marks truth sentences that are furniture the spiders kept
// (the truth files are scraper output, not curated): they are neither
// required nor checked here; furniturePhrases checks they are gone.
var truthNoise = regexp.MustCompile(`제보|카카오톡|카톡|전화|메일|@|저작권|무단|재배포|브라우저|video|닫기|공유하기|인용 보도|사진|캡처|/연합뉴스|#|https?://`)

// wireMarkers are the end and continuation marks of wire copy, which the
// extractor drops and the truth files keep.
var wireMarkers = regexp.MustCompile(`\((끝|END|MORE)\)`)

// titleNoise is text the spiders appended to some truth titles.
var titleNoise = regexp.MustCompile(`\s*공유하기$`)

// readTestpage reads the truth file tf of a testpage and the page beside
// it (NAME.truth.json, NAME.html).
func readTestpage(t *testing.T, tf string) (truthFile, []byte) {
	t.Helper()
	raw, err := os.ReadFile(tf)
	if err != nil {
		t.Fatal(err)
	}
	var truth truthFile
	if err := json.Unmarshal(raw, &truth); err != nil {
		t.Fatal(err)
	}
	page, err := os.ReadFile(strings.TrimSuffix(tf, ".truth.json") + ".html")
	if err != nil {
		t.Fatal(err)
	}
	return truth, page
}

func TestKoreanTestpages(t *testing.T) {
	truths, _ := filepath.Glob(filepath.Join(testpagesDir, "*", "*.truth.json"))
	if len(truths) == 0 {
		shared.Missing(t, testpagesDir, nil)
	}
	for _, tf := range truths {
		name := strings.TrimSuffix(filepath.Base(tf), ".truth.json")
		t.Run(name, func(t *testing.T) {
			truth, page := readTestpage(t, tf)
			a, err := FromHTML(page, Options{})
			if err != nil {
				t.Fatalf("FromHTML: %v", err)
			}
			text := letters(a.Text)
			captions := letters(strings.Join(a.Captions, "\n"))
			for _, f := range furniturePhrases {
				if strings.Contains(a.Text, f) {
					t.Errorf("furniture %q in text", f)
				}
			}
			if truth.With != nil { // phrase lists (kbsworld)
				checkPhrases(t, a, truth.Title, truth.With, truth.Without)
				return
			}
			all, sentences := truthSentences(truth.ParsedData.Text)
			for _, s := range sentences {
				want := strings.Count(all, s)
				got := strings.Count(text, s)
				if got == 0 && strings.Contains(captions, s) {
					continue // a photo caption, kept apart from the body
				}
				if got != want {
					t.Errorf("sentence %q: %d times in text, want %d", s, got, want)
				}
			}
			t.Logf("%d truth sentences checked, %d paragraphs, %d captions", len(sentences), len(a.Paragraphs), len(a.Captions))
			if len(truth.ParsedData.Title) > 0 {
				want := titleNoise.ReplaceAllString(cleanTitle(truth.ParsedData.Title[0]), "")
				if a.Title != want {
					t.Errorf("title = %q, want %q", a.Title, want)
				}
			}
			if len(truth.ParsedData.PublishedAt) > 0 {
				checkPublished(t, a.Published, truth.ParsedData.PublishedAt[0])
			}
		})
	}
}

// truthSentences splits truth text into sentences worth checking: at
// least 12 letters long and not spider-kept furniture (see truthNoise) or
// a byline ("By Kang Yoon-seung"). It returns them and the whole text in
// the form letters gives, entities decoded and e-mail addresses removed.
func truthSentences(text []string) (all string, sentences []string) {
	joined := html.UnescapeString(strings.Join(text, "\n"))
	joined = reEmail.ReplaceAllString(joined, " ")
	joined = wireMarkers.ReplaceAllString(joined, " ")
	for _, part := range reSentenceEnd.Split(joined, -1) {
		s := letters(part)
		part = strings.TrimSpace(part)
		if utf8.RuneCountInString(s) < 12 || truthNoise.MatchString(part) || strings.HasPrefix(part, "By ") {
			continue
		}
		sentences = append(sentences, s)
	}
	return letters(joined), sentences
}

// reSentenceEnd splits text at sentence ends, line breaks and the
// "(Yonhap)" that closes Yonhap's photo captions, which the truth files
// run into the next sentence.
var reSentenceEnd = regexp.MustCompile(`[.?!]+|\n|\(Yonhap\)`)

// letters keeps only the letters and digits of s, so that texts compare
// whatever their spacing, line breaks, quotes and punctuation (the
// spiders that wrote the truth files dropped some quote marks).
func letters(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, s)
}

// checkPublished compares a published time with the truth's, to the
// precision the truth gives.
func checkPublished(t *testing.T, got time.Time, truth string) {
	t.Helper()
	want, ok := parseDate(truth, kst)
	if !ok {
		t.Fatalf("truth published_at %q unreadable", truth)
	}
	if got.IsZero() {
		t.Errorf("published is zero, want %v", want.t)
		return
	}
	d := got.Sub(want.t)
	switch want.prec {
	case precSecond:
		if d < -time.Second || d > time.Second {
			t.Errorf("published = %v, want %v", got, want.t)
		}
	default:
		if d < 0 || d >= time.Minute {
			t.Errorf("published = %v, want within the minute of %v", got, want.t)
		}
	}
}

// checkPhrases checks a page whose truth lists phrases that must and must
// not survive.
func checkPhrases(t *testing.T, a *Article, title string, with, without []string) {
	t.Helper()
	for _, p := range with {
		if n := strings.Count(a.Text, p); n != 1 {
			t.Errorf("phrase %q: %d times in text, want 1", p, n)
		}
	}
	for _, p := range without {
		if strings.Contains(a.Text, p) {
			t.Errorf("phrase %q survived", p)
		}
	}
	if title != "" && a.Title != title {
		t.Errorf("title = %q, want %q", a.Title, title)
	}
}

// TestSectionPage checks that a news section front (a list of links to
// articles, which also declares euc-kr on UTF-8 bytes) is no article.
func TestSectionPage(t *testing.T) {
	page, err := os.ReadFile(filepath.Join(testpagesDir, "naver", "naver-section-politics-20221229.html"))
	if err != nil {
		shared.Missing(t, "naver-section-politics-20221229.html", err)
	}
	a, err := FromHTML(page, Options{})
	if !errors.Is(err, ErrNoArticle) {
		t.Errorf("FromHTML = %v, %v; want ErrNoArticle", a, err)
	}
}

// TestTestpageAuthors checks the reporters and addresses read from real
// pages. Bylines are names without titles; desks and organisations are no
// reporters, although some truth files list them ("iMBC 연예").
func TestTestpageAuthors(t *testing.T) {
	tests := []struct {
		page           string
		authors, mails []string
	}{
		// Arc XP: the newsroom's byline, not the author record's "선민 박".
		{"chosun/chosun-03", []string{"박선민"}, []string{"kindmin@chosun.com"}},
		{"chosun/chosun-prettified", []string{"권상은"}, []string{"sekwon@chosun.com"}},
		{"chosun/chosun-01", []string{"안소윤"}, []string{"antahn22@sportschosun.com"}},
		{"kbs/kbs-02", []string{"김수연"}, []string{"sykbs@kbs.co.kr"}},
		{"mbc/mbc-01", []string{"임소정"}, nil},
		// Desks, not reporters: the pages name no reporter.
		{"mbc/mbc-02", nil, nil},
		{"mbc/mbc-05", nil, nil},
		{"yna-en/yna-en-01", nil, nil},
		{"yna-en/yna-en-02", nil, nil},
		// "이남경 MK스포츠 기자": the outlet beside the name goes.
		{"mbn/mbn-02", []string{"이남경"}, []string{"mkculture3@mkculture.com"}},
		{"yna-en/yna-en-05", []string{"심선아"}, []string{"sshim@yna.co.kr"}},
	}
	for _, tt := range tests {
		t.Run(tt.page, func(t *testing.T) {
			page, err := os.ReadFile(filepath.Join(testpagesDir, tt.page+".html"))
			if err != nil {
				shared.Missing(t, tt.page, err)
			}
			a, err := FromHTML(page, Options{})
			if err != nil {
				t.Fatalf("FromHTML: %v", err)
			}
			if !slices.Equal(a.Authors, tt.authors) || !slices.Equal(a.Emails, tt.mails) {
				t.Errorf("authors %q emails %q, want %q %q", a.Authors, a.Emails, tt.authors, tt.mails)
			}
			if want := strings.Join(tt.authors, ", "); a.Byline != want {
				t.Errorf("byline = %q, want %q", a.Byline, want)
			}
		})
	}
}
