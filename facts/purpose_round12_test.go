package facts

import "testing"

// TestPurposeClasses12 reads the purpose of amounts in the constructions of
// the twelfth round (docs/meaning.md "Twelfth round: purpose on d12"), in
// sentences of our own, each with a near case the rule must leave alone.
func TestPurposeClasses12(t *testing.T) {
	tests := []purposeCase{
		// 밖에 (only) is a delimiter glued to a noun, no part of it:
		// the measure or the noun before it is the purpose.
		{"현재 시세는 5억 원 정도밖에 되지 않는다.", "5억 원", "시세"},
		{"그 영화는 3백만 달러의 흥행수입밖에 올리지 못했다.", "3백만 달러", "흥행수입"},
		{"현재 시세는 5억 원 정도에 이른다.", "5억 원", "시세"},
		// An adverb is no noun phrase: bare before the amount (잠시,
		// 놀랍게, 과연, 한때) it names nothing and the measure before it
		// speaks; opening the phrase (다행히) it is cut; a noun in 게
		// (가게) stays.
		{"주가는 잠시 5만 원까지 올랐다가 다시 내려갔다.", "5만 원", "주가"},
		{"금 가격은 다행히 3만 원에서 멈췄다.", "3만 원", "금 가격"},
		{"다행히 금 가격은 3만 원에서 멈췄다.", "3만 원", "금 가격"},
		{"그가 남긴 돈은 놀랍게도 30억 원.", "30억 원", ""},
		{"그는 과연 10억원을 벌 수 있을까?", "10억원", ""},
		{"만일 3만 원 선에서 매각하면 큰 손해가 난다.", "3만 원", ""},
		{"금 가격은 3만 원 전후에서 소강상태를 맞았다.", "3만 원", "금 가격"},
		{"그 가게는 월세 200만 원을 낸다.", "200만 원", "월세"},
		// The level a measure moves to or reaches (까지, 에, 수준까지 …
		// 떨어졌다, 에 이르렀다), or the size of the move, measures the
		// subject or topic before it, words between; an actor there does a
		// deed, a clause of time has its own subject, a generic measure
		// alone (규모가) says nothing.
		{"이 나라의 외환보유액이 한때 불과 20억 달러 수준까지 떨어진 적도 있었다.", "20억 달러", "외환보유액"},
		{"지난 3년 동안 주요국이 이 나라에 제공한 차관의 규모는 총 90억 달러에 이르렀다.", "90억 달러", "차관의 규모"},
		{"연구개발 투자는 작년과 비교할 때 겨우 5천억원이 늘어나는 데 그쳤다.", "5천억원", "연구개발 투자"},
		{"무역수지는 2023년 10억 달러였으며, 전쟁이 시작되기 전인 2021년에는 30억 달러에 달했다.", "30억 달러", "무역수지"},
		{"그 회사는 지난해 3억 달러를 벌었다.", "3억 달러", ""},
		// A measure one looks at (X을 보면, X을 살펴보면) is the topic that
		// items naming actors give values of, as X은 is; a source one
		// looks at, before values of no actors, is none. (X별 leaves it
		// when the items name each X: thirteenth round, L2.)
		{"지역별 수출액을 보면 중국이 325억 달러로 가장 많고 미국이 200억 달러로 뒤를 이었다.", "325억 달러", "수출액"},
		{"지역별 수출액을 보면 중국이 325억 달러로 가장 많고 미국이 200억 달러로 뒤를 이었다.", "200억 달러", "수출액"},
		{"관세청 자료를 보면 3월 무역수지 흑자는 52억 달러로 집계됐다.", "52억 달러", "무역수지 흑자"},
		// A compound verb of direction cut from its ending (들어가는,
		// 되돌아오는, 살아나) is no noun; nor is a noun of a day (다음날,
		// 그 날은); a change noun that closes the amount's clause (30원
		// 상승,) is its role, where one before a noun (인상 발언) is what it sizes.
		{"매달 은행에 들어가는 돈 50만원을 빼면 10만원이 남는다.", "10만원", ""},
		{"매입 다음날 30원 상승, 그 다음날 50원 상승.", "30원", ""},
		{"그는 5억 달러 인상 발언으로 논란을 빚었다.", "5억 달러", "인상"},
		{"그 날은 2만 원에서 거래를 마감했다.", "2만 원", ""},
		// A verb's connective in -어서 (들어서), a clause of beginning (오르기
		// 시작) and one of what could be done (벌 수 있었음) are verbs; an
		// adverb in -히 (서서히) opening the phrase is cut.
		{"지원금은 2010년 10억원이었고, 올해 들어서는 6월 말까지 30억원이 집행됐다.", "30억원", "지원금"},
		{"금은 최근 서서히 값이 오르기 시작, 1g당 5만원을 기록하고 있었다.", "5만원", "값"},
		{"그래도 1억 원 이상의 돈이나마 벌 수 있었음을 다행으로 여겼다.", "1억 원", ""},
		{"그는 친구와 50만원 내기를 했다.", "50만원", "내기"},
		// A verb's connective (남겨, 즐겨) or a day (다음날) opening the
		// phrase is cut, with the adnominal verb after it (즐겨 찾는): the
		// noun phrase begins after them.
		{"그는 300만 원의 이익을 남겨 총자금은 모두 5천만 원이 되었다.", "5천만 원", "총자금"},
		{"부유층이 즐겨 찾는 수입 시계도 3억 달러어치나 수입되었다.", "3억 달러", "수입 시계"},
		{"그는 지시에 따라 다음날 동 주식을 1만 원에 100 주 매입했다.", "1만 원", "동 주식 매입"},
		{"그 업체는 고객을 확보하고도 매출액 8억원을 올리는 데 그쳤다.", "8억원", "매출액"},
		// 나 (as much as) after the amount leaves the noun after it the
		// amount's when that noun is its verb's subject or object; a
		// verb's clause made a noun (늘어날 것) is no purpose, and the
		// measure that grows is.
		{"지난해에는 무려 3억 달러나 적자가 났다.", "3억 달러", "적자"},
		// A company's shares (X 주는, 이 주는) as the topic of their price
		// (K2): 주, though the cutting of words reads 주는 as a verb; a
		// verb of giving after an object stays one.
		{"그 후 대한전선 주는 2만 5천 원까지 반발세를 보였다.", "2만 5천 원", "주"},
		{"그러나 이 주는 1만 원대까지 떨어지고 말았다.", "1만 원", "주"},
		{"회사가 직원에게 주는 상여금은 200만 원까지 올랐다.", "200만 원", "상여금"},
		// A verb of change that joins its own clause to the amount's (늘어,
		// 늘어나) ends the search for what the amount measures: the subject
		// before it is that clause's, the sentence's topic is the measure;
		// one that modifies the amount (증가한) is stepped over.
		{"지원금은 신청자들의 수가 해마다 크게 늘어 지난 2010년 10억원이었던 것이 2020년엔 40억원으로 증가했다.", "10억원", "지원금"},
		{"건설업체의 공사액은 전년보다 무려 58% 증가한 15조 원에 달했다.", "15조 원", "공사액"},
		// A generic measure (금액, 규모) narrowed by a bare noun of what is
		// counted (반입 금액, 교역 규모) is the amount's own measure, not
		// the sentence's topic; a total (총 금액) is not narrowed.
		{"반출 금액은 10억 달러, 반입 금액은 12억 달러로 교역 규모가 모두 22억 달러로 집계됐다.", "12억 달러", "반입 금액"},
		{"반출 금액은 10억 달러, 반입 금액은 12억 달러로 교역 규모가 모두 22억 달러로 집계됐다.", "22억 달러", "교역 규모"},
		{"이번 사업의 예산은 총 금액 50억 원이다.", "50억 원", "사업의 예산"},
		// A stock price's owner with 의 (X의 주가, X 주의 주가) is its
		// company, the agent, no part of it; a time with 의 (얼마 전의)
		// neither; a thing's price keeps its owner (선물세트의 가격).
		{"한진 주의 주가는 1만 5천 원대로 내려갔다.", "1만 5천 원", "주가"},
		{"불과 얼마 전의 주가가 1만 9천 원이었음을 상기했다.", "1만 9천 원", "주가"},
		// An amount received as a kind of pay (이자로, 보수로 … 받다) is
		// that pay; received as bait (미끼로) it is none.
		{"그 동안 이자로 90만 원을 받기는 했지만 원금은 떼였다.", "90만 원", "이자"},
		{"그는 미끼로 2천 위안을 받고 사람을 모았다.", "2천 위안", ""},
		// A clause on a noun that holds the amount as the level it reaches
		// (까지) or falls short of (도) is that noun's.
		{"3만 원까지 오른 주가는 다시 떨어졌다.", "3만 원", "주가"},
		{"1만 원도 안 되던 주가는 2만 원까지 올랐다.", "1만 원", "주가"},
		{"그 결과 2000원 이하에서 머물렀던 라면 가격은 2800원선까지 올랐다.", "2000원", "라면 가격"},
		// The subject of a clause of whether (예측이 들어맞았는지) is no
		// measure a figure reaches.
		{"그 후 전문가의 예측이 들어맞았는지 주가는 2만 원을 돌파했다.", "2만 원", "주가"},
		{"그 후 전문가의 예측이 들어맞았는지 2만 원을 돌파했다.", "2만 원", ""},
		// X과 달리 (unlike X) opening the phrase is an adverbial.
		{"예상과 달리 주가가 2천 원 이상 올라갔다.", "2천 원", "주가"},
		// 우리나라 돈으로 (in our money) glosses the currency: the measure
		// it is said of speaks, not the country.
		{"그 농장은 예금 잔액이 우리나라 돈으로 약 90만원에 불과해 문을 닫게 생겼다.", "90만원", "예금 잔액"},
		{"이 장비의 가격은 우리나라 돈으로 약 10억원이나 하는 매우 비싼 장비이다.", "10억원", "장비의 가격"},
		{"세계 전체의 수출이 향후 10년 동안 5조 달러 늘어날 것으로 전망된다.", "5조 달러", "수출"},
	}
	checkPurposes(t, tests)
}

// TestAdverbWord12 tells adverbs, by the treebanks' list and by their
// form (-게 of an adjective, -듯, a word said twice), from nouns.
func TestAdverbWord12(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"잠시", true}, {"놀랍게", true}, {"자연스럽게", true}, {"떨어지듯", true}, {"군데군데", true}, {"가끔가끔", true},
		{"가게", false}, {"무게", false}, {"주가", false}, {"제조업체", false}, {"가나다라", false}, {"시세", false},
	}
	for _, tt := range tests {
		if got := isAdverbWord(tt.w); got != tt.want {
			t.Errorf("isAdverbWord(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}

// TestParticles12 cuts the delimiter 밖에 (only) off a noun, but not off
// 이 and 그, where 이밖에 and 그밖에 mean besides.
func TestParticles12(t *testing.T) {
	tests := []struct{ w, stem, part string }{
		{"정도밖에", "정도", "밖에"}, {"흥행수입밖에는", "흥행수입", "밖에는"}, {"한 명밖에도", "한 명", "밖에도"},
		{"이밖에", "이밖", "에"}, {"그밖에", "그밖", "에"},
	}
	for _, tt := range tests {
		if s, p := cutParticle(tt.w); s != tt.stem || p != tt.part {
			t.Errorf("cutParticle(%q) = %q, %q, want %q, %q", tt.w, s, p, tt.stem, tt.part)
		}
	}
}

// TestPointsBack12 reads 그 and 이 before a noun of time (그 동안, 그 후)
// as an adverb of when, no pointing back to the sentence before.
func TestPointsBack12(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"그 동안 이자로 90만 원을 받았다.", false},
		{"그 후 주가는 1만 원까지 떨어졌다.", false},
		{"그 사업에는 5억 원이 쓰인다.", true},
		{"이 돈은 연구에 쓰인다.", true},
	}
	for _, tt := range tests {
		if got := pointsBack(splitWords(tt.text)); got != tt.want {
			t.Errorf("pointsBack(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
