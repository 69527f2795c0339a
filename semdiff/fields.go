package semdiff

import (
	"strconv"
	"strings"

	"github.com/stepwise-go/stepwise/jsontree"
)

// FieldChange is one difference inside a state or the machine: the field's
// path and its values before and after. Old is nil when the field was
// added, New is nil when it was removed (a JSON null is a non-nil Value of
// kind Null).
type FieldChange struct {
	Path string // Retry[0].MaxAttempts, Parameters["Payload.$"]; "" for the whole value
	Old  *jsontree.Value
	New  *jsontree.Value
}

// maxDepth bounds the recursion of fieldChanges; deeper differences are
// reported as one change of the whole value.
const maxDepth = 100

// fieldChanges appends the differences between a and b (either may be
// nil: absent) below path to out. Objects are compared member by member
// (order ignored), arrays item by item; other values as a whole.
func fieldChanges(out []FieldChange, path string, a, b *jsontree.Value, depth int) []FieldChange {
	if a == nil && b == nil || a != nil && b != nil && jsontree.Equal(a, b) {
		return out
	}
	if a == nil || b == nil || a.Kind != b.Kind || depth >= maxDepth ||
		a.Kind != jsontree.Object && a.Kind != jsontree.Array {
		return append(out, FieldChange{Path: path, Old: a, New: b})
	}
	if a.Kind == jsontree.Array {
		n := max(len(a.Items), len(b.Items))
		for i := range n {
			out = fieldChanges(out, path+"["+strconv.Itoa(i)+"]", item(a, i), item(b, i), depth+1)
		}
		return out
	}
	for _, k := range keys(a, b) {
		out = fieldChanges(out, joinKey(path, k), a.Get(k), b.Get(k), depth+1)
	}
	return out
}

// item returns the array's item i, or nil past its end. A null item is a
// JSON null, not absent.
func item(v *jsontree.Value, i int) *jsontree.Value {
	if i >= len(v.Items) {
		return nil
	}
	if v.Items[i] == nil {
		return jsontree.NewNull()
	}
	return v.Items[i]
}

// keys returns the distinct member keys of a and then the new ones of b,
// in document order.
func keys(a, b *jsontree.Value) []string {
	seen := map[string]bool{}
	var out []string
	for _, v := range []*jsontree.Value{a, b} {
		for _, m := range v.Members {
			if !seen[m.Key] {
				seen[m.Key] = true
				out = append(out, m.Key)
			}
		}
	}
	return out
}

// joinKey appends an object key to a path: .Key for identifier-like keys,
// ["key"] (a Go-quoted string) for the others.
func joinKey(path, key string) string {
	if isIdent(key) {
		if path == "" {
			return key
		}
		return path + "." + key
	}
	return path + "[" + strconv.Quote(key) + "]"
}

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		switch {
		case r == '_', 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z':
		case '0' <= r && r <= '9' && i > 0:
		default:
			return false
		}
	}
	return true
}

// maxValueText is how much of a value the report shows.
const maxValueText = 200

// ValueText renders v for a report: compact JSON, cut to 200 bytes with
// "…", or "(absent)" for nil.
func ValueText(v *jsontree.Value) string {
	if v == nil {
		return "(absent)"
	}
	s := string(jsontree.Compact.Append(nil, v, 0))
	if len(s) > maxValueText {
		cut := maxValueText
		for cut > 0 && !utf8Start(s[cut]) {
			cut--
		}
		s = s[:cut] + "…"
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}

// utf8Start reports whether b begins a UTF-8 sequence.
func utf8Start(b byte) bool { return b&0xC0 != 0x80 }
