package extract

import (
	"encoding/json"
	"strings"

	"golang.org/x/net/html"
)

// scriptBody is an article body a page carries only in a script, as
// server-rendered apps do: Arc XP's Fusion.globalContent (Chosun Ilbo and
// other Arc sites) and JSON-LD articleBody.
type scriptBody struct {
	paras    []string
	captions []string
	authors  []string
	emails   []string
	// published is the story's own publication time where the script
	// states it (Arc XP's display_date, else first_publish_date), as
	// written there.
	published string
}

// fusionMarker starts the Arc XP page state in an inline script.
const fusionMarker = "Fusion.globalContent="

// fusionElement is one item of an Arc XP story's content_elements.
type fusionElement struct {
	Type    string `json:"type"`
	Content string `json:"content"`
	Caption string `json:"caption"`
	Items   []struct {
		Content string `json:"content"`
	} `json:"items"`
}

// fusionStory is the part of Fusion.globalContent read here.
//
// Arc's story carries three times: created_date (when the draft was
// made), first_publish_date and display_date (the time the page shows
// readers as 입력, which the newsroom may set, as for a print edition's
// morning). Some Arc sites write created_date into their
// article:published_time meta tag, hours or days before the story was
// published; display_date is the publication time.
type fusionStory struct {
	Display      string          `json:"display_date"`
	FirstPublish string          `json:"first_publish_date"`
	Elements     []fusionElement `json:"content_elements"`
	Credits      struct {
		By []fusionCredit `json:"by"`
	} `json:"credits"`
}

// fusionCredit is one author of an Arc XP story. Name is the author
// record's display name, which Arc builds as given name then family name
// ("선민 박"); the byline the newsroom wrote ("박선민 기자") and the
// address sit in additional_properties.original, or in byline for
// authors without a record ("스포츠조선 = 안소윤 기자").
type fusionCredit struct {
	Name       string `json:"name"`
	Byline     string `json:"byline"`
	Additional struct {
		Original struct {
			Byline string `json:"byline"`
			Email  string `json:"email"`
		} `json:"original"`
	} `json:"additional_properties"`
}

// readFusion parses the story after fusionMarker in a script: text and
// header elements become paragraphs, list items too, image captions go to
// captions. It returns nil when the script holds no story.
func readFusion(src string) *scriptBody {
	i := strings.Index(src, fusionMarker)
	if i < 0 {
		return nil
	}
	var st fusionStory
	if err := json.NewDecoder(strings.NewReader(src[i+len(fusionMarker):])).Decode(&st); err != nil {
		return nil
	}
	sb := &scriptBody{published: firstNonEmpty(st.Display, st.FirstPublish)}
	for _, e := range st.Elements {
		switch e.Type {
		case "text", "header":
			sb.paras = append(sb.paras, htmlLines(e.Content)...)
		case "list":
			for _, it := range e.Items {
				sb.paras = append(sb.paras, htmlLines(it.Content)...)
			}
		case "image":
			if c := collapseSpace(stripTags(e.Caption)); c != "" {
				sb.captions = append(sb.captions, c)
			}
		}
	}
	for _, by := range st.Credits.By {
		orig := by.Additional.Original
		name := firstNonEmpty(orig.Byline, by.Byline, by.Name)
		if orig.Email != "" {
			sb.emails = append(sb.emails, orig.Email)
		}
		if j := strings.LastIndexAny(name, "=:"); j >= 0 {
			name = name[j+1:] // "스포츠조선 = 안소윤 기자"
		}
		sb.authors = append(sb.authors, name)
	}
	if len(sb.paras) == 0 {
		return nil
	}
	return sb
}

// ldBody splits a JSON-LD articleBody into paragraphs at line breaks.
func ldBody(body string) *scriptBody {
	lines := htmlLines(body)
	if len(lines) == 0 {
		return nil
	}
	return &scriptBody{paras: lines}
}

// htmlLines turns a fragment of HTML or plain text into lines: tags are
// removed, <br> and newlines end a line, entities are decoded.
func htmlLines(s string) []string {
	s = reBreak.ReplaceAllString(s, "\n")
	s = stripTags(s)
	var out []string
	for _, line := range strings.Split(s, "\n") {
		if line = collapseSpace(line); line != "" {
			out = append(out, line)
		}
	}
	return out
}

// stripTags removes markup and decodes entities.
func stripTags(s string) string {
	if strings.ContainsRune(s, '<') {
		s = reTag.ReplaceAllString(s, "")
	}
	return html.UnescapeString(s)
}
