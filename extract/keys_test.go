package extract

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// containsRef is what keySet.find must agree with: one strings.Contains
// per key.
func containsRef(ks *keySet, s string) keyBits {
	var b keyBits
	for i, k := range ks.keys {
		if strings.Contains(s, k) {
			b.set(i)
		}
	}
	return b
}

// classifyLineRef is classifyLine as it was, testing the keys of each
// rule one strings.Contains at a time.
func classifyLineRef(s string) lineKind {
	lower := lowerASCII(s)
	for _, r := range lineRules {
		if len(s) > r.maxLen || (r.keys != nil && !containsAny(lower, r.keys)) {
			continue
		}
		if r.re.MatchString(s) {
			return r.kind
		}
	}
	return 0
}

// splitRules are expressions of lineRules as they were written before
// they were split in two or anchored once, with the start of the
// expression of each rule that replaces them: a line must match the old
// one exactly when it matches one of the new.
var splitRules = []struct {
	old *regexp.Regexp
	new []string
}{
	{regexp.MustCompile(`(?i)^\(?(additional )?(reporting|editing|writing|compiled|research) by\b|contributed (reporting|to this (report|story|article))|^write to .*@|^follow (us|\w+(\s\w+)?|\w+'s .*coverage)\b.* (on|at) (twitter|facebook|instagram|https?:)|^like this story\?|^let our news meet your inbox|^sign up for (our|the)\b|^(click|tap) here (to|for)\b`),
		[]string{`(?i)^(?:\(?(additional )?(reporting`, `(?i)contributed (reporting`}},
	{regexp.MustCompile(`^\((끝|END|MORE|계속)\)$|^(#[^\s#]+\s*){1,}$`), []string{`^(?:\((끝|END|MORE|계속)\)`}},
	{regexp.MustCompile(`^/\s*\S{2,15}$|^([가-힣]{2,4}\s*/\s*)?(사진|화면)\s*(출처|제공|캡처|캡쳐)|사진\s*=|^자료\s*사진`), []string{`^(?:/\s*\S{2,15}$`, `사진\s*=`}},
}

// ruleIndexes returns the indexes in lineRules of the rules whose
// expressions start with the given prefixes, one rule to a prefix.
func ruleIndexes(t *testing.T, prefixes []string) []int {
	t.Helper()
	var out []int
	for _, p := range prefixes {
		found := -1
		for i, r := range lineRules {
			if strings.HasPrefix(r.re.String(), p) {
				if found >= 0 {
					t.Fatalf("rules %d and %d both start with %q", found, i, p)
				}
				found = i
			}
		}
		if found < 0 {
			t.Fatalf("no rule starts with %q", p)
		}
		out = append(out, found)
	}
	return out
}

// checkSplit reports a line on which a split rule and its replacements
// disagree.
func checkSplit(t *testing.T, s string) {
	t.Helper()
	for _, sr := range splitRules {
		got := false
		idx := ruleIndexes(t, sr.new)
		for _, i := range idx {
			got = got || lineRules[i].re.MatchString(s)
		}
		if want := sr.old.MatchString(s); got != want {
			t.Errorf("rules %v match %q: %v, the expression they replace: %v", idx, s, got, want)
		}
	}
}

func TestLineKeys(t *testing.T) {
	if n := len(lineKeys.keys); n > maxKeys {
		t.Errorf("lineRules have %d distinct keys, keySet tells apart %d", n, maxKeys)
	}
	for i, r := range lineRules {
		for _, k := range r.keys {
			if k != lowerASCII(k) {
				t.Errorf("lineRules[%d] key %q has upper case: it can never match", i, k)
			}
		}
	}
}

var keyLines = []string{
	"",
	"a",
	"@",
	"Read more: the story",
	"By Phil Helsel",
	"홍길동 기자 hong@kbs.co.kr",
	"박종오 기자 pjo2@hani.example 이지혜 기자 godot@hani.example",
	"정리=홍길동 기자",
	"▶ 관련기사: 주차난 해법은 공유주차장",
	"☞ 새벽일보 유튜브 바로가기",
	"좋아요 0 훈훈해요 0 슬퍼요 0",
	"[새벽일보] 카카오톡 채널 추가하고 뉴스 받아보세요",
	"(끝)",
	"#문빈 #사망",
	"영상편집:김유진",
	"사진=연합뉴스",
	"▲ 17일 서울 종로구에서",
	"Copyright © 2024 All Rights Reserved",
	"ⓒ 무단 전재 및 재배포 금지",
	"글자크기 설정",
	"가 가 가 가",
	"Comments are moderated before approval",
	"Publicado por: João - Categoria: Política",
	"AI 요약은 기사 본문 확인을 권장합니다",
	"본 기사는 유료 서비스에 먼저 게재된 기사입니다",
	"Please enable JavaScript to view the comments",
	"[button link=x]Send us[/button]",
	"Photo: Reuters",
	"/연합뉴스",
	"(사진=연합뉴스)",
	"김철수 / 사진출처 연합뉴스",
	"자료사진",
	"※ 우울감 등 말하기 어려운 고민이 있거나 주변에 이런 어려움을 겪는 가족·지인이 있을 경우 자살예방 상담전화 ☎109에서 24시간 전문가의 상담을 받을 수 있습니다.",
	"자살예방 상담전화 ☎ 1393, 정신건강 상담전화 ☎ 1577-0199",
	"Reporting by Jane Doe; Editing by John Roe",
	"Jane Doe contributed reporting.",
	"Write to Jane at jane@example.com",
	"Follow us on Twitter",
	"Sign up for our newsletter",
	"(END)",
	"#a #b",
	"The reporter said he had read the report by the river and would watch the sleep study.",
	"\xed\x9f\xbf\xea\xb0\x80 broken \xff utf-8 기",
}

func TestKeySetFind(t *testing.T) {
	sets := []*keySet{
		lineKeys,
		newKeySet([]string{"", "a", "ab", "abc", "b", "기자", "기"}),
		newKeySet(make([]string, maxKeys+1)), // too many: every key always
	}
	for _, ks := range sets {
		for _, s := range append(keyLines, strings.ToLower(strings.Join(keyLines, " "))) {
			got := ks.find(s)
			want := ks.always
			if len(ks.keys) <= maxKeys {
				want = containsRef(ks, s)
			}
			if got != want {
				t.Errorf("find(%q) = %x, want %x", s, got, want)
			}
		}
	}
}

func TestClassifyLineKeys(t *testing.T) {
	for _, sr := range splitRules {
		idx := ruleIndexes(t, sr.new)
		for _, i := range idx[1:] {
			if a, b := lineRules[idx[0]], lineRules[i]; a.kind != b.kind || a.maxLen != b.maxLen || !slices.Equal(a.keys, b.keys) {
				t.Errorf("rules %d and %d, split from one, differ in kind, length or keys", idx[0], i)
			}
		}
	}
	for _, s := range keyLines {
		checkSplit(t, s)
		if got, want := classifyLine(s), classifyLineRef(s); got != want {
			t.Errorf("classifyLine(%q) = %d, want %d (one Contains per key)", s, got, want)
		}
	}
}

// FuzzClassifyLine holds classifyLine to the rules tried one key at a
// time, and keySet.find to strings.Contains.
func FuzzClassifyLine(f *testing.F) {
	for _, s := range keyLines {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := lineKeys.find(s), containsRef(lineKeys, s); got != want {
			t.Errorf("find(%q) = %x, want %x", s, got, want)
		}
		if got, want := classifyLine(s), classifyLineRef(s); got != want {
			t.Errorf("classifyLine(%q) = %d, want %d", s, got, want)
		}
		checkSplit(t, s)
	})
}
