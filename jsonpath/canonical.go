package jsonpath

import (
	"strconv"
	"strings"
)

// Canonical returns the path as Jayway prints it in error messages such
// as "No results for path: $['a']['b'][0]": names in ['…'], indexes and
// slices in brackets, "[*]" for a wildcard, "[?]" for a filter, ".." for
// recursive descent and ".name(…)" for a function. The root is always
// "$": AWS evaluates "$$…" and "$name…" paths with Jayway as "$…" paths
// over the context object or the variable. A nil path prints as "".
func (p *Path) Canonical() string {
	if p == nil {
		return ""
	}
	prog, err := p.program()
	if err != nil {
		return p.Raw
	}
	var b strings.Builder
	b.WriteByte('$')
	for i, seg := range p.Segments {
		if seg.Kind == Function {
			b.WriteString("." + seg.Name + seg.Text[strings.IndexByte(seg.Text, '('):])
			continue
		}
		st := prog.steps[i]
		switch st.kind {
		case Field, Union:
			if st.names == nil {
				b.WriteString("[" + joinInts(st.indexes) + "]")
				continue
			}
			b.WriteByte('[')
			for j, n := range st.names {
				if j > 0 {
					b.WriteByte(',')
				}
				b.WriteString("'" + n + "'")
			}
			b.WriteByte(']')
		case Index:
			b.WriteString("[" + joinInts(st.indexes) + "]")
		case Wildcard:
			b.WriteString("[*]")
		case Slice:
			b.WriteByte('[')
			if st.hasFrom {
				b.WriteString(strconv.Itoa(st.from))
			}
			b.WriteByte(':')
			if st.hasTo {
				b.WriteString(strconv.Itoa(st.to))
			}
			b.WriteByte(']')
		case Filter:
			b.WriteString("[?]")
		case RecursiveDescent:
			b.WriteString("..")
		}
	}
	return b.String()
}

// joinInts writes indexes separated by ",".
func joinInts(ns []int) string {
	parts := make([]string, len(ns))
	for i, n := range ns {
		parts[i] = strconv.Itoa(n)
	}
	return strings.Join(parts, ",")
}
