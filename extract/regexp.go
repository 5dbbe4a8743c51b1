package extract

import "regexp"

// Regular expressions used across the package, compiled once.
var (
	// reXMLEncoding finds the encoding of an XML declaration.
	reXMLEncoding = regexp.MustCompile(`^\s*<\?xml[^>]*encoding\s*=\s*["']?([a-z0-9._:-]+)`)

	// reMetaCharset finds the charset of <meta charset> or of a
	// Content-Type <meta http-equiv>, in lowercased markup.
	reMetaCharset = regexp.MustCompile(`<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9._:-]+)`)

	// reLabelSpan finds a span in brackets, parentheses or angle
	// brackets: the labels a kicker is made of ("[명퇴의 정석] (종합)",
	// "【단독】", "<인터뷰>").
	reLabelSpan = regexp.MustCompile(`\[[^\]]*\]|\([^)]*\)|【[^】]*】|〈[^〉]*〉|<[^>]*>`)

	// reNumericDate finds a numeric date (2023.04.07, 04/10/2018) or a
	// clock time (19:13).
	reNumericDate = regexp.MustCompile(`\d{1,4}[./-]\s?\d{1,2}[./-]\s?\d{1,4}|\d{1,2}:\d{2}`)

	// reDate reads a date with an optional clock and zone: year, month,
	// day; a meridiem; hour, minute, second, fraction; zone. Separators
	// may be -, ., /, Korean units (년 월 일 시 분 초) or spaces; the clock
	// may be wrapped in parentheses or preceded by T; a weekday may stand
	// before it ("2024.03.05(화) 14:22", "2024년 3월 5일 화요일 오후 2시");
	// the zone may be an offset or KST ("2023-04-19 15:41 KST").
	reDate = regexp.MustCompile(`(\d{4})\s*[-./년]\s*(\d{1,2})\s*[-./월]\s*(\d{1,2})\s*[.일]?(?:\s*\([^)0-9]*\)|\s*[월화수목금토일]요일)?` +
		`(?:[\sT.]*\(?\s*(오전|오후|AM|PM|am|pm)?\s*(\d{1,2})\s*[:시]\s*(\d{2})\s*분?(?:\s*[:]\s*(\d{2})(?:[.,](\d{1,9}))?\s*초?)?\s*\)?` +
		`\s*(Z|z|[+-]\d{2}(?::?\d{2})?|KST)?)?`)

	// reEnglishDate reads a date written with the month's English name,
	// as English editions of Korean outlets and wire services show it:
	// "15:41 April 19, 2023" (the clock first), "April 19, 2023 15:41",
	// "Apr. 19, 2023, 3:41 PM", "19 April 2023 at 15:41 KST". Groups: a
	// clock before (hour, minute, second, meridiem); a day before the
	// month; the month; a day after it; the year; a clock after (hour,
	// minute, second, meridiem); a zone's name.
	reEnglishDate = regexp.MustCompile(`(?i)(?:\b(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?\s+)?` +
		`(?:\b(\d{1,2})(?:st|nd|rd|th)?\s+)?` +
		`\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+` +
		`(?:(\d{1,2})(?:st|nd|rd|th)?,?\s+)?(\d{4})\b` +
		`(?:,?\s*(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?)?` +
		`(?:\s*\(?(KST|UTC|GMT)\)?)?`)

	// reEnglishDateLabel finds a date with the month's English name after
	// an English label: "Published : April 19, 2023 15:41", "Updated
	// 15:41 April 19, 2023". Group 1 is the label, group 2 the date.
	reEnglishDateLabel = regexp.MustCompile(`([Pp]ublished|[Uu]pdated|[Pp]osted)(?:\s+on)?\s*[:：]?\s*(` + reEnglishDate.String() + `)`)

	// reDateLabel finds a labelled date in visible text: the label and the
	// date after it ("입력 2023.04.07 (19:13)", "송고시간 2023-04-20
	// 13:24:13", "Updated: 2019-11-18 10:00").
	// The date runs to the next label, slash or bar; it may hold a
	// meridiem and Korean units ("2020.05.01. 오전 7:44", "2023년 04월
	// 07일 18시 36분").
	// Generic CMSs also write 게재, 발행, 작성, (기사)전송 and 보도일 (see
	// weakDateLabels for the ones that need a clock in running text).
	reDateLabel = regexp.MustCompile(`(기사입력|최초입력|입력|등록|송고시간|송고|승인|최종수정|수정|업데이트|갱신|게재|발행|작성|기사전송|전송|보도일시|보도시간|보도일|[Pp]ublished|[Uu]pdated|[Pp]osted)(?:\s+on)?\s*(?:일시|시간|일자|일)?\s*[:：]?\s*` +
		`(\d{4}\s*[-./년]\s*\d{1,2}\s*[-./월]\s*\d{1,2}(?:\([월화수목금토일]\)|[월화수목금토일]요일|[^/|가-힣]|오전|오후|[일시분초]){0,30})`)

	// reDateBeforeLabel finds a date with its clock written before its
	// label, as wire services close their date lines: "2019/06/02 14:43
	// 송고", "2019-06-02 10:23 송고 | 2019-06-02 11:05 최종수정". Only
	// digits with separators and a clock: a date in words before such a
	// word is prose.
	reDateBeforeLabel = regexp.MustCompile(`(\d{4}[-./]\s*\d{1,2}[-./]\s*\d{1,2}\.?\s+\d{1,2}:\d{2}(?::\d{2})?)\s*(송고|입력|등록|승인|최종수정|수정|게재)(?:[\s\x{a0}]*[|ㅣ/]|[\s\x{a0}]*$)`)

	// reShortYearLabel finds a labelled date whose year has two digits,
	// which some CMSs show: "입력 24.03.05 14:22", "기사입력 : 24-03-05
	// 14:22". Only with a label and a clock, as a bare "24.03.05" may be
	// anything.
	reShortYearLabel = regexp.MustCompile(`(기사입력|최초입력|입력|등록|송고|승인|최종수정|수정|게재|발행|작성)\s*(?:일시|시간|일자|일)?\s*[:：]?\s*` +
		`(\d{2}[-./]\s*\d{1,2}[-./]\s*\d{1,2}\.?\s+\d{1,2}:\d{2}(?::\d{2})?)`)

	// reShortYearDate reads a date whose year has two digits at the start
	// of an element named date or time, as some CMSs show it without a
	// label: "24.03.05 14:22", "24.01.29 15:03 l 최종 업데이트 …". Only
	// with a clock and only in such an element, as for reShortYearLabel.
	reShortYearDate = regexp.MustCompile(`^\s*(\d{2}[-./]\s*\d{1,2}[-./]\s*\d{1,2}\.?\s+\d{1,2}:\d{2}(?::\d{2})?)`)

	// reClock finds a clock in a date: "14:22", "14시 22분".
	reClock = regexp.MustCompile(`\d{1,2}\s*[:시]\s*\d{2}`)

	// reClockOnly matches a clock alone, as a page shows it in an element
	// after the day's: "14:22", "오후 2:22", "(14:22:10)".
	reClockOnly = regexp.MustCompile(`^\(?\s*(?:오전|오후|AM|PM|am|pm)?\s*\d{1,2}\s*[:시]\s*\d{2}\s*분?(?:\s*:\s*\d{2})?\s*\)?$`)

	// reBylineDate finds the date on a reporter line: "이용민 기자 |
	// 2020-03-04 16:52:59", "홍길동 기자 2024.01.29 오후 3:03".
	// A label may stand between the two: "홍길동 기자 | 승인 2024.03.05
	// 14:22".
	reBylineDate = regexp.MustCompile(`([가-힣]{2,4})\s*(?:기자|특파원)\s*[|ㅣ/·:]?\s*` +
		`(?:(?:기사|최초)?\s*(?:입력|등록|승인|게재|발행|작성|송고|전송)\s*(?:일시|시간|일자|일)?\s*[:：]?\s*)?` +
		`(\d{4}[-./]\s*\d{1,2}[-./]\s*\d{1,2}\.?\s*(?:(?:오전|오후)\s*)?\d{1,2}:\d{2}(?::\d{2})?)`)

	// rePhotoCredit finds the credit of a photo in a caption line:
	// "(사진=연합뉴스)", "[사진 제공 = …]", "/뉴시스".
	rePhotoCredit = regexp.MustCompile(`사진\s*(=|제공|출처)|\(\s*사진|/\s*[가-힣A-Za-z]{2,10}\s*[)\]]?$`)

	// reTrailingCredit splits a paragraph of prose that ends with the
	// credit of the story's photos after a space: "태양은 내년 2월께
	// 결혼식을 올린 뒤 입대할 예정이다. 사진=OSEN". The sentence must end
	// before the credit, and the credit is a few words at most.
	reTrailingCredit = regexp.MustCompile(`^(.*\S[.!?]["'”’]?)\s+((?:사진|그래픽|영상)\s*=\s*[^\s=]{1,20}(?:\s[^\s=]{1,12}){0,2})$`)

	// reCaptionTense finds the endings a photo caption is written in:
	// the present progressive ("…을 살펴보고 있다.") or a scene ("…하는
	// 모습."), which a closing credit's sentence must not have.
	reCaptionTense = regexp.MustCompile(`(있다|있습니다|모습|모습이다)[.!]?["'”’]?$`)

	// reBracketCredit splits a paragraph that ends with a photo's credit
	// in brackets, which no sentence ends with: "… 덧붙였다. (사진=연합뉴스)",
	// "… 밝혔다. [그래픽=김지혜]".
	reBracketCredit = regexp.MustCompile(`^(.*[.!?"'”’])\s*([(\[]\s*(?:사진|그래픽|자료\s*사진|영상|이미지)\s*(?:=|:|：|제공|출처)[^()\[\]]{1,40}[)\]])$`)

	// reCaptionDay finds the day a photo caption opens with: "5일 …",
	// "지난 3일 …".
	reCaptionDay = regexp.MustCompile(`^(?:지난\s*)?\d{1,2}일\s`)

	// reTrailingOutlet splits a paragraph whose last sentence is followed
	// by an outlet's credit in brackets: "… 강조했다.<연합뉴스>", "… 밝혔다.
	// (AP)". The credit names an outlet (뉴스, 일보, 통신, 방송 …) or is an
	// acronym; "(종합)" or "(끝)" is none.
	reTrailingOutlet = regexp.MustCompile(`^(.*\S[.!?]["'”’)]?)\s*([<〈(\[]\s*(?:[가-힣A-Za-z0-9]{1,12}(?:뉴스|일보|신문|통신|방송|타임즈|타임스)|[A-Z]{2,6})\s*[>〉)\]])$`)

	// reTrailingAddress splits a paragraph that ends with the reporter's
	// address after a slash: "… 아쉽기도 하다. /seon@osen.co.kr".
	reTrailingAddress = regexp.MustCompile(`^(.*\S[.!?]["'”’)]?)\s*/\s*([\w.+-]+@[\w-]+(?:\.[\w-]+)+)$`)

	// reDatelineCredit reads the credit that opens a wire story: the
	// dateline, the outlet and the reporter, "(서울=연합뉴스) 한가을 기자 =",
	// "【서울=뉴시스】한가을 기자 =", "[서울=뉴시스]한가을 인턴 기자 =".
	reDatelineCredit = regexp.MustCompile(`^\s*[(\[【]\s*[^=()\[\]【】]{1,12}=\s*([^=()\[\]【】]{2,12}?)\s*[)\]】]\s*([가-힣]{2,4})\s?` + reReporterGrade + `(?:기자|특파원)\s*=`)

	// reOpeningCredit reads the credit in brackets that opens a story:
	// the outlet and the reporter, "[OSEN=선미경 기자]", "[이데일리 채상우
	// 기자]", "[스포츠서울 = 한가을 기자]".
	reOpeningCredit = regexp.MustCompile(`^\s*[\[【]\s*([^=\[\]【】]{2,20}?)\s*(?:=\s*|\s)([가-힣]{2,4})\s?` + reReporterGrade + `(?:기자|특파원)\s*[\]】]`)

	// reTrailingSignature splits a paragraph that ends with the reporter's
	// signature run into its last sentence: "… 주장했다. 김미경기자
	// the13ook@dt.co.kr" (a name, 기자 or 특파원, an optional address), also
	// after a slash: "… 전망했다. /김창영기자 kcy@sedaily.com".
	reTrailingSignature = regexp.MustCompile(`^(.*\S[.!?]["'”’)]?)\s+/?\s*([가-힣]{2,4})\s?(?:기자|특파원)\s*([\w.+-]+@[\w-]+(?:\.[\w-]+)+)?$`)

	// reEmail finds an e-mail address.
	reEmail = regexp.MustCompile(`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`)

	// reURL finds a web address.
	reURL = regexp.MustCompile(`(?i)\b(https?://|www\.)\S+`)

	// reKoreanReporter finds a Korean name before a reporter's title.
	// A grade may stand before the title: "김수아 인턴 기자".
	reKoreanReporter = regexp.MustCompile(`(?:^|[\s=\[(/·,])([가-힣]{2,4})\s?` + reReporterGrade + `(?:기자|특파원|선임기자|객원기자|인턴기자|통신원|앵커|에디터)`)

	// reInfoName matches the text of a header's info element that is a
	// reporter's name alone or with the title: "박상우", "김수아 인턴 기자".
	reInfoName = regexp.MustCompile(`^([가-힣]{2,4})(?:\s?` + reReporterGrade + `(?:기자|특파원))?$`)

	// reCopyrightHolder finds the holder a copyright line names, after the
	// mark and an optional year and company form: "Copyright © 데일리안.",
	// "<저작권자(c) 연합뉴스, 무단 전재…>", "ⓒ 2024 ㈜새벽일보".
	reCopyrightHolder = regexp.MustCompile(`(?i)(?:ⓒ|©|\(c\))\s*(?:\d{4}(?:\s*[-~]\s*\d{4})?\s*)?(?:㈜|\(주\)\s*)?([^\s.,·|<>()\[\]]{2,20})`)

	// reKoreanName matches a word that is a Korean personal name alone.
	reKoreanName = regexp.MustCompile(`^[가-힣]{2,4}$`)

	// reEmptyBrackets finds brackets left empty.
	reEmptyBrackets = regexp.MustCompile(`[(\[<]\s*[)\]>]`)

	// reNameSep splits a byline into names.
	reNameSep = regexp.MustCompile(`\s*(?:,|·|/|&|\band\b|및|、)\s*`)

	// reNameNoise finds what surrounds a name in a byline: "By", titles
	// (기자, 특파원, 앵커 …) and labels, those of a generic CMS's writer
	// box too ("작성자 홍길동 작성일 …", its date already removed).
	reNameNoise = regexp.MustCompile(`(?i)^\s*(by|written by|reporter|글|사진|작성자|글쓴이|필자|기자명)\s*[:：]?\s+|\s*(기자|특파원|선임기자|객원기자|인턴기자|통신원|앵커|논설위원|위원|에디터|PD|reporter|correspondent|editor|(?:기사|최초|최종)?\s*(?:작성|등록|입력|게재|발행|승인|수정|송고)(?:일시|일자|시간|일)?)\s*[:：]?\s*$`)

	// reTag finds an HTML tag; reBreak a <br> or the end of a block.
	reTag   = regexp.MustCompile(`<[^>]*>`)
	reBreak = regexp.MustCompile(`(?i)<br\s*/?>|</(p|div|li|h[1-6])>`)

	// reTrailingComma finds a comma before a closing bracket in JSON.
	reTrailingComma = regexp.MustCompile(`,\s*([}\]])`)

	// reBracketed finds bracketed tags such as "[INSIGHT]" or "(VIDEO)".
	reBracketed = regexp.MustCompile(`\[[^\]]*\]|\([^)]*\)`)

	// reLabel finds a short label ending in a colon: "SEE MORE:".
	reLabel = regexp.MustCompile(`[\p{L}\s]{0,24}[:：]`)
)

// reReporterGrade is the grade a reporter's title may carry before 기자
// or 특파원 in a credit, with or without a space: "인턴 기자", "수습기자".
const reReporterGrade = `(?:(?:인턴|수습|객원|선임|전문)\s?)?`
