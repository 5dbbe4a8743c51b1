package facts

// This file reads the head of the noun phrase an amount modifies through
// a relative verb or a copula when an actor stands at its start (docs/
// meaning.md, "Sixteenth round: purpose"): 5천만 달러였던 북한의 부채,
// 60달러가 넘는 러시아 원유, 수천만 달러에 달하는 정부 지원금.

// sizeOverVerbs are the relative forms of 넘다 after an amount with 이/가 or
// no particle: the amount is the least size of the noun after them.
var sizeOverVerbs = map[string]bool{"넘는": true, "넘은": true, "넘었던": true, "넘어선": true}

// sizeReachVerbs are the relative forms after an amount with 에 that make it
// the size of the noun after them (… 달러에 달했던 수출).
var sizeReachVerbs = map[string]bool{
	"달하는": true, "달한": true, "달했던": true, "이르는": true, "이른": true, "이르렀던": true,
	"육박하는": true, "육박했던": true, "해당하는": true, "버금가는": true, "가까운": true,
}

// copulaTails are the adnominal copulas glued to an amount (60달러인,
// 5천만 달러였던): the noun after is what the amount is.
var copulaTails = map[string]bool{"인": true, "이던": true, "이었던": true, "였던": true}

// actorHead returns the first word of the noun phrase that amount a
// modifies through a relative verb or a copula, when an actor opens that
// phrase, or -1; an actor-free phrase is left to sizedHead and
// copulaHead. An actor with 의 owns the head and leaves the phrase (the
// agent, E3 (c): 5천만 달러였던 북한의 부채 → 부채); an actor glued to the
// noun after it with no particle is part of the head's phrase (P1: 60달러가
// 넘는 러시아 원유, 수천만 달러에 달하는 정부 지원금, 수십억 달러가 넘는
// 민간 투자), as a country before a noun is after a bare amount (우크라이나
// 추가 군수 지원).
func (r *reading) actorHead(a amount) int {
	n := len(r.words)
	k := a.after
	switch {
	case copulaTails[a.tail]:
	case k < n && (a.tail == "이" || a.tail == "가" || a.tail == "") && sizeOverVerbs[r.words[k].raw]:
		k++
	case k < n && a.tail == "에" && sizeReachVerbs[r.words[k].raw]:
		k++
	default:
		return -1
	}
	if k+1 >= n || !r.words[k].actor || r.words[k].comma {
		return -1
	}
	for b := a.first - 1; b >= 0 && b >= a.first-2; b-- {
		if r.words[b].noun && (r.words[b].part == "이" || r.words[b].part == "가") {
			return -1 // 상금이 약 7억 달러에 달하는 복권: the relative clause's subject is what it sizes
		}
	}
	w, next := r.words[k], r.words[k+1]
	if !next.noun || next.actor || next.time || next.amt || next.money || genericHeads[next.stem] || genericMoney[next.stem] {
		return -1
	}
	switch w.part {
	case "의":
		return k + 1 // 북한의 부채: the owner is the agent
	case "":
		return k // 러시아 원유, 정부 지원금: one noun phrase
	}
	return -1
}
