package facts

import (
	"strings"
	"unicode/utf8"
)

// measuredSpan returns the noun before amount a that it measures, and
// the first word of that noun's phrase; -1, -1 when there is none. The
// noun is the nearest word before the amount in its clause, past times,
// comparisons (전년보다), qualifiers, rates, durations, other amounts of a
// list, places that label an item of one (평양에선, 신의주) and the time an
// amount stands as of (지난 4일 기준), when that word is a noun marked as
// subject or topic, or bare (정부 예산 10조 원), or an object when the
// amount is not itself the object (한도를 5조 원 늘렸다). A noun that
// names an actor is its agent, not its purpose.
func (r *reading) measuredSpan(a amount) (int, int) {
	if r.memo.ok && r.memo.start == a.start && r.memo.last == a.last {
		return r.memo.m, r.memo.s
	}
	m, s := r.measured(a)
	r.memo = measuredMemo{ok: true, start: a.start, last: a.last, m: m, s: s}
	return m, s
}

// measuredMemo keeps the last answer of measuredSpan: role, purpose and
// agent each ask it of the same amount.
type measuredMemo struct {
	ok          bool
	start, last int
	m, s        int
}

// measured is measuredSpan, worked out.
func (r *reading) measured(a amount) (int, int) {
	cs := r.clauseStart(a.first)
	// 처분가능소득(84만7천39원): the noun the bracket glosses.
	if w := r.words[a.first]; a.start > w.start {
		if pre := r.text[w.start:a.start]; strings.HasSuffix(pre, "(") && len(pre) > 1 {
			return -1, -1 // read by bracketed
		}
	}
	for i := a.before; i >= cs && i >= 0 && i >= a.first-reach; i-- {
		w := r.words[i]
		if (w.part == "와" || w.part == "과") && !w.money && !w.amt {
			return -1, -1 // 징역 35년과 335억원: what it is joined to, not what it measures
		}
		if ordinalRE.MatchString(w.raw) && i == a.before {
			return -1, -1 // 1차 1000만원, 2차 2000만원의 과태료: an item, labelled, of a list
		}
		if strings.Contains(w.raw, ")") && !strings.Contains(w.raw, "(") && (w.part == "은" || w.part == "는" || w.part == "이" || w.part == "가") {
			// 무궁화위성 2호(1500억 투자)는 2010년 1월에 40억 원에: the
			// noun before the aside.
			for k := i - 1; k >= cs && k >= i-6; k-- {
				if o := strings.IndexByte(r.words[k].raw, '('); o >= 0 {
					if o > 0 && !r.words[k].actor && !r.words[k].time {
						return k, r.phraseStart(k, cs)
					}
					break
				}
			}
			return -1, -1
		}
		if strings.Contains(w.raw, "(") && !strings.Contains(w.raw, ")") {
			if i > cs && (r.words[i-1].num || r.words[i-1].amt) {
				i-- // 1천만 크로나(약 90만 달러): the amount it glosses
				continue
			}
			return -1, -1 // read by bracketed
		}
		if sumWords[w.raw] && i > cs && (r.words[i-1].part == "을" || r.words[i-1].part == "를") && r.words[i-1].noun {
			return i - 1, r.phraseStart(i-1, cs) // 대통령 선거와 연방 선거를 합쳐 총 140억 달러
		}
		if r.skipBefore(i) {
			continue
		}
		// 대북한 수출 규모는, 적자 규모는: a measure noun with what it
		// measures before it is a noun like any other.
		sized := (w.stem == "규모" || w.stem == "수준") && w.part != "" && i > cs && r.words[i-1].noun && r.words[i-1].part == "" && !r.words[i-1].time && !r.words[i-1].money
		if w.comma && !r.listLabel(i) || pointer(w) || stopNouns[w.stem] && !sized || !w.noun && !w.name || w.actor {
			return -1, -1
		}
		if !w.actor && (w.part == "은" || w.part == "는" || w.part == "이" || w.part == "가") && !isThing(w.stem) && r.isSubject(i) && r.accepts(i, a) && !r.words[i].time {
			return -1, -1 // 알파문고는 2천만 원 … 부과받았다: who pays, not what
		}
		object := (w.part == "을" || w.part == "를") && a.tail != "을" && a.tail != "를" &&
			!(a.after < len(r.words) && isExceedWord(r.words[a.after].raw)) // 자산을 10억 원 초과: the base
		if (w.part == "을" || w.part == "를") && !object {
			continue
		}
		if measureParts[w.part] || object || w.part == "인" && i == a.before && isThing(w.stem) && !w.actor {
			if places[w.stem] || countries[w.stem] {
				continue // 혜산은 1만 2천500원: the label of a list's item
			}
			return i, r.phraseStart(i, cs)
		}
		if w.part == "에서" && isThing(w.stem) && a.after < len(r.words) && (isChangeWord(r.words[a.after].raw) || isCutWord(r.words[a.after].raw)) {
			return i, r.phraseStart(i, cs) // 전체 무역액에서 약 520만 달러가 줄어들며
		}
		if w.part == "에서" || w.part == "에서는" || strings.HasSuffix(w.raw, "에선") {
			i = r.phraseStart(i, cs) // 와지르엑스(WazirX)와 라디언트 캐피탈(Radiant Capital)에서
			continue                 // 평양에선: where, not what
		}
		return -1, -1
	}
	return -1, -1
}

// skipBefore reports whether word i, before an amount, is one the search
// for the noun it measures steps over: a time, a comparison, a
// qualifier, a rate, a duration, an amount or a word of one, a currency
// word of a gloss, an adverb, the label of a list's item.
func (r *reading) skipBefore(i int) bool {
	w := r.words[i]
	switch {
	case w.money, w.time, w.part == "보다", w.raw == "보다", w.raw == "대비", strings.HasSuffix(w.raw, "대비"),
		isPreQualifier(w.raw), w.raw == "평균", w.dur, w.raw == "들어" || w.raw == "들어서",
		w.amt, moneyWords[w.stem], w.verb && isChangeWord(w.raw),
		determiners[w.raw], conjunctions[w.raw], glossWords[w.raw], w.raw == "각각", rateWord(w.raw), koreanNumerals[w.raw]:
		return true
	case w.stem == "기준" || w.raw == "기준으론" || w.raw == "기준으로는" || w.raw == "기준으로":
		return true // 지난 4일 기준: as of a time
	case (w.part == "으로" || w.part == "로" || w.part == "론" || w.part == "으론") && (w.stem == "시세" || w.stem == "환율" || strings.HasSuffix(w.stem, "기준")):
		return true // 당시 시세로 미화 4천 150만 달러: at what rate it is counted
	case startsDigit(w.raw) && (strings.HasSuffix(w.stem, "배") || strings.Contains(w.raw, "배가량") || strings.HasSuffix(w.stem, "%")):
		return true // 140배, 2.48배 인상된: a ratio
	case w.part == "인" && (genericMeasure[w.stem] || w.stem == "최대" || w.stem == "최고" || w.stem == "최저"):
		return true // 사상 최대 규모인 65조 원: said of the amount, not what it measures
	case w.raw == "걸쳐" || w.raw == "걸쳐서" || w.raw == "당" || w.raw == "포함" || strings.HasSuffix(w.raw, "적으로"):
		return true // 60회에 걸쳐; 1비트코인 당; 지방비 포함; 세계적으로
	case i+1 < len(r.words) && (r.words[i+1].raw == "포함" || rateWord(r.words[i+1].raw)) && w.part == "":
		return true // 지방비 포함 2500억; 직원 1인당 평균: the unit or what is included
	case ordinalRE.MatchString(w.raw) && i < len(r.words)-1 && !r.words[i+1].amt:
		return true // 2차 회의에서 5억 원
	case r.listLabel(i), unitAt(r.words, i), (w.raw == "한" || w.raw == "1") && i+1 < len(r.words) && unitAt(r.words, i+1):
		return true // 1g에 10만 원, 한 포기에 3천 원
	case (w.stem == "차례" || w.stem == "번" || w.stem == "회") && i > 0 && (r.words[i-1].num || koreanNumerals[r.words[i-1].raw]):
		return true // 두 차례 5억 원: how often, not what
	}
	return false
}

// listLabel reports whether word i is a bare place naming an item of a
// list of amounts: 평양 9천600원, 신의주 9천450원.
func (r *reading) listLabel(i int) bool {
	w := r.words[i]
	if w.part != "" && w.part != "은" && w.part != "는" {
		return false
	}
	if i+1 >= len(r.words) || !r.words[i+1].amt && !strings.HasPrefix(r.words[i+1].raw, "1") {
		return false
	}
	return places[w.stem] || countries[w.stem] || w.comma && w.amt
}

// koreanNumerals are the numerals written as words before a counter.
var koreanNumerals = setOf("한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉", "열", "수", "여러", "몇")

// moneyWords are words that are only a currency: the 원 of 1조 2천억 원.
var moneyWords = setOf("원", "달러", "엔", "유로", "위안", "파운드", "루블", "루피", "크로나", "불")

// places are countries and cities: they name an actor alone (미국은) but
// are part of the noun they modify (미국 애리조나 공장).
var places = setOf("미국", "중국", "일본", "한국", "북한", "유럽", "영국", "독일", "프랑스", "인도", "대만",
	"베트남", "국내", "해외", "수도권", "지방", "서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종",
	"평양", "신의주", "혜산", "개성", "남포", "원산", "함흥", "청진", "단둥", "베이징", "상하이", "도쿄",
	"워싱턴", "뉴욕", "런던", "파리", "모스크바", "홍콩", "현지", "시중", "전국", "세계", "국제",
	"아시아", "동아시아", "동남아", "동남아시아", "중앙아시아", "서남아시아", "동아시아태평양", "아시아태평양",
	"유라시아", "오세아니아", "중동", "중남미", "아프리카", "북미", "남미", "동유럽", "서유럽")

// isCostVerb reports whether verb w says that money goes into what X에서
// names, as much as X에 (이번 선거에서는 90억 달러가 들어갈): 에서 with
// other verbs is where the money comes from.
func isCostVerb(w string) bool {
	for _, p := range []string{"들어가", "들어갈", "들어간", "들어갔", "쓰이", "쓰인", "쓰일", "쓰였", "소요", "투입되", "투입돼", "투입된", "투입될", "지출되", "지출된", "지출될", "지출돼"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// sumWords say that the amount after them is the sum of their object:
// 두 선거를 합쳐 140억 달러.
var sumWords = setOf("합쳐", "합해", "합하면", "합치면", "더하면", "더해")

// measureParts are the particles of a noun that an amount right after it
// measures: 매출은 5조 원, 예산 10조 원, 영업이익이 6조 원.
var measureParts = setOf("", "은", "는", "이", "가", "도", "만")

// costEnds are the ends of nouns that, with 으로 or 로, say what the
// amount after is for: 사업비로 1조 원, 연구 비용으로 5억 원.
var costEnds = []string{"비", "비용", "자금", "예산", "예산안", "명목", "재원", "기금", "보조금", "지원금", "료", "금", "시가", "단가", "원가", "정가", "판매가", "가격", "값"}

// determiners are words that stand before a noun phrase but are not part
// of what it names, and adverbs that are no nouns.
var determiners = setOf("이번", "이", "그", "저", "해당", "각", "모든", "전체", "실제", "또", "또한", "먼저", "특히",
	"이미", "당장", "앞서", "이어", "다만", "한편", "아울러", "이에", "최근", "현재", "새로", "모두", "각각",
	"함께", "다시", "더", "가장", "매우", "약", "총", "최대", "최소", "최고", "최저", "무려", "이른바", "본격",
	"조속히", "집중적으로", "추가로", "별도로", "실제로", "지난", "올", "연", "월", "당초", "우선", "아직",
	"이후", "이전", "당시", "그동안", "이날", "오늘", "지금", "향후", "앞으로", "모두", "일단", "나머지",
	"또는", "및", "등", "중", "가운데", "등의", "이를", "같은", "여기", "여기에는", "이와", "한",
	"빨리", "멀리", "미리", "일찍", "훨씬", "아주", "약간", "점점", "계속", "직접", "주로", "단", "무척",
	"원래", "원래는", "다음", "다음으로", "다음으로는", "그대로", "다시금",
	"적게는", "많게는", "보통", "대략", "거의", "이상", "꾸준히", "점차", "크게", "이처럼", "기존", "기존에",
	"각종", "이런", "이러한", "그러면서", "그러자", "역시", "모두의", "누구든", "누구나", "누구도", "아무도", "누가",
	"처음으로", "사상", "역대", "사상최대", "그대로", "또다시", "줄곧", "고작", "불과", "겨우", "벌써", "여전히",
	"다소", "소폭", "대폭", "잇따라", "앞당겨", "이같은", "이같이", "그같은", "이와같은", "곧", "조만간", "무려")

// stopNouns end a noun phrase read to the right: 추경예산안 가운데.
var stopNouns = setOf("가운데", "중", "등", "및", "전체", "모두", "이상", "규모", "수준", "정도", "채", "아래", "위", "이하로", "전액",
	"경우", "때", "뒤", "후", "이후", "이전", "당시", "동안", "간", "외", "밖", "여기", "이", "그", "말", "초",
	"기준", "미만", "이하", "초과", "이내", "각각", "가량", "안팎", "내외")

// timeStarts are the first letters of the time expressions timeRE
// matches, besides digits.
const timeStarts = "’지올오금작전내연상하이다당어한현같그"

// isNouny reports whether w may be part of a noun phrase: a word with a
// letter that is no verb and no adverb.
func isNouny(w word) bool { return w.noun }

// isTimeWord reports whether w is a time expression: 올해, 지난해, 2분기.
func isTimeWord(w word) bool { return w.time }

// timeWord is isTimeWord, worked out.
func timeWord(w word) bool {
	if r, _ := utf8.DecodeRuneInString(w.raw); !isDigit(r) && !strings.ContainsRune(timeStarts, r) ||
		isDigit(r) && !strings.ContainsAny(w.raw, "년월일분기회~∼～") {
		return false // no time expression starts so: the regexp is not run
	}
	if timeWholeRE.MatchString(w.raw) || w.stem != w.raw && timeWholeRE.MatchString(w.stem) {
		return true
	}
	switch w.stem {
	case "연내", "올해", "현재", "지금", "당시", "당일", "연초", "연말", "이날", "그해", "이해", "작년", "내년", "전월":
		return true
	}
	return false
}

// purpose finds what amount a, the j-th of the sentence, is for or
// measures (docs/meaning.md "purpose"), in this order: the noun the
// amount modifies (… 원 규모의 X, … 원 X); the noun before it that it
// measures (예산 10조 원), or the one a bracket after a noun glosses
// (처분가능소득(84만7천39원)); the X of X에 … 원을 투입 and of X로 쓰인다;
// the X of X 비용으로 … 원; the object and verb the amount pays for (…
// 원을 들여 X을 임차); the X that its verb modifies (… 원을 지원하는 X);
// the X of … 원을 X에 쓴다; the noun it is said of (월 2,500원인 TV
// 수신료); the purpose of its list or of the value before it of the same
// quantity; the topic that is spent on, sold or priced (이산가족 면회소는
// … 550억 원이 투입돼); for a sentence that points back, what the
// sentence before says is done. A noun that says only that it is money
// (돈, 금액, 액수) is no purpose alone.
func (r *reading) purpose(a amount, j int) string {
	p := r.ownPurpose(a, j)
	if genericCosts[lastWord(p)] {
		// 신축 사업에 총 878억 원의 사업비를 편성했다; 전차 정비비로 …
		// 원의 예산이: the thing it is spent on says more.
		if t := r.spentOn(a); t != "" {
			p = t
		} else if t := r.forWhat(a); t != "" && !isActor(t) && !isActor(lastWord(t)) {
			p = t // 동맹을 지원하기 위한 48억 달러의 예산; not 조선무역은행을 위해 … 자금
		}
	}
	if genericMeasure[p] || genericMeasure[lastWord(p)] && !r.modifiedMeasure(p) {
		if r.thisIs() && r.prevPurpose != "" {
			return noAmount(r.prevPurpose) // 이는 2011년 같은 조사 결과(39만 5천원)보다
		}
		if t := r.thingTopic(); t >= 0 && t < a.first && !r.words[t].money {
			p = r.phrase(r.phraseStart(t, 0), t) // 직원 1인당 상여금은 대기업 평균이 100만원
		}
	}
	if p == "" && a.kin >= 0 {
		p = r.kinPurpose(j)
	}
	if p == "" {
		p = r.topicThing(a)
	}
	if cs := r.clauseStart(a.first); p == "" && !r.hasSubject(cs, a.first) {
		// 2019년 북중 교역액은 27억 달러였으며, 2016년에는 56억 달러에
		// 달했습니다: a clause with no subject goes on with the one before.
		if j > 0 && r.amts[j-1].gloss < 0 && r.amts[j-1].last < cs && r.got[j-1].purpose != "" {
			p = r.got[j-1].purpose
		} else if t := r.thingTopic(); t >= 0 && t < a.first {
			p = r.phrase(r.phraseStart(t, 0), t) // 북중 교역액은 … 급감했고
		}
	}
	if p == "" {
		// 빌려간 차관은 … 원금과 연체이자를 모두 합쳐 1조 원 규모입니다;
		// 대중 수입액이 … 기록해 전달의 1억 달러보다는: the noun the
		// amount is said of, the subject of its clause or of the clause
		// its comparison belongs to.
		if k := r.predicatedOf(a, r.isChange(a, j)); k >= 0 {
			p = r.phrase(r.phraseStart(k, 0), k)
		}
	}
	if genericMoney[p] {
		p = "" // 금액은 …: money alone says nothing of what for
	}
	if p == "" && r.back && r.carriesAgent() {
		if (r.thisIs() || r.partOf()) && r.prevPurpose != "" {
			return noAmount(r.prevPurpose) // 이 중에 … 2천억 달러: a part of what the sentence before sized
		}
		return noAmount(deedOf(r.before()))
	}
	return p
}

// ownPurpose is what the words around amount a say it is for, or "".
func (r *reading) ownPurpose(a amount, j int) string {
	n := len(r.words)
	generic := ""
	keep := func(p string) string {
		if genericMoney[p] {
			generic = p
			return ""
		}
		return p
	}
	// 7000만원(원금 300만 원): the noun the bracket opens with.
	if b := a.before; b >= 0 && b == a.first-1 {
		if raw := r.words[b].raw; strings.Count(raw, "(") == 1 && !strings.Contains(raw, ")") {
			if in := raw[strings.IndexByte(raw, '(')+1:]; in != "" && isHangulWord(in) && !isAmountWord(in) && !isPreQualifier(in) && !glossWords[in] && !determiners[in] {
				if st, _ := cutParticle(in); !genericMoney[st] && !isActor(st) {
					return st
				}
			}
		}
	}
	// 59만 달러에 대한 몰수 명령; 70억 달러가 넘는 가상화폐 세탁: the noun
	// the amount concerns or sizes.
	if k := r.sizedHead(a); k >= 0 {
		if p := keep(r.phraseRight(k)); p != "" {
			return p
		}
	}
	// … 원 규모의 X, … 원의 X, … 원짜리 X, … 원 상당의 X.
	if (a.tail == "의" || a.tail == "짜리" || a.tail == "짜리의" || a.tail == "어치의" || a.tail == "짜리인") && !r.ratioAt(a.after) {
		if p := keep(r.phraseRight(a.after)); p != "" {
			return p
		}
	}
	if p := r.bracketed(a); p != "" {
		return keep(p)
	}
	// 유류 제품 26만 리터, 약 29만 달러 어치를; 1억 달러어치, 1천959t의
	// 인모를: the goods an amount is the worth of.
	if p := r.goodsOf(a); p != "" {
		return p
	}
	// 95조 원으로 방위비를 늘리게: the new level of what its verb changes.
	if (a.tail == "으로" || a.tail == "로") && a.after+1 < n {
		if w := r.words[a.after]; (w.part == "을" || w.part == "를") && w.noun && (isChangeWord(r.words[a.after+1].raw) || isCutWord(r.words[a.after+1].raw)) {
			return r.phrase(r.phraseStart(a.after, a.after), a.after)
		}
	}
	// 600억 달러 지원, 220억 달러 신규 투자: a noun right after it.
	glossed := strings.HasSuffix(strings.TrimSpace(r.written(a.after-1)), ")") && !strings.HasSuffix(r.text[:a.start], "(") // 180억 호주 달러(미화 120억 달러) 투자
	if a.tail == "" && a.after < n && a.after > a.last && (!r.words[a.after-1].comma || glossed) {
		w := r.words[a.after]
		if adjectives[w.raw] && a.after+1 < n {
			w = r.words[a.after+1] // 800억대 새로운 건축물
		}
		// 우크라이나 추가 군수 지원 패키지: a country or a place that
		// modifies the noun after it is part of the phrase.
		modifier := (w.actor && countries[w.stem] || places[w.stem]) && w.part == "" && !w.comma && a.after+1 < n && r.words[a.after+1].noun && !r.words[a.after+1].actor
		if w.noun && !w.time && (!w.actor || modifier) && !stopNouns[w.stem] && !determiners[w.raw] && (!places[w.stem] || modifier) && !w.comma && (!w.open || w.quoteOpen) && !genericHeads[w.stem] &&
			!strings.HasPrefix(w.raw, "클럽") && !strings.Contains(w.raw, ")") {
			if p := keep(r.phraseRight(a.after)); p != "" {
				return r.regarding(a) + p
			}
		}
	}
	// 공중보건 인프라 강화 등을 위한 280억 달러; 기후변화 회복 관련해 180억
	// 달러: what it is for, said before it (after the noun it modifies:
	// 미사일 생산을 위해 180억 달러 투자 계획 → 투자 계획).
	if p := r.forWhat(a); p != "" {
		return p
	}
	// 주점 브랜드 사용료 명목 등으로 클럽의 자금 5억 원: what it was paid as.
	if p := r.costAs(a, r.clauseStart(a.first), keep); p != "" && r.namedAs(a) {
		return p
	}
	// 정신적 고통에 대해 각각 2500만원: what it is claimed or paid for.
	for b := a.before; b >= 1 && b >= a.before-2; b-- {
		w := r.words[b]
		if w.raw == "각각" || determiners[w.raw] {
			continue
		}
		if (w.raw == "대해" || w.raw == "대해서" || w.raw == "대해선" || w.raw == "대한") && r.words[b-1].part == "에" && r.words[b-1].noun && !r.words[b-1].actor && !r.words[b-1].time {
			return r.phrase(r.phraseStart(b-1, r.clauseStart(a.first)), b-1)
		}
		break
	}
	// 마약 재활에 쓴 7만여 달러: a clause on the amount says what it was
	// spent on.
	if b := a.before; b > 0 && isAdnominal(r.words[b]) && isSpendWord(r.words[b].raw) {
		if w := r.words[b-1]; (w.part == "에" || w.part == "에만") && w.noun && !w.actor && !w.time && !places[w.stem] && !countries[w.stem] {
			return trimTail(r.phrase(r.phraseStart(b-1, r.clauseStart(b-1)), b-1))
		}
	}
	// 전체 자금 중 9천만 달러가 코로나 대응에 사용된다: a part of a whole
	// is for what its verb spends it on, if the sentence says; else it
	// measures the whole.
	whole := ""
	if i, s := r.measuredSpan(a); i >= 0 {
		if p := r.shareOut(s, i, a, j); p != "" {
			return p // 쌀과 옥수수는 kg당 각각 5천원, 2천원
		}
		if p := keep(r.phrase(s, i)); p != "" {
			if t := r.caseTopic(a); t != "" && priceNoun(r.words[i].stem) && s == i {
				return t // 옥수수의 경우 … kg당 가격이 2천원: 옥수수
			}
			if w := r.words[i]; (w.part == "을" || w.part == "를") && a.tail == "에" {
				if v := r.verbNoun(a.after, false); v != "" {
					return p + " " + v // US스틸을 149억달러에 매수할: the object and the deed
				}
			}
			if i+1 < a.first && (r.words[i+1].raw == "중" || strings.HasPrefix(r.words[i+1].raw, "가운데")) {
				whole = trimTail(p)
			} else {
				return trimTail(p)
			}
		}
	}
	cs := r.clauseStart(a.first)
	ce := r.clauseEnd(a.last)
	// 경쟁력 강화를 위해 … 반도체 생산 등에 2천억 달러를 투자: what it is
	// spent on says more than what for.
	forBefore := r.forWhatBefore(a)
	// X에 … 원을 투입한다, X에는 … 원이 쓰인다; but 조지아주에 55억 달러를
	// 들여 전기차 공장을 짓고: what the means pays for comes after.
	means := a.after < n && meansRE.MatchString(r.words[a.after].raw) && r.objectAfter(a.after+1)
	if v := r.spendAfter(a, ce); v >= 0 && !means {
		for i := a.before; i >= cs && i >= 0; i-- {
			w := r.words[i]
			if w.verb {
				break // 양산에 들어가기 전까지: X에 of another verb
			}
			from := w.part == "에서는" || w.part == "에서"
			if w.stem == "등" && (w.part == "에" || w.part == "에는") && i > cs && r.words[i-1].noun && r.words[i-1].part == "" && !r.words[i-1].actor {
				return trimTail(r.phrase(r.phraseStart(i-1, cs), i-1)) // 반도체 생산과 연구 지원 등에
			}
			if (w.part == "에" || w.part == "에만" || w.part == "에도" || w.part == "에는" || from && isCostVerb(r.words[v].raw)) && w.noun && !w.time && !w.dur && !w.actor && !pointer(w) && !places[w.stem] && !countries[w.stem] {
				if i > 0 && (r.words[i-1].raw == "이" || r.words[i-1].raw == "그" || r.words[i-1].raw == "해당") {
					break // 이 사업에는: what the sentence before names
				}
				return trimTail(r.phrase(r.phraseStart(i, cs), i))
			}
		}
	}
	// X 비용으로 … 원; 주점 브랜드 사용료 명목 등으로 … 원.
	if p := r.costAs(a, cs, keep); p != "" {
		return p
	}
	// … 원을 들여 X을 임차, … 원을 투입해 X를 짓는다.
	if a.after < n && meansRE.MatchString(r.words[a.after].raw) {
		for k := a.after + 1; k < n && k <= a.after+reach; k++ {
			w := r.words[k]
			if (w.part == "을" || w.part == "를") && w.noun {
				if k+1 < n && isAdnominal(r.words[k+1]) && !r.words[k+1].ends && r.objectAfter(k+2) {
					continue // 항공기를 타격할 수 있는 … 미사일을 도입: the object of a clause on a noun
				}
				p := r.phrase(r.phraseStart(k, a.after+1), k)
				if v := r.verbNoun(k+1, false); v != "" {
					p += " " + v
				}
				return p
			}
			if (w.part == "으로" || w.part == "로") && w.noun && k+1 < n && isSpendWord(r.words[k+1].raw) {
				return r.phrase(r.phraseStart(k, a.after+1), k) // 투입해 … 인건비로 사용한다
			}
		}
	}
	// 283억 달러를 조기 투입하는 내용의 경기부양책: what holds the clause.
	if v, h := r.gapHead(a); h > v+1 && contentNouns[r.words[v+1].stem] && r.words[v+1].part == "의" {
		if p := keep(r.phraseRight(v + 2)); p != "" {
			return p
		}
	}
	// … 원을 지원하는 X: the amount pays for the X its verb modifies.
	if v, h := r.gapHead(a); h >= 0 && v == a.after && !r.words[h].actor && !genericHeads[r.words[h].stem] && isSpendWord(r.words[v].raw) {
		if p := keep(r.phraseRight(v + 1)); p != "" {
			return p
		}
	}
	// … 원을 벌금으로 냈다, … 원이 최종 벌금액으로 결정됐다: what it is
	// counted as.
	if a.after+1 < n && (a.tail == "을" || a.tail == "를" || a.tail == "이" || a.tail == "가") {
		for k := a.after; k <= ce && k < n && k <= a.after+2; k++ {
			w := r.words[k]
			if (w.part == "으로" || w.part == "로") && w.noun && (isThing(w.stem) || hasAnySuffix(w.stem, costEnds)) && k+1 < n && r.words[k+1].verb {
				return r.phrase(r.phraseStart(k, a.after), k)
			}
			if w.verb {
				break
			}
		}
	}
	// … 원을 X에 쓴다, … 원은 X에 쓰인다, X로 쓰인다.
	for k := a.after; k <= ce && k+1 < n; k++ {
		w := r.words[k]
		if w.money {
			if w.part == "을" || w.part == "를" {
				break // another amount the object of its own verb
			}
			continue // 총 800만 홍콩 달러(약 102만 800달러) 현상금을 …
		}
		next := r.words[k+1].raw
		if (w.part == "에" || w.part == "에만" || w.part == "으로" || w.part == "로") && w.noun && !w.time && !w.actor && isSpendWord(next) {
			return r.phrase(r.phraseStart(k, a.after), k)
		}
		// … 달러는 … 사업을 위해 쓰인다: what it is spent for, after it.
		if (w.part == "을" || w.part == "를") && w.noun && !w.actor && purposeWords[next] && k+2 < n && isSpendWord(r.words[k+2].raw) {
			h := k
			if w.stem == "등" && k > a.after {
				h = k - 1
			}
			return r.phrase(r.phraseStart(h, a.after), h)
		}
		// … 원씩 구직 수당을 준다, … 달러씩 월수입을 거두고: the object of the
		// verb that gives or earns it.
		if (w.part == "을" || w.part == "를") && w.noun && (isSpendWord(next) || isAgentVerb(next) && !isSpeechWord(next)) && a.tail != "을" && a.tail != "를" && !genericMoney[w.stem] {
			if p := keep(r.phrase(r.phraseStart(k, a.after), k)); p != "" {
				return p
			}
		}
	}
	if forBefore != "" {
		return forBefore // 재개표를 위해 … 모금해 6000만원을 모았다
	}
	// 월 2,500원인 TV 수신료, 4천원 대 후반이었던 쌀 1kg 가격: what the
	// amount is said to be of.
	if k := r.copulaHead(a); k >= 0 {
		if p := keep(r.phraseRight(k)); p != "" {
			return p
		}
	}
	if t := r.caseTopic(a); t != "" {
		return t
	}
	// 8천 400만 달러를 배상하라고: the deed the amount is the object of.
	if a.tail == "을" || a.tail == "를" || a.tail == "" && a.after < n && r.words[a.after].verb {
		if v := r.governing(a); v >= 0 && v <= a.after+2 {
			if m := verbNounRE.FindStringSubmatch(r.words[v].raw); m != nil && deedNouns[m[1]] {
				return m[1]
			}
		}
	}
	_ = generic
	return whole
}

// predicatedOf returns the subject or topic the amount a is said of,
// when it names no actor: the nearest noun before it marked 은, 는, 이 or
// 가, the subject of its clause or, for a base of comparison or a change
// (…보다, 대비, 떨어졌다), of the clause before; -1 when there is none.
func (r *reading) predicatedOf(a amount, change bool) int {
	cs := r.clauseStart(a.first)
	if strings.HasPrefix(a.tail, "보다") || strings.HasPrefix(r.text[a.end:], ")보다") || change {
		cs = 0 // 수입액이 …를 기록해 전달의 1억 달러보다는: the sentence's quantity
	}
	for i := a.first - 1; i >= cs && i >= a.first-reach; i-- {
		w := r.words[i]
		if w.money || w.amt {
			continue
		}
		if (w.part == "으로는" || w.part == "로는") && i >= r.clauseStart(a.first) {
			return -1 // 총 금액으로는 …: what it is counted as is said
		}
		if clauseNouns[w.raw] || w.part == "인" && clauseNouns[w.stem] || strings.HasSuffix(w.raw, "기") && w.verb {
			break // …가 본격화되기 전인 2016년에는: a clause of time has its own subject
		}
		if p := w.part; p != "은" && p != "는" && p != "이" && p != "가" {
			continue
		}
		if w.actor && w.noun && r.isSubject(i) {
			return -1 // 북한은 … 28억 달러어치를 수입했고: an actor's deed, not a measure
		}
		if !w.noun || w.actor || w.time || w.dur || pronouns[w.stem] || determiners[w.raw] || itemWords[w.stem] ||
			places[w.stem] || countries[w.stem] || oneHangul(w.stem) || !r.isSubject(i) || genericHeads[w.stem] {
			continue
		}
		if genericMeasure[w.stem] || genericMoney[w.stem] || w.stem == "품목" || i > 0 && determiners[r.words[i-1].raw] {
			return -1 // 이같은 액수는, 가장 많이 수입한 품목은: the noun says nothing of its own
		}
		if isThing(w.stem) || documents[w.stem] {
			return i // a measure, a thing of money, a plan: what the amount is
		}
		return -1 // 주민들의 요구가 있어: no measure
	}
	return -1
}

// modifiedMeasure reports whether the phrase p ends with a generic noun
// of measure that a noun before it narrows (판매 금액, 피해 금액): what is
// counted is said, as the guide keeps 금액 with a modifier.
func (r *reading) modifiedMeasure(p string) bool {
	f := strings.Fields(p)
	if len(f) < 2 {
		return false
	}
	w := f[len(f)-2]
	return (w == "판매" || w == "피해" || w == "거래" || w == "투자" || w == "지원" || w == "수출" || w == "수입" || w == "구매" || w == "탈취" || w == "배상") && f[len(f)-1] != "규모"
}

// kinPurpose returns the purpose amount j takes from the amounts of its
// list or of the same quantity before it: the item of the noun before
// its list's first amount that 각각 gives it (쌀과 옥수수는 각각 5천원,
// 2천원); the purpose of the amount in the same place of an earlier list
// of the same quantity and length (… 각각 5천원, 2천원 하던 게 7천200원,
// 3천500원까지); else that of its kin.
func (r *reading) kinPurpose(j int) string {
	h := r.listHead(j)
	if h != j {
		ha := r.group(h)
		if i, s := r.measuredSpan(ha); i >= 0 {
			if p := r.shareOut(s, i, ha, j); p != "" {
				return p
			}
		}
	}
	if k := r.amts[h].kin; k >= 0 && k < h {
		mine, theirs := r.listOf(h), r.listOf(r.listHead(k))
		if len(mine) == len(theirs) && len(mine) > 1 {
			for n, m := range mine {
				if m == j {
					return r.got[theirs[n]].purpose
				}
			}
		}
	}
	return r.got[r.amts[j].kin].purpose
}

// listHead returns the first amount of the list amount j is an item of,
// or j.
func (r *reading) listHead(j int) int {
	if r.amts[j].list && r.amts[j].kin >= 0 {
		return r.amts[j].kin
	}
	return j
}

// listOf returns the amounts of the list whose first amount is h, in
// order, without glosses.
func (r *reading) listOf(h int) []int {
	list := []int{h}
	for k := h + 1; k < len(r.amts); k++ {
		if r.amts[k].gloss >= 0 {
			continue
		}
		if !r.amts[k].list || r.amts[k].kin != h {
			break
		}
		list = append(list, k)
	}
	return list
}

// shareOut returns the item of the noun phrase of words s…i that amount
// j stands for, when the phrase joins items with 와 or 과 and 각각 stands
// between it and the amount: 쌀과 옥수수는 각각 5천원, 2천원 → 쌀,
// 옥수수; A와 B의 판매가는 각각 … → A, B. A head the items share (가격,
// 판매가) is no part of an item. "" otherwise.
func (r *reading) shareOut(s, i int, a amount, j int) string {
	each := false
	for k := i + 1; k < a.first; k++ {
		if r.words[k].raw == "각각" {
			each = true
		}
	}
	if !each {
		return ""
	}
	var items [][2]int
	from := s
	for k := s; k < i; k++ {
		w := r.words[k]
		if w.part == "와" || w.part == "과" {
			items = append(items, [2]int{from, k})
			from = k + 1
		} else if w.part == "의" {
			items = append(items, [2]int{from, k})
			from = -1
			break
		}
	}
	if len(items) == 0 {
		return ""
	}
	if from >= 0 {
		end := i
		if from < i {
			end = i - 1 // 쌀과 옥수수 가격: the head they share
		}
		items = append(items, [2]int{from, end})
	}
	n := r.eachIndex(s, j, len(items))
	if n < 0 {
		return ""
	}
	return r.phrase(items[n][0], items[n][1])
}

// noAmount returns p unless it holds an amount of money (5조 2,000억 원
// 지원): what an amount is for is not another amount. A year or a count
// stays (2026년도 예산안, 1천만 명 지원).
func noAmount(p string) string {
	var kept []string
	cut, after := false, 0
	fs := strings.Fields(p)
	for k, f := range fs {
		money := false
		for e := k; e < len(fs) && startsDigit(fs[e]); e++ {
			if endsMoneyWord(fs[e]) || e+1 < len(fs) && startsMoneyWord(fs[e+1]) {
				money = true // 5조 2,000억 원, 128억 2600만원
				break
			}
		}
		if money || cut && after == 0 && startsMoneyWord(f) {
			cut = true // 연금예산 128억 2600만원 → 연금예산
			continue
		}
		if cut {
			after++
		}
		kept = append(kept, f)
	}
	if cut && after > 0 && len(kept) == after && after < 2 {
		return "" // 5조 2,000억 원 지원: the deed of another amount
	}
	return strings.Join(kept, " ")
}

// endsMoneyWord reports whether the number word f ends with a currency:
// 5억원, 10달러.
func endsMoneyWord(f string) bool {
	for m := range moneyWords {
		if strings.HasSuffix(f, m) {
			return true
		}
	}
	return false
}

// startsMoneyWord reports whether f is a currency with what is glued to
// it: 원, 달러어치의.
func startsMoneyWord(f string) bool {
	for m := range moneyWords {
		if f == m || utf8.RuneCountInString(m) > 1 && strings.HasPrefix(f, m) {
			return true
		}
	}
	return false
}

// namedAs reports whether "명목" stands before amount a in its clause.
func (r *reading) namedAs(a amount) bool {
	for i := a.before; i >= 0 && i >= r.clauseStart(a.first); i-- {
		if w := r.words[i]; w.money || w.amt {
			return false
		} else if w.stem == "명목" || strings.HasPrefix(w.raw, "명목") {
			return true
		}
	}
	return false
}

// costAs returns X of "X 비용으로 … 원" (a noun of cost with 으로 or 로
// in the clause of amount a, before it and before any other amount) and
// of "X 명목(등)으로"; "" when there is none, or when X says only that it
// is money (현금으로 1억 달러).
func (r *reading) costAs(a amount, cs int, keep func(string) string) string {
	for i := a.before; i >= cs && i >= 0; i-- {
		w := r.words[i]
		if (w.money || w.amt) && w.comma {
			break // 치료비 등으로 5000만원, … 2500만원: another item's
		}
		if w.part != "으로" && w.part != "로" {
			continue
		}
		h := i
		if w.stem == "등" && i > 0 {
			h = i - 1
		}
		if hw := r.words[h]; hw.noun && hasAnySuffix(hw.stem, costEnds) {
			if hw.stem == "명목" && h > cs {
				h-- // 사용료 명목으로: what is paid, not its name
			}
			return keep(trimTail(r.phrase(r.phraseStart(h, cs), h)))
		}
	}
	return ""
}

// lastWord returns the last word of the phrase p.
func lastWord(p string) string {
	if i := strings.LastIndexByte(p, ' '); i >= 0 {
		return p[i+1:]
	}
	return p
}

// spentOn returns what the words around amount a say it is spent on,
// besides the noun of cost it measures: X에 … 원, X로 … 원 (a noun of
// cost), X에 총사업비 … 원이 투입된다; "" when they say nothing.
func (r *reading) spentOn(a amount) string {
	cs := r.clauseStart(a.first)
	for i := a.first - 1; i >= cs && i >= 0; i-- {
		w := r.words[i]
		if w.money || w.time {
			continue
		}
		if (w.part == "에" || w.part == "에는") && w.noun && !w.actor && !pointer(w) && !places[w.stem] && !countries[w.stem] && !strings.HasPrefix(w.raw, "거기") && r.spendIn(a) {
			s := r.phraseStart(i, cs)
			if s > 0 && r.words[s-1].raw == "이" {
				return w.stem // 이 치유센터에는 총사업비 …: the noun, not the pointer
			}
			return trimTail(r.phrase(s, i))
		}
		if (w.part == "으로" || w.part == "로") && w.noun && hasAnySuffix(w.stem, costEnds) && !genericCosts[w.stem] {
			return trimTail(r.phrase(r.phraseStart(i, cs), i)) // 전차 정비비로 … 원의 예산
		}
	}
	// 520억 달러 이상의 자금을 반도체 산업에 지원하는; 6천억 달러 자금은 …
	// 백신 공급 등을 위한 사업들에 배정합니다: the X에 after it.
	ce := r.clauseEnd(a.last)
	for k := a.after; k+1 < len(r.words) && k <= ce && k <= a.after+reach; k++ {
		w := r.words[k]
		if w.verb && !isAdnominal(w) {
			break
		}
		if (w.part == "에" || w.part == "에만") && w.noun && !w.actor && !w.time && !places[w.stem] && !countries[w.stem] && isSpendWord(r.words[k+1].raw) {
			return trimTail(r.phrase(r.phraseStart(k, a.after), k))
		}
	}
	return ""
}

// spendIn reports whether a verb of spending or giving follows amount a
// in its clause: 사업비를 편성했다, 예산이 투입된다.
func (r *reading) spendIn(a amount) bool {
	ce := r.clauseEnd(a.last)
	for k := a.after; k <= ce && k < len(r.words) && k <= a.after+4; k++ {
		if isSpendWord(r.words[k].raw) {
			return true
		}
	}
	return false
}

// forWhat returns X of "X을 위한 N원", "X을 위해 N원", "X 관련(해) N원",
// "X와 관련해 N원" before amount a, or "".
func (r *reading) forWhat(a amount) string {
	b := a.before
	if b < 1 {
		return ""
	}
	w := r.words[b]
	switch {
	case w.raw == "위한" || w.raw == "위해" || w.raw == "위해서":
		k := b - 1
		x := r.words[k]
		if x.part != "을" && x.part != "를" {
			return ""
		}
		if x.stem == "등" && k > 0 {
			k-- // 강화 등을 위한
		}
		if x.stem == "이" || x.stem == "그" {
			if r.prev == "" {
				return ""
			}
			return noAmount(deedOf(r.before())) // 이를 위해 94억 달러가: what the sentence before says is done
		}
		return r.phrase(r.phraseStart(k, 0), k)
	case w.raw == "관련" || w.raw == "관련해" || w.raw == "관련해서" || w.raw == "관련된":
		k := b - 1
		x := r.words[k]
		if x.part != "" && x.part != "와" && x.part != "과" || !x.noun || x.actor {
			return ""
		}
		return r.phrase(r.phraseStart(k, 0), k)
	}
	return ""
}

// forWhatBefore returns X of "X을 위해" earlier in the clause of amount
// a (재개표를 위해 민경욱이 … 모금해 6000만원을 모았다), or "".
func (r *reading) forWhatBefore(a amount) string {
	for k := a.before - 1; k >= 1 && k >= r.clauseStart(a.first)-1 && k >= a.first-reach; k-- {
		if x := r.words[k]; (x.raw == "위해" || x.raw == "위해서") && (r.words[k-1].part == "을" || r.words[k-1].part == "를") && !r.words[k-1].money {
			return r.phrase(r.phraseStart(k-1, 0), k-1)
		}
	}
	return ""
}

// sizedHead returns the first word of the noun that amount a concerns or
// sizes, after it: N원에 대한 X, N원이 넘는 X, N원에 달하는 X, N원에
// 육박하는 X; or -1.
func (r *reading) sizedHead(a amount) int {
	k := a.after
	if k >= len(r.words) {
		return -1
	}
	v := r.words[k].raw
	switch {
	case a.tail == "에" && (v == "대한" || v == "관한"):
	case (a.tail == "이" || a.tail == "가" || a.tail == "") && (v == "넘는" || v == "넘은" || v == "넘게" && false):
	case a.tail == "에" && (v == "달하는" || v == "이르는" || v == "육박하는" || v == "달한" || v == "이른" || v == "가까운" || v == "해당하는" || v == "버금가는"):
	case (a.tail == "이" || a.tail == "가") && isAdnominal(r.words[k]) && isSpendWord(v):
		// 2조가 투입된 니켈 광산
	default:
		return -1
	}
	if k+1 < len(r.words) && r.words[k+1].noun && !r.words[k+1].actor && !r.words[k+1].amt && !genericHeads[r.words[k+1].stem] {
		return k + 1
	}
	return -1
}

// ratioAt reports whether word i is a ratio or a share (140배에, 51.8%를):
// 무역액 22억 달러의 140배 measures nothing the amount is of.
func (r *reading) ratioAt(i int) bool {
	if i >= len(r.words) {
		return false
	}
	w := r.words[i]
	return startsDigit(w.raw) && (strings.HasSuffix(w.stem, "배") || strings.HasSuffix(w.stem, "%") || strings.HasSuffix(w.stem, "퍼센트"))
}

// adjectives are adnominal adjectives that modify the noun after them
// within its phrase: 220억 달러 규모의 새로운 대미 투자.
var adjectives = setOf("새로운", "새", "다른", "큰", "작은", "많은", "적은", "막대한", "엄청난", "거대한", "별도의", "추가적인", "주요")

// relational are nouns that name a part or a relation of the noun with
// 의 before them, not more of what it is: 해킹의 배후, 수출액의 절반.
var relational = setOf("배후", "일부", "절반", "대부분", "결과", "원인", "책임", "규모", "일환", "전부", "상당수",
	"핵심", "중심", "대상", "경우", "주체", "몫", "비중", "가운데", "중", "1", "2", "3")

// genericMeasure are nouns that say only how an amount is counted, not
// what it counts: 대기업 평균이 100만원, 조사 결과(39만 5천원), 사상 최대
// 규모인.
var genericMeasure = setOf("평균", "규모", "수준", "결과", "조사 결과", "수치", "총액", "전체", "액수", "금액", "합계")

// genericCosts are nouns of money spent that say less than the thing it
// is spent on, when a sentence names that too: 신축 사업에 … 원의
// 사업비를 편성했다.
var genericCosts = setOf("사업비", "총사업비", "비용", "예산", "자금", "재원", "금액", "돈", "액수", "총액")

// worth reports whether amount a is written as the worth of goods:
// 29만 달러 어치, 1억 달러어치.
func (r *reading) worth(a amount) bool {
	rest := strings.TrimLeft(r.text[a.end:], " ")
	return strings.HasPrefix(rest, "어치")
}

// goodsOf returns the goods amount a is the worth of: the noun before it
// past a quantity (유류 제품 26만 4천 408리터, 약 29만 달러 어치; 인조 모발
// 제품 약 161t 분량, 총 1천만 달러어치; 냉장 장치 3개 약 7만 달러어치), or
// after it past one (1억 달러어치, 1천959t의 인모를); "" when a is no
// worth of goods or they are not named so.
func (r *reading) goodsOf(a amount) string {
	if !r.worth(a) {
		return ""
	}
	cs := r.clauseStart(a.first)
	k := a.before
	for k >= cs && k >= 0 && k >= a.first-6 {
		w := r.words[k]
		unit := k > cs && startsDigit(r.words[k-1].raw) && (unitNouns[w.stem] || measureUnits[w.stem])
		if startsDigit(w.raw) && !w.money || unit || w.stem == "분량" || w.raw == "약" || w.raw == "총" || koreanNumerals[w.raw] {
			k-- // a quantity: 26만 4천 408리터, 161t 분량, 3개
			continue
		}
		break
	}
	if k >= cs && k >= 0 && k < a.before {
		if w := r.words[k]; w.noun && w.part == "" && !w.actor && !w.time && !w.comma && !w.money {
			return r.phrase(r.phraseStart(k, cs), k)
		}
	}
	// 1억3천874만 달러어치, 1천959t의 인모를.
	for i := a.after; i < len(r.words) && i <= a.after+2; i++ {
		w := r.words[i]
		if startsDigit(w.raw) && w.part == "의" && i+1 < len(r.words) && !w.money {
			if p := r.phraseRight(i + 1); p != "" {
				return p
			}
		}
		if !startsDigit(w.raw) {
			break
		}
	}
	return ""
}

// measureUnits are units of quantity written apart from their number:
// 26만 리터, 161 t.
var measureUnits = setOf("리터", "톤", "t", "배럴", "대", "척", "점", "킬로그램", "그램", "분량", "상자", "컨테이너")

// objectAfter reports whether an object (…을, …를) stands from word i on,
// within a few words and before a verb that modifies no noun: the object
// of the main verb after a relative clause.
func (r *reading) objectAfter(i int) bool {
	for k := i; k < len(r.words) && k < i+8; k++ {
		w := r.words[k]
		if (w.part == "을" || w.part == "를") && w.noun {
			return true
		}
		if w.verb && !isAdnominal(w) || w.ends {
			return false
		}
	}
	return false
}

// contentNouns stand for what a document or a plan says: … 원을 투입하는
// 내용의 경기부양책 is for the plan.
var contentNouns = setOf("내용", "골자", "방안", "계획")

// genericHeads are nouns that stand for a clause, not a thing: 5조 원에
// 이르는 것으로 전해졌다.
var genericHeads = setOf("것", "수", "바", "데", "등", "때문", "셈", "전망", "상황", "점", "문제", "논란", "의혹", "전액", "내용",
	"덕분", "탓", "뒤", "후", "반면", "만큼", "사이", "가운데", "결과")

// regarding returns "X에 대한 " when the words before amount a say what
// the noun after it concerns (우크라이나에 대한 600억 달러 지원), else "".
func (r *reading) regarding(a amount) string {
	if a.before < 1 {
		return ""
	}
	w := r.words[a.before]
	if (w.raw == "대한" || w.raw == "관한") && r.words[a.before-1].part == "에" {
		return r.phrase(a.before-1, a.before) + " "
	}
	return ""
}

// bracketed returns the noun a bracketed amount glosses when it is no
// actor (처분가능소득(84만7천39원)), or "".
func (r *reading) bracketed(a amount) string {
	w := r.words[a.first]
	pre := ""
	if a.start > w.start {
		pre = r.text[w.start:a.start]
	}
	if !strings.HasSuffix(pre, "(") || len(pre) < 2 {
		// ‘…기술 개발’(’10~’19, 460억원): the bracket opens a word or two
		// before the amount.
		if h := r.bracketHostText(a); h != "" {
			return h
		}
		return ""
	}
	stem := strings.TrimSuffix(pre, "(")
	if n := makeWord(stem, 0, len(stem)); n.num || n.amt {
		// 위조지폐 5552장(2억 7760만원 규모): what the count is of.
		cs := r.clauseStart(a.first)
		if s := r.phraseStart(a.first, cs); s < a.first {
			return trimQuotes(r.text[r.words[s].start:w.start])
		}
		return ""
	}
	nw := makeWord(stem, 0, len(stem))
	if nw.time || strings.HasSuffix(stem, "전") || stem == "기간" {
		// 교역액은 전년(10억 달러): what the time's amount measures.
		cs := r.clauseStart(a.first)
		for i := a.first - 1; i >= cs && i >= 0; i-- {
			w := r.words[i]
			if r.skipBefore(i) {
				continue
			}
			if measureParts[w.part] && w.noun && !w.actor && !w.comma {
				return r.phrase(r.phraseStart(i, cs), i)
			}
			break
		}
		return ""
	}
	if nw.actor || !nw.noun {
		return ""
	}
	s := r.phraseStart(a.first, r.clauseStart(a.first))
	if s == a.first {
		return stem
	}
	return r.text[r.words[s].start:w.start] + stem
}

// bracketHostText returns what stands before the bracket that holds
// amount a when it opens a few words before it (‘…기술 개발’(’10~’19,
// 460억원); 무궁화위성 2호(1500억 투자)), or "".
func (r *reading) bracketHostText(a amount) string {
	for k := a.first; k >= 0 && k >= a.first-3; k-- {
		w := r.words[k]
		end := w.end
		if k == a.first {
			end = a.start
		}
		seg := r.text[w.start:end]
		if strings.Contains(seg, ")") && k < a.first {
			return ""
		}
		if i := strings.LastIndexByte(seg, '('); i >= 0 {
			host := strings.TrimRight(seg[:i], "’”'\" ")
			if host == "" && k > 0 {
				// ‘…기술 개발’ (…): the host is the word before.
				k--
				host = strings.Trim(r.words[k].raw, "’”'\"")
				i = -1
			}
			hw := makeWord(host, 0, len(host))
			if !hw.noun && !hw.name || hw.actor || hw.time {
				return ""
			}
			if k > 0 && (r.words[k-1].num || r.words[k-1].amt) {
				return "" // 1천만 크로나(약 90만 달러): an amount in a currency not known
			}
			s := r.phraseStart(k, r.clauseStart(k))
			if s < k {
				return trimQuotes(r.text[r.words[s].start:r.words[k].start] + host)
			}
			return trimQuotes(host)
		}
	}
	return ""
}

// priceNoun reports whether n says only that an amount is a price: 가격,
// 값. The thing priced says more.
func priceNoun(n string) bool {
	return n == "가격" || n == "값" || n == "시세" || n == "가격대"
}

// caseTopic returns X of "X의 경우" (as for X) before amount a in its
// sentence, or "".
func (r *reading) caseTopic(a amount) string {
	for i := a.first - 1; i > 0 && i >= a.first-reach; i-- {
		w := r.words[i]
		if strings.HasPrefix(w.raw, "경우") && r.words[i-1].part == "의" && r.words[i-1].noun && !r.words[i-1].actor {
			k := i - 1
			return r.phrase(r.phraseStart(k, 0), k)
		}
	}
	return ""
}

// copulaHead returns the first word of the noun that amount a is said to
// be of, when a is followed by a copula that modifies a noun (2,500원인
// TV 수신료; 4천원 대 후반이었던 쌀 1kg 가격이), or -1.
func (r *reading) copulaHead(a amount) int {
	k := a.after
	if a.tail == "인" || a.tail == "이던" || a.tail == "이었던" || a.tail == "였던" {
		if k < len(r.words) && r.words[k].noun && !r.words[k].actor && !genericHeads[r.words[k].stem] {
			return k
		}
		return -1
	}
	for i := a.after; i < len(r.words) && i <= a.after+2; i++ {
		w := r.words[i]
		if strings.HasSuffix(w.raw, "이었던") || strings.HasSuffix(w.raw, "였던") || strings.HasSuffix(w.raw, "이던") || w.raw == "하는" || w.raw == "하던" {
			if i+1 < len(r.words) && r.words[i+1].noun && !r.words[i+1].actor && r.words[i+1].raw != "게" {
				return i + 1
			}
			return -1
		}
		if w.verb || w.part != "" {
			return -1
		}
	}
	return -1
}

// topicThing returns the sentence's topic when it names a thing that
// amount a is spent on, sold for or priced at (이산가족 면회소는 … 550억
// 원이 투입돼; 아이오닉 5와 … 마하 E는 … 4만 달러대에 판매됐습니다), or "".
func (r *reading) topicThing(a amount) string {
	v := -1
	for k := a.after; k < len(r.words) && k <= a.after+3; k++ {
		if r.words[k].verb {
			v = k
			break
		}
	}
	if v < 0 || !thingVerbRE.MatchString(r.words[v].raw) {
		return ""
	}
	for i := 0; i < a.first && i < reach; i++ {
		w := r.words[i]
		if topicParts[w.part] && w.part != "도" && (w.noun || w.name) && !w.time && !w.actor && !isThing(w.stem) && !pronouns[w.stem] && !oneHangul(w.stem) {
			s, _ := r.agentSpan(i)
			return r.phrase(s, i)
		}
		if w.ends {
			break
		}
	}
	return ""
}

// oneHangul reports whether n is a single Hangul syllable: 물은 결과 is
// a verb's form, no topic.
func oneHangul(n string) bool {
	r, w := utf8.DecodeRuneInString(n)
	return w == len(n) && isHangul(r)
}

// spendAfter returns the verb after amount a, in its clause, that spends
// or gives it on what an X에 before names (투입한다, 쓰인다), or -1.
func (r *reading) spendAfter(a amount, ce int) int {
	for k := a.after; k <= ce && k < len(r.words) && k <= a.after+3; k++ {
		w := r.words[k]
		if isSpendWord(w.raw) {
			return k
		}
		if w.raw == "넘게" || w.raw == "가까이" || w.raw == "이상" || w.raw == "남짓" {
			continue // 90억 달러 넘게 들어갈
		}
		if w.verb || w.noun && w.part != "" {
			return -1
		}
	}
	return -1
}

// hasAnySuffix reports whether s ends with one of ends.
func hasAnySuffix(s string, ends []string) bool {
	for _, e := range ends {
		if strings.HasSuffix(s, e) {
			return true
		}
	}
	return false
}

// pointer reports whether w points back to the sentence before: 여기에는.
func pointer(w word) bool {
	return strings.HasPrefix(w.raw, "여기") || w.stem == "이" || w.stem == "이를"
}

// phraseStart returns the first word of the noun phrase that ends with
// word i: the words before it that modify it within the same phrase (AI
// 분야 추경예산안, 팹리스 기업의 시제품 제작, 차의 설계와 제작, 북한에 대한
// 지원 사업), not before word stop, at most eight words.
func (r *reading) phraseStart(i, stop int) int {
	if w := r.words[i]; w.quoteOpen {
		return i // ‘잇즈 베스트’: the quotes close the name
	} else if w.quoteClose {
		for k := i - 1; k >= stop && k >= 0 && k >= i-6; k-- {
			if r.words[k].quoteOpen {
				return k
			}
		}
	}
	s := i
	for k := i - 1; k >= stop && k >= 0 && i-k < 8; k-- {
		p := r.words[k]
		modifier := p.num || p.raw == "연" || p.raw == "월" || p.year ||
			koreanNumerals[p.raw] && unitNouns[r.words[k+1].stem] // 배추 한 포기 가격
		// 북한에 대한 지원 사업: 에 대한 and 에 관한 belong to the phrase.
		if (p.raw == "대한" || p.raw == "관한") && k > stop && r.words[k-1].part == "에" && r.words[k-1].noun {
			s = k - 1
			k--
			continue
		}
		if (p.raw == "및" || p.raw == "관련" || p.raw == "또는" || p.raw == "혹은") && k > stop && r.words[k-1].noun && r.words[k-1].part == "" {
			continue // 연구 및 노동력 개발, 국방 관련 반도체 제조
		}
		count := p.amt && !p.money && !moneyWords[r.words[k+1].stem] && !startsMoneyWord(r.words[k+1].raw) && r.words[k+1].noun // 1천만 명
		if p.amt && !p.num && !count || p.money || moneyWords[p.stem] && (k == 0 || r.words[k-1].amt || r.words[k-1].num) || p.time || p.dur {
			break // an amount of money, or a time, ends the phrase; a count does not
		}
		if n := r.words[k+1]; p.part == "도" && n.noun && (n.part == "" || n.part == "와" || n.part == "과" || n.part == "의") {
			p.part = "" // 닌텐도 3DS: a name that ends like 도, inside a phrase
		}
		joined := (p.part == "와" || p.part == "과" || p.part == "와의" || p.part == "과의") && p.noun && !p.actor
		if p.part != "" && p.part != "의" && !joined || p.comma || p.part == "의" && (p.actor || p.time) || p.dur {
			break // 기업들의 구입 비용: the owner is the agent
		}
		if !modifier && (!p.noun && !p.name || p.time || p.named && !places[p.stem] && !countries[p.stem] || pointer(p) ||
			stopNouns[p.stem] && p.raw != "전체" || clauseNouns[p.raw] || rateWord(p.raw) || determiners[p.raw] || conjunctions[p.raw]) {
			break
		}
		s = k
	}
	return s
}

// phraseRight returns the noun phrase that starts at word i: the words up
// to the first one with a particle, without it (AI 분야 추경예산안이 →
// AI 분야 추경예산안), and nouns joined by 와 or 과 (경제와 군사 지원), at
// most eight words; "" when word i is no noun.
func (r *reading) phraseRight(i int) string {
	if i+1 < len(r.words) && (r.words[i].raw == "이" || r.words[i].raw == "그" || r.words[i].raw == "해당") && r.words[i+1].noun {
		if p := r.phraseRight(i + 1); p != "" {
			return r.words[i].raw + " " + p // 953억 달러 규모의 이 법안
		}
	}
	end := -1
	for k := i; k < len(r.words) && k-i < 8; k++ {
		w := r.words[k]
		if k == i && adjectives[w.raw] && k+1 < len(r.words) && r.words[k+1].noun && !r.words[k+1].actor {
			continue // 220억 달러 규모의 새로운 대미 투자
		}
		if k == i && (w.year || w.time && startsDigit(w.raw)) && w.part == "" && k+1 < len(r.words) && r.words[k+1].noun && !r.words[k+1].time {
			continue // 342조원 규모의 2013년 예산안
		}
		if k == i && yearDigitsRE.MatchString(w.raw) && k+2 < len(r.words) && strings.HasPrefix(r.words[k+1].raw, "회계연도") && r.words[k+1].part == "" && r.words[k+2].noun {
			k++
			continue // 5조 8천억 달러 규모의 2023 회계연도 예산안
		}
		if k > i && w.verb && copulaRE.MatchString(w.raw) && !w.comma {
			// 추가 물자 제공입니다: the noun before the copula ends it.
			if n := copulaRE.ReplaceAllString(w.raw, ""); n != "" && isHangulWord(n) && !verbish(word{raw: n, stem: n}) {
				return trimTail(r.text[r.words[i].start : w.start+len(n)])
			}
		}
		if !w.noun && !w.name && !w.num || stopNouns[w.stem] || w.time || w.raw == "게" || w.amt && !w.num || w.money || moneyWords[w.stem] {
			break
		}
		end = k
		if (w.part == "와" || w.part == "과") && k+1 < len(r.words) && r.words[k+1].noun && !w.comma {
			if n := r.words[k+1].part; n != "에" && n != "에서" && n != "에게" && n != "으로" && n != "로" {
				continue // 경제와 군사 지원; not 비용과 엔지니어링에
			}
		}
		if w.part == "의" && k+1 < len(r.words) && !relational[r.words[k+1].stem] && !w.comma {
			continue // 사랑의 쌀
		}
		if w.part != "" || w.comma {
			break // 암호화폐 해킹의 배후: the phrase ends at its 의
		}
	}
	if end < 0 || !r.words[end].noun && !r.words[end].name {
		return ""
	}
	return trimTail(r.phrase(i, end))
}

// trimTail drops a trailing 계획 or 방안 from a phrase that says more
// before it: 전기차 배터리 공장 건설 계획 → 전기차 배터리 공장 건설.
func trimTail(p string) string {
	for _, t := range []string{" 계획", " 방안", " 명목"} {
		if q, ok := strings.CutSuffix(p, t); ok && q != "" {
			return q
		}
	}
	return p
}

// verbNoun returns the Sino-Korean noun of the verb that follows word i
// (확보하기로 → 확보; 추가 임차, → 임차), "" when the verb has none. With
// keep, the nouns between (연내 in 연내 확보하기로) are kept before it.
func (r *reading) verbNoun(i int, keep bool) string {
	var between []string
	for j := i; j < len(r.words) && j < i+4; j++ {
		w := r.words[j]
		if w.part != "" && !w.verb {
			return "" // another argument: not the verb yet
		}
		if w.verb {
			if m := verbNounRE.FindStringSubmatch(w.raw); m != nil && !verbStems[m[1]] {
				return joinKept(between, m[1], keep)
			}
			if w.comma && len(between) > 0 {
				break
			}
			return ""
		}
		if w.comma {
			return joinKept(between, trimPunct(w.raw), keep) // 추가 임차, 활용하는
		}
		between = append(between, w.raw)
	}
	return ""
}

// joinKept joins the noun v to the words between when keep is set.
func joinKept(between []string, v string, keep bool) string {
	if !keep {
		return v
	}
	return strings.Join(append(between, v), " ")
}

// trimPunct strips quotes and brackets left inside a noun: 챗GPT’ → 챗GPT.
func trimPunct(s string) string {
	return strings.Trim(s, leadPunct+trailPunct)
}
