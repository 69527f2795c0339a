package jsonata

// A matcher for compiled signatures that does without the regular
// expression on every call. A signature's pattern is a sequence of
// parameters, each a class of type letters with an optional "?" or "+";
// matchParams finds the same spans as the regular expression's leftmost-
// first (Perl) match: greedy choices first, backtracking on failure.

// sigClass is one parameter of the pattern: the type letters it accepts
// and its quantifier.
type sigClass struct {
	accept   [128]bool
	optional bool // "?": zero or one
	many     bool // "+": one or more
}

// sigMaxParams is how many parameters' spans validate keeps without an
// allocation.
const sigMaxParams = 8

// compileClasses turns the parameter regexes ("[sm]", "f", "[asnblfom]+",
// "[nm]?") into classes; ok is false for any other shape, which then
// keeps using the regular expression.
func compileClasses(params []sigParamRule) ([]sigClass, bool) {
	out := make([]sigClass, len(params))
	for i, p := range params {
		re := p.regex
		c := &out[i]
		switch {
		case len(re) > 0 && re[0] == '[':
			end := -1
			for j := 1; j < len(re); j++ {
				if re[j] == ']' {
					end = j
					break
				}
			}
			if end < 0 {
				return nil, false
			}
			for j := 1; j < end; j++ {
				if re[j] >= 128 {
					return nil, false
				}
				c.accept[re[j]] = true
			}
			re = re[end+1:]
		case len(re) > 0 && re[0] >= 'a' && re[0] <= 'z':
			c.accept[re[0]] = true
			re = re[1:]
		default:
			return nil, false
		}
		switch re {
		case "":
		case "?":
			c.optional = true
		case "+":
			c.many = true
		default:
			return nil, false
		}
	}
	return out, true
}

// matchParams matches the whole of supplied against classes and sets
// spans[i] to the part parameter i took; false when nothing matches.
func matchParams(classes []sigClass, supplied []byte, spans [][2]int) bool {
	return matchFrom(classes, supplied, spans, 0, 0)
}

// matchFrom matches classes[i:] against supplied[pos:].
func matchFrom(classes []sigClass, supplied []byte, spans [][2]int, i, pos int) bool {
	if i == len(classes) {
		return pos == len(supplied)
	}
	c := &classes[i]
	// Greedy: the longest run this class may take, then shorter.
	n := 0
	for pos+n < len(supplied) && supplied[pos+n] < 128 && c.accept[supplied[pos+n]] {
		n++
		if !c.many {
			break
		}
	}
	least := 1
	if c.optional {
		least = 0
	}
	for k := n; k >= least; k-- {
		spans[i] = [2]int{pos, pos + k}
		if matchFrom(classes, supplied, spans, i+1, pos+k) {
			return true
		}
	}
	return false
}
