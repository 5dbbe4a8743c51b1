package facts

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/shared"
)

// sharedDir is ../shared beside the repository root, seen from this
// package's directory: the test pages and the seed article live there and
// are never copied into the repository.
var sharedDir = shared.Path("")

// seedWant is what Facts must find, in order, in one copy of the body of
// the seed article (a KBS report of 2025-04-18 on the AI supplementary
// budget), and in seedLike, a paragraph of our own written in its forms.
var seedWant = []want{
	money("1조 8천억 원", "1800000000000", krw).q("규모").a(),
	pct("80%", "80", "%").q("이상"),
	count("1만 장", "10000", "장"),
	money("1조 8천억 원", "1800000000000", krw).q("규모").a(),
	count("1만 장", "10000", "장"),
	pct("81.1%", "81.1", "%"),
	money("1조 4,600억 원", "1460000000000", krw),
	money("1,723억 원", "172300000000", krw),
	count("2,600장분", "2600", "장"),
	money("1,936억 원", "193600000000", krw),
	money("20억 원", "2000000000", krw).q("최대", "연"),
}

// seedLike has the seed's amounts and traps in sentences of our own.
const seedLike = `정부가 AI 분야에 배정한 1조 8천억 원 규모의 추경 가운데 80% 이상을 GPU 구입에 쓴다.
올해 안에 첨단 GPU 1만 장을 사들여 AI G3 도약의 기반으로 삼는다.
장관은 오늘(18일) 1조 8천억 원 규모의 추경이 의결됐다고 밝혔다.
정부는 지난 2월 LLM 개발 방안을 내놓았다.
GPU 1만 장을 연내 확보하며, 여기에 추경의 81.1%인 1조 4,600억 원이 든다.
1,723억 원으로 민간 GPU 2,600장분을 빌린다.
정예팀에는 최대 3년간 지원하며 1,936억 원이 든다.
해외 연구자에게는 3년 동안 최대 연 20억 원을 준다. 문의 02-781-1234, 4444`

func TestFactsSeedLike(t *testing.T) {
	checkSeed(t, seedLike)
}

// TestFactsSeed runs Facts on one copy of the seed article's body, from
// its first paragraph to the minister's quote, without the photo credit.
func TestFactsSeed(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(sharedDir, "seed", "kbs-2025-04-18-ai-gpu.txt"))
	if os.IsNotExist(err) {
		shared.Missing(t, filepath.Join(sharedDir, "seed", "kbs-2025-04-18-ai-gpu.txt"), err)
	}
	if err != nil {
		t.Fatal(err)
	}
	var body []string
	for _, line := range strings.Split(string(b), "\n") {
		if body == nil && !strings.HasPrefix(line, "과학기술정보통신부가 인공지능(AI) 분야에") {
			continue
		}
		body = append(body, line)
		if strings.HasPrefix(line, "유상임") {
			break
		}
	}
	if len(body) != 10 || !strings.HasPrefix(body[len(body)-1], "유상임") {
		t.Fatalf("seed body not found: %d lines", len(body))
	}
	checkSeed(t, strings.Join(body, "\n"))
}

func checkSeed(t *testing.T, text string) {
	t.Helper()
	facts := Facts(text)
	var gots []want
	for _, f := range facts {
		gots = append(gots, got(f))
	}
	ok := len(gots) == len(seedWant)
	for i := 0; ok && i < len(gots); i++ {
		ok = gots[i].equal(seedWant[i])
	}
	if !ok {
		t.Errorf("Facts(seed) =\n%s\nwant\n%s", list(gots), list(seedWant))
	}
	checkFacts(t, text, facts)
}
