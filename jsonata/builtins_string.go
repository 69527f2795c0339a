package jsonata

import (
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/stepwise-go/stepwise/jsonata/internal/jsregexp"
	"github.com/stepwise-go/stepwise/value"
)

// String built-ins.

func fnString(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	if args[0] == nil {
		return nil, nil
	}
	pretty, _ := argAt(args, 1).(bool)
	return jsonataString(args[0], pretty)
}

func fnSubstring(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	s, ok := args[0].(string)
	if !ok {
		return nil, nil
	}
	chars := codePoints(s)
	n := float64(len(chars))
	start := jsInt(argAt(args, 1))
	if n+start < 0 {
		start = 0
	}
	if l, ok := argAt(args, 2).(float64); ok {
		if l <= 0 {
			return "", nil
		}
		end := start + l
		if start < 0 {
			end = n + start + l
		}
		return strings.Join(jsSlice(chars, start, end, true), ""), nil
	}
	return strings.Join(jsSlice(chars, start, 0, false), ""), nil
}

// jsInt is how Array.prototype.slice reads an index: truncated.
func jsInt(v value.Value) float64 {
	f, _ := v.(float64)
	if math.IsNaN(f) {
		return 0
	}
	return math.Trunc(f)
}

// jsSlice is Array.prototype.slice(start, end).
func jsSlice(items []string, start, end float64, hasEnd bool) []string {
	n := float64(len(items))
	rel := func(x float64) int {
		x = math.Trunc(x)
		if x < 0 {
			x = math.Max(n+x, 0)
		} else {
			x = math.Min(x, n)
		}
		return int(x)
	}
	from := rel(start)
	to := len(items)
	if hasEnd {
		to = rel(end)
	}
	if from >= to {
		return nil
	}
	return items[from:to]
}

// missingChars is what jsonata-js's str.indexOf(chars) looks for when
// $substringBefore or $substringAfter gets no chars: JavaScript turns
// undefined into the string "undefined".
const missingChars = "undefined"

func fnSubstringBefore(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	s, ok := args[0].(string)
	if !ok {
		return nil, nil
	}
	chars, ok := argAt(args, 1).(string)
	if !ok {
		chars = missingChars
	}
	if i := strings.Index(s, chars); i >= 0 {
		return s[:i], nil
	}
	return s, nil
}

// fnSubstringAfter without chars returns s unless it contains
// "undefined", where jsonata-js fails with a JavaScript TypeError
// (undefined.length); the text after "undefined" is returned instead.
func fnSubstringAfter(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	s, ok := args[0].(string)
	if !ok {
		return nil, nil
	}
	chars, ok := argAt(args, 1).(string)
	if !ok {
		chars = missingChars
	}
	if i := strings.Index(s, chars); i >= 0 {
		return s[i+len(chars):], nil
	}
	return s, nil
}

func fnLowercase(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	s, ok := args[0].(string)
	if !ok {
		return nil, nil
	}
	return strings.ToLower(s), nil
}

func fnUppercase(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	s, ok := args[0].(string)
	if !ok {
		return nil, nil
	}
	return strings.ToUpper(s), nil
}

func fnLength(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	s, ok := args[0].(string)
	if !ok {
		return nil, nil
	}
	return float64(codePointLen(s)), nil
}

var spaceRun = regexp.MustCompile(`[ \t\n\r]+`)

func fnTrim(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	s, ok := args[0].(string)
	if !ok {
		return nil, nil
	}
	r := spaceRun.ReplaceAllString(s, " ")
	r = strings.TrimPrefix(r, " ")
	r = strings.TrimSuffix(r, " ")
	return r, nil
}

func fnPad(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	s, ok := args[0].(string)
	if !ok {
		return nil, nil
	}
	width, _ := argAt(args, 1).(float64)
	char, _ := argAt(args, 2).(string)
	if char == "" {
		char = " "
	}
	padLen := math.Abs(width) - float64(codePointLen(s))
	if padLen <= 0 || math.IsNaN(padLen) {
		return s, nil
	}
	if padLen > 1e7 {
		return nil, &Error{Code: "D3137", Msg: "Invalid string length"}
	}
	padding := strings.Repeat(char, int(padLen))
	if codePointLen(char) > 1 {
		padding = strings.Join(jsSlice(codePoints(padding), 0, padLen, true), "")
	}
	if width > 0 {
		return s + padding, nil
	}
	return padding + s, nil
}

func fnContains(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	s, ok := args[0].(string)
	if !ok {
		return nil, nil
	}
	if tok, ok := args[1].(string); ok {
		return strings.Contains(s, tok), nil
	}
	if re, ok := args[1].(*regexFn); ok {
		// What runMatcher does for a regular expression, without
		// reading the match.
		st.awaits(2)
		return re.test(s)
	}
	m, err := st.runMatcher(args[1], []value.Value{s}, fc.env)
	if err != nil {
		return nil, err
	}
	return m != nil, nil
}

func fnMatch(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	s, ok := args[0].(string)
	if !ok {
		return nil, nil
	}
	limit, hasLimit := argAt(args, 2).(float64)
	if hasLimit && limit < 0 {
		return nil, &Error{Code: "D3040", Value: limit, HasValue: true, Index: 3}
	}
	out := newSeqCap(1)
	if hasLimit && limit == 0 {
		return out, nil
	}
	if re, ok := args[1].(*regexFn); ok {
		if err := st.matchRegex(out, re, s, limit, hasLimit); err != nil {
			return nil, err
		}
		return out, nil
	}
	m, err := st.runMatcher(args[1], []value.Value{s}, fc.env)
	if err != nil {
		return nil, err
	}
	for count := 0.0; m != nil && (!hasLimit || count < limit); count++ {
		o := value.NewObject(3)
		o.Set("match", m.match)
		o.Set("index", float64(m.start))
		o.Set("groups", append([]value.Value{}, m.groups...))
		out.items = append(out.items, o)
		if m.next == nil {
			break
		}
		m, err = st.runMatcher(m.next, nil, fc.env)
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

func fnReplace(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	s, ok := args[0].(string)
	if !ok {
		return nil, nil
	}
	pattern := args[1]
	if p, ok := pattern.(string); ok && p == "" {
		return nil, &Error{Code: "D3010", Value: p, HasValue: true, Index: 2}
	}
	limit, hasLimit := argAt(args, 3).(float64)
	if hasLimit && limit < 0 {
		return nil, &Error{Code: "D3011", Value: limit, HasValue: true, Index: 4}
	}
	if hasLimit && limit == 0 {
		return s, nil
	}
	replacement := argAt(args, 2)
	if p, ok := pattern.(string); ok {
		rs, _ := replacement.(string)
		if _, isStr := replacement.(string); !isStr {
			rs, _ = jsonataStringLoose(replacement)
		}
		var b strings.Builder
		pos, count := 0, 0.0
		for {
			i := strings.Index(s[pos:], p)
			if i < 0 || (hasLimit && count >= limit) {
				break
			}
			b.WriteString(s[pos : pos+i])
			b.WriteString(rs)
			pos += i + len(p)
			count++
		}
		b.WriteString(s[pos:])
		return b.String(), nil
	}
	if re, ok := pattern.(*regexFn); ok {
		if rs, ok := replacement.(string); ok {
			return st.replaceRegex(re, s, rs, limit, hasLimit)
		}
	}
	m, err := st.runMatcher(pattern, []value.Value{s}, fc.env)
	if err != nil {
		return nil, err
	}
	if m == nil {
		return s, nil
	}
	slicer := newUTF16Slicer(s)
	between := slicer.between
	units := len(s)
	if slicer.units != nil {
		units = len(slicer.units)
	}
	var b strings.Builder
	b.Grow(len(s))
	pos := 0
	for count := 0.0; m != nil && (!hasLimit || count < limit); count++ {
		b.WriteString(between(pos, m.start))
		var with value.Value
		if rs, ok := replacement.(string); ok {
			with = substitute(rs, m)
		} else {
			mo := value.NewObject(4)
			mo.Set("match", m.match)
			mo.Set("index", float64(m.start))
			mo.Set("groups", append([]value.Value{}, m.groups...))
			with, err = st.apply(replacement, []value.Value{mo}, nil, fc.env, "", -1)
			if err != nil {
				return nil, err
			}
		}
		ws, ok := with.(string)
		if !ok {
			return nil, &Error{Code: "D3012", Value: with, HasValue: true}
		}
		b.WriteString(ws)
		pos = m.start + jsregexp.UTF16Len(m.match)
		if m.next == nil {
			m = nil
			break
		}
		m, err = st.runMatcher(m.next, nil, fc.env)
		if err != nil {
			return nil, err
		}
	}
	b.WriteString(between(pos, units))
	return b.String(), nil
}

// utf16Slicer gives the parts of s between UTF-16 indexes; an ASCII
// string's UTF-16 indexes are its byte indexes.
type utf16Slicer struct {
	s     string
	units []uint16 // nil for an ASCII string
}

func newUTF16Slicer(s string) utf16Slicer {
	if isASCII(s) {
		return utf16Slicer{s: s}
	}
	return utf16Slicer{s: s, units: utf16Units(s)}
}

// between is the part of s from UTF-16 index from to index to.
func (u utf16Slicer) between(from, to int) string {
	if u.units == nil {
		from, to = max(from, 0), min(to, len(u.s))
		if from >= to {
			return ""
		}
		return u.s[from:to]
	}
	return fromUTF16(sliceUnits(u.units, from, to))
}

// replaceRegex is fnReplace's loop for a regular expression and a
// replacement string: what runMatcher and next() would give, with the
// same awaits and errors, without building their results.
func (st *state) replaceRegex(re *regexFn, s, rs string, limit float64, hasLimit bool) (value.Value, *Error) {
	st.awaits(2)
	sub := jsregexp.NewSubject(s)
	m, err := re.find(sub, 0)
	if err != nil {
		return nil, err
	}
	if m == nil {
		return s, nil
	}
	between := newUTF16Slicer(s).between
	dollar := strings.IndexByte(rs, '$') >= 0
	var b strings.Builder
	b.Grow(len(s))
	pos := 0
	for count := 0.0; m != nil && (!hasLimit || count < limit); count++ {
		b.WriteString(between(pos, m.Start))
		if dollar {
			b.WriteString(substitute(rs, &matchResult{match: m.Text, groups: groupValues(m)}))
		} else {
			b.WriteString(rs)
		}
		pos = m.Start + jsregexp.UTF16Len(m.Text)
		st.awaits(2)
		if m, err = re.findAfter(sub, m.End); err != nil {
			return nil, err
		}
	}
	b.WriteString(between(pos, sub.Len()))
	return b.String(), nil
}

// isASCII reports whether s has only ASCII characters.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func jsonataStringLoose(v value.Value) (string, bool) {
	s, err := jsonataString(v, false)
	return s, err == nil
}

func sliceUnits(u []uint16, from, to int) []uint16 {
	if from < 0 {
		from = 0
	}
	if to > len(u) {
		to = len(u)
	}
	if from >= to {
		return nil
	}
	return u[from:to]
}

// substitute expands $0, $1… and $$ in a replacement string.
func substitute(rep string, m *matchResult) string {
	if strings.IndexByte(rep, '$') < 0 {
		return rep
	}
	var b strings.Builder
	pos := 0
	for {
		i := strings.IndexByte(rep[pos:], '$')
		if i < 0 || pos >= len(rep) {
			break
		}
		i += pos
		b.WriteString(rep[pos:i])
		pos = i + 1
		if pos >= len(rep) {
			b.WriteByte('$')
			break
		}
		c := rep[pos]
		switch {
		case c == '$':
			b.WriteByte('$')
			pos++
		case c == '0':
			b.WriteString(m.match)
			pos++
		default:
			maxDigits := 1
			if len(m.groups) > 0 {
				maxDigits = int(math.Floor(math.Log10(float64(len(m.groups))))) + 1
			}
			end := pos + maxDigits
			if end > len(rep) {
				end = len(rep)
			}
			idx, ok := leadingInt(rep[pos:end])
			if maxDigits > 1 && idx > len(m.groups) {
				idx, ok = leadingInt(rep[pos : end-1])
			}
			if !ok {
				b.WriteByte('$')
				continue
			}
			if len(m.groups) > 0 && idx >= 1 && idx <= len(m.groups) {
				if g, ok := m.groups[idx-1].(string); ok {
					b.WriteString(g)
				}
			}
			pos += len(strconv.Itoa(idx))
		}
	}
	if pos < len(rep) {
		b.WriteString(rep[pos:])
	}
	return b.String()
}

// leadingInt is parseInt(s, 10) for the digits at the start of s.
func leadingInt(s string) (int, bool) {
	n, k := 0, 0
	for k < len(s) && s[k] >= '0' && s[k] <= '9' {
		n = n*10 + int(s[k]-'0')
		k++
	}
	return n, k > 0
}

func fnSplit(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	s, ok := args[0].(string)
	if !ok {
		return nil, nil
	}
	limit, hasLimit := argAt(args, 2).(float64)
	if hasLimit && limit < 0 {
		return nil, &Error{Code: "D3020", Value: limit, HasValue: true, Index: 3}
	}
	out := []value.Value{}
	if hasLimit && limit == 0 {
		return out, nil
	}
	if sep, ok := args[1].(string); ok && sep != "" {
		// strings.Split's parts, appended straight into the result.
		out = make([]value.Value, 0, strings.Count(s, sep)+1)
		rest := s
		for i := 0; !hasLimit || float64(i) < limit; i++ {
			j := strings.Index(rest, sep)
			if j < 0 {
				out = append(out, rest)
				break
			}
			out = append(out, rest[:j])
			rest = rest[j+len(sep):]
		}
		return out, nil
	}
	if sep, ok := args[1].(string); ok {
		var parts []string
		if sep == "" {
			parts = make([]string, 0, len(s))
			for _, u := range utf16Units(s) {
				parts = append(parts, fromUTF16([]uint16{u}))
			}
		} else {
			parts = strings.Split(s, sep)
		}
		for i, p := range parts {
			if hasLimit && float64(i) >= limit {
				break
			}
			out = append(out, p)
		}
		return out, nil
	}
	m, err := st.runMatcher(args[1], []value.Value{s}, fc.env)
	if err != nil {
		return nil, err
	}
	if m == nil {
		return []value.Value{s}, nil
	}
	units := utf16Units(s)
	start := 0
	count := 0.0
	for m != nil && (!hasLimit || count < limit) {
		out = append(out, fromUTF16(sliceUnits(units, start, m.start)))
		start = m.end
		count++
		if m.next == nil {
			break
		}
		m, err = st.runMatcher(m.next, nil, fc.env)
		if err != nil {
			return nil, err
		}
	}
	if !hasLimit || count < limit {
		out = append(out, fromUTF16(sliceUnits(units, start, len(units))))
	}
	return out, nil
}

func fnJoin(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	if args[0] == nil {
		return nil, nil
	}
	sep, _ := argAt(args, 1).(string)
	items, _ := arrayItems(args[0])
	parts := make([]string, len(items))
	for i, it := range items {
		parts[i], _ = it.(string)
	}
	return strings.Join(parts, sep), nil
}

// parseJSONataNumber is $number's rule for strings: a JSON-like decimal,
// or 0x, 0o, 0b integers.
func parseJSONataNumber(s string) (float64, bool) {
	if decimalNumber.MatchString(s) {
		f, err := strconv.ParseFloat(s, 64)
		if err == nil && !math.IsInf(f, 0) {
			return f, true
		}
		return 0, false
	}
	if len(s) > 2 && s[0] == '0' {
		base := 0
		switch s[1] {
		case 'x', 'X':
			base = 16
		case 'o', 'O':
			base = 8
		case 'b', 'B':
			base = 2
		}
		if base != 0 {
			if u, err := strconv.ParseUint(s[2:], base, 64); err == nil {
				return float64(u), true
			}
		}
	}
	return 0, false
}

var decimalNumber = regexp.MustCompile(`^-?[0-9]+(\.[0-9]+)?([Ee][-+]?[0-9]+)?$`)

func parseFloatJS(s string) (float64, bool) {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return f, true
		}
		return 0, false
	}
	return f, true
}

func fnFormatBase(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	if args[0] == nil {
		return nil, nil
	}
	v := roundHalfEven(args[0].(float64), 0)
	radix := 10.0
	if r, ok := argAt(args, 1).(float64); ok {
		radix = roundHalfEven(r, 0)
	}
	if radix < 2 || radix > 36 {
		return nil, &Error{Code: "D3100", Value: radix, HasValue: true}
	}
	if math.Abs(v) < 1<<63 {
		return strconv.FormatInt(int64(v), int(radix)), nil
	}
	return value.FormatNumber(v), nil
}
