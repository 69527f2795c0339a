package semdiff

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/stepwise-go/stepwise/jsontree"
)

// String renders the report as text, one line per state and one indented
// line per field:
//
//	machine:
//	  TimeoutSeconds: 300 -> 600
//	added "Notify" (Task)
//	removed "Old" (Pass) in "Fulfil" branch 2
//	renamed "Check" to "Check Stock" (Task)
//	changed "Charge" (Task):
//	  Retry[0].MaxAttempts: 6 -> 3
//	  Next: "Check" -> "Check Stock" (the rename)
//	4 states differ: 1 added, 1 removed, 1 renamed, 1 changed; machine fields differ
//
// Names are Go-quoted, values compact JSON. An equal report renders as
// "no semantic differences\n".
func (r *Report) String() string {
	if r.Equal() {
		return "no semantic differences\n"
	}
	var b strings.Builder
	if len(r.Machine) > 0 {
		b.WriteString("machine:\n")
		writeFields(&b, r.Machine, nil)
	}
	renames := map[string]string{}
	for _, s := range r.States {
		if s.Kind == Renamed {
			renames[s.Name] = s.NewName
		}
	}
	for _, s := range r.States {
		b.WriteString(s.Kind.String())
		b.WriteByte(' ')
		b.WriteString(strconv.Quote(s.Name))
		if s.Kind == Renamed {
			b.WriteString(" to ")
			b.WriteString(strconv.Quote(s.NewName))
		}
		if s.Type != "" {
			b.WriteString(" (" + typeText(s.Type) + ")")
		}
		if s.Block != "" {
			b.WriteString(" in " + s.Block)
		}
		if s.Kind == Changed && s.OldBlock != s.Block {
			b.WriteString(", moved from " + where(s.OldBlock))
		}
		if len(s.Fields) > 0 {
			b.WriteByte(':')
		}
		b.WriteByte('\n')
		writeFields(&b, s.Fields, renames)
	}
	b.WriteString(r.summary())
	b.WriteByte('\n')
	return b.String()
}

// writeFields writes one indented line per field change; a change of a
// string from a renamed state's old name to its new one is marked.
func writeFields(b *strings.Builder, fields []FieldChange, renames map[string]string) {
	for _, f := range fields {
		path := f.Path
		if path == "" {
			path = "(whole document)"
		}
		fmt.Fprintf(b, "  %s: %s -> %s", path, ValueText(f.Old), ValueText(f.New))
		if isString(f.Old) && isString(f.New) && renames[f.Old.Text] == f.New.Text && f.New.Text != "" {
			b.WriteString(" (the rename)")
		}
		b.WriteByte('\n')
	}
}

// summary counts the changes: "3 states differ: 1 added, 2 changed".
func (r *Report) summary() string {
	var counts [Changed + 1]int
	for _, s := range r.States {
		counts[s.Kind]++
	}
	var parts []string
	for k, n := range counts {
		if n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, ChangeKind(k)))
		}
	}
	var out string
	switch len(r.States) {
	case 0:
		out = "no state differs"
	case 1:
		out = "1 state differs: " + strings.Join(parts, ", ")
	default:
		out = fmt.Sprintf("%d states differ: %s", len(r.States), strings.Join(parts, ", "))
	}
	if len(r.Machine) > 0 {
		out += "; machine fields differ"
	}
	return out
}

func isString(v *jsontree.Value) bool { return v != nil && v.Kind == jsontree.String }

// typeText shows a Type as it is when it is a plain word, else Go-quoted.
func typeText(t string) string {
	if isIdent(t) {
		return t
	}
	return strconv.Quote(t)
}

// where describes a block for a report.
func where(block string) string {
	if block == "" {
		return "the top level"
	}
	return block
}
