package facts

import "regexp"

// The regexps of the meaning analysis (meaning.go and the files it
// calls), compiled once. Each runs on a word, or on one sentence: their
// work is bounded by the sentence, not by the text.
var (
	// rateRE matches a word that makes the amount after it a rate per
	// unit: 1인당, 인당, 가구당, 1주당, 1달러당, 배럴당, 톤당. A word
	// ending in 당 that is a party or a place (민주당, 식당) is none: the
	// unit before 당 must be a counter or a number.
	rateRE = regexp.MustCompile(`^(?:[0-9.,]+ ?)?(?:인|명|가구|세대|주|건|개|대|회|시간|톤|배럴|온스|평|㎡|제곱미터|` +
		`킬로그램|kg|리터|달러|유로|엔|위안|원|마리|곳|채|장|병|잔|그릇|끼|박|일|가입자|가구원|계좌|호|회분|` +
		`kWh|MWh|메가와트시|킬로와트시|단위|판|포기)당$`)

	// changeRE matches the start of a word that makes the amount before
	// it the size of a change: 늘어난, 증가했다, 오른, 감소, 줄었다.
	changeRE = regexp.MustCompile(`^(?:늘|증가|확대|오르|올랐|오른|올라|올린|올려|상승|인상|급증|` +
		`줄|감소|축소|내리|내렸|내린|내려|하락|인하|급감|감액|증액|차이|불어|뛰|뛴|떨어|빠졌|빠진|` +
		`급등|급락|폭등|폭락|상향|하향|절감|삭감|깎|개선|악화|증대|감축|껑충|쪼그라|불었|많|적|높|낮|웃돌|밑돌|` +
		`늘었|늘어|늘린|늘려|줄었|줄어|줄인|줄여|모자라|부족)`)

	// thresholdNextRE matches the word after an amount that makes it a
	// threshold of a rule: 1억 원을 넘으면, 5만 원 이상이면.
	thresholdNextRE = regexp.MustCompile(`^(?:넘으면|넘을|넘는 경우|넘어야|넘지|넘길 경우|초과하면|초과할|초과하는|` +
		`이상이면|이하이면|미만이면|이상인|이하인|미만인|초과인|밑돌면|웃돌면|이상일|이하일|미만일|이상부터|이하는|이상은|미만은)`)

	// timeRE matches a time expression: a year (2024년, 2026년도, 올해,
	// 지난해, 내년, 연내) with an optional part of it (2분기, 상반기,
	// 1~3월, 4월, 4월 18일); a part alone (지난 2월, 하반기); a month
	// (지난달, 이달); a day (이날, 오늘(18일), 어제, 18일).
	timeRE = regexp.MustCompile(`(?:[0-9]{4}년도?|올해|금년|지난해|작년|전년도?|내년도?|연내|올 ?한 ?해|올)` +
		`(?: ?(?:[1-4]분기|[상하]반기|[0-9]{1,2}~[0-9]{1,2}월|[0-9]{1,2}월(?: ?[0-9]{1,2}일)?))?` +
		`|(?:지난 )?(?:[1-4]분기|[상하]반기|[0-9]{1,2}~[0-9]{1,2}월|[0-9]{1,2}월(?: ?[0-9]{1,2}일)?)` +
		`|지난달|이달|이번 ?달|내달|다음 ?달|이날|당일|오늘(?:\([0-9]{1,2}일\))?|어제|전날|(?:지난 )?[0-9]{1,2}일`)

	// timeWholeRE is timeRE as a whole word: anchored, it looks at a word
	// once instead of at each of its positions.
	timeWholeRE = regexp.MustCompile(`^(?:` + timeRE.String() + `)$`)

	// timePartsRE cuts a time expression into its parts. Groups: 1 year,
	// 2 relative year, 3 quarter, 4 half, 5 and 6 a span of months, 7
	// month, 8 day of that month, 9 relative month, 10 relative day, 11
	// the day of 오늘(18일), 12 a day alone.
	timePartsRE = regexp.MustCompile(`^(?:지난 )?(?:(?:([0-9]{4})년도?|(올해|금년|지난해|작년|전년도?|내년도?|연내|올 ?한 ?해|올)) ?)?` +
		`(?:([1-4])분기|([상하])반기|([0-9]{1,2})~([0-9]{1,2})월|([0-9]{1,2})월(?: ?([0-9]{1,2})일)?)?` +
		`(지난달|이달|이번 ?달|내달|다음 ?달)?(이날|당일|오늘|어제|전날)?(?:\(([0-9]{1,2})일\))?(?:([0-9]{1,2})일)?$`)

	// timeAfterRE matches what may not follow a time expression that is
	// the amount's: a duration (3년간 is no year), an age, a deadline or
	// a start (2030년까지, 3월부터), a comparison (전년 대비, 지난해보다).
	timeAfterRE = regexp.MustCompile(`^(?:간|대|째|동안|만에|만|치|분|이내|까지|부터|보다|이후|이전|전|뒤|후|말까지| 대비| 동기| 같은 기간| 평균|[0-9])`)

	// spendRE matches the start of a verb that spends or gives an amount
	// on what its 에 names: 투입한다, 쓰인다, 배정했다, 소요된다.
	spendRE = regexp.MustCompile(`^(?:투입|쓰|쓴|쓸|써|사용|배정|편성|지원|투자|들어|들인|들여|든다|소요|책정|집행|` +
		`배분|지출|지급|충당|출연|출자|융자|대출|보조|마련|확보|할당|베팅|쏟|붓|부어|제공|기부|기탁|납부|지불|계약|수주|` +
		`준다|준$|주기로|줬|주고|주는$|줄 )`)

	// meansRE matches a verb after an amount that pays for what follows:
	// 1,723억 원을 들여 GPU를 임차, 1조 원을 투입해 공장을 짓는다.
	meansRE = regexp.MustCompile(`^(?:들여|들여서|투입해|투입해서|투입하여|투자해|투자해서|투자하여|써|써서|사용해|사용하여|활용해|활용하여|쏟아|부어|들이고)$`)

	// durationRE matches a duration, which is no noun an amount measures:
	// 5년간, 3개월, 10년 동안.
	durationRE = regexp.MustCompile(`^[0-9]+(?:년|개월|주|일|시간|분기)(?:간|째)?$|^동안$|^기간$`)

	// numberWordRE matches a number word inside a noun phrase: 70%, 1만, 500곳.
	numberWordRE = regexp.MustCompile(`^[0-9][0-9,.]*(?:%|만|천|억|조)?$`)

	// amountWordRE matches a word of an amount: 2천억, 12원, 1조.
	amountWordRE = regexp.MustCompile(`^[0-9][0-9,.]*(?:[십백천만억조]+)?(?:%|원|달러|엔|유로|위안)?$`)

	// yearRE matches a year that names a thing (2026년도 예산안).
	yearRE = regexp.MustCompile(`^[0-9]{4}년도?$`)

	// verbNounRE cuts a Sino-Korean verb into its noun: 확보하기로 →
	// 확보, 임차, → 임차, 구축해 → 구축. Group 1: the noun.
	verbNounRE = regexp.MustCompile(`^([가-힣A-Za-z0-9]{2,}?)(?:하|해|했|할|한|함|되|돼|됐|될|된|됨|시키|시켜)`)

	// speechRE matches a verb of saying or announcing: the subject
	// before it is the agent of an amount it reports.
	speechRE = regexp.MustCompile(`^(?:밝혔|밝히|말했|전했|발표했|발표|설명했|강조했|덧붙였|주장했|내다봤|추산했|집계했|예상했|전망했|분석했|보고했|공시했|공개했|알렸)`)
)
