package extract

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// want is an expected fact, written with the helpers below so that each
// table row fits a line: money("1조 원", "1000000000000", "KRW").q("약").a().
type want struct {
	kind     Kind
	text     string
	value    string // Decimal.String(), "" for nil
	currency string
	unit     string
	min, max string // "" for nil
	approx   bool
	quals    []string
}

func money(text, value, currency string) want {
	return want{kind: KindMoney, text: text, value: value, currency: currency}
}

func count(text, value, unit string) want {
	return want{kind: KindCount, text: text, value: value, unit: unit}
}

func pct(text, value, unit string) want {
	return want{kind: KindPercent, text: text, value: value, unit: unit}
}

// q adds qualifiers.
func (w want) q(quals ...string) want { w.quals = append(slices.Clone(w.quals), quals...); return w }

// a marks the fact approximate.
func (w want) a() want { w.approx = true; return w }

// rng makes the fact a range from min to max, with no value.
func (w want) rng(min, max string) want { w.value, w.min, w.max = "", min, max; return w }

func (w want) String() string {
	return fmt.Sprintf("%s %q value=%s cur=%s unit=%s min=%s max=%s approx=%v quals=%q",
		w.kind, w.text, w.value, w.currency, w.unit, w.min, w.max, w.approx, w.quals)
}

// got turns a fact into a want for comparison.
func got(f Fact) want {
	s := func(d *Decimal) string {
		if d == nil {
			return ""
		}
		return d.String()
	}
	return want{
		kind: f.Kind, text: f.Text, value: s(f.Value), currency: f.Currency, unit: f.Unit,
		min: s(f.Min), max: s(f.Max), approx: f.Approx, quals: f.Qualifiers,
	}
}

func (w want) equal(v want) bool {
	return w.kind == v.kind && w.text == v.text && w.value == v.value && w.currency == v.currency &&
		w.unit == v.unit && w.min == v.min && w.max == v.max && w.approx == v.approx &&
		slices.Equal(w.quals, v.quals)
}

const (
	jo    = "1000000000000" // 1조
	eok   = "100000000"     // 1억
	krw   = "KRW"
	none_ = ""
)

// factTests are the inputs of Facts and the facts they must give, in
// order; an empty want means no fact at all. The fuzz target is seeded
// with them.
var factTests = []struct {
	in   string
	want []want
}{
	// Money: digits, commas, decimals and units, spaced or not.
	{"1조 8천억 원", []want{money("1조 8천억 원", "1800000000000", krw)}},
	{"1조 4,600억 원이 쓰입니다", []want{money("1조 4,600억 원", "1460000000000", krw)}},
	{"1,723억 원을 들여", []want{money("1,723억 원", "172300000000", krw)}},
	{"1,936억 원이 소요됩니다.", []want{money("1,936억 원", "193600000000", krw)}},
	{"1.8조 원", []want{money("1.8조 원", "1800000000000", krw)}},
	{"18조원", []want{money("18조원", "18000000000000", krw)}},
	{"3억5천만원", []want{money("3억5천만원", "350000000", krw)}},
	{"1억2,345만6,789원", []want{money("1억2,345만6,789원", "123456789", krw)}},
	{"1억 2345만 6789원", []want{money("1억 2345만 6789원", "123456789", krw)}},
	{"12조 3456억 원", []want{money("12조 3456억 원", "12345600000000", krw)}},
	{"예산은 5조 5천억 원이다.", []want{money("5조 5천억 원", "5500000000000", krw)}},
	{"추가로 6천만 원을 요구", []want{money("6천만 원", "60000000", krw)}},
	{"2년여간 10억 원을 챙긴", []want{money("10억 원", "1000000000", krw)}},
	{"우유가 5,900원에 판매", []want{money("5,900원", "5900", krw)}},
	{"780원에 파는 햄버거", []want{money("780원", "780", krw)}},
	{"1,500원짜리 도시락", []want{money("1,500원", "1500", krw)}},
	{"2.5억 원", []want{money("2.5억 원", "250000000", krw)}},
	{"1,000만 원", []want{money("1,000만 원", "10000000", krw)}},
	{"100만원", []want{money("100만원", "1000000", krw)}},
	{"2천5백만 원", []want{money("2천5백만 원", "25000000", krw)}},
	{"5천 만원", []want{money("5천 만원", "50000000", krw)}},
	{"1경 원", []want{money("1경 원", "10000000000000000", krw)}},
	{"922경 원", []want{money("922경 원", "9220000000000000000", krw)}},
	{"0원", []want{money("0원", "0", krw)}},
	{"1,000,000원", []want{money("1,000,000원", "1000000", krw)}},
	// Particles and suffixes stuck to the amount.
	{"1조 원을", []want{money("1조 원", jo, krw)}},
	{"1조 원씩", []want{money("1조 원", jo, krw)}},
	{"1조 원어치", []want{money("1조 원", jo, krw)}},
	{"1조 원이", []want{money("1조 원", jo, krw)}},
	{"1조 원의", []want{money("1조 원", jo, krw)}},
	{"1조 원으로", []want{money("1조 원", jo, krw)}},
	{"1조 원과 2조 원", []want{money("1조 원", jo, krw), money("2조 원", "2000000000000", krw)}},
	{"1조 원까지", []want{money("1조 원", jo, krw)}},
	{"1조 원부터", []want{money("1조 원", jo, krw)}},
	{"1조 원인 셈", []want{money("1조 원", jo, krw)}},
	{"1조 원에서 그쳤다", []want{money("1조 원", jo, krw)}},
	{"1조 원엔 못 미친다", []want{money("1조 원", jo, krw)}},
	{"1조 원도", []want{money("1조 원", jo, krw)}},
	{"1조 원만", []want{money("1조 원", jo, krw)}},
	{"1조 원밖에", []want{money("1조 원", jo, krw)}},
	{"1조 원보다", []want{money("1조 원", jo, krw)}},
	{"1조 원이라고", []want{money("1조 원", jo, krw)}},
	{"1조 원화", []want{money("1조 원화", jo, krw)}},
	{"(1조 원)", []want{money("1조 원", jo, krw)}},
	{"“1조 원”", []want{money("1조 원", jo, krw)}},
	{"1조원.", []want{money("1조원", jo, krw)}},
	// Hangul numerals and bare units.
	{"삼천억 원", []want{money("삼천억 원", "300000000000", krw)}},
	{"오십억 원", []want{money("오십억 원", "5000000000", krw)}},
	{"천억 원", []want{money("천억 원", "100000000000", krw)}},
	{"만 원", []want{money("만 원", "10000", krw)}},
	{"백만 원", []want{money("백만 원", "1000000", krw)}},
	{"십만 원", []want{money("십만 원", "100000", krw)}},
	{"일억 원", []want{money("일억 원", "100000000", krw)}},
	{"오천 원", []want{money("오천 원", "5000", krw)}},
	{"이천오백만 원", []want{money("이천오백만 원", "25000000", krw)}},
	{"일조 오천억 원", []want{money("일조 오천억 원", "1500000000000", krw)}},
	{"입장료는 만원씩", []want{money("만원", "10000", krw)}},
	{"만원짜리 지폐", []want{money("만원", "10000", krw)}},
	// Currencies after the amount.
	{"2.75 달러", []want{money("2.75 달러", "2.75", "USD")}},
	{"50센트", []want{money("50센트", "0.5", "USD")}},
	{"100달러", []want{money("100달러", "100", "USD")}},
	{"10억 달러를", []want{money("10억 달러", "1000000000", "USD")}},
	{"10억달러", []want{money("10억달러", "1000000000", "USD")}},
	{"100불", []want{money("100불", "100", "USD")}},
	{"1조 달러화", []want{money("1조 달러화", jo, "USD")}},
	{"100미국 달러", []want{money("100미국 달러", "100", "USD")}},
	{"100 미 달러", []want{money("100 미 달러", "100", "USD")}},
	{"5억 캐나다 달러", []want{money("5억 캐나다 달러", "500000000", "CAD")}},
	{"100홍콩달러", []want{money("100홍콩달러", "100", "HKD")}},
	{"100 호주달러", []want{money("100 호주달러", "100", "AUD")}},
	{"100 싱가포르 달러", []want{money("100 싱가포르 달러", "100", "SGD")}},
	{"100대만달러", []want{money("100대만달러", "100", "TWD")}},
	{"100 뉴질랜드 달러", []want{money("100 뉴질랜드 달러", "100", "NZD")}},
	{"1,000엔", []want{money("1,000엔", "1000", "JPY")}},
	{"100만 엔", []want{money("100만 엔", "1000000", "JPY")}},
	{"10억 엔화", []want{money("10억 엔화", "1000000000", "JPY")}},
	{"20유로", []want{money("20유로", "20", "EUR")}},
	{"20 유로화", []want{money("20 유로화", "20", "EUR")}},
	{"100위안", []want{money("100위안", "100", "CNY")}},
	{"100 위안화", []want{money("100 위안화", "100", "CNY")}},
	{"50파운드", []want{money("50파운드", "50", "GBP")}},
	{"50 이집트 파운드", []want{money("50 이집트 파운드", "50", "EGP")}},
	{"1,000루블", []want{money("1,000루블", "1000", "RUB")}},
	{"1만 루피", []want{money("1만 루피", "10000", "INR")}},
	{"100만 루피아", []want{money("100만 루피아", "1000000", "IDR")}},
	{"100바트", []want{money("100바트", "100", "THB")}},
	{"100링깃", []want{money("100링깃", "100", "MYR")}},
	{"100 스위스 프랑", []want{money("100 스위스 프랑", "100", "CHF")}},
	{"100리라", []want{money("100리라", "100", "TRY")}},
	{"100헤알", []want{money("100헤알", "100", "BRL")}},
	{"100디르함", []want{money("100디르함", "100", "AED")}},
	{"100리얄", []want{money("100리얄", "100", "SAR")}},
	{"100만 베트남 동", []want{money("100만 베트남 동", "1000000", "VND")}},
	{"100 스웨덴 크로나", []want{money("100 스웨덴 크로나", "100", "SEK")}},
	{"100 노르웨이 크로네", []want{money("100 노르웨이 크로네", "100", "NOK")}},
	{"100 덴마크 크로네", []want{money("100 덴마크 크로네", "100", "DKK")}},
	{"100 남아공 랜드", []want{money("100 남아공 랜드", "100", "ZAR")}},
	{"100 필리핀 페소", []want{money("100 필리핀 페소", "100", "PHP")}},
	{"멕시코 납치범들이 6만 페소를 요구했다.", []want{money("6만 페소", "60000", "MXN")}},
	{"멕시코 경찰이 왔다. 납치범은 6만 페소를 요구했다.", []want{money("6만 페소", "60000", "MXN")}},
	{"100 북한 원", []want{money("100 북한 원", "100", "KPW")}},
	// Signs and codes.
	{"$100", []want{money("$100", "100", "USD")}},
	{"$455 million", []want{money("$455 million", "455000000", "USD")}},
	{"investments of 600 billion won (US$455 million)", []want{
		money("600 billion won", "600000000000", krw), money("US$455 million", "455000000", "USD")}},
	{"US$ 1.5 billion", []want{money("US$ 1.5 billion", "1500000000", "USD")}},
	{"7.7 trillion won", []want{money("7.7 trillion won", "7700000000000", krw)}},
	{"5,000 won", []want{money("5,000 won", "5000", krw)}},
	{"2 billion dollars", []want{money("2 billion dollars", "2000000000", "USD")}},
	{"₩5,000", []want{money("₩5,000", "5000", krw)}},
	{"€20", []want{money("€20", "20", "EUR")}},
	{"£10", []want{money("£10", "10", "GBP")}},
	{"¥1,000", []want{money("¥1,000", "1000", "JPY")}},
	{"KRW 5,000", []want{money("KRW 5,000", "5000", krw)}},
	{"USD 100", []want{money("USD 100", "100", "USD")}},
	{"HK$100", []want{money("HK$100", "100", "HKD")}},
	{"C$50", []want{money("C$50", "50", "CAD")}},
	{"A$50", []want{money("A$50", "50", "AUD")}},
	{"S$50", []want{money("S$50", "50", "SGD")}},
	{"NT$50", []want{money("NT$50", "50", "TWD")}},
	{"5,000 KRW", []want{money("5,000 KRW", "5000", krw)}},
	{"100 USD", []want{money("100 USD", "100", "USD")}},
	{"$1.5억", []want{money("$1.5억", "150000000", "USD")}},
	// Duckling's Korean money corpus (Duckling/AmountOfMoney/KO/Corpus.hs).
	{"십달러", []want{money("십달러", "10", "USD")}},
	{"십불", []want{money("십불", "10", "USD")}},
	{"십센트", []want{money("십센트", "0.1", "USD")}},
	{"만달러", []want{money("만달러", "10000", "USD")}},
	{"만불", []want{money("만불", "10000", "USD")}},
	{"일점이삼달러", []want{money("일점이삼달러", "1.23", "USD")}},
	{"일쩜이삼달러", []want{money("일쩜이삼달러", "1.23", "USD")}},
	{"일점이삼불", []want{money("일점이삼불", "1.23", "USD")}},
	{"일쩜이삼불", []want{money("일쩜이삼불", "1.23", "USD")}},
	{"이달러이십삼센트", []want{money("이달러이십삼센트", "2.23", "USD")}},
	{"이불이십삼센트", []want{money("이불이십삼센트", "2.23", "USD")}},
	{"이십유로", []want{money("이십유로", "20", "EUR")}},
	{"EUR 20", []want{money("EUR 20", "20", "EUR")}},
	{"이십구점구구유로", []want{money("이십구점구구유로", "29.99", "EUR")}},
	{"EUR29.99", []want{money("EUR29.99", "29.99", "EUR")}},
	{"구파운드", []want{money("구파운드", "9", "GBP")}},
	{"이천칠백삼십오만원", []want{money("이천칠백삼십오만원", "27350000", krw)}},
	{"27,350,000원", []want{money("27,350,000원", "27350000", krw)}},
	{"27350000원", []want{money("27350000원", "27350000", krw)}},
	{"이만칠천원", []want{money("이만칠천원", "27000", krw)}},
	{"27,000원", []want{money("27,000원", "27000", krw)}},
	{"백원", []want{money("백원", "100", krw)}},
	{"십원", []want{money("십원", "10", krw)}},
	{"10₩", []want{money("10₩", "10", krw)}},
	{"10$", []want{money("10$", "10", "USD")}},
	// Recognizers-Text's Korean currency cases (Specs/NumberWithUnit/Korean).
	{"7천 5백만 달러 일반 채권", []want{money("7천 5백만 달러", "75000000", "USD")}},
	{"9만 4천 달러를 지급했다", []want{money("9만 4천 달러", "94000", "USD")}},
	{"4천 820만 달러 상당의 군사 계약", []want{money("4천 820만 달러", "48200000", "USD").q("상당").a()}},
	{"1천 640만 캐나다 달러이다", []want{money("1천 640만 캐나다 달러", "16400000", "CAD")}},
	{"약 천 4백만 달러어치를 팔았다", []want{money("천 4백만 달러", "14000000", "USD").q("약").a()}},
	{"1만 2천 345 달러부터", []want{money("1만 2천 345 달러", "12345", "USD")}},
	{"2억 4천 7백만 달러 이상의", []want{money("2억 4천 7백만 달러", "247000000", "USD").q("이상")}},
	{"8백 10만 파운드로", []want{money("8백 10만 파운드", "8100000", "GBP")}},
	{"2억 4천 4백만 달러를", []want{money("2억 4천 4백만 달러", "244000000", "USD")}},
	{"1천 1백 70만 달러에", []want{money("1천 1백 70만 달러", "11700000", "USD")}},
	{"1백억 5천만 홍콩 달러를", []want{money("1백억 5천만 홍콩 달러", "10050000000", "HKD")}},
	{"7천5백30만 달러였다", []want{money("7천5백30만 달러", "75300000", "USD")}},
	{"23억8천만 달러 상당의", []want{money("23억8천만 달러", "2380000000", "USD").q("상당").a()}},
	{"5억 2천 8백만 프랑의", []want{money("5억 2천 8백만 프랑", "528000000", "CHF")}},
	{"1억 5천만 미국 달러의", []want{money("1억 5천만 미국 달러", "150000000", "USD")}},
	{"50만 9375달러로", []want{money("50만 9375달러", "509375", "USD")}},
	{"30만9천381엔이였다", []want{money("30만9천381엔", "309381", "JPY")}},
	{"4억 1천 590만 달러이다", []want{money("4억 1천 590만 달러", "415900000", "USD")}},
	{"12만 5천 달러에", []want{money("12만 5천 달러", "125000", "USD")}},
	{"5 억 달러짜리 남자", []want{money("5 억 달러", "500000000", "USD")}},
	{"1.22 달러 잔돈", []want{money("1.22 달러", "1.22", "USD")}},
	{"약 2.50 달러 하락", []want{money("2.50 달러", "2.5", "USD").q("약").a()}},
	{"1달러 20센트 상승", []want{money("1달러 20센트", "1.2", "USD")}},
	{"64달러 45센트입니다", []want{money("64달러 45센트", "64.45", "USD")}},
	{"3 달러 50 센트이다", []want{money("3 달러 50 센트", "3.5", "USD")}},
	{"34 센트 하락", []want{money("34 센트", "0.34", "USD")}},
	{"64.2 센트이다", []want{money("64.2 센트", "0.642", "USD")}},
	{"10만 센트는", []want{money("10만 센트", "1000", "USD")}},
	{"470 펜스의", []want{money("470 펜스", "4.7", "GBP")}},
	{"1 페니를", []want{money("1 페니", "0.01", "GBP")}},
	{"3파운드 50펜스", []want{money("3파운드 50펜스", "3.5", "GBP")}},
	{"3유로 50센트", []want{money("3유로 50센트", "3.5", "EUR")}},
	{"66억 5천만 페세타 상당의", []want{money("66억 5천만 페세타", "6650000000", "ESP").q("상당").a()}},
	{"2억 5천만 네덜란드 휠던", []want{money("2억 5천만 네덜란드 휠던", "250000000", "NLG")}},
	{"4억 2천만 핀란드 마르카에", []want{money("4억 2천만 핀란드 마르카", "420000000", "FIM")}},
	{"주당 1천 15 프랑", []want{money("1천 15 프랑", "1015", "CHF")}},
	{"100 중국 위안이 든다", []want{money("100 중국 위안", "100", "CNY")}},
	{"100 콜론입니다", []want{money("100 콜론", "100", "CRC")}},
	{"100 라리를", []want{money("100 라리", "100", "GEL")}},
	{"10만 킵을", []want{money("10만 킵", "100000", "LAK")}},
	{"19 퍼센트 감소한", []want{pct("19 퍼센트", "19", "%")}},
	{"27 % 하락", []want{pct("27 %", "27", "%")}},
	// Traps of the forms above.
	{"열차 내 혼잡을 이유로 막았다", nil},
	{"개인 사유로 불참", nil},
	{"오펜스 라인", nil},
	{"이불을 덮고", nil},
	{"이점이 있다", nil},
	{"이 달러 강세", nil},
	{"일원으로서", nil},
	// Qualifiers written before the amount.
	{"약 1조 원", []want{money("1조 원", jo, krw).q("약").a()}},
	{"(약 430만원)", []want{money("430만원", "4300000", krw).q("약").a()}},
	{"약1조 원", []want{money("1조 원", jo, krw).q("약").a()}},
	{"총 5천만 원의 공탁금", []want{money("5천만 원", "50000000", krw).q("총")}},
	{"최대 연 20억 원을 지원", []want{money("20억 원", "2000000000", krw).q("최대", "연")}},
	{"최소 1억 원", []want{money("1억 원", eok, krw).q("최소")}},
	{"최고 1억 원", []want{money("1억 원", eok, krw).q("최고")}},
	{"최저 1억 원", []want{money("1억 원", eok, krw).q("최저")}},
	{"연간 1억 원", []want{money("1억 원", eok, krw).q("연간")}},
	{"월 100만 원", []want{money("100만 원", "1000000", krw).q("월")}},
	{"1인당 25만 원", []want{money("25만 원", "250000", krw).q("1인당")}},
	{"가구당 100만 원", []want{money("100만 원", "1000000", krw).q("가구당")}},
	{"대략 1조 원", []want{money("1조 원", jo, krw).q("대략").a()}},
	{"근 1조 원", []want{money("1조 원", jo, krw).q("근").a()}},
	{"거의 1조 원", []want{money("1조 원", jo, krw).q("거의").a()}},
	{"한 1조 원", []want{money("1조 원", jo, krw).q("한").a()}},
	{"평균 1억 원", []want{money("1억 원", eok, krw).q("평균")}},
	{"연평균 1억 원", []want{money("1억 원", eok, krw).q("연평균")}},
	{"하루 1억 원", []want{money("1억 원", eok, krw).q("하루")}},
	{"무려 1억 원", []want{money("1억 원", eok, krw).q("무려")}},
	{"매년 1억 원", []want{money("1억 원", eok, krw).q("매년")}},
	{"요약 1억 원", []want{money("1억 원", eok, krw)}},
	{"공연 20억 원", []want{money("20억 원", "2000000000", krw)}},
	// Qualifiers written after the amount.
	{"1조 원 이상", []want{money("1조 원", jo, krw).q("이상")}},
	{"1조 원 이하", []want{money("1조 원", jo, krw).q("이하")}},
	{"1조 원 미만", []want{money("1조 원", jo, krw).q("미만")}},
	{"1조 원 초과", []want{money("1조 원", jo, krw).q("초과")}},
	{"1조 원 이내", []want{money("1조 원", jo, krw).q("이내")}},
	{"1조 8천억 원 규모의 추경", []want{money("1조 8천억 원", "1800000000000", krw).q("규모").a()}},
	{"1,700원 가량에", []want{money("1,700원", "1700", krw).q("가량").a()}},
	{"4,000원가량 차이", []want{money("4,000원", "4000", krw).q("가량").a()}},
	{"1조 원 안팎", []want{money("1조 원", jo, krw).q("안팎").a()}},
	{"1조 원 남짓", []want{money("1조 원", jo, krw).q("남짓").a()}},
	{"1조 원 정도", []want{money("1조 원", jo, krw).q("정도").a()}},
	{"1조 원 내외", []want{money("1조 원", jo, krw).q("내외").a()}},
	{"1조원대로", []want{money("1조원", jo, krw).q("대").a()}},
	{"3천만원대", []want{money("3천만원", "30000000", krw).q("대").a()}},
	{"1억 원 상당의 금품", []want{money("1억 원", eok, krw).q("상당").a()}},
	{"1조 원 가까이", []want{money("1조 원", jo, krw).q("가까이").a()}},
	{"1조 원쯤", []want{money("1조 원", jo, krw).q("쯤").a()}},
	{"1천억 원선", []want{money("1천억 원", "100000000000", krw).q("선").a()}},
	{"1,300원 선에서", []want{money("1,300원", "1300", krw).q("선").a()}},
	{"1조 원 수준", []want{money("1조 원", jo, krw).q("수준").a()}},
	{"10억여 원", []want{money("10억여 원", "1000000000", krw).a()}},
	{"10여억 원", []want{money("10여억 원", "1000000000", krw).a()}},
	{"약 1조 원 이상", []want{money("1조 원", jo, krw).q("약", "이상").a()}},
	{"1조 원 이상 규모", []want{money("1조 원", jo, krw).q("이상", "규모").a()}},
	{"10억 원 선거 비용", []want{money("10억 원", "1000000000", krw)}},
	{"1조 원 대 2조 원", []want{money("1조 원", jo, krw), money("2조 원", "2000000000000", krw)}},
	// Ranges: one fact with min and max and no value.
	{"2천억~3천억 원", []want{money("2천억~3천억 원", "", krw).rng("200000000000", "300000000000")}},
	{"1조~1조5천억 원", []want{money("1조~1조5천억 원", "", krw).rng(jo, "1500000000000")}},
	{"2천억 원에서 3천억 원 사이", []want{money("2천억 원에서 3천억 원 사이", "", krw).rng("200000000000", "300000000000")}},
	{"2~3천억 원", []want{money("2~3천억 원", "", krw).rng("200000000000", "300000000000")}},
	{"1~1.5조 원", []want{money("1~1.5조 원", "", krw).rng(jo, "1500000000000")}},
	{"2천억 원~3천억 원", []want{money("2천억 원~3천억 원", "", krw).rng("200000000000", "300000000000")}},
	{"2천억 ~ 3천억 원", []want{money("2천억 ~ 3천억 원", "", krw).rng("200000000000", "300000000000")}},
	{"2천억∼3천억 원", []want{money("2천억∼3천억 원", "", krw).rng("200000000000", "300000000000")}},
	{"10~20달러", []want{money("10~20달러", "", "USD").rng("10", "20")}},
	{"약 2천억~3천억 원 규모", []want{money("2천억~3천억 원", "", krw).rng("200000000000", "300000000000").q("약", "규모").a()}},
	{"1~1조5천억 원", nil},
	{"3천억~2천억 원", nil},
	{"2천억 원~3천억 달러", []want{money("2천억 원", "200000000000", krw), money("3천억 달러", "300000000000", "USD")}},
	{"2천억 원에서 3천억 원으로 늘었다", []want{money("2천억 원", "200000000000", krw), money("3천억 원", "300000000000", krw)}},
	// Vague amounts: no value, approximate.
	{"수천억 원", []want{money("수천억 원", "", krw).a()}},
	{"수조 원", []want{money("수조 원", "", krw).a()}},
	{"수십억 원대", []want{money("수십억 원", "", krw).q("대").a()}},
	{"수백만 달러", []want{money("수백만 달러", "", "USD").a()}},
	{"몇백만 원", []want{money("몇백만 원", "", krw).a()}},
	{"수억 원", []want{money("수억 원", "", krw).a()}},
	// A list sharing the currency of its last amount.
	{"2천억, 3천억, 5천억 원", []want{money("2천억", "200000000000", krw), money("3천억", "300000000000", krw), money("5천억 원", "500000000000", krw)}},
	{"2천억과 3천억 원", []want{money("2천억", "200000000000", krw), money("3천억 원", "300000000000", krw)}},
	{"1조·2조 달러", []want{money("1조", jo, "USD"), money("2조 달러", "2000000000000", "USD")}},
	{"약 2천억, 3천억 원 이상", []want{money("2천억", "200000000000", krw).q("약").a(), money("3천억 원", "300000000000", krw).q("이상")}},
	// Bare 조 and 억 with no currency: money only where the sentence says so.
	{"3월달만 봐도 6조 정도의 무역수지 적자가 났잖아요.", []want{money("6조", "6000000000000", krw).q("정도").a()}},
	{"그리고 국가부채가 2,326조인가, 그 정도로 간다.", []want{money("2,326조", "2326000000000000", krw)}},
	{"올해 예산은 600조를 넘었다.", []want{money("600조", "600000000000000", krw)}},
	{"매출 1,000억을 기록했다.", []want{money("1,000억", "100000000000", krw)}},
	{"10억을 투자했다.", []want{money("10억", "1000000000", krw)}},
	{"그 팀은 6조였다.", nil},
	{"인구 1억 명", []want{count("1억 명", eok, "명")}},
	{"투자 대상은 1억 년 전 화석", nil},
	{"예산 문제로 당헌 25조를 고쳤다.", nil},
	{"예산은 헌법 제1조와 관계없다.", nil},
	{"예산 집행은 제3조에 따른다.", nil},
	{"예산 집행은 제 3조에 따른다.", nil},
	{"예산은 근로기준법 23조와 무관하다.", nil},
	{"예산 25조 1항", nil},
	{"비용을 줄이려 3조 2교대로 바꿨다.", nil},
	{"1조와 2조로 나눠 예산을 집행했다.", nil},
	{"미국 부채가 31조에 달해 달러 가치가 흔들린다.", nil},
	{"매출 3만을 넘었다.", nil},
	{"비용이 크다. 조원진 대표", nil},
	{"미국의 부채는 31조 달러다.", []want{money("31조 달러", "31000000000000", "USD")}},
	// Counts.
	{"첨단 GPU 1만 장을 연내 확보", []want{count("1만 장", "10000", "장")}},
	{"GPU 2,600장분을 추가 임차", []want{count("2,600장분", "2600", "장")}},
	{"최대 3만 5천호까지", []want{count("3만 5천호", "35000", "호").q("최대")}},
	{"총 3만 5천호 매입", []want{count("3만 5천호", "35000", "호").q("총")}},
	{"35명이라고", []want{count("35명", "35", "명")}},
	{"15만 명이", []want{count("15만 명", "150000", "명")}},
	{"시민 5천여 명의 환영", []want{count("5천여 명", "5000", "명").a()}},
	{"1870여명의 아기들", []want{count("1870여명", "1870", "명").a()}},
	{"수십명의 실종자", []want{count("수십명", "", "명").a()}},
	{"수십 석을 요구", []want{count("수십 석", "", "석").a()}},
	{"171개 회원국에", []want{count("171개", "171", "개")}},
	{"아시아 7개국 순회", []want{count("7개국", "7", "개국")}},
	{"47곳에도", []want{count("47곳", "47", "곳")}},
	{"3마리는", []want{count("3마리", "3", "마리")}},
	{"100가구", []want{count("100가구", "100", "가구")}},
	{"10채", []want{count("10채", "10", "채")}},
	{"5톤", []want{count("5톤", "5", "톤")}},
	{"1.5톤", []want{count("1.5톤", "1.5", "톤")}},
	{"하루 1만 배럴", []want{count("1만 배럴", "10000", "배럴").q("하루")}},
	{"3척", []want{count("3척", "3", "척")}},
	{"3량으로 편성된 열차", []want{count("3량", "3", "량")}},
	{"2대의 차량 중 1대”라는", []want{count("2대", "2", "대"), count("1대", "1", "대")}},
	{"차량 2대로 이동", []want{count("2대", "2", "대")}},
	{"2대 이상", []want{count("2대", "2", "대").q("이상")}},
	{"2개 초과해서", []want{count("2개", "2", "개").q("초과")}},
	{"약 400명이 승차", []want{count("400명", "400", "명").q("약").a()}},
	{"100명 이상", []want{count("100명", "100", "명").q("이상")}},
	{"100명가량", []want{count("100명", "100", "명").q("가량").a()}},
	{"1만 명 안팎", []want{count("1만 명", "10000", "명").q("안팎").a()}},
	{"3건", []want{count("3건", "3", "건")}},
	{"2차례", []want{count("2차례", "2", "차례")}},
	{"3가지", []want{count("3가지", "3", "가지")}},
	{"2~3명", []want{count("2~3명", "", "명").rng("2", "3")}},
	{"1만~2만 명", []want{count("1만~2만 명", "", "명").rng("10000", "20000")}},
	{"100필지", []want{count("100필지", "100", "필지")}},
	{"10그루", []want{count("10그루", "10", "그루")}},
	{"3개사", []want{count("3개사", "3", "개사")}},
	{"만 명", []want{count("만 명", "10000", "명")}},
	// Percentages.
	{"추경안의 81.1%인", []want{pct("81.1%", "81.1", "%")}},
	{"80% 이상을", []want{pct("80%", "80", "%").q("이상")}},
	{"80%이상을", []want{pct("80%", "80", "%").q("이상")}},
	{"3.5%p", []want{pct("3.5%p", "3.5", "%p")}},
	{"3.5%P 올랐다", []want{pct("3.5%P", "3.5", "%p")}},
	{"3.5%포인트", []want{pct("3.5%포인트", "3.5", "%p")}},
	{"3.5퍼센트포인트", []want{pct("3.5퍼센트포인트", "3.5", "%p")}},
	{"50퍼센트", []want{pct("50퍼센트", "50", "%")}},
	{"50 퍼센트가", []want{pct("50 퍼센트", "50", "%")}},
	{"30％", []want{pct("30％", "30", "%")}},
	{"평균 4.5%씩의 임금 인상", []want{pct("4.5%", "4.5", "%").q("평균")}},
	{"총 13.5%의", []want{pct("13.5%", "13.5", "%").q("총")}},
	{"10%대", []want{pct("10%", "10", "%").q("대").a()}},
	{"한 10% 가까이", []want{pct("10%", "10", "%").q("한", "가까이").a()}},
	{"20~30%", []want{pct("20~30%", "", "%").rng("20", "30")}},
	{"20%~30%", []want{pct("20%~30%", "", "%").rng("20", "30")}},
	{"전년 대비 96~7% 감소", []want{pct("96~7%", "", "%").rng("96", "97")}},
	{"20%에서 30% 사이", []want{pct("20%에서 30% 사이", "", "%").rng("20", "30")}},
	{"2.6%에서 1.6%로", []want{pct("2.6%", "2.6", "%"), pct("1.6%", "1.6", "%")}},
	{"0.25%", []want{pct("0.25%", "0.25", "%")}},
	{"100%", []want{pct("100%", "100", "%")}},
	// Not facts, however tempting.
	{"오늘(18일) 국무회의", nil},
	{"지난 2월", nil},
	{"최대 3년간", nil},
	{"2023년 4월 20일", nil},
	{"AI G3 도약", nil},
	{"LLM(거대언어모델)", nil},
	{"KBS2 일일드라마", nil},
	{"▷ 전화 : 02-781-1234, 4444", nil},
	{"조사를 벌였다", nil},
	{"조선 시대", nil},
	{"억울하다", nil},
	{"만약 그렇다면", nil},
	{"천안에서", nil},
	{"백신 접종", nil},
	{"백만장자", nil},
	{"만원 버스", nil},
	{"객석이 연일 만원이다", nil},
	{"3원칙", nil},
	{"3불 정책", nil},
	{"2023 프랑스 오픈", nil},
	{"사회의 일원으로서", nil},
	{"이원화", nil},
	{"50대 남성", nil},
	{"30대가", nil},
	{"당시 10대였던", nil},
	{"10대 슈퍼푸드", nil},
	{"5대 은행", nil},
	{"지금 50 대 36 이렇게", nil},
	{"징역 4년 6개월", nil},
	{"가로등 1개당", nil},
	{"1호선", nil},
	{"제1호 태풍", nil},
	{"2호기", nil},
	{"3장관", nil},
	{"채권 1조 발행", nil},
	{"100g당 열량이 16kcal", nil},
	{"2.6kg", nil},
	{"5G 통신", nil},
	{"1+1 행사", nil},
	{"FM 103.5 MHz 7:00 ~ 9:00", nil},
	{"11:38분 열차", nil},
	{"1399번으로", nil},
	{"25살의 나이", nil},
	{"2주", nil},
	{"1,320.5원", nil},
	{"923경 원", nil},
	{"1,2345원", nil},
	{"2023.04.07 원", nil},
	{"10 won", nil},
	{"He won 3 games", nil},
	{"the 100 wonders", nil},
	{"CUSD 100", nil},
	{"$", nil},
	{"5US$", nil},
	{"3명단", nil},
	{"4인 가족", nil},
	{"1만 주", nil},
	{"10동", nil},
	{"100크로나", nil},
	{"수도권", nil},
	{"수조에 물고기", nil},
	{"1,000원원", nil},
}

func TestFacts(t *testing.T) {
	for _, tt := range factTests {
		t.Run(tt.in, func(t *testing.T) {
			facts := Facts(tt.in)
			var gots []want
			for _, f := range facts {
				gots = append(gots, got(f))
			}
			ok := len(gots) == len(tt.want)
			for i := 0; ok && i < len(gots); i++ {
				ok = gots[i].equal(tt.want[i])
			}
			if !ok {
				t.Errorf("Facts(%q) =\n%s\nwant\n%s", tt.in, list(gots), list(tt.want))
			}
			checkFacts(t, tt.in, facts)
		})
	}
}

func list(ws []want) string {
	if len(ws) == 0 {
		return "\t(none)"
	}
	var b strings.Builder
	for _, w := range ws {
		b.WriteString("\t" + w.String() + "\n")
	}
	return b.String()
}

// checkFacts checks what every fact of text must satisfy: its span is the
// text at its offsets, in order, with non-nil qualifiers, in its sentence,
// and a value, or a range, or a vague approximation.
func checkFacts(t *testing.T, text string, facts []Fact) {
	t.Helper()
	runes := []rune(text)
	last := 0
	for _, f := range facts {
		if f.Start < last || f.End < f.Start || f.End > len(runes) {
			t.Errorf("fact %q at [%d,%d) out of order or out of the text", f.Text, f.Start, f.End)
			continue
		}
		last = f.End
		if s := string(runes[f.Start:f.End]); s != f.Text {
			t.Errorf("fact %q at [%d,%d) holds %q", f.Text, f.Start, f.End, s)
		}
		if f.Qualifiers == nil {
			t.Errorf("fact %q: nil Qualifiers", f.Text)
		}
		if !strings.Contains(f.Sentence, f.Text) {
			t.Errorf("fact %q not in its sentence %q", f.Text, f.Sentence)
		}
		switch {
		case f.Value != nil && (f.Min != nil || f.Max != nil):
			t.Errorf("fact %q has both a value and a range", f.Text)
		case (f.Min == nil) != (f.Max == nil):
			t.Errorf("fact %q has half a range", f.Text)
		case f.Min != nil && f.Min.Cmp(*f.Max) >= 0:
			t.Errorf("fact %q: min %v not below max %v", f.Text, f.Min, f.Max)
		case f.Value == nil && f.Min == nil && !f.Approx:
			t.Errorf("fact %q has no value and is not approximate", f.Text)
		}
		if (f.Kind == KindMoney) != (f.Currency != "") {
			t.Errorf("fact %q of kind %s has currency %q", f.Text, f.Kind, f.Currency)
		}
		if f.Currency == "KRW" && f.Value != nil && !f.Value.isInt() {
			t.Errorf("fact %q: fractional won %v", f.Text, f.Value)
		}
	}
}

func TestFactsSentence(t *testing.T) {
	text := "첫 문장입니다. 예산은 1조 원입니다.\n둘째 줄에 30%가 있습니다."
	facts := Facts(text)
	wantSent := []string{"예산은 1조 원입니다.", "둘째 줄에 30%가 있습니다."}
	if len(facts) != len(wantSent) {
		t.Fatalf("Facts(%q) gave %d facts, want %d", text, len(facts), len(wantSent))
	}
	for i, f := range facts {
		if f.Sentence != wantSent[i] {
			t.Errorf("fact %q sentence = %q, want %q", f.Text, f.Sentence, wantSent[i])
		}
	}
}

func TestFactsOffsets(t *testing.T) {
	text := "가나 1조 원, 𝄞 $5"
	facts := Facts(text)
	if len(facts) != 2 {
		t.Fatalf("Facts(%q) = %d facts, want 2", text, len(facts))
	}
	if f := facts[0]; f.Start != 3 || f.End != 7 {
		t.Errorf("fact %q at [%d,%d), want [3,7)", f.Text, f.Start, f.End)
	}
	if f := facts[1]; f.Start != 11 || f.End != 13 {
		t.Errorf("fact %q at [%d,%d), want [11,13)", f.Text, f.Start, f.End)
	}
}

func TestFactJSON(t *testing.T) {
	facts := Facts("최대 연 20억 원, 2천억~3천억 원")
	var lines []string
	for _, f := range facts {
		f.Sentence = ""
		b, err := json.Marshal(f)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, string(b))
	}
	wantLines := []string{
		`{"kind":"money","text":"20억 원","value":2000000000,"currency":"KRW","unit":"","min":null,"max":null,"approx":false,"qualifiers":["최대","연"],"start":5,"end":10,"sentence":""}`,
		`{"kind":"money","text":"2천억~3천억 원","value":null,"currency":"KRW","unit":"","min":200000000000,"max":300000000000,"approx":false,"qualifiers":[],"start":12,"end":21,"sentence":""}`,
	}
	if !slices.Equal(lines, wantLines) {
		t.Errorf("JSON =\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(wantLines, "\n"))
	}
}

// TestFactTableSize keeps the table at the size the issue asks for.
func TestFactTableSize(t *testing.T) {
	if n := len(factTests); n < 200 {
		t.Errorf("factTests has %d cases, want at least 200", n)
	}
}
