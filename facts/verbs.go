package facts

// The verbs the meaning rules look for after or around an amount, as
// the beginnings of the words that write them; each list is looked up by
// its first letter (suffix.go).

// changeWords are the beginnings of a word that makes the amount before it the size of a
// change: 늘어난, 증가했다, 오른, 감소, 줄었다.
var changeWords = []string{
	"늘", "증가", "확대", "오르", "올랐", "오른", "올라", "올린", "올려", "상승", "인상", "급증", "줄", "감소", "축소", "내리", "내렸", "내린",
	"내려", "하락", "인하", "급감", "감액", "증액", "차이", "불어", "뛰", "뛴", "떨어", "빠졌", "빠진", "급등", "급락", "폭등", "폭락", "상향",
	"하향", "절감", "삭감", "깎", "개선", "악화", "증대", "감축", "껑충", "쪼그라", "불었", "많", "높", "낮", "웃돌", "밑돌", "늘었",
	"늘어", "늘린", "늘려", "줄었", "줄어", "줄인", "줄여", "모자라", "부족", "올리", "올렸", "올려", "인상", "인하",
	"싸", "비싸", "저렴", "반등", "되돌아",
	"경신", // 사상 최고치를 5.60달러 경신하며: the record beaten by the amount
	// 적 (few, less) only as the adjective: a bare 적 also begins 적자
	// (a deficit), 적립 (saving), 적용 (applying), 적발, 적정, 적극.
	"적은", "적게", "적다", "적었", "적어", "적고", "적으", "적을", "적습", "적던",
	// 크다 and 작다, the adjectives of size, as 많다 and 적다 are of
	// quantity: 삼성보다 100조 원 작다, 적자 폭이 3억 달러 커졌다. Only their
	// forms: a bare 작 also begins 작년, 작업; a bare 커 begins 커피. Not
	// the attributive and connective forms (큰, 작은, 크고, 작고, 작게):
	// prose uses them of anything (차이가 큰 것으로, 큰 폭으로), and read
	// as a change word they moved the purpose of the amounts before them.
	"크다", "컸", "작다", "작았", "작아",
	"커지", "커져", "커졌", "커진", "커질",
	// 빠져나가다, money flowing out: 예금이 3조 원 빠져나갔다.
	"빠져나",
}

// thresholdWords are the beginnings of the word after an amount that make it the condition
// of a rule: 1억 원을 넘으면, 5만 원 이상이면.
var thresholdWords = []string{
	"넘으면", "넘을", "넘어야", "넘지", "넘길", "초과하면", "초과할", "이상이면", "이하이면", "미만이면", "이상일", "이하일", "미만일", "이상부터", "이하는",
	"이상은", "미만은", "밑돌면", "웃돌면", "밑으로는", "밑이면", "아래로는", "아래면",
}

// exceedWords are the beginnings of a verb of exceeding, whose object is the base an
// amount before it is the excess over: 자산을 10억 원 초과했다.
var exceedWords = []string{
	"초과", "웃돌", "밑돌", "상회", "하회",
}

// cutWords are the beginnings of a verb that cuts or raises what it takes, by the
// amount of it the sentence names: 1조 달러의 재정 적자를 줄이겠다.
var cutWords = []string{
	"줄이", "줄여", "줄였", "줄인", "늘리", "늘려", "늘렸", "늘린", "감축", "절감", "삭감", "축소", "증액", "감액", "인하", "인상",
}

// spendWords are the beginnings of a verb that spends or gives an amount on what its
// 에 names: 투입한다, 쓰인다, 배정했다, 소요된다.
var spendWords = []string{
	"투입", "쓰", "쓴", "쓸", "써", "사용", "배정", "편성", "지원", "투자", "들어", "들인", "들여", "든다", "소요", "책정", "집행", "배분", "필요",
	"지출", "지급", "충당", "출연", "출자", "융자", "대출", "보조", "마련", "확보", "할당", "베팅", "쏟", "붓", "부어", "제공", "기부", "기탁",
	"납부", "지불", "계약", "수주", "준다", "주기로", "줬", "주고", "받", "돌려받", "입금", "송금", "적립", "예치", "나눠",
}

// spendWordsExact are the words of spendWords that begin nothing longer.
var spendWordsExact = setOf("준", "주는")

// reportWords are the beginnings of a verb or phrase of reporting that a day before it
// may date: 보도했다, 평가했다, 주장했다, …에 따르면.
var reportWords = []string{
	"보도", "평가", "주장", "지적", "공개", "발표", "알려", "전해", "추산", "집계", "보고", "따르면", "의하면", "통보", "공시", "경고", "비판",
}

// speechWords are the beginnings of a verb of saying or announcing: the subject before
// it is the agent of an amount it reports.
var speechWords = []string{
	"밝혔", "밝히", "말했", "전했", "발표했", "발표", "설명했", "강조했", "덧붙였", "주장했", "내다봤", "추산했", "집계했", "예상했", "전망했", "분석했",
	"보고했", "공시했", "공개했", "알렸",
	// The same verbs of saying in the present or going on (말하고 있습니다, 말합니다).
	"말하", "말합", "전하", "전합", "설명하", "강조하", "주장하", "덧붙이",
}

var (
	changeWordsIndex    = indexPrefixes(changeWords)
	thresholdWordsIndex = indexPrefixes(thresholdWords)
	exceedWordsIndex    = indexPrefixes(exceedWords)
	cutWordsIndex       = indexPrefixes(cutWords)
	spendWordsIndex     = indexPrefixes(spendWords)
	reportWordsIndex    = indexPrefixes(reportWords)
	speechWordsIndex    = indexPrefixes(speechWords)
)

// isChangeWord reports whether the word w begins as one of changeWords.
func isChangeWord(w string) bool { return changeWordsIndex.has(w) }

// isThresholdWord reports whether the word w begins as one of thresholdWords.
func isThresholdWord(w string) bool { return thresholdWordsIndex.has(w) }

// isExceedWord reports whether the word w begins as one of exceedWords.
func isExceedWord(w string) bool { return exceedWordsIndex.has(w) }

// isCutWord reports whether the word w begins as one of cutWords.
func isCutWord(w string) bool { return cutWordsIndex.has(w) }

// isSpendWord reports whether the word w begins as one of spendWords.
func isSpendWord(w string) bool { return spendWordsIndex.has(w) || spendWordsExact[w] }

// isReportWord reports whether the word w begins as one of reportWords.
func isReportWord(w string) bool { return reportWordsIndex.has(w) }

// isSpeechWord reports whether the word w begins as one of speechWords.
func isSpeechWord(w string) bool { return speechWordsIndex.has(w) }
