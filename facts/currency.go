package facts

import "strings"

// currencyWords maps a currency word written after an amount to its ISO
// 4217 code when no country is named before it. An empty code means the
// word needs a country (동, 크로나, 크로네, 랜드) or, for 페소, a country
// named in the sentence or the text.
var currencyWords = map[string]string{
	"원": "KRW", "달러": "USD", "불": "USD", "센트": "USD", "엔": "JPY",
	"유로": "EUR", "위안": "CNY", "파운드": "GBP", "루블": "RUB",
	"루피": "INR", "루피아": "IDR", "바트": "THB", "링깃": "MYR",
	"프랑": "CHF", "리라": "TRY", "헤알": "BRL", "디르함": "AED",
	"리얄": "SAR", "페소": "", "동": "", "크로나": "", "크로네": "", "랜드": "",
	"펜스": "GBP", "페니": "GBP", // hundredths, as 센트 are
	"텡게": "KZT", "흐리브냐": "UAH", "즐로티": "PLN", "포린트": "HUF", "코루나": "CZK",
	"셰켈": "ILS", "세켈": "ILS", "나이라": "NGN", "타카": "BDT", "짯": "MMK",
	"리엘": "KHR", "투그릭": "MNT", "콜론": "CRC", "라리": "GEL", "킵": "LAK",
	// Currencies the euro replaced, still in older reports and in ISO 4217.
	"길더": "NLG", "휠던": "NLG", "마르크": "DEM", "마르카": "FIM", "페세타": "ESP",
	// Signs after the number: 10₩, 10$.
	"₩": "KRW", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY",
	// Yonhap's English service: "600 billion won".
	"won": "KRW", "dollars": "USD", "yen": "JPY", "euros": "EUR", "yuan": "CNY",
	// Codes after the number: "5,000 KRW".
	"KRW": "KRW", "USD": "USD", "EUR": "EUR", "JPY": "JPY", "CNY": "CNY",
	"GBP": "GBP", "HKD": "HKD", "CAD": "CAD", "AUD": "AUD", "SGD": "SGD",
	"TWD": "TWD", "CHF": "CHF", "NZD": "NZD", "RMB": "CNY",
}

// countryCurrencies maps a country and a currency word to the code of
// that country's currency: "캐나다 달러" is CAD, "이집트 파운드" EGP. A
// country with a word not listed for it gives no currency at all.
var countryCurrencies = map[[2]string]string{
	{"미국", "달러"}: "USD", {"미", "달러"}: "USD", {"캐나다", "달러"}: "CAD",
	{"호주", "달러"}: "AUD", {"홍콩", "달러"}: "HKD", {"싱가포르", "달러"}: "SGD",
	{"대만", "달러"}: "TWD", {"뉴질랜드", "달러"}: "NZD",
	{"미국", "센트"}: "USD", {"캐나다", "센트"}: "CAD", {"호주", "센트"}: "AUD",
	{"멕시코", "페소"}: "MXN", {"필리핀", "페소"}: "PHP", {"아르헨티나", "페소"}: "ARS",
	{"칠레", "페소"}: "CLP", {"콜롬비아", "페소"}: "COP",
	{"베트남", "동"}: "VND", {"스웨덴", "크로나"}: "SEK", {"노르웨이", "크로네"}: "NOK",
	{"덴마크", "크로네"}: "DKK", {"남아공", "랜드"}: "ZAR", {"남아프리카공화국", "랜드"}: "ZAR",
	{"스웨덴", "크로네"}: "SEK", {"노르웨이", "크로나"}: "NOK", {"덴마크", "크로나"}: "DKK",
	{"아이슬란드", "크로나"}: "ISK", {"아이슬란드", "크로네"}: "ISK", {"체코", "크로나"}: "CZK",
	{"체코", "크로네"}: "CZK", {"체코", "코루나"}: "CZK",
	{"인도", "루피"}: "INR", {"파키스탄", "루피"}: "PKR", {"인도네시아", "루피아"}: "IDR",
	{"영국", "파운드"}: "GBP", {"이집트", "파운드"}: "EGP", {"일본", "엔"}: "JPY",
	{"중국", "위안"}: "CNY", {"유럽", "유로"}: "EUR", {"스위스", "프랑"}: "CHF",
	{"터키", "리라"}: "TRY", {"튀르키예", "리라"}: "TRY", {"브라질", "헤알"}: "BRL",
	{"러시아", "루블"}: "RUB", {"북한", "원"}: "KPW", {"스리랑카", "루피"}: "LKR",
	{"프랑스", "프랑"}: "FRF", {"이탈리아", "리라"}: "ITL", {"독일", "마르크"}: "DEM",
	{"핀란드", "마르카"}: "FIM", {"네덜란드", "길더"}: "NLG", {"네덜란드", "휠던"}: "NLG",
	{"스페인", "페세타"}: "ESP", {"유럽", "센트"}: "EUR",
}

// homeCountries are the countries whose currency shares its name with
// others': the 페소 (멕시코 … 콜롬비아) and the 크로나 or 크로네 (스웨덴 …
// 체코). A bare 페소 or 크로나 takes the one of its countries named in its
// sentence, or else the only one named in the text (docs/facts.md).
var homeCountries = [...]string{"멕시코", "필리핀", "아르헨티나", "칠레", "콜롬비아",
	"스웨덴", "노르웨이", "덴마크", "아이슬란드", "체코"}

// homeWords are the currency words that need one of homeCountries, and
// which of them.
var homeWords = map[string][]string{
	"페소":  homeCountries[:5],
	"크로나": homeCountries[5:],
	"크로네": homeCountries[5:],
}

// prefixCurrencies maps a sign or code written before an amount to its
// code. ¥ is taken as the yen, the reading Korean news gives it; the yuan
// is written 위안.
var prefixCurrencies = map[string]string{
	"$": "USD", "US$": "USD", "HK$": "HKD", "NT$": "TWD", "C$": "CAD",
	"A$": "AUD", "S$": "SGD", "₩": "KRW", "€": "EUR", "£": "GBP", "¥": "JPY",
}

// currencyCode returns the ISO 4217 code of a currency word written after
// an amount (with its 화 suffix, as in 달러화) and the country written
// before the word, if any. It returns "" when the currency cannot be told
// from these, and home true for a bare 페소, 크로나 or 크로네, whose country
// the caller looks for around it (homeIn).
func currencyCode(country, word string) (code string, home bool) {
	if w, ok := strings.CutSuffix(word, "화"); ok && w != "" && w != "원" {
		word = w // 달러화 is 달러; 원화 is KRW as 원 is
	} else if word == "원화" {
		word = "원"
	}
	if country != "" {
		return countryCurrencies[[2]string{country, word}], false
	}
	_, home = homeWords[word]
	return currencyWords[word], home
}

// homeIn returns the code of the currency word of the one of its
// countries named in s, "" when none is or two are.
func homeIn(s, word string) string {
	code := ""
	for _, c := range homeWords[word] {
		if strings.Contains(s, c) {
			if code != "" {
				return ""
			}
			code = countryCurrencies[[2]string{c, word}]
		}
	}
	return code
}

// prefixCode returns the code of a sign or ISO code written before an
// amount.
func prefixCode(sign string) string {
	if code, ok := prefixCurrencies[sign]; ok {
		return code
	}
	return currencyWords[sign] // "KRW", "USD" …
}
