package facts

import "regexp"

// The regexps of the meaning analysis (meaning.go and the files it
// calls), compiled once. Each runs on a word, or on one sentence: their
// work is bounded by the sentence, not by the text.
var (
	// rateRE matches a word that makes the amount after it a rate per
	// unit: 1인당, 인당, 가구당, 1주당, 1달러당, 배럴당, 톤당, 시간당, 초당
	// (R12: a unit of time shorter than a day; 분당 bare is a city, and
	// 1분당 is unitRateRE's), l당 (a litre as the press writes it, l, L
	// or ℓ). A word ending in 당 that is a party or a place (민주당, 식당)
	// is none: the unit before 당 must be a counter or a number.
	rateRE = regexp.MustCompile(`^(?:[0-9.,]+ ?)?(?:인|명|가구|세대|주|건|개|대|회|시간|초|톤|배럴|온스|평|㎡|제곱미터|` +
		`킬로그램|kg|리터|l|L|ℓ|달러|유로|엔|위안|원|마리|곳|채|장|병|잔|그릇|끼|박|일|가입자|가구원|계좌|호|회분|` +
		`kWh|MWh|메가와트시|킬로와트시|단위|판|포기|t|발|상자|박스|그램|g|㎏|벌|켤레)당$`)

	// fiscalYearRE matches a fiscal year written as one word: 2023회계연도,
	// 2026년도, and a span of them (2018~2019년도, 2018~2019도 with 년 left out)
	// (docs/meaning.md P2).
	fiscalYearRE = regexp.MustCompile(`^[0-9]{4}(?:[~∼～][0-9]{4})?(?:회계연도|년도)$|^[0-9]{4}[~∼～][0-9]{4}도$`)

	// fiscalSpanRE matches a span of years written before 회계연도: the
	// 2018~2019 of 2018~2019 회계연도 예산안.
	fiscalSpanRE = regexp.MustCompile(`^[0-9]{4}[~∼-][0-9]{2,4}$`)

	// clockRE matches a time of day, alone or with 쯤, 경, 께 (8시, 20분쯤,
	// 4시44분경): when, no noun an amount measures.
	clockRE = regexp.MustCompile(`^[0-9]{1,2}(?:시(?:[0-9]{1,2}분)?|분|초)(?:쯤|경|께)?$`)

	// classVerbRE matches a verb after an amount that bounds the noun it
	// modifies (1억 원을 넘는 주택): with a noun of a class, a class.
	classVerbRE = regexp.MustCompile(`^(?:넘는|초과하는|이상인|미만인|이하인|밑도는|웃도는)$`)

	// unitRateRE matches a number and any unit with 당, glued or not: a
	// rate (1비트코인당, 1그램당).
	unitRateRE = regexp.MustCompile(`^[0-9][0-9.,]* ?[가-힣A-Za-z㎏㎡]+당$`)

	// timeRE matches a time expression: a year (2024년, 2024 년 as
	// published copy sometimes spaces it, 2026년도, 2023 회계연도, 2018~2019도 for 년도, ’10, 올해, 지난해, 내년, 연내, 작년 한 해) with an optional
	// part of it (2분기, 2분기 말, 1~3분기, 상반기, 1~3월, 4월, 4월 18일, 12월 말, 연말); a part
	// alone (지난 2월, 하반기, 5월 중순; 6 월, spaced as a corpus of words writes it); a month (지난달, 이달); a day (이날, 이 날,
	// 오늘(18일), 어제, 18일, 5∼10일; 금일 and 전일, the written words for
	// today and the day before; 내일, the day after; 그제 or 그저께 and
	// 모레, two days before and after, the rest of the closed class of
	// days told from today); a quarter told from the present (이번 분기,
	// 지난 분기, 다음 분기); a time of the sentence before (당시,
	// 같은 해, 이해, 이 기간, 같은 기간) or before in the sentence (같은 날, 같은 달
	// 2일); a week or its weekend (지난주, 이번 주, 이번 주말); a time counted from publication (현재, 지금, 현 시세, 한달 전, 하루 전, 5년
	// 후, 4년 전, 1개월 후); a part of a year by thirds (1980년 중반); a
	// season (올여름, 2020년 봄철); the month before another (전월, 전달); a
	// decade (1990년대, 2000년대 초반); a month as tables write it (‘18.7,
	// ‘18.7∼‘22년); a fiscal year told from the present (다음 회계연도, 새
	// 회계연도, 올 회계연도, 지난 회계연도) and the new year (새해); a date as
	// press releases write it, with dots (2023.12.31).
	timeRE = regexp.MustCompile(`(?:다음|새|이번|차기|올|올해|금년|내년|지난) 회계연도|새해|[‘’][0-9]{2}\.[0-9]{1,2}월?(?:[~∼～][‘’][0-9]{2}(?:\.[0-9]{1,2})?[년월]?)?|(?:지난해|지난 해|작년|전년) 같은 기간|[0-9]{4}년 첫 [0-9]{1,2}개월|(?:(?:지난|오는) )?[0-9]{3}0년대(?: ?(?:초|중|후|말)반?| 말| 초)?|(?:(?:지난|올|오는) )?(?:[0-9]{4} ?회계연도|[0-9]{4}[~∼～][0-9]{4}(?:년도?| ?회계연도|도)|[0-9]{4} ?년도?|` +
		`’[0-9]{2}[~∼～]’[0-9]{2}|[‘’][0-9]{2}년|’[0-9]{2}|(?:작년|지난|올) ?한 ?해|올해|금년|재작년|지지난해|지난해|지난 해|작년|전년도?|내후년|내년도?|연내|올 해|올)` +
		`(?: ?(?:[1-4][~∼～][1-4]분기|[1-4]분기(?: ?말)?|[상하]반기(?: ?말)?|[0-9]{1,2}[~∼～][0-9]{1,2}월|[0-9]{1,2}월(?: ?(?:[0-9]{1,2}일|초순|상순|중순|하순|초|말))?|연초|연말|초반|중반|후반|초|말|(?:봄|여름|가을|겨울)철?))?` +
		`|(?:(?:지난|오는) )?(?:[1-4][~∼～][1-4]분기|[1-4]분기(?: ?말)?|[상하]반기(?: ?말)?|[0-9]{1,2}[~∼～][0-9]{1,2}월|[0-9]{1,2} ?월(?: ?(?:[0-9]{1,2}일|초순|상순|중순|하순|초|말))?)` +
		`|(?:지난 ?달|이달|이번 ?달|내달|다음 ?달)(?: [0-9]{1,2}일| (?:초순|중순|하순|초|말))?|(?:지난|이번|다음) ?주말?|같은 달(?: [0-9]{1,2}일)?|같은 날|전월|전달|이 ?날|당일|금일|오늘(?:\([0-9]{1,2}일\))?|(?:어제|그제|그저께)(?:\([0-9]{1,2}일\))?|내일|모레|전날|전일|(?:지난 )?연말|연초|(?:이번|지난|다음) 분기` +
		`|(?:(?:지난|오는) )?[0-9]{1,2}[~∼～][0-9]{1,2}일|(?:(?:지난|오는) )?[0-9]{1,2}일|한 ?달 ?전|(?:하루|이틀|사흘|나흘) ?전|[0-9]{1,2}(?:년|개월) ?[후전]|[12][0-9]{3}\.(?:1[0-2]|0?[1-9])\.(?:3[01]|[12][0-9]|0?[1-9])|현재|현|지금|당시|(?:같은 해|이듬해|그해) (?:[0-9]{1,2}월|초|말)|같은 해|같은 기간|이듬해|이해|그해|이 기간`)

	// pointedMonthRE matches a month of a year pointed back to (그해 12월,
	// 같은 해 3월, 이듬해 2월), or its start or end (그해 말, 이듬해 초: the
	// year, as 지난해 말 is). Groups: 1 the year's word, 2 the month, empty
	// for 초 and 말.
	pointedMonthRE = regexp.MustCompile(`^(같은 해|이듬해|그해) (?:([0-9]{1,2})월|초|말)$`)

	// weekRE matches a week told from publication: 지난주, 이번 주, 다음 주,
	// and its weekend (이번 주말, 지난 주말).
	weekRE = regexp.MustCompile(`^(?:지난|이번|다음) ?주말?$`)

	// daysBeforeRE matches a count of days before publication written
	// in a word of the closed class 하루, 이틀, 사흘, 나흘 (하루 전, 이틀전).
	daysBeforeRE = regexp.MustCompile(`^(하루|이틀|사흘|나흘) ?전$`)

	// gluedDayRE matches a word in which a day follows a subject's or
	// topic's particle with no space, as copy sometimes runs them
	// together (원유가격이11일, 유럽중앙은행은9일). Group 1 is the day.
	gluedDayRE = regexp.MustCompile(`^[가-힣]+[이가은는]([0-9]{1,2}일)(?:[,.]|$)`)

	// shortMonthRE matches a month written as policy tables write it, with
	// an apostrophe and a dot (‘18.7, ’22.3월), alone or opening a span
	// (‘18.7∼‘22년). Groups: 1 and 2 the first year and month, 3 and 4 the
	// second year and month.
	shortMonthRE = regexp.MustCompile(`^[‘’]([0-9]{2})\.([0-9]{1,2})월?(?:[~∼～][‘’]([0-9]{2})(?:\.([0-9]{1,2}))?[년월]?)?$`)

	// shortMonthStartRE matches the start of shortMonthRE's form, which
	// the words of a sentence cut its opening mark from: ‘18.
	shortMonthStartRE = regexp.MustCompile(`^[‘’][0-9]{2}\.[0-9]`)

	// decadeRE matches a decade (1990년대), alone or with its part (2000년대
	// 초반, 1990년대 중반). Group 1 its first year, 2 the part.
	decadeRE = regexp.MustCompile(`^(?:(?:지난|오는) )?([0-9]{3}0)년대( ?(?:초|중|후|말)반?| 말| 초)?$`)

	// timeWholeRE is timeRE as a whole word: anchored, it looks at a word
	// once instead of at each of its positions.
	timeWholeRE = regexp.MustCompile(`^(?:` + timeRE.String() + `)$`)

	// timePartsRE cuts a time expression into its parts. Groups: 1 year,
	// 2 a year of two digits, 3 relative year, 4 quarter, 5 half, 6 and 7
	// a span of months, 8 month, 9 day of that month, 10 a part of a year
	// alone (연초, 연말, 중반), 11 relative month, 12 relative day, 13 the day of
	// 오늘(18일), 14 and 15 a span of days, 16 a day alone.
	timePartsRE = regexp.MustCompile(`^(?:(?:지난|올|오는) )?(?:(?:([0-9]{4})(?: ?년도?| ?회계연도)|[‘’]([0-9]{2})년?|` +
		`(올해|금년|재작년|지지난해|지난해|지난 해|작년|전년도?|내후년|내년도?|연내|(?:작년|지난|올) ?한 ?해|올 해|올)) ?)?` +
		`(?:([1-4])분기(?: ?말)?|([상하])반기(?: ?말)?|([0-9]{1,2})[~∼～]([0-9]{1,2})월|([0-9]{1,2}) ?월(?: ?([0-9]{1,2})일| ?(?:초순|상순|중순|하순|초|말))?|(연초|연말|초반|중반|후반|초|말|(?:봄|여름|가을|겨울)철?))?` +
		`(지난 ?달|이달|이번 ?달|내달|다음 ?달)?(?: (?:초순|중순|하순|초|말))? ?(이 ?날|당일|금일|오늘|어제|그제|그저께|내일|모레|전날|전일|현재|지금)?(?:\(([0-9]{1,2})일\))?` +
		`(?:([0-9]{1,2})[~∼～]([0-9]{1,2})일|([0-9]{1,2})일)?$`)

	// timeAfterRE matches what may not follow a time expression that is
	// the amount's: a duration (3년간 is no year; 2분기 연속 counts
	// quarters), an age, a comparison
	// (전년 대비, 지난해보다, 전년도 보다, 올 초보다), a time before or after
	// another (5년 전, 1년 뒤; but 내년도 전체 자금 is the year's). 만 after
	// a year is "only" (2019년만 하더라도), not "after" (10일 만에).
	timeAfterRE = regexp.MustCompile(`^(?:간|대|째|동안|만에|치|분|이내|보다|전|뒤|말까지| 대비| 연속| 동기| 같은 기간| 같은 달| 같은 분기| 동월| 동기| 평균(?:보다|과|와| 대비)| 보다|` +
		` 전(?:[^가-힣]|$|에|엔|부터|까지|인|의|으로|보다|만)| 뒤(?:[^가-힣]|$|에|엔|부터|까지|인|의|로)| 만에| 동안|[0-9]|의 [0-9][0-9.]*%|의 [0-9][0-9.]*배|에 비해| 비해|와 비교|과 비교| 제[0-9]+호)`)

	// openSpanRE matches what makes a time one end of an open span: 2017년
	// 까지, 2020년부터, 2017년 이후, 2019년 설립 이래, and 설립이래 glued;
	// 부턴 and 까진, 부터는 and 까지는 contracted (9월1일부턴)
	// (docs/meaning.md, fourteenth round, M5).
	openSpanRE = regexp.MustCompile(`^(?:까지|까진|부터|부터는|부턴|이후|이래| 이후| 이래| [가-힣]{1,4} ?(?:이후|이래)(?:[^가-힣]|$))`)

	// listJoinRE matches what joins two times of a list: 지난해 10월과
	// 올해 1월, 지난해 말과 올 1월.
	listJoinRE = regexp.MustCompile(`^(?:과|와|및|,) `)

	// bareMonthRE matches a month written alone (1월, 12월); group 1 its
	// number. yearMonthRE matches a year and a month (2014년 1월); groups 1
	// and 2 the year and the month.
	bareMonthRE = regexp.MustCompile(`^([0-9]{1,2})월$`)
	yearMonthRE = regexp.MustCompile(`^([0-9]{4})년 ?([0-9]{1,2})월$`)

	// durationAfterRE matches a duration after one end of a span: 2013년
	// 부터 2년간, 2021년까지 5년간, 지난 1월부터 한 달간. Groups: 1 the
	// number, 2 the unit; 3 the unit of one (한 달, 한 해).
	durationAfterRE = regexp.MustCompile(`^ (?:([0-9]{1,2}) ?(년|개월)|한 ?(달|해)) ?(?:간|동안)`)

	// firstMonthsRE matches the first months of a year: 2020년 첫 6개월.
	firstMonthsRE = regexp.MustCompile(`^([0-9]{4})년 첫 ([0-9]{1,2})개월$`)

	// reportVerbRE matches a verb that reports, announces or confirms what
	// happened, modifying the 바 or 것 that ends a sentence: 확인한 바,
	// 발표한 것.
	reportVerbRE = regexp.MustCompile(`^(?:확인|발표|공개|공표|밝힌|보도|전한|알린)`)

	// pastDeedRE matches a verb of a deed done, quoted: 체결했다고,
	// 승인했다고, 합의했다고; the light 했다고 of a deed promised (내기로
	// 했다고) stands alone, with no stem before it.
	pastDeedRE = regexp.MustCompile(`^.+(?:했|었|았|였|됐)다고$`)

	// copulaLinkRE matches a copula that links two items of one quantity:
	// 250 달러 수준이지만 영국은 …, 2천만 달러이고.
	copulaLinkRE = regexp.MustCompile(`^(?:수준|정도)?(?:이지만|이고|이며|였지만|이었지만|였고|이었고)$`)

	// basisAfterRE matches what makes a month the basis of a comparison
	// over years: 10월 말을 기준으로, 6월 기준.
	basisAfterRE = regexp.MustCompile(`^(?:을|를)? 기준(?:으로)?,? `)

	// prisonRE matches a term of prison, whose months are no time: 징역 6월.
	prisonRE = regexp.MustCompile(`(?:징역|금고|집행유예|자격정지|징역형) $`)

	// meansRE matches a verb after an amount that pays for what follows:
	// 1,723억 원을 들여 GPU를 임차, 1조 원을 투입해 공장을 짓는다, 3만원
	// 더 주고 제품을 구입한다; a verb that only moves money into a fund pays
	// for what follows it too (수백만 달러를 모금해 헤즈볼라를 지원, 2천500만
	// 달러를 지원해 백신 방역을 돕겠다).
	meansRE = regexp.MustCompile(`^(?:들여|들여서|투입해|투입해서|투입하여|투자해|투자해서|투자하여|써|써서|사용해|사용하여|활용해|활용하여|쏟아|부어|들이고|주고|내고|지불하고|지불해|출자해|출자해서|출연해|출연해서|모금해|모금해서|지원해|지원해서|지원하여)$`)

	// durationRE matches a duration, which is no noun an amount measures:
	// 5년간, 3개월, 10년 동안 (and, in isDuration, the 달간 of 한 달간).
	durationRE = regexp.MustCompile(`^[0-9]+(?:년|개월|주|일|시간|분기)(?:간|째)?$|^동안$|^기간$`)

	// numberWordRE matches a number word inside a noun phrase: 70%, 1만, 500곳.
	numberWordRE = regexp.MustCompile(`^[0-9][0-9,.]*(?:%|만|천|억|조)?$`)

	// amountWordRE matches a word of an amount: 2천억, 12원, 1조.
	amountWordRE = regexp.MustCompile(`^[0-9][0-9,.]*(?:[십백천만억조]+[0-9,.]*)*(?:%|원|달러|엔|유로|위안)?$`)

	// yearDigitsRE matches a year written in digits alone: the 2023 of
	// 2023 회계연도.
	yearDigitsRE = regexp.MustCompile(`^[12][0-9]{3}$`)

	// yearRE matches a year that names a thing (2026년도 예산안).
	yearRE = regexp.MustCompile(`^[0-9]{4}년도?$`)

	// verbNounRE cuts a Sino-Korean verb into its noun: 확보하기로 →
	// 확보, 임차, → 임차, 구축해 → 구축. Group 1: the noun.
	verbNounRE = regexp.MustCompile(`^([가-힣A-Za-z0-9]{2,}?)(?:당하|당해|당했|당할|당한|하|해|했|할|한|함|되|돼|됐|될|된|됨|시키|시켜)`)

	// bracketRE matches a bracket, to be read past: 2천 루피(약 3만6천원)에서.
	bracketRE = regexp.MustCompile(`\([^()]*\)`)

	// spanLinkRE matches what joins the two ends of one span of amounts:
	// 3만3천원에서 7천700원, 2천 루피에서 최대 수만 루피.
	spanLinkRE = regexp.MustCompile(`^\s*에서\s*(?:최대|최고|많게는)?\s*$`)

	// thingVerbRE matches a verb that spends money on, sells or prices
	// its subject: 투입돼, 쓰였다, 판매됐습니다, 팔린다, 거래된다, 책정될.
	thingVerbRE = regexp.MustCompile(`^(?:투입[되돼됐된될]|쓰[이였일]|소요[되돼됐된될]|들어[가갔간갈]|판매[되돼됐된될]|팔[리렸린려릴]|` +
		`거래[되돼됐된될]|책정[되돼됐된될]|매겨|발매[되돼됐된될]|출시[되돼됐된될])`)

	// passiveRE matches the passive ending of a Sino-Korean verb, after
	// its noun: 판매(됐다), 지급(된), 부과(돼).
	passiveRE = regexp.MustCompile(`^(?:되|돼|됐|될|된|됨)`)

	// intentRE matches a verb of intent or plan, whose amount is promised,
	// not dated: 지불하겠다고, 내기로, 투입할 것, 지원할 계획.
	intentRE = regexp.MustCompile(`(?:겠|기로|할$|될$|ㄹ$)`)

	// announceRE matches a verb of announcing or saying whose time dates
	// the saying, not the amount said (발표했습니다, 밝혔다, 공개하고), and
	// one of acts on someone, not on an amount (제재했다, 기소했다, 체포했다).
	announceRE = regexp.MustCompile(`^(?:발표|밝히|밝혔|밝힌|말했|말하|말한|전했|전하|전한|설명|강조|덧붙|주장|지적|비판|보도|경고|공개[하했]|제재|기소|체포|고발|촉구|비난|규탄|브리핑)`)

	// dayOfRE matches the day of 같은 달 2일. Group 1: the day.
	dayOfRE = regexp.MustCompile(`([0-9]{1,2})일$`)

	// enactRE matches a verb of enacting what holds an amount: the
	// subject of the sentence that signs or passes a bill is the agent of
	// the amounts in it (… 투자하는 내용을 담은 법안에 서명했습니다).
	enactRE = regexp.MustCompile(`^(?:서명|승인|의결|통과시|제출|확정|편성)`)

	// nowAfterRE matches a time of day between a day and 현재: 18일 오후
	// 현재, 12일 오전 9시 현재.
	nowAfterRE = regexp.MustCompile(`^ (?:오전|오후|새벽|밤|낮|저녁|정오|자정)(?: [0-9]{1,2}시(?: ?[0-9]{1,2}분)?)? 현재`)

	// nowPriceRE matches what follows 현 when it means now: a noun of price
	// or worth (현 시세로, 현 시가, 현 환율).
	nowPriceRE = regexp.MustCompile(`^ (?:시세|시가|시장가|가격|환율|가치)`)

	// dayListRE matches the days of a month listed after it with a middle
	// dot: 3월 11·13·19일.
	dayListRE = regexp.MustCompile(`^ [0-9]{1,2}(?:·[0-9]{1,2})+일`)

	// localTimeRE matches the zone written in brackets after a time: 14일
	// (현지시간), 이날(미국 동부시간).
	localTimeRE = regexp.MustCompile(`^\((?:현지 ?시간|미국 ?(?:동부 ?)?시간|한국 ?시간)\)`)

	// planRE matches a noun of plan quoted as what is said: 매수할
	// 계획이라고, 지원할 방침이라고, 투입할 예정이라고.
	planRE = regexp.MustCompile(`^(?:계획|방침|예정|방안|구상)(?:이라고|이라며|이라는)`)

	// ordinalRE matches an ordinal label: 1차, 2회차, 3단계.
	ordinalRE = regexp.MustCompile(`^[0-9]+(?:차|회차|단계|등급|번째)$`)

	// countLeadRE matches a quantity that opens a purpose, with its 의: the
	// 123만 개의 of 123만 개의 마스크 수출, the 약 1만t의 of 약 1만t의 정미.
	// A number written with several units and 여 (11만9천여개의) too.
	countLeadRE = regexp.MustCompile(`^(?:약 |총 )?[0-9][0-9,.]*(?: ?[만천억](?:[0-9][0-9,.]*)?)*여? ?(?:개|장|톤|t|kg|그램|g|대|척|리터|배럴|상자|점|켤레|벌|마리|그루)의 `)
	// occasionsLeadRE matches a count of occasions that opens a purpose:
	// the 세 차례 of 세 차례 성관계 대가, the 2회 of 2회 자문 비용.
	occasionsLeadRE = regexp.MustCompile(`^(?:[0-9]+|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|여러|수) ?(?:차례|번|회)(?: 걸쳐)? `)
	// countTailRE matches a quantity that closes a purpose: the 1그램 of 필로폰
	// 1그램, the 5552장 of 5만원권 위조지폐 5552장, the 한 쌍(2개) of 멜론 한
	// 쌍(2개), the 하나 of 작품 하나 (native numerals and their gloss too).
	countTailRE = regexp.MustCompile(` (?:(?:약 |총 )?(?:[0-9][0-9,.]*(?: ?[만천억])?|한|두|세|네|다섯) ?(?:개|장|톤|t|kg|그램|g|대|척|리터|배럴|상자|점|켤레|벌|마리|그루|쌍|판|건|채)(?:\([^)]*\))?|하나|둘|셋)$`)
)

// The regexps of words that hold a number are asked of every word the
// rules step over; a word that does not start with a digit is none, and
// is answered without running them.

// isNumberWord reports whether w is a number word inside a noun phrase:
// 70%, 1만, 500곳 (numberWordRE).
func isNumberWord(w string) bool { return startsDigit(w) && numberWordRE.MatchString(w) }

// isAmountWord reports whether w is a word of an amount: 2천억, 12원, 1조
// (amountWordRE).
func isAmountWord(w string) bool { return startsDigit(w) && amountWordRE.MatchString(w) }

// isYearWord reports whether w is a year that names a thing: 2026년도
// (yearRE).
func isYearWord(w string) bool { return startsDigit(w) && yearRE.MatchString(w) }

// isDuration reports whether w is a duration: 5년간, 3개월, 동안
// (durationRE).
func isDuration(w string) bool {
	switch w {
	case "동안", "기간", "일주일", "한달", "하루", "보름", "일주일간", "한달간", "달간", "개월간", "년간":
		return true
	}
	return startsDigit(w) && durationRE.MatchString(w)
}

// startsDigit reports whether s starts with an ASCII digit.
func startsDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }
