package jsonpath

import (
	"strings"
)

// program is a path ready to evaluate: its segments turned into steps
// with names unquoted, slices split and filters compiled. It is built once
// by Parse and never written afterwards, so many goroutines may evaluate
// it at once.
type program struct {
	steps []step
	// fn is the trailing function call, or nil.
	fn *function
	// definite reports whether the steps select at most one node.
	definite bool
	// scanFn is true when a function follows a path that starts with "..":
	// Jayway then applies the function to the list of all matches, not to
	// each match.
	scanFn bool
	// simple reports that every step is one member name or one index and
	// there is no function ("$.a.b[0]"), so Eval walks it directly.
	simple bool
}

// step is one compiled segment.
type step struct {
	kind SegmentKind
	// names are the member names of a Field (one) or a name Union.
	names []string
	// indexes are the indexes of an Index (one) or an index Union.
	indexes []int
	// from and to bound a Slice; hasFrom and hasTo say which are given.
	from, to       int
	hasFrom, hasTo bool
	// filter is the predicate of a Filter; nil for a script "[(…)]".
	filter expr
	// pos is the byte offset of the segment in the path.
	pos int
}

// definite reports whether the step selects at most one node (Jayway's
// isTokenDefinite).
func (s *step) definite() bool {
	switch s.kind {
	case Field, Index:
		return true
	}
	return false
}

// compile turns a parsed path into a program. It fails for filters and
// function calls whose text Jayway would not compile.
func compile(p *Path) (*program, *Error) {
	prog := &program{definite: true}
	for _, seg := range p.Segments {
		if seg.Kind == Function {
			fn, err := compileFunction(seg)
			if err != nil {
				return nil, err
			}
			prog.fn = fn
			prog.scanFn = len(p.Segments) > 0 && p.Segments[0].Kind == RecursiveDescent
			continue
		}
		st, err := compileStep(seg)
		if err != nil {
			return nil, err
		}
		if !st.definite() {
			prog.definite = false
		}
		prog.steps = append(prog.steps, st)
	}
	prog.simple = prog.fn == nil
	for _, st := range prog.steps {
		if !(st.kind == Field && len(st.names) == 1 || st.kind == Index && len(st.indexes) == 1) {
			prog.simple = false
		}
	}
	return prog, nil
}

// compileStep compiles one segment other than a function call.
func compileStep(seg Segment) (step, *Error) {
	st := step{kind: seg.Kind, pos: seg.Pos}
	inner := bracketBody(seg.Text)
	switch seg.Kind {
	case Field:
		if inner == "" && !strings.Contains(seg.Text, "[") {
			st.names = []string{seg.Name}
		} else {
			st.names = rawNames(inner)
		}
	case Index:
		st.indexes = []int{seg.Index}
	case Union:
		if t := strings.TrimSpace(inner); t != "" && (t[0] == '\'' || t[0] == '"') {
			st.names = rawNames(inner)
		} else {
			for _, part := range strings.Split(inner, ",") {
				n, ok := atoi(strings.TrimSpace(part))
				if !ok {
					return st, errorf(seg.Pos, "index %s is out of range", strings.TrimSpace(part))
				}
				st.indexes = append(st.indexes, n)
			}
		}
	case Slice:
		from, to, _ := strings.Cut(inner, ":")
		from, to = strings.TrimSpace(from), strings.TrimSpace(to)
		st.from, st.hasFrom = atoi(from)
		st.to, st.hasTo = atoi(to)
		if from != "" && !st.hasFrom || to != "" && !st.hasTo {
			return st, errorf(seg.Pos, "slice bound in %s is out of range", seg.Text)
		}
	case Filter:
		body := strings.TrimSpace(inner)
		if strings.HasPrefix(body, "?") {
			body = strings.TrimSpace(body[1:])
			// body is "(…)"; the parser checked the parentheses balance.
			off := seg.Pos + strings.Index(seg.Text, "(") + 1
			e, err := parseFilter(body[1:len(body)-1], off)
			if err != nil {
				return st, err
			}
			st.filter = e
		}
	}
	return st, nil
}

// bracketBody returns the text between the outer "[" and "]" of a
// bracket segment's text (".['a']" gives "'a'"), or "" when there is none.
func bracketBody(text string) string {
	open := strings.IndexByte(text, '[')
	if open < 0 || !strings.HasSuffix(text, "]") {
		return ""
	}
	return text[open+1 : len(text)-1]
}

// rawNames splits "'a', \"b\"" into names the way Jayway does: the text
// between the quotes, with a backslash protecting the next character from
// ending the name but kept in it (AWS looks up ['a\"b'] as the key a\"b;
// rec: scenarios/test_escape_sequence_parsing[ESCAPE_SEQUENCES_JSONPATH]).
func rawNames(s string) []string {
	var names []string
	for i := 0; i < len(s); i++ {
		q := s[i]
		if q != '\'' && q != '"' {
			continue
		}
		j := i + 1
		for j < len(s) && s[j] != q {
			if s[j] == '\\' {
				j++
			}
			j++
		}
		if j > len(s) {
			j = len(s)
		}
		names = append(names, s[i+1:j])
		i = j
	}
	return names
}

// atoi reads an optional "-" and digits; it reports false for "" or
// anything else.
func atoi(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	neg := s[0] == '-'
	if neg {
		s = s[1:]
	}
	if s == "" {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) || n > (1<<31)/10 {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	if neg {
		n = -n
	}
	return n, true
}
