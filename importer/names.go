package importer

import (
	"strconv"
	"strings"
	"unicode"
)

// reserved are identifiers a state's variable may not take: Go's keywords
// and predeclared names, the packages the program imports, and the names
// the program itself uses.
var reserved = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`break case chan const continue default defer else fallthrough for func go goto
		if import interface map package range return select struct switch type var
		any bool byte comparable complex64 complex128 error float32 float64 int int8 int16 int32 int64 rune
		string uint uint8 uint16 uint32 uint64 uintptr true false iota nil append cap clear close complex copy
		delete imag len make max min new panic print println real recover
		sfn states time json fmt os definition err main`) {
		reserved[w] = true
	}
}

// maxIdentLength bounds the variables made from long state names.
const maxIdentLength = 40

// idents hands out unique Go identifiers.
type idents map[string]bool

// forName returns a fresh variable name for a state name: its ASCII
// letters and digits in lowerCamelCase ("Get Job Status" → getJobStatus),
// "state" when none are left, a number appended when taken.
func (ids idents) forName(name string) string {
	var words []string
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r >= unicode.MaxASCII || !isAlnum(r) }) {
		words = append(words, w)
	}
	var b strings.Builder
	for i, w := range words {
		switch {
		case i == 0 && strings.ToUpper(w) == w:
			b.WriteString(strings.ToLower(w))
		case i == 0:
			b.WriteString(strings.ToLower(w[:1]) + w[1:])
		default:
			b.WriteString(strings.ToUpper(w[:1]) + w[1:])
		}
	}
	base := b.String()
	if len(base) > maxIdentLength {
		base = base[:maxIdentLength]
	}
	if base == "" || base[0] >= '0' && base[0] <= '9' {
		base = "state" + strings.ToUpper(base[:min(len(base), 1)]) + base[min(len(base), 1):]
	}
	return ids.take(base)
}

// take returns base, or base with the smallest number appended that makes
// it unused, and marks it used.
func (ids idents) take(base string) string {
	name := base
	for n := 2; ids[name] || reserved[name]; n++ {
		name = base + strconv.Itoa(n)
	}
	ids[name] = true
	return name
}

func isAlnum(r rune) bool {
	return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
}

// FuncName returns an exported Go identifier made from s (a file name,
// say): "job-poller.asl.json" gives "JobPoller". It returns "Workflow" when s
// has no ASCII letters.
func FuncName(s string) string {
	s = strings.TrimSuffix(strings.TrimSuffix(s, ".json"), ".asl")
	var b strings.Builder
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r >= unicode.MaxASCII || !isAlnum(r) }) {
		b.WriteString(strings.ToUpper(w[:1]) + w[1:])
	}
	name := b.String()
	if len(name) > maxIdentLength {
		name = name[:maxIdentLength]
	}
	if name == "" || name[0] < 'A' || name[0] > 'Z' {
		return "Workflow" + name
	}
	return name
}

// IsIdent reports whether s can name the generated function (an exported
// or unexported Go identifier that is not reserved) or package.
func IsIdent(s string) bool {
	if s == "" || reserved[s] && s != "main" {
		return false
	}
	for i, r := range s {
		if !(r == '_' || r < unicode.MaxASCII && isAlnum(r)) || i == 0 && '0' <= r && r <= '9' {
			return false
		}
	}
	return true
}
