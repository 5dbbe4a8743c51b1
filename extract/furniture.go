package extract

import (
	"regexp"
	"slices"
	"strings"
)

// lineKind says what a furniture line is.
type lineKind int

const (
	lineDrop    lineKind = iota + 1 // page furniture: dropped
	lineCaption                     // photo caption or credit: kept apart
	lineByline                      // reporter signature: dropped, its e-mail kept
	lineMarked                      // led by ▲: a caption alone, an item in a run
)

// lineRule recognises one kind of furniture by the text of a whole
// paragraph. maxLen bounds the paragraph's length in bytes so that a rule
// never removes a long paragraph of prose that happens to match. keys,
// when set, are lowercase words one of which the paragraph must contain
// for the expression to be tried at all: a cheap test that spares most
// prose paragraphs the unanchored expressions.
type lineRule struct {
	re     *regexp.Regexp
	kind   lineKind
	maxLen int
	keys   []string
}

// lineRules are checked against each paragraph of the body, in order. The
// comment of each says what it drops and why it is never article text.
var lineRules = []lineRule{
	// Ad placeholders and "continue reading" breaks between paragraphs.
	{regexp.MustCompile(`(?i)^[\[(<]?\s*(advertisement|advert|advertising|ad|sponsored|anzeige|publicidade|pubblicità|iklan|реклама|広告|광고)\W*$`), lineDrop, 40, nil},
	{regexp.MustCompile(`(?i)^(story continues below|continue reading|scroll (down )?to continue|article continues below)`), lineDrop, 80, []string{"continu", "scroll"}},
	// "Read more:", "See also:", "Related:" lines that point elsewhere.
	{regexp.MustCompile(`(?i)^(read more|read also|see also|related( post| article| story)?|also read|more from|recommended|watch|baca juga|leia também|leggi anche|lee también)\s*(:|\||»|>)`), lineDrop, 300,
		[]string{"read", "see also", "related", "also read", "more from", "recommended", "watch", "baca", "leia", "leggi", "lee"}},
	// Wire-service and contributor credits, author notes and follow-us
	// lines that close an article: "(Reporting by …; Editing by …)",
	// "X contributed to this report.", "Write to X at x@y.com".
	// The forms that start the line are tried at its start only, the one
	// that may stand anywhere apart; both rules keep all the keys, so a
	// line is dropped exactly when one expression of the two would match.
	{regexp.MustCompile(`(?i)^(?:\(?(additional )?(reporting|editing|writing|compiled|research) by\b|write to .*@|follow (us|\w+(\s\w+)?|\w+'s .*coverage)\b.* (on|at) (twitter|facebook|instagram|https?:)|like this story\?|let our news meet your inbox|sign up for (our|the)\b|(click|tap) here (to|for)\b)`), lineDrop, 240, creditKeys},
	{regexp.MustCompile(`(?i)contributed (reporting|to this (report|story|article))`), lineDrop, 240, creditKeys},
	// Bylines written as a body line: "By Reuters", "By Phil Helsel".
	{regexp.MustCompile(`^(By|BY|Por|POR|Von|Par|Oleh|От)\s+\p{Lu}[\p{L}.'’-]*(\s+(and|&|y|e|und|et|dan|и)?\s*\p{Lu}[\p{L}.'’-]*){0,4}$`), lineDrop, 80, nil},
	// A photo's credit naming its photographer, "사진=홍길동 기자", is a
	// caption's line: tried before the signatures, which a name after
	// "…=" also matches ("세종=홍길동 기자").
	{regexp.MustCompile(`^[\[(]?\s*(사진|그래픽|영상|자료|이미지|화면)\s*=`), lineCaption, 200, []string{"사진", "그래픽", "영상", "자료", "이미지", "화면"}},
	// Reporter signatures and bare addresses: "강나루 기자",
	// "홍길동 기자 hong@kbs.co.kr", "YTN 나혜인 (dglee@ytn.co.kr)",
	// "[이남경 MBN스타 기자]", "sshim@yna.co.kr"; with a slash before
	// the name or the address and with the writer's role, as generic CMSs
	// sign: "/홍길동 기자", "홍길동 기자/hong@x.co.kr", "정리=홍길동 기자",
	// "글·사진 홍길동 기자" (a photo credit alone, "사진=홍길동 기자", is a
	// caption's), with the outlet or the dateline before the name, several
	// names to one title, senior titles and brackets around it all:
	// "새벽일보 홍길동 기자", "세종=홍길동 기자", "홍길동·김철수 기자",
	// "[파이낸셜뉴스] 홍길동 기자", "(새벽일보 홍길동 기자)", "홍길동 논설위원";
	// and with the writer's beat or credential in parentheses after the
	// title: "박준하 기자(전통주 소믈리에) june@nongmin.com".
	{regexp.MustCompile(`^[\[(<]?\s*/?\s*(?:[\[(]?[\w가-힣]{1,12}[\])]?\s+)?(?:[가-힣]{2,4}=)?` + reWriterRole + `?` +
		`[가-힣]{2,4}(?:\s*[·ㆍ,]\s*[가-힣]{2,4}){0,3}\s*(기자|특파원|통신원|객원기자|인턴기자|선임기자|전문기자|대기자|논설위원|논설실장|편집위원|전문위원|칼럼니스트|PD)` +
		`(?:\s*\([^()@\d]{1,20}\))?\s*(/\s*)?([\[(]?[\w.+-]+@[\w.-]+[\])]?)?\s*[\])>]?$`), lineByline, 160, []string{"기자", "특파원", "통신원", "위원", "논설", "칼럼니스트", "pd"}},
	{regexp.MustCompile(`^([\w가-힣]{1,12}\s+)?[가-힣]{2,4}\s*(기자|PD|특파원|앵커)?\s*[\[(]\s*[\w.+-]+@[\w.-]+\s*[\])]$`), lineByline, 80, []string{"@"}},
	// A reporter line with the time of writing: "이용민 기자 |
	// 2020-03-04 16:52:59", "홍길동 기자 입력 2024.01.29 15:03".
	{regexp.MustCompile(`^[가-힣]{2,4}\s*(기자|특파원)\s*[|ㅣ/·:]?\s*(입력|승인|등록|기사입력)?\s*[:：]?\s*\d{4}[-./]\s*\d{1,2}[-./]\s*\d{1,2}.{0,40}$`), lineByline, 120, []string{"기자", "특파원"}},
	// A reporter line whose dates a page fills in by script, or whose
	// date elements were dropped, leaving the labels: "한가을 기자입력 수정".
	{regexp.MustCompile(`^[가-힣]{2,4}\s*(기자|특파원)(\s*[|ㅣ/·:]?\s*(기사입력|최초입력|입력|최종수정|수정|등록|승인|송고|업데이트)\s*[:：]?)+$`), lineByline, 120, []string{"기자", "특파원"}},
	{regexp.MustCompile(`^\[[^\]]{0,20}\s?[가-힣]{2,4}\s*기자\]$|^[\[(<]?\s*[\w.+-]+@[\w-]+(\.[\w-]+)+\s*[\])>]?$`), lineByline, 80, []string{"기자", "@"}},
	// The signature with the outlet between the name and the title, and
	// the address: "정수남 글로벌이코노믹 기자 perec@g-enews.com" (without
	// the address such a line may be prose: "현장에 있던 기자").
	{regexp.MustCompile(`^[가-힣]{2,4}\s+[\w가-힣]{2,12}\s+(기자|특파원|선임기자|전문기자)\s*[(\[<]?[\w.+-]+@[\w-]+(\.[\w-]+)+[)\]>]?$`), lineByline, 120, []string{"@"}},
	// A closing line led by a pointer that gives the outlet's name or
	// slogan and the reporter's address, no name or title: "☞공감언론
	// 뉴시스 ksa3077@newsis.com", "▶ 새벽일보 hong@x.example". Words and an
	// address alone, no sentence: an address in prose ends no such line.
	{regexp.MustCompile(`^[☞▶▷►◎]\s*(?:[\w가-힣]{1,12}\s+){0,2}[\w가-힣]{1,12}\s*[\[(<]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[\])>]?$`), lineByline, 120, []string{"@"}},
	// An address cut off after its "@", as a CMS truncates the closing
	// signature: "s914@".
	{regexp.MustCompile(`^[\w.+-]{2,30}@$`), lineByline, 40, []string{"@"}},
	// A bracketed outlet credit: "[머니투데이방송 MTN = 유찬 기자
	// (curry30@mtn.co.kr)]", "[서울경제TV=이아라 기자]", also in
	// lenticular brackets: "【파이낸셜뉴스 서울=한가을 기자】".
	{regexp.MustCompile(`^[\[【][^\]】=]{1,30}=\s*[가-힣]{2,4}\s*(기자|특파원|인턴기자)\s*(\(\s*[\w.+-]+@[\w.-]+\s*\))?\s*[\]】]$`), lineByline, 160, []string{"기자", "특파원"}},
	// Several reporters signing one section of a joint report or the
	// whole story, each with or without an address: "조성훈 기자, 김은령
	// 기자, 정혜윤 기자", "세종=박경담 기자", "박종오 기자 pjo@hani.co.kr
	// 이지혜 기자 godot@hani.co.kr".
	{regexp.MustCompile(`^` + reSigner + `(?:\s*[,·/]?\s*` + reSigner + `)+$`), lineByline, 300, []string{"기자", "특파원"}},
	// Wire end markers and hashtag lines: "(끝)", "(END)", "#문빈 #사망".
	{regexp.MustCompile(`^(?:\((끝|END|MORE|계속)\)|(#[^\s#]+\s*){1,})$`), lineDrop, 300, []string{"(", "#"}},
	// Notes on quoting an interview (인용 보도 시 …).
	{regexp.MustCompile(`인용\s*보도\s*시|인터뷰 자료의 저작권|프로그램명을 밝혀`), lineDrop, 200, []string{"인용", "인터뷰 자료", "프로그램명"}},
	// Post metadata lines: "Publicado por: … - Categoria: …", reading time.
	{regexp.MustCompile(`(?i)(publicado por|posted by|categoria|category)\s*:|^(tempo de leitura|reading time|tiempo de lectura|tempo di lettura)\b|^\d+\s*min(ute)?s?\s+read$`), lineDrop, 200, []string{"publicado", "posted by", "categor", "leitura", "reading time", "lectura", "lettura", "read"}},
	// Comment-policy notes.
	{regexp.MustCompile(`(?i)comments?\b.*\b(moderat|approv)|coment[aá]rios?\b.*\b(moderador|aprovad)`), lineDrop, 200, []string{"comment", "coment"}},
	// Lightbox and tool labels left as text.
	{regexp.MustCompile(`(?i)^(caption|close|expand|enlarge|hide caption|toggle caption|view gallery|view image|next|previous|prev|back to top|text size|font size|print this|email this|listen|listen to this article)$`), lineDrop, 40, nil},
	// Notes about scripts the reader's browser should run, and leftover
	// WordPress shortcodes ("[button link=…]Send us …[/button]").
	{regexp.MustCompile(`(?i)requires javascript|enable javascript|javascript is (disabled|required)|^\[(\w+)[^\]]*\].*\[/\w+\]$`), lineDrop, 200, []string{"javascript", "[/"}},
	// Headings of link lists and tag lists that end up inside the body.
	{regexp.MustCompile(`(?i)^(don'?t miss|more|terkait|subscribe( now)?|more great \w+ stories|popular on \w+|you may also like|you might also like|more stories|related (articles|stories|posts|coverage|content|links|news)|recommended( for you)?|tags|tagged( with)?|filed under|topics|trending( now)?|most (read|popular|viewed)|editor'?s picks?|popular (posts|stories)|read next|up next|관련\s*기사|많이 본 뉴스|주요\s*뉴스|핫\s*뉴스(\s*BEST)?|추천\s*기사|태그|댓글(\s*\d+\s*개?)?|댓글\s*쓰기)\s*(:|\.\.\.|…)?$`), lineDrop, 60, nil},
	{regexp.MustCompile(`(?i)^(tags|tagged|filed under|topics|keywords)\s*:`), lineDrop, 300, nil},
	// Pointers to other stories and promotions set as lines of the body:
	// "▶ 관련기사: …", "[관련기사] …", "[새벽일보 관련 기사: 연재 제목]",
	// "함께 보면 좋은 뉴스 : …", "☞ 새벽일보
	// 유튜브 바로가기", "▶ 네이버 채널 구독하기". A pointer needs its label
	// and a colon, bracket or arrow; a promotion ends with what the link
	// does, which no sentence of prose ends with.
	{regexp.MustCompile(`^[▶▷►☞◆◇■□●○※>\-\s]*(?:[\[【<]\s*(?:[\w가-힣]{2,12}\s+)?)?(관련\s*(기사|뉴스)|함께\s*(보면|읽으면)\s*좋은\s*(기사|뉴스)|추천\s*(기사|뉴스)|이\s*기사와\s*관련된\s*기사|이전\s*기사|다음\s*기사)\s*([\]】>]|[:：|])`), lineDrop, 300, []string{"관련", "함께", "추천", "이 기사", "이기사", "이전", "다음"}},
	// A numbered or marked pointer to another story ending with its
	// address: "2) 볼리비아의 참 '세련된' 기후변화 대응법 http://omn.kr/1c57u".
	{regexp.MustCompile(`^(?:\d{1,2}[).]|[▶▷►☞·\-])\s*.{2,80}\s(?:https?://|www\.)\S+$`), lineDrop, 300, []string{"http", "www."}},
	{regexp.MustCompile(`^[▶▷►☞◆◇■□●○※>\-]\s*.{0,60}(바로\s*가기|구독\s*하기|구독\s*신청|앱\s*(다운로드|설치)|다운\s*받기|더\s*보기)\s*[!»>▶~]*$`), lineDrop, 200, []string{"바로", "구독", "앱", "다운", "보기"}},
	// The same promotions without an arrow when they name the portal or
	// the messenger ("네이버 메인에서 채널 구독하기"), and rows of bracketed
	// link labels ("[새벽일보 바로가기] [새벽일보 네이버 구독하기]"): the
	// line ends with what the link does.
	{regexp.MustCompile(`^.{0,30}(네이버|다음|카카오|구글|유튜브).{0,30}(구독\s*하기|채널\s*추가\s*하기|구독\s*신청)[!»>▶~]*$`), lineDrop, 200, []string{"네이버", "다음", "카카오", "구글", "유튜브"}},
	// Rows of such links under a Naver copy: "디지털타임스 채널 구독 /
	// 뉴스스탠드 구독", "… 유튜브 구독 | 카카오톡 채널 추가".
	{regexp.MustCompile(`^[^/|]{0,30}(채널|뉴스스탠드|유튜브|네이버|카카오톡?)\s*(구독|추가)(\s*[/|·]\s*[^/|]{0,30}(채널|뉴스스탠드|유튜브|네이버|카카오톡?)\s*(구독|추가))+$`), lineDrop, 200, []string{"채널", "뉴스스탠드", "유튜브", "네이버", "카카오"}},
	{regexp.MustCompile(`^(?:\[[^\]]{1,40}(바로\s*가기|구독\s*하기|더\s*보기)\]\s*)+$`), lineDrop, 300, []string{"바로", "구독", "보기"}},
	// A row of bracketed link labels, as outlets' Naver copies close:
	// "디지털타임스 핫 섹션 : [ ☆ 스 타 포 토 ] / [ ♨ HOT!! 포 토 ]". The
	// labels are links whatever they say: two and more, after a short
	// label and a colon or between slashes or bars, with nothing else on
	// the line, they are no sentence. One label after a colon may be a
	// reference the story gives ("관련 법령: [민법 제750조]").
	{regexp.MustCompile(`^(?:[^\[\]:]{1,30}:\s*\[[^\[\]]{1,30}\](?:\s*[/|·]?\s*\[[^\[\]]{1,30}\])+|\[[^\[\]]{1,30}\](?:\s*[/|·]\s*\[[^\[\]]{1,30}\])+)$`), lineDrop, 300, []string{"["}},
	// Share and print button labels that survived as text.
	{regexp.MustCompile(`(?i)^(share|share this( article| story)?|tweet|email|print|comments?|facebook|twitter|whatsapp|linkedin|copy link)$`), lineDrop, 40, nil},
	// Copyright and redistribution notices (저작권, 무단 전재·재배포 금지).
	{regexp.MustCompile(`(?i)^(copyright|ⓒ|©|\(c\)\s)|무단\s*전재|재배포\s*금지|저작권자|all rights reserved`), lineDrop, 160, []string{"copyright", "ⓒ", "©", "(c)", "무단", "재배포", "저작권", "all rights"}},
	// Links to the original on a portal's copy and source lines: "▣ KBS
	// 기사 원문보기 : http://…", "기사 원문 보기", "출처 : 새벽일보(https://…)",
	// "(기사 제공=새벽일보)", "기사제공 스포티비뉴스" (Naver Sports).
	{regexp.MustCompile(`^[▣▶▷►☞■※*\s]*[^\s]{0,12}\s*(기사\s*)?원문\s*보기\s*([:：]\s*https?://\S+)?$|^출처\s*[:：]\s*[^()]{1,30}\(\s*https?://[^)\s]+\s*\)$|^[\[(<]\s*기사\s*제공\s*[=:：][^\])>]{1,30}[\])>]$|^기사\s*제공\s*[:：]?\s*[^\s:：]{1,20}$`), lineDrop, 300, []string{"원문", "출처", "기사 제공", "기사제공"}},
	// Tip-off (제보) boxes: "■ 제보하기", "▷ 카카오톡 : …", "[전화] …",
	// "당신의 제보가 뉴스가 됩니다", "기사문의 및 제보".
	// A bracketed tip label with where to send tips: "[연합뉴스TV
	// 제보:02-398-4409, 카카오톡/라인 jebo23]", "[새벽일보 제보] 카카오톡 …".
	{regexp.MustCompile(`^\[[^\]]{0,30}제보\s*(?:[:：]|\])|제보하기|제보가 뉴스가|기사\s*문의 및 제보|^[▷▶☞※■]\s*(카카오톡|카톡|전화|이메일|메일|유튜브|네이버|홈페이지|뉴스 ?앱)|^\[(카카오톡|카톡|전화|메일|이메일|홈페이지)\]`), lineDrop, 200, []string{"제보", "카카오", "카톡", "전화", "메일", "유튜브", "네이버", "홈페이지", "뉴스"}},
	// Press-release and tip addresses: "※ 보도자료 및 제보: news@…",
	// "기사제보 및 보도자료 news@…".
	{regexp.MustCompile(`^[▷▶☞※■*]?\s*((기사\s*)?제보\s*(및|/|·|,)\s*보도\s*자료|보도\s*자료\s*(및|/|·|,)\s*(기사\s*)?제보|기사\s*제보)`), lineDrop, 200, []string{"제보"}},
	// A plea to readers or viewers for tips, as wire services and
	// broadcasters close their stories: "◎공감언론 뉴시스가 독자 여러분의
	// 소중한 제보를 기다립니다. … 보내주시면 적극 반영하겠습니다.", "※ 독자
	// 여러분의 제보를 기다립니다. 카카오톡 : …". The plea opens the line in
	// the outlet's voice (기다립니다, 받습니다), so a plea quoted in a
	// sentence ("… 제보를 기다립니다"라고 말했다) stays.
	{regexp.MustCompile(`^[◎※▶▷■●*\s]*(?:[^\s"“'‘]{1,12}\s+){0,3}(?:(독자|시청자|청취자|구독자)\s*)?여러분(의|께서)?\s*(소중한\s*)?제보를\s*(기다립니다|받습니다)[.!]`), lineDrop, 800, []string{"제보"}},
	// The notice on asking for a reply, correction or follow-up report
	// (언론중재법) and its ombudsman line: "…기사에 대해 반론·정정·추후
	// 보도를 청구하실 분은 …", "고충처리인 : 콘텐츠총괄부장 …".
	{regexp.MustCompile(`반론\s*[·,]\s*정정\s*[·,]\s*추후\s*보도|^고충처리인\s*[:：]`), lineDrop, 240, []string{"반론", "고충처리인"}},
	// Subscription pleas at the end of Korean broadcast news.
	{regexp.MustCompile(`(구독|채널 추가|좋아요와 알림).{0,20}(해주세요|하세요|바랍니다)!?$`), lineDrop, 120, []string{"구독", "채널 추가", "좋아요와 알림"}},
	// Pleas to follow the outlet on a messenger or to subscribe:
	// "[새벽일보] 카카오톡 채널 추가하고 뉴스 받아보세요", "… 텔레그램 채널에서
	// 속보를 받아보세요". A messenger or channel is named, so advice in
	// an article ("전문가 상담을 받아보세요") stays.
	{regexp.MustCompile(`(카카오톡|카톡|텔레그램|채널|구독|알림).{0,40}(받아\s*보세요|구독해\s*주세요|추가해\s*주세요|설정해\s*주세요)[!.]?$`), lineDrop, 200, []string{"카카오", "카톡", "텔레그램", "채널", "구독", "알림"}},
	// Reaction, share and support widgets left as text: "좋아요 0 훈훈해요 0
	// …", "프린트 이메일 페이스북 트위터", "이 기사를 추천합니다",
	// "기사 URL이 복사되었습니다.", "후원하기".
	{regexp.MustCompile(`^((좋아요|훈훈해요|슬퍼요|화나요|후속\s*기사\s*원해요|후속\s*원해요|추천해요|감동이에요|응원해요|놀랐어요|싫어요|최고예요)\s*\d*\s*)+$`), lineDrop, 200, []string{"좋아요", "해요", "슬퍼요", "화나요", "원해요", "감동", "놀랐어요", "싫어요", "최고예요"}},
	{regexp.MustCompile(`^((프린트|인쇄|이메일|메일|페이스북|트위터|카카오톡|카카오스토리|밴드|네이버\s*블로그|링크\s*복사|URL\s*복사|공유하기|공유|스크랩|글자\s*크기)\s*){2,}$`), lineDrop, 200, []string{"프린트", "인쇄", "메일", "페이스북", "트위터", "카카오", "밴드", "블로그", "복사", "공유", "스크랩", "크기"}},
	{regexp.MustCompile(`^이\s*(기사|뉴스)를\s*(추천|공유)(합니다|하기|하세요)$|(URL|주소|링크)(이|가)\s*복사(되었|됐)습니다|^(후원하기|응원하기|후원 하기)$`), lineDrop, 120, []string{"기사를", "뉴스를", "복사", "후원", "응원"}},
	// Player and browser notices: read-aloud (읽어주기), screen-reader
	// hints, <video> fallbacks, Flash end-of-life notes.
	{regexp.MustCompile(`읽어주기 기능|브라우저에서만 사용|센스리더|동영상\s*플레이어 단축키|방향키는|video 태그를 지원하지|다른 브라우저를 사용|플래시 플레이어|Internet Explorer|최신 브라우저|^닫기$`), lineDrop, 200, []string{"읽어주기", "브라우저", "센스리더", "플레이어", "방향키", "video", "internet explorer", "닫기"}},
	// Notes that the article was first sold elsewhere: "※ 본 기사는 …
	// 유료 서비스에 … 서비스된 기사입니다", "이 기사는 … 프리미엄 콘텐츠
	// …에 표출된 기사로 …".
	{regexp.MustCompile(`^[※*\[(<]?\s*(본|이)\s*기사는\s.{0,160}(서비스|게재|송고|표출|공개|제공|출고)(된|됐던|되었던|됐던|한|받은)\s*기사`), lineDrop, 480, []string{"기사는"}},
	// Notes on how the article was funded or made, and disclaimers, in
	// the outlet's formal voice (습니다), which a story's sentences are not
	// written in: "이 기사는 지역신문발전기금을 지원받았습니다", "※ 본 기사는 …
	// 기사를 재구성한 것입니다", "본 콘텐츠는 … 투자 권유가 아닙니다".
	{regexp.MustCompile(`^[※*\[(<]?\s*(본|이)\s*(기사|콘텐츠|보도|자료)는\s.{0,120}((지원|후원|협찬|기금).{0,40}(받았|됐|되었|했|하였)습니다|(재구성|발췌|요약|정리)한\s*(것|기사)입니다|투자\s*(권유|판단|참고).{0,40}(아닙니다|않습니다))`), lineDrop, 480, []string{"기사는", "콘텐츠는", "보도는", "자료는"}},
	// The same note said of the article itself: "※ 이 기사는 3월 5일자
	// 지면에 게재됐습니다", "이 기사는 … 유료콘텐츠로 선공개 되었습니다",
	// "본 기사는 … 에 실렸습니다".
	{regexp.MustCompile(`^(?:덧붙이는\s*글\s*[|｜:：]\s*)?[※*\[(]?\s*(본|이)\s*기사는\s.{0,160}((게재|송고|출고|공개|게시|발행|서비스|제공)\s*(됐|되었|되어)|실렸|실립니다|실릴\s*예정)`), lineDrop, 480, []string{"기사는"}},
	// A note that a machine wrote, drafted or translated the article:
	// "※ 이 기사는 AI가 작성한 초안을 기자가 검수해 작성했습니다", "이
	// 기사는 인공지능(AI) 기술을 활용해 작성됐습니다". It speaks of the
	// article's making in a finished form (했습니다, 됐습니다), so a lead
	// that begins "이 기사는 … 보고서를 바탕으로 작성됐다" stays.
	{regexp.MustCompile(`^[※*\[(]?\s*(본|이)\s*기사는\s.{0,60}(AI|인공지능|생성형).{0,80}(작성|번역|생성|편집|검수|검토|제작)(했|됐|되었|하였)습니다`), lineDrop, 400, []string{"기사는"}},
	// The notice under a machine-written summary.
	// A summary led by its label in brackets: "[AI 요약] …".
	{regexp.MustCompile(`^[\[【<(]\s*AI\s*요약\s*[\]】>)]|AI\s*요약은|기사\s*본문\s*확인을\s*권장|AI가\s*요약한|인공지능\(AI\)이?\s*요약`), lineDrop, 300, []string{"ai 요약", "ai요약", "ai가", "인공지능", "본문 확인"}},
	// Font-size widgets left as text: "글자크기 설정", "가 가 가 가 가",
	// "작게 보통 크게".
	{regexp.MustCompile(`^(글자|글씨|폰트)\s*크기(\s*(설정|조절|변경|선택))?$|^(가\s*){3,6}$|^(작게|보통|크게|매우\s*크게|가장\s*크게|\s)+$`), lineDrop, 80, []string{"크기", "가", "작게", "보통", "크게"}},
	// Reporter box links: "… 기자의 기사 모음", "기자 구독".
	// "… 기자의 다른 기사 보기", "한가을 기자 … 다른기사 보기", "기자 프로필".
	{regexp.MustCompile(`기자의?\s*(다른\s*)?기사\s*(모음|더\s*보기|보기)$|다른\s*기사\s*(더\s*)?보기$|기자의 (다른 )?기사\s*(모음|더보기)|기자\s*구독|기자 페이지|^기자\s*프로필$`), lineDrop, 120, []string{"기자", "기사"}},
	// Production credits that close broadcast items, alone or several to
	// a line: "영상편집:김유진", "영상취재 : 안동균 기자",
	// "( 취재 : 한지연 / 영상편집 : 변지영/ 화면제공 : 부산경찰청 )". Each
	// credit is a role, a colon and at most four short words, so a
	// sentence that mentions 편집 or 그래픽 never matches.
	{regexp.MustCompile(`^[\[(]?\s*` + reCredit + `(?:\s*[/,·]?\s*` + reCredit + `)*\s*[\])]?$`), lineCaption, 240,
		[]string{"영상", "촬영", "자료", "화면", "그래픽", "디자인", "편집", "취재", "제작", "vj", "cg"}},
	// Photo credits and captions written as a body line:
	// "[사진 출처 : 연합뉴스]", "(사진=연합뉴스)", "사진 제공: …", "Photo: …",
	// also after a label of the photo's kind: "(자료사진) [이미지출처=연합뉴스]".
	{regexp.MustCompile(`^(?:[\[(]\s*(?:자료\s*)?(?:사진|그래픽|영상|이미지)\s*[\])]\s*)?[\[(]?\s*(사진|그래픽|영상|자료|이미지|화면)\s*(출처|제공|=|:)[^\])]*[\])]?$`), lineCaption, 200, []string{"사진", "그래픽", "영상", "자료", "이미지", "화면"}},
	// A line led by ▲ or ↑: a photo caption when it stands alone, an item
	// when it stands in a run of them (see filterLines).
	{regexp.MustCompile(`^[▲△↑]`), lineMarked, 400, []string{"▲", "△", "↑"}},
	// Captions' notes ("※ 기사 내용과 관련 없는 사진입니다", "기사와 무관한
	// 자료사진") and the wire services' resale notice, which only their
	// photos' captions carry ("… [새벽구 제공. 재판매 및 DB 금지]", "*재판매
	// 및 DB 금지").
	{regexp.MustCompile(`(기사|본문)(\s*내용)?(과|와)\s*(관련\s*(이\s*)?없는|관계\s*없는|무관한)\s*(사진|이미지|자료\s*사진|그래픽)|재판매\s*및\s*DB\s*금지`), lineCaption, 600, []string{"기사", "본문", "재판매"}},
	// A wire photo's caption set as a paragraph: the shooting date and
	// the photographer's address or the agency's credit close it ("…
	// 있다. 2026.01.06. kim@newsis.com", "… 2026.1.6/뉴스1 © News1 홍길동
	// 기자"), which no sentence of prose ends with.
	{regexp.MustCompile(`\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.?\s*(?:\[[^\]]{1,60}\]\s*)?(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|/\s*[^\s/]{2,10}\s*[©ⓒ]\s*\S.{0,30})$`), lineCaption, 600, []string{"@", "©", "ⓒ"}},
	// Korean caption conventions: a credit ("/연합뉴스"), a "name /
	// 사진출처 …" line.
	{regexp.MustCompile(`^(?:/\s*\S{2,15}$|([가-힣]{2,4}\s*/\s*)?(사진|화면)\s*(출처|제공|캡처|캡쳐)|자료\s*사진)`), lineCaption, 160, photoCreditKeys},
	{regexp.MustCompile(`사진\s*=`), lineCaption, 160, photoCreditKeys},
	{regexp.MustCompile(`(?i)^(photo|image|picture|illustration)( credit)?\s*(:|by\s)|\bphotos?\s*(©|\(c\)|credit\s*:)`), lineCaption, 200, []string{"photo", "image", "picture", "illustration"}},
	// A bracketed label and a short credit alone: "[사진]OSEN DB",
	// "[그래픽] 연합뉴스".
	{regexp.MustCompile(`^\[(사진|그래픽|영상|이미지)\]\s*[^\s\]][^\]]{0,30}$`), lineCaption, 80, []string{"사진", "그래픽", "영상", "이미지"}},
	// The helpline notice that outlets append to stories of suicide or
	// self-harm (자살예방 보도준칙): "※ 우울감 등 말하기 어려운 고민이
	// 있거나 … 자살예방 상담전화 ☎109 … 24시간 전문가의 상담을 받을 수
	// 있습니다", whole or as lines that list only helplines and their
	// numbers ("자살예방 상담전화 ☎1393, 정신건강 상담전화 ☎1577-0199").
	// The notice needs its opening words or its closing offer with a
	// helpline named, so prose that reports on a helpline stays.
	{regexp.MustCompile(`(말하기 어려운 고민|어려움을 겪는 가족\s*[·ㆍ,]\s*지인).{0,300}(상담\s*전화|핫라인|☎)|(상담\s*전화|핫라인|☎).{0,400}24시간\s*전문가(의|와)?\s*상담을\s*받을\s*수`), lineDrop, 1200, []string{"상담", "핫라인", "☎"}},
	{regexp.MustCompile(`^[※▶▷■*<\[(]?\s*(?:` + reHelpline + `\s*[,/·]?\s*)+[>\])]?$`), lineDrop, 600, []string{"상담", "핫라인", "☎", "전화"}},
}

// creditKeys and photoCreditKeys are the keys of two rules written as
// two expressions each.
var (
	creditKeys      = []string{"by", "contributed", "write to", "follow", "like this story", "inbox", "sign up", "click here", "tap here"}
	photoCreditKeys = []string{"/", "사진", "화면", "자료"}
)

// reHelpline is one crisis helpline with its number: "자살예방
// 상담전화 ☎109", "<자살예방 핫라인> ☎ 1577-0199", "생명의 전화
// 1588-9191", "청소년 모바일 상담 '다 들어줄 개' 어플".
const reHelpline = `(?:보건복지부\s*)?<?(?:자살\s*예방|정신\s*건강(?:\s*위기)?|희망의|생명의|청소년|보건복지)\s*(?:상담\s*)?(?:전화|핫라인|모바일\s*상담)>?` +
	`(?:\s*[:：]?\s*☎?\s*\d[\d-]{2,10}|\s*'[^']{1,20}'\s*(?:어플|앱)?)`

// reWriterRole is the role a writer signs with before the name: "글",
// "정리", "대담", "진행", alone or with "사진" ("글·사진", "사진·글"), then
// "=" or ":" or a space.
const reWriterRole = `(?:(?:사진\s*[·ㆍ,/]\s*)?(?:글|정리|대담|진행)(?:\s*[·ㆍ,/]\s*사진)?(?:\s*[=:：]\s*|\s+))`

// reSigner is one reporter who signs a story: a name, an optional
// dateline before it ("세종="), the title and an optional address
// ("박종오 기자 pjo@hani.co.kr", "김철수 특파원 (kim@x.co.kr)").
const reSigner = `(?:[가-힣]{2,4}=)?[가-힣]{2,4}\s*(?:기자|인턴기자|특파원)(?:\s*[\[(<]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[\])>]?)?`

// reCredit is one production credit: a role, a colon (ASCII or
// full-width) and up to four names ("김태석 이상훈", "부산경찰청").
const reCredit = `(?:영상\s?(?:취재|편집|촬영|제공|디자인)|촬영\s?기자|자료\s?조사|화면\s?제공|그래픽|디자인|촬영|편집|취재|제작|VJ|CG)` +
	`\s*[:：]\s*[가-힣A-Za-z0-9]{1,12}(?:(?:\s*[,·]\s*|\s+)[가-힣A-Za-z0-9]{1,12}){0,3}`

// lineKeys finds the keys of all lineRules in a line at once,
// lineMasks[i] is the set of the keys of lineRules[i], and lineFirst[i]
// tells whether a line's first rune can begin a match of lineRules[i].
var (
	lineKeys  = newKeySet(ruleKeys(lineRules))
	lineMasks = ruleMasks(lineKeys, lineRules)
	lineFirst = ruleFirsts(lineRules)
)

// ruleFirsts returns the firstRune of each rule's expression.
func ruleFirsts(rules []lineRule) []firstRune {
	f := make([]firstRune, len(rules))
	for i, r := range rules {
		f[i] = newFirstRune(r.re)
	}
	return f
}

// ruleKeys returns the distinct keys of rules.
func ruleKeys(rules []lineRule) []string {
	var keys []string
	for _, r := range rules {
		for _, k := range r.keys {
			if !slices.Contains(keys, k) {
				keys = append(keys, k)
			}
		}
	}
	return keys
}

// ruleMasks returns the set of each rule's keys in ks.
func ruleMasks(ks *keySet, rules []lineRule) []keyBits {
	m := make([]keyBits, len(rules))
	for i, r := range rules {
		m[i] = ks.mask(r.keys)
	}
	return m
}

// classifyLine returns the kind of furniture s is, or 0 for prose.
func classifyLine(s string) lineKind {
	var found keyBits
	scanned := false
	first := startOf(s)
	for i := range lineRules {
		r := &lineRules[i]
		if len(s) > r.maxLen {
			continue
		}
		if r.keys != nil {
			if !scanned {
				found, scanned = lineKeys.find(lowerASCII(s)), true
			}
			if !found.any(&lineMasks[i]) {
				continue
			}
		}
		if !lineFirst[i].admits(first) {
			continue
		}
		if r.re.MatchString(s) {
			return r.kind
		}
	}
	return 0
}

// lowerASCII lowers the ASCII letters of s, the only letters the keys of
// lineRules have case in; it returns s itself when it has none in upper
// case, which spares an allocation for most Korean lines.
func lowerASCII(s string) string {
	i := 0
	for i < len(s) && (s[i] < 'A' || s[i] > 'Z') {
		i++ // bytes, not runes: no byte of a multi-byte rune is ASCII
	}
	if i == len(s) {
		return s
	}
	b := []byte(s)
	for j := i; j < len(b); j++ {
		if c := b[j]; c >= 'A' && c <= 'Z' {
			b[j] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// containsAny reports whether s contains one of subs.
func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
