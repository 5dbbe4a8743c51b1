package facts

import "strings"

// This file reads a breakdown of money by who puts it up (agent24, d21):
// `총 344억 원(국비 200억 원, 도비 21억 원, 양산시비 49억 원, 민자 74억 원)을
// 투입해`. Each item's noun is a word of money that names its payer by
// its form: 비 (expense) after the state (국비), a level of government
// (지방비, 도비, 시비, 군비, 구비) or a city or county by name (양산시비),
// and 민자 (private capital). The payer so named is none of the
// sentence's subjects (the province that runs the project does not pay
// the state's share), and the noun itself is money, no agent: the item's
// agent is left empty, as the gold of the sets reads it.

// fundSource reports whether the bare noun right before amount a names
// its payer by the form of a word of money.
func (r *reading) fundSource(a amount) bool {
	if a.first == 0 {
		return false
	}
	w := r.words[a.first]
	if a.start > w.start {
		return false // glued to the amount: no noun of its own before
	}
	p := r.words[a.first-1]
	if p.verb || p.comma {
		return false
	}
	n := p.raw
	if i := strings.LastIndex(n, "("); i >= 0 {
		n = n[i+1:] // 344억 원(국비 200억 원: the bracket opens on the noun
	}
	return fundSourceNoun(n)
}

// fundSourceNoun reports whether n is a word of money that names its
// payer: 국비, 지방비, 민자, and N비 with N a level of government (도, 시,
// 군, 구) or a local place named with its suffix (양산시비; not 택시비).
func fundSourceNoun(n string) bool {
	switch n {
	case "국비", "도비", "시비", "군비", "구비", "지방비", "민자", "민간자본":
		return true
	}
	body, ok := strings.CutSuffix(n, "비")
	return ok && localPlace(body)
}
