package facts

import "strings"

// peopleCounters are the counters of people, teams and bodies: a count
// written with one (3명, 2팀, 5곳, 10개사) names who money goes to, as 에
// after it marks (1등 1팀에 512만원을 지급한다), never what it is for
// (docs/meaning.md "Twenty-second round: purpose", B9; P3 of the fourth
// decisions: a receiver with 에 is no purpose).
var peopleCounters = []string{"명", "팀", "곳", "개사", "가구", "개국", "개팀", "개소"}

// peopleCount reports whether n is a count of people or bodies: digits
// and a counter of peopleCounters (2팀, 1,000명).
func peopleCount(n string) bool {
	return startsDigit(n) && hasAnySuffix(n, peopleCounters) && !strings.ContainsAny(n, "원달러")
}
