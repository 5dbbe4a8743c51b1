package facts

import (
	"strings"
	"unicode/utf8"
)

// This file names the countries that act as agents, and pairs of their
// initials (한미, 북중).

// countries are the states (and a few territories) Korean news names:
// they spend, lend, earn and trade as organisations do. Names of states
// are facts; the list is written from the UN's members as Korean spells
// them.
var countries = setOf(
	"한국", "대한민국", "북한", "조선", "미국", "중국", "일본", "러시아", "대만", "홍콩", "마카오", "몽골",
	"베트남", "태국", "필리핀", "인도네시아", "말레이시아", "싱가포르", "미얀마", "캄보디아", "라오스",
	"브루나이", "동티모르", "인도", "파키스탄", "방글라데시", "스리랑카", "네팔", "부탄", "몰디브",
	"아프가니스탄", "이란", "이라크", "시리아", "레바논", "요르단", "이스라엘", "팔레스타인", "사우디아라비아",
	"사우디", "아랍에미리트", "UAE", "카타르", "쿠웨이트", "바레인", "오만", "예멘", "튀르키예", "터키",
	"카자흐스탄", "우즈베키스탄", "키르기스스탄", "타지키스탄", "투르크메니스탄", "아제르바이잔", "아르메니아",
	"조지아", "우크라이나", "벨라루스", "몰도바", "폴란드", "체코", "슬로바키아", "헝가리", "루마니아",
	"불가리아", "세르비아", "크로아티아", "슬로베니아", "보스니아", "몬테네그로", "북마케도니아", "알바니아",
	"그리스", "키프로스", "이탈리아", "몰타", "스페인", "포르투갈", "프랑스", "벨기에", "네덜란드",
	"룩셈부르크", "독일", "오스트리아", "스위스", "리히텐슈타인", "덴마크", "노르웨이", "스웨덴", "핀란드",
	"아이슬란드", "아일랜드", "영국", "에스토니아", "라트비아", "리투아니아", "캐나다", "멕시코", "과테말라",
	"온두라스", "엘살바도르", "니카라과", "코스타리카", "파나마", "쿠바", "자메이카", "아이티", "도미니카",
	"콜롬비아", "베네수엘라", "에콰도르", "페루", "볼리비아", "브라질", "파라과이", "우루과이", "아르헨티나",
	"칠레", "이집트", "리비아", "튀니지", "알제리", "모로코", "수단", "남수단", "에티오피아", "에리트레아",
	"소말리아", "케냐", "우간다", "탄자니아", "르완다", "부룬디", "콩고", "가봉", "카메룬", "나이지리아",
	"니제르", "말리", "차드", "세네갈", "가나", "코트디부아르", "기니", "라이베리아", "시에라리온", "토고",
	"베냉", "부르키나파소", "모리타니", "앙골라", "잠비아", "짐바브웨", "모잠비크", "말라위", "보츠와나",
	"나미비아", "남아프리카공화국", "남아공", "마다가스카르", "모리셔스", "호주", "오스트레일리아", "뉴질랜드",
	"파푸아뉴기니", "피지", "바티칸", "유럽연합", "EU", "유엔", "UN",
)

// countryInitials are the syllables that stand for a country in a
// compound naming two or three of them: 북중 (North Korea and China),
// 한미, 미중, 한중일.
const countryInitials = "한미중일북남러영독불호캐인베"

// isCountryPair reports whether n names two or three countries by their
// initials (북중, 한미, 한중일, 북-중, 한·미), or both sides of a pair (양국, 양측).
func isCountryPair(n string) bool {
	switch n {
	case "양국", "양측", "쌍방", "각국", "남북한":
		return true
	}
	if p := strings.FieldsFunc(n, func(r rune) bool { return r == '-' || r == '·' }); len(p) > 1 && utf8.RuneCountInString(n) == 2*len(p)-1 {
		// 북-중, 한·미·일: the initials joined by a hyphen or a middle dot,
		// the way a pair is written beside the glued 북중 (Nineteenth round:
		// agent (owner18)).
		n = strings.Join(p, "")
	}
	k := utf8.RuneCountInString(n)
	if k < 2 || k > 3 {
		return false
	}
	seen := ""
	for _, r := range n {
		if !strings.ContainsRune(countryInitials, r) || strings.ContainsRune(seen, r) {
			return false
		}
		seen += string(r)
	}
	return true
}
