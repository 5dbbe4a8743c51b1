package facts

import "regexp"

// The regexps of the fact extractor, compiled once. Each is anchored with ^
// and run on the text from one candidate position on, so its work is
// bounded by the candidate, not by the text (see match.go). The walker in
// mention.go finds the positions by hand (digits at a word start, Hangul
// numerals, currency signs), these regexps find the spans, and the
// scanner in scan.go turns a span into an exact value.
//
// The pieces of a Korean number:
//
//	dig    1,723 / 4,600 / 1.8 / 81.1 — digits, thousands commas, decimals
//	hd     일 … 구 — a Sino-Korean digit
//	hdec   일점이삼 / 이십구점구구 — a Hangul number with a decimal point
//	small  2천5백 / 천 / 삼십 / 7천 5백 — a group built with 십, 백, 천,
//	       spaced or not, at most three of them
//	grp    a group: a Hangul decimal, small units or plain digits
//	big    grp and 만, 억, 조, 경: "1조", "8천억", "3만", "삼천억"; a bare
//	       "만" (만 원); "여" may stand before the unit ("10여억")
//	number big parts, one optional space after each, at most four, and a
//	       last group: "1조 8천억", "3억5천만", "1억2,345만6,789", "3만
//	       5천"; or a lone Hangul digit, which numberStart lets through
//	       only when glued to a currency (구파운드)
//
// The repetitions are bounded as the scanner bounds them (each unit once,
// largest first), so that a run of amounts out of order, "1조 1조 1조 …",
// is not read as one number to its end at every digit of it.
const (
	digPat    = `[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?`
	hdPat     = `[일이삼사오육칠팔구]`
	hdecPat   = `[일이삼사오육칠팔구십백천]+[점쩜][공영일이삼사오육칠팔구]+`
	smallPat  = `(?:(?:` + digPat + `|` + hdPat + `)?[천백십] ?){1,3}(?:` + digPat + `|` + hdPat + `)?`
	grpPat    = `(?:` + hdecPat + `|` + smallPat + `|` + digPat + `)`
	bigPat    = `(?:(?:` + grpPat + `|` + hdPat + `)여? ?[경조억만]|만)`
	numberPat = `(?:` + bigPat + ` ?){1,4}` + grpPat + `?|` + grpPat + `|` + hdPat
	// englishPat lets digits take an English scale word: "455 million".
	englishPat = `[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)? (?:million|billion|trillion)\b`
)

// A Korean number is `^(?:` + englishPat + `|` + numberPat + `)`, and
// plain digits, the whole number of most candidates ("18일", "13,310 UP"),
// are `^` + digPat: numberLen and digitsLen in numscan.go match them by
// hand, and their tests hold them to these expressions compiled (numberRE
// and digitsRE in numscan_test.go).

var (
	// vagueRE matches a vague number: 수천억, 수조, 수십, 몇백만, 수십여,
	// 십수억.
	vagueRE = regexp.MustCompile(`^(?:수|몇|십수) ?(?:[십백천](?: ?[만억조경])?|[만억조경])여?`)

	// currencyRE matches a currency written after a number: an optional 여,
	// glued to the number or spaced from it ("10억여 원", "1억 여원"), a space, a country naming the currency's issuer
	// ("캐나다 달러", "100홍콩달러") and the currency word. Longer words come
	// first so that 원화 is not read as 원. Group 1: 여; 2: country; 3: word.
	currencyRE = regexp.MustCompile(`^(?: ?(여))? ?(?:(` + countryAlt + `) ?)?(` + currencyAlt + `|` + isoAlt + `|[₩$€£¥])`)

	// prefixRE matches a currency sign or code written before the number:
	// "$", "US$", "HK$", "₩", "€", "£", "¥", "KRW ". Group 1: the sign or
	// code.
	prefixRE = regexp.MustCompile(`^((?:US|HK|NT|[CAS])\$|[$₩€£¥]|` + isoAlt + `) ?`)

	// percentRE matches a percent sign or word after a number; %p,
	// %포인트 and 퍼센트 포인트 are percentage points. Group 1: 여; 2: the
	// sign.
	percentRE = regexp.MustCompile(`^(여)? ?(` + percentAlt + `)`)

	// counterRE matches a counter word after a number, with "분" (worth
	// of: "2,600장분"). Group 1: 여; 2: the counter; 3: 분.
	counterRE = regexp.MustCompile(`^(여)? ?(` + counterAlt + `)(분)?`)

	// postQualRE matches a qualifier written after an amount: bounds
	// (이상, 이하, 미만, 초과, 이내) and approximations (가량, 안팎, 남짓,
	// 정도, 내외, 규모, 상당, 가까이, 쯤, 선, 수준, 대). Group 1: the space
	// before it; 2: the word.
	postQualRE = regexp.MustCompile(`^( ?)(` + postQualAlt + `)`)

	// rangeSepRE matches the tilde between the ends of a range, spaced or
	// not ("2천억~3천억"), or a dash glued to both ("5-6천 톤", "10-15%").
	rangeSepRE = regexp.MustCompile(`^(?: ?[~∼～〜] ?|[-–])`)

	// boundOpenRE and boundCloseRE match the bound words of a bracket of
	// bounds, "15만원 이상 30만원 미만", also glued to the first end or
	// followed by a tilde ("100만원이상 1000만원 미만", "3만 원 이상~6만 원
	// 미만"): group 1 of boundOpenRE is the word.
	boundOpenRE  = regexp.MustCompile(`^ ?(이상|초과)(?: ?[~∼～] ?| )`)
	boundCloseRE = regexp.MustCompile(`^ ?(?:미만|이하)`)

	// rangeWordRE matches the word after the first end of a range
	// written with words: "2천억 원에서 3천억 원 사이", "1만 원부터 3만
	// 원까지", "20%와 30% 사이". Group 1: the word.
	rangeWordRE = regexp.MustCompile(`^(에서|부터|와|과) `)

	// rangeCloseRE matches what closes a range written with 에서 or 부터
	// after its second end: 까지, 사이, 정도, or a verb of reaching —
	// "에 달한다", "에 이른다", "에 육박한다".
	// So does the particle 의 (2천 달러에서 8천 달러의 장학금) and an
	// approximation (6억 달러에서 10억 달러 규모) not followed by 로.
	rangeCloseRE = regexp.MustCompile(`^(?:까지| 사이|의 |에 (?:달[하한할해했함]|이[르른를릅]|육박)|` +
		` ?(?:정도|규모|가량|안팎|내외|남짓|쯤)(?:[^로으]|$))`)

	// changeToRE matches the 로 of "2조 원에서 3조 원으로": a change from one
	// amount to another, not a range.
	changeToRE = regexp.MustCompile(`^(?:으로|로)`)

	// listSepRE matches the separator of a list of amounts sharing the
	// currency of the last one: "2천억, 3천억, 5천억 원".
	listSepRE = regexp.MustCompile(`^(?:, ?|·|과 |와 | 및 | 또는 )`)

	// lawWordRE matches the word before a bare "25조" that makes it an
	// article of a law, a rule, a treaty or a resolution: 당헌 25조, 헌법
	// 1조, 근로기준법 23조, 협정 3조, 결의 25조.
	lawWordRE = regexp.MustCompile(`(?:법|헌|당헌|당규|조례|규정|규칙|시행령|협약|조약|정관|약관|강령|지침|훈령|` +
		`법률|법안|법령|협정|협정문|결의|결의안|의정서|규약|헌장|합의서|합의문|선언문|부속서|예규|고시)$`)

	// docNumberRE matches the number of a document right before a bare
	// "25조", which is then that document's article: 결의 2397호 25조,
	// 2397호(2017) 25조, 법률 제1234호 3조.
	docNumberRE = regexp.MustCompile(`[0-9]호(?: ?\([0-9]{4}년?\))? ?$`)

	// teamAfterRE and teamBeforeRE match a bare "1조" paired with another,
	// as teams or shifts are: "1조와 2조로 나눠".
	teamAfterRE  = regexp.MustCompile(`^(?:와|과|,|·|나|랑) ?[0-9]+조`)
	teamBeforeRE = regexp.MustCompile(`[0-9]조(?:와|과|,|·|나|랑) ?$`)

	// moneyCueRE matches the words that make a bare "6조" or "2,326조"
	// money in its sentence: budgets, deficits, debts, sales, prices …,
	// and what is done with money, as headlines write it without 원:
	// "소상공인에 5천억 투입", "반도체에 26조 지원" (but not 지원자).
	moneyCueRE = regexp.MustCompile(`예산|추경|적자|흑자|부채|채무|매출|이익|영업익|순익|손실|손해|` +
		`자산|시가총액|시총|투자|세수|세입|세출|수출액|수입액|무역수지|경상수지|재정|지출|비용|` +
		`금액|자금|기금|보조금|지원금|배상|보상금|벌금|과징금|추징|몸값|연봉|임금|급여|가격|` +
		`대출|예금|자본|출자|배당|세금|국채|사업비|공사비|거래대금|거래액|피해액|총액|돈|` +
		`투입|지원(?:[^자]|$)|소요|편성|조달|확보|증액|감액|삭감|배정|충당|집행|융자|지급|상환|재원|` +
		`뇌물|비자금|횡령|배임|탈세|착복|돈세탁|리베이트|뒷돈|비리|사기|` +
		`빚|기부|수익금|소송|원금|` +
		// The prices of dwellings and land that domestic copy writes
		// with a bare 억 (10억 넘는 아파트가 … 남양주 집값을): a 값 or
		// 가 (價) word of a home, the asking price, the going rate.
		`집값|땅값|아파트값|주택값|전셋값|전세값|매맷값|분양가|매매가|전세가|호가|시세`)

	// worthAfterRE matches 짜리 or 어치 after a bare amount, which makes it
	// won whatever its sentence: "2조짜리 비리", "3천억어치".
	worthAfterRE = regexp.MustCompile(`^(?:짜리|어치)`)

	// denominationRE matches what makes an amount a banknote or a coin
	// after its currency: "1달러 지폐", "만원짜리 지폐", "100원짜리 동전".
	denominationRE = regexp.MustCompile(`^(?:짜리)? ?(?:지폐|동전|주화|권종)`)

	// dimensionRE matches the words after a single-digit 원 that make it
	// 元 (a dimension, a way) or 院 and not won: "3원 체계", "3원 구조".
	dimensionRE = regexp.MustCompile(`^ (?:체계|체제|구조|구도|방정식|방식|방송|대응)`)

	// tallyRE matches a number glued to a noun after a 원, as in a tally of
	// bodies: "31성 1원 1은행 2국" (院, an institution, not won).
	tallyRE = regexp.MustCompile(`^ [0-9]+[가-힣]`)

	// vehicleAfterRE matches a vehicle or a size after a number of tons,
	// which is then a size class and no count: "5t 대형 트럭", "1t 트럭";
	// "17만t 증가할" counts.
	vehicleAfterRE = regexp.MustCompile(`^ (?:트럭|화물차|덤프|차량|트레일러|크레인|선박|화물선|어선|` +
		`대형|중형|소형|초대형|급)`)

	// goodsAfterRE matches goods after a 파운드, which then weighs them,
	// with 의 or a bound before them: "2천만 파운드의 원조", "수백만
	// 파운드의 식량", "800파운드가 넘는 기부 물품".
	goodsAfterRE = regexp.MustCompile(`^(?:의|[가이] 넘는|[가이] 넘은| 이상의| 가량의| 정도의)? ?` +
		`(?:원조|구호품|구호 물자|구호물자|구호 물품|구호물품|기부 물품|기부물품|물품|식량|물자|화물|쌀|밀가루|곡물|` +
		`식품|의약품|비료|고기|커피|설탕|차|폐기물|쓰레기)`)

	// dateTailRE matches a date written with dots, up to its last dot:
	// "2023. 4. 18" before "." does not end a sentence.
	dateTailRE = regexp.MustCompile(`[0-9]{4}\. ?[0-9]{1,2}\. ?[0-9]{1,2}$`)

	// wonRE matches an amount of won in digits: in a sentence with one, a
	// glued 만원 is a price too (3만 원 미만은 만원).
	wonRE = regexp.MustCompile(`[0-9][0-9,.]*(?: ?[십백천만억조])* ?원`)

	// priceRE matches the words of paying, buying, earning and prices,
	// which make a glued 만원 or 천원 with no digit an amount of won.
	priceRE = regexp.MustCompile(`가격|요금|입장료|수수료|값|비용|팁|용돈|세뱃돈|상금|월급|지폐|동전|할인|` +
		`냈|내고|낸다|내야|샀|산다|사서|팔았|판다|팔고|판매|구입|구매|결제|지불|송금|충전|받았|받는|받고|` +
		`벌었|번다|모았|모아|저축|아꼈|썼|쓰고|든다|들었|들여|사면|살 때|` +
		`(?:배송|교통|식|관리|진료|수강|등록|택시)비|(?:이용|사용|수업|배송|입장|관람|진료)료`)

	// teamRE matches the words of sport and contests, where a bare "3조"
	// is a group or a heat: 본선 3조에 편성됐다.
	teamRE = regexp.MustCompile(`본선|예선|조별|조 추첨|조추첨|리그|토너먼트|대진|월드컵|올림픽|` +
		`아시안게임|결승|준결승|라운드|출전|대표팀|선수|감독|득점|승점|종목|대회|히트|레인|편성표`)

	// groupAfterRE matches what follows a bare "3조" placed as a group:
	// "3조에 편성", "3조에 속한", "3조 1위", "3조에서 경기".
	groupAfterRE = regexp.MustCompile(`^(?:에 (?:편성|속|배정|묶|포함)|로 편성|에서 (?:경기|경쟁|1위|2위)| ?[1-4]위)`)

	// populationRE matches a word of population right before a bare
	// amount, which then counts people: "인구는 16억으로", "인구 13억".
	populationRE = regexp.MustCompile(`^(?:세계)?인구(?:수)?(?:는|가|도|만|이|은|를)?$`)

	// groupBeforeRE matches the number of people in each group before a
	// bare "1조": "2인 1조로", "3명 1조", "4명씩 1조".
	groupBeforeRE = regexp.MustCompile(`[0-9]+ ?(?:인|명)(?:씩)? ?$`)

	// weightRE matches the words of weight near a 파운드, which then
	// weighs: 체중 250파운드(약 113kg), 30파운드 감량, 바벨 무게.
	weightRE = regexp.MustCompile(`체중|몸무게|감량|증량|체급|바벨|역기|덤벨|무게|중량|벤치프레스|` +
		`데드리프트|스쿼트|들어 ?올|몸집|살을|살이|살은|kg|㎏|킬로그램|킬로그|킬로|근육`)

	// shareRE matches the words of shares near a "주": 주식 1만 주,
	// 지분 500주 매수. Without one, 주 is a share only from 10,000 on.
	shareRE = regexp.MustCompile(`주식|주주|지분|매수|매도|상장|발행|보유|자사주|증자|신주|공모|` +
		`우선주|보통주|스톡옵션|주가|액면|소각|취득|처분`)

	// housingRE matches the words of dwellings, among which a 호 counts
	// units (임대주택 3만 5천호); elsewhere it names an ordinal (결의
	// 2397호, 국보 191호, 은하3호, 1호 가입자).
	housingRE = regexp.MustCompile(`주택|아파트|가구|세대|분양|임대|매입|주거|빌라|오피스텔|단지|입주|공공주택|호실`)

	// itemsRE matches the words of goods and works, among which a 점
	// counts items (5종 13,100여 점의 물품, 500-600점의 미술품); elsewhere
	// it is a score (74점을 획득해, 10점 기준 9.2점).
	itemsRE = regexp.MustCompile(`물품|작품|미술품|유물|제품|상품|의류|구호품|품목|소장품|전시품|출품|문화재|` +
		`그림|도서|자료|물건|유품|기증품|압수품|명품`)

	// machineRE matches the words of vehicles, machines and guns, among which
	// 10대 to 90대 count them (2022년 10대, 2023년 18대 양산) rather than
	// write an age (30대 남성).
	machineRE = regexp.MustCompile(`차량|자동차|트럭|버스|택시|헬기|항공기|비행기|전투기|전차|장갑차|드론|` +
		`컴퓨터|기계|장비|양산|배치|도입|대수|선박|함정|트랙터|소방차|구급차|열차|전동차|박격포|곡사포|자주포|대포|발사대|레이더`)

	// baseballRE matches the words of baseball, among which a small 회 is
	// an inning (8회 교체됐다, 1회 첫 타석) and a 1사 or 2사 the outs of
	// one (7회말 1사 주자 없을 때), no counts.
	baseballRE = regexp.MustCompile(`타석|홈런|안타|투수|타자|이닝|아웃|만루|[1-3]루|볼넷|삼진|타점|등판|` +
		`마운드|불펜|메이저리그|다저스|야구|회말|회초`)

	// northWonRE matches North Korean won written as such in a sentence
	// (북한의 원-달러 환율, 북한 돈, 북한의 원화가), or a rate of exchange of
	// North Korea (북한의 달러화 환율, 북한 시장 위안 환율, 북한 내 미국 달러
	// 환율), or the worth of a foreign currency there (북한에선 … 달러 가치가,
	// in the same sentence): its 원 is KPW. Elsewhere 원 is KRW. 원화 and
	// 돈 may carry a particle; 원 may not (북한 원로).
	northWonRE = regexp.MustCompile(`북한(?:의)? ?(?:(?:원화|돈)(?:[이가은는을를의도만와과에]|으?로|[^가-힣]|$)|원(?:[^가-힣]|$)|` +
		`(?:내 |시장 |장마당 )?(?:미국 |미 |중국 |일본 )?(?:달러|위안|엔)화? ?환율)|` +
		`북한(?:에서는?|에선|에서도| 내에서는?| 시장에서는?)[^.?!]{0,120}?(?:미국 |미 |중국 |일본 )?(?:달러|위안|엔)화? ?(?:가치|값|시세)`)

	// foreignRE matches a foreign currency in a sentence, where a bare
	// "31조" could as well be dollars: no won is assumed there.
	foreignRE = regexp.MustCompile(`달러|유로|엔화|위안|파운드|루블|페소|크로나|크로네|[$€£¥]|USD|EUR|JPY|CNY`)
)

// countryAlt lists the countries that name a currency's issuer, longest
// first where one is a prefix of another (인도네시아 before 인도).
const countryAlt = `미국|미|캐나다|호주|홍콩|싱가포르|대만|뉴질랜드|멕시코|필리핀|아르헨티나|칠레|` +
	`콜롬비아|베트남|스웨덴|노르웨이|덴마크|남아프리카공화국|남아공|인도네시아|인도|` +
	`파키스탄|스리랑카|스위스|터키|튀르키예|브라질|러시아|이집트|영국|중국|일본|유럽|북한|아이슬란드|체코|` +
	`프랑스|이탈리아|독일|핀란드|네덜란드|스페인`

// currencyAlt lists the currency words written after a number, longest
// first where one is a prefix of another (원화 before 원); signs follow
// them in currencyRE (10₩).
const currencyAlt = `달러화|달러|불|원화|원|엔화|엔|유로화|유로|위안화|위안|파운드화|파운드|` +
	`루블화|루블|루피아|루피|페소화|페소|바트화|바트|링깃|프랑|리라화|리라|` +
	`헤알화|헤알|디르함|리얄|동|크로나|크로네|랜드|센트|펜스|페니|` +
	`텡게|흐리브냐|즐로티|포린트|코루나|셰켈|세켈|나이라|타카|짯|리엘|투그릭|콜론|라리|킵|` +
	`길더|휠던|마르크|마르카|페세타|won|dollars|yen|euros|yuan`

// loneAlt lists the currencies a lone Hangul digit or Hangul decimal may
// be glued to: 구파운드, 일점이삼달러, 이달러이십삼센트. Not 원 (일원 is a
// member, 이원화 a split), 엔, 동, 유로 (이유로, 사유로: for the reason),
// 펜스 (오펜스); 불 only before cents (이불 is a blanket).
const loneAlt = `달러|센트|파운드|위안|불`

// isoAlt lists the ISO 4217 codes recognised before or after a number.
const isoAlt = `KRW|USD|EUR|JPY|CNY|GBP|HKD|CAD|AUD|SGD|TWD|CHF|NZD|RMB`

// percentAlt lists the percent signs and words; those ending in p, P or
// 포인트, which may stand after a space ("0.25% 포인트"), are percentage
// points.
const percentAlt = `%p|%P|％p|%포인트|% 포인트|％포인트|％ 포인트|퍼센트포인트|퍼센트 포인트|%|％|퍼센트`

// postQualAlt lists the qualifiers written after an amount.
const postQualAlt = `이상|이하|미만|초과|이내|가량|안팎|남짓|정도|내외|규모|상당|가까이|쯤|선|수준|대|경`

// measureAlt lists the units of measure, and the counters of things that
// are not counts of counterAlt, that make a bare "2억" or "1조" before
// them no money: 2억 화소, 3억 회분, 1억 km, 1억 년, 2조 배. Whole words
// only (see measured): 1억 회수 and 1조 배정 are money.
const measureAlt = `화소|픽셀|회분|인분|도즈|광년|년|배|번|회|위|등|종|주|뷰|표|조회|클릭|다운로드|포인트|` +
	`킬로미터|미터|마일|제곱미터|평|헥타르|에이커|리터|갤런|킬로그램|그램|와트|킬로와트|칼로리|` +
	`바이트|기가바이트|테라바이트|km|㎞|m|cm|mm|㎡|kg|㎏|g|t|L|ℓ|W|kW|MW|GW|kWh|MWh|GWh|TWh|GB|TB|kcal`

// counterAlt lists the counter words of counts, longest first where one
// is a prefix of another; counterUnits normalises some of them.
const counterAlt = `개 국가|개 회사|개국가|개회사|가구|개국|개사|개소|배럴|마리|그루|필지|가지|차례|` +
	`경기|그릇|명|개|장|대|건|곳|호|채|톤|척|량|석|뷰|주|표|기|회|종|점|편|사|t`
