package facts

import (
	"strings"
)

// This file finds the agent of a sentence as a whole: its topic, or the
// source it reports.

// topic returns the word of the sentence's topic: its first noun marked
// with 은, 는 or 께서 that names an actor, or -1.
func (r *reading) topic() int {
	if r.topicSet {
		return r.topicWord
	}
	r.topicSet = true
	for i := range r.words {
		if i > reach {
			break
		}
		w := r.words[i]
		if (topicParts[w.part] && w.part != "도" || w.part == "" && i+1 < len(r.words) && r.words[i+1].raw == "역시") && r.isSubject(i) &&
			!w.time && (w.actor || w.noun && !isThing(w.stem) && !places[w.stem] && !pronouns[w.stem] && r.saysLast()) {
			r.topicWord = i
			break
		}
	}
	return r.topicWord
}

// saysLast reports whether the sentence ends with a verb of paying,
// earning, giving, taking or saying: its topic is who does it (닐슨코리아는
// … 조사되었다고 밝혔다).
func (r *reading) saysLast() bool {
	for i := len(r.words) - 1; i >= 0 && i >= len(r.words)-3; i-- {
		if w := r.words[i]; w.verb {
			if strings.HasPrefix(w.raw, "있") && i > 0 && strings.HasSuffix(r.words[i-1].raw, "고") {
				continue // 밝히고 있습니다: the verb before the auxiliary
			}
			return isAgentVerb(w.raw) || isSpeechWord(w.raw)
		}
	}
	return false
}

// thingTopic returns the sentence's first topic when it names a thing
// (북한의 지난해 대중국 최대 수출품은, 북중 교역액은), or -1.
func (r *reading) thingTopic() int {
	for i := range r.words {
		if i > reach || r.words[i].ends && !sourceVerbs[r.words[i].raw] {
			break // but 관세청에 따르면 한국 우표수출은: a source opens the sentence
		}
		w := r.words[i]
		if (w.part == "은" || w.part == "는") && w.noun && !w.actor && !w.time && !pronouns[w.stem] && !personPronouns[w.stem] && !oneHangul(w.stem) {
			return i
		}
	}
	return -1
}

// sentenceAgent returns the agent of a sentence as a whole: its topic, or
// its first subject that names an actor; "" when it has none.
func (r *reading) sentenceAgent() string {
	if t := r.topic(); t >= 0 {
		return r.agentPhrase(t)
	}
	for i := range r.words {
		if i > reach {
			break
		}
		if !r.isSubject(i) || r.words[i].time || isThing(r.words[i].stem) {
			continue
		}
		if v := r.verbAfter(i); r.words[i].actor || v >= 0 && isAgentVerb(r.words[v].raw) && r.words[i].noun {
			return r.agentPhrase(i)
		}
	}
	return ""
}

// source returns the word naming the source the sentence reports
// (‘아시아프레스’에 따르면, 정의당 추산에 의하면), or -1.
func (r *reading) source() int {
	for i := 0; i+1 < len(r.words) && i < reach; i++ {
		w, n := r.words[i], r.words[i+1]
		if (w.part == "에" || w.stem == "추산에" || w.part == "에서") && (strings.HasPrefix(n.raw, "따르면") || strings.HasPrefix(n.raw, "의하면")) {
			if w.actor || w.name {
				return i
			}
			if i > 0 && (w.stem == "추산" || w.stem == "보도자료" || w.stem == "발표" || w.stem == "자료") && r.words[i-1].actor {
				return i - 1 // 정의당 추산에 의하면
			}
			// LG전자의 비행 계획에 따르면; … 연구원의 연구 결과에 의하면.
			for k := i - 1; k >= 0 && k >= i-3; k-- {
				if p := r.words[k]; p.part == "의" {
					if p.actor || p.name {
						return k // ‘데일리 NK’의 북한시장 물가조사에 따르면: a name too
					}
					break
				}
			}
		}
	}
	return -1
}

// speaks reports whether the subject at word i is followed, in the next
// few words, by a verb of saying or announcing.
func (r *reading) speaks(i int) bool {
	for j := i + 1; j < len(r.words) && j <= i+4; j++ {
		if isSpeechWord(r.words[j].raw) {
			return true
		}
	}
	return false
}

// isAdnominal reports whether w is a verb that modifies the noun after it:
// 보유한, 배정된, 발표할, 있는.
func isAdnominal(w word) bool { return w.adn }

// adnominal is isAdnominal, worked out.
func adnominal(w word) bool {
	if !isVerbish(w) || w.comma {
		return false
	}
	for _, e := range []string{"해온", "돼온", "져온", "아온", "어온", "한", "된", "할", "될", "던", "는", "은", "인", "운", "른", "린", "난", "진", "간", "낸", "준", "쓴", "받은", "들인", "긴", "친", "킨", "빼앗긴", "넘은"} {
		if strings.HasSuffix(w.raw, e) {
			return true
		}
	}
	return false
}

// sourceVerbs end the phrase of a source (X에 따르면, X에 의하면), which
// stands before the clause it tells of and ends none of it.
var sourceVerbs = setOf("따르면", "의하면")
