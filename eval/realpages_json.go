package eval

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// jsonString returns the string a JSON document holds at pointer, a JSON
// Pointer (RFC 6901): "/"-separated object keys and array indexes, with
// "~1" for "/" and "~0" for "~" inside a key. It returns an error when the
// document does not decode, when a step names no member or element, or
// when the value found is not a string.
func jsonString(file []byte, pointer string) ([]byte, error) {
	if !strings.HasPrefix(pointer, "/") {
		return nil, fmt.Errorf("json pointer %q does not start with /", pointer)
	}
	var v any
	if err := json.Unmarshal(file, &v); err != nil {
		return nil, fmt.Errorf("decode json: %w", err)
	}
	for _, step := range strings.Split(pointer[1:], "/") {
		step = strings.NewReplacer("~1", "/", "~0", "~").Replace(step)
		switch node := v.(type) {
		case map[string]any:
			next, ok := node[step]
			if !ok {
				return nil, fmt.Errorf("json pointer %q: no member %q", pointer, step)
			}
			v = next
		case []any:
			i, err := strconv.Atoi(step)
			if err != nil || i < 0 || i >= len(node) {
				return nil, fmt.Errorf("json pointer %q: no element %q", pointer, step)
			}
			v = node[i]
		default:
			return nil, fmt.Errorf("json pointer %q: %q steps into a %T", pointer, step, v)
		}
	}
	s, ok := v.(string)
	if !ok {
		return nil, fmt.Errorf("json pointer %q: a %T, not a string", pointer, v)
	}
	return []byte(s), nil
}
