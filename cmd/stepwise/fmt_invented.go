package main

import (
	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/jsontree"
)

// formatDefinition returns data in stepwise's canonical form, or the
// problems that stop fmt: JSON that does not fit ASL's shape, or a field
// the canonical form would have to add because the input lacks it (fmt
// of {} would otherwise print "StartAt": "" and "States": {}). fmt only
// reorders and re-indents what is there; it never invents fields.
func formatDefinition(data []byte) ([]byte, asl.Diagnostics) {
	m, diags := asl.Parse(data)
	if m == nil || diags.HasErrors() {
		return nil, diags
	}
	formatted := asl.Render(m)
	in, err := jsontree.Parse(data)
	if err != nil { // asl.Parse read it, so it is JSON; kept for safety
		return nil, asl.Diagnostics{{Code: asl.CodeInvalidJSON, At: asl.Root, Message: err.Error()}}
	}
	out, err := jsontree.Parse(formatted)
	if err != nil {
		return nil, asl.Diagnostics{{Code: asl.CodeInvalidJSON, At: asl.Root, Message: "the canonical form is not JSON: " + err.Error()}}
	}
	var missing asl.Diagnostics
	inventedFields(in, out, asl.Root, &missing)
	if len(missing) > 0 {
		return nil, missing
	}
	return formatted, nil
}

// inventedFields reports, into found, each key of out that in (the
// same place in the input) does not have. Objects are matched by key and
// arrays by index; found is bounded by out's size.
func inventedFields(in, out *jsontree.Value, at asl.Location, found *asl.Diagnostics) {
	switch {
	case out.Kind == jsontree.Object && in.Kind == jsontree.Object:
		for _, m := range out.Members {
			orig := in.Get(m.Key)
			if orig == nil {
				*found = append(*found, asl.Diagnostic{Code: asl.CodeMissingField, At: at,
					Message: quoteKey(m.Key) + " is missing, and fmt does not invent fields"})
				continue
			}
			inventedFields(orig, m.Value, at.At(m.Key), found)
		}
	case out.Kind == jsontree.Array && in.Kind == jsontree.Array:
		for i, it := range out.Items {
			if i < len(in.Items) {
				inventedFields(in.Items[i], it, at.Index(i), found)
			}
		}
	}
}

// quoteKey quotes a field name for a message, bounded in length.
func quoteKey(k string) string {
	const limit = 64
	if len(k) > limit {
		k = k[:limit] + "…"
	}
	return `"` + k + `"`
}
