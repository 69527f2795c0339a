package asl

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/stepwise-go/stepwise/jsontree"
)

// The readers below store the decoded value v into dst, or report a
// wrong-type problem and leave dst unset. Their uniform shape
// (decoder, value, location, destination) lets the field tables of
// parse_table.go use them as method expressions.

func (d *decoder) readStr(v *jsontree.Value, at Location, dst **string) {
	if v.Kind != jsontree.String {
		d.add(at, CodeWrongType, "must be a string, not %s", v.Kind)
		return
	}
	s := v.Text
	*dst = &s
}

func (d *decoder) readPlainStr(v *jsontree.Value, at Location, dst *string) {
	if v.Kind != jsontree.String {
		d.add(at, CodeWrongType, "must be a string, not %s", v.Kind)
		return
	}
	*dst = v.Text
}

// readName reads a state name (StartAt, Next, Default): a non-empty
// string. The model keeps "" for "absent", so an empty name is reported
// here.
func (d *decoder) readName(v *jsontree.Value, at Location, dst *string) {
	if v.Kind == jsontree.String && v.Text == "" {
		d.add(at, CodeInvalidValue, "must name a state, not be empty")
		return
	}
	d.readPlainStr(v, at, dst)
}

func (d *decoder) readInt(v *jsontree.Value, at Location, dst **int64) {
	n, ok := d.integer(v, at)
	if ok {
		*dst = &n
	}
}

func (d *decoder) integer(v *jsontree.Value, at Location) (int64, bool) {
	if v.Kind != jsontree.Number {
		d.add(at, CodeWrongType, "must be an integer, not %s", v.Kind)
		return 0, false
	}
	// AWS's language service reads the spelling: 1.0 or 0.1e1 is not an
	// integer there even when its value is whole.
	if strings.ContainsAny(v.Text, ".eE") {
		d.add(at, CodeWrongType, "must be an integer written without a fraction or exponent, not %s", excerpt(v.Text))
		return 0, false
	}
	n, err := strconv.ParseInt(v.Text, 10, 64)
	if err != nil {
		d.add(at, CodeWrongType, "%s is out of range for an integer", excerpt(v.Text))
		return 0, false
	}
	return n, true
}

// readIntOrExpr reads an integer, or a string (a JSONata expression, checked by
// Validate).
func (d *decoder) readIntOrExpr(v *jsontree.Value, at Location, dst **IntOrExpr) {
	if v.Kind == jsontree.String {
		*dst = &IntOrExpr{Expr: v.Text}
		return
	}
	if n, ok := d.integer(v, at); ok {
		*dst = &IntOrExpr{Int: n}
	}
}

func (d *decoder) readFloat(v *jsontree.Value, at Location, dst **float64) {
	f, ok := v.Float()
	if !ok {
		d.add(at, CodeWrongType, "must be a number, not %s", v.Kind)
		return
	}
	*dst = &f
}

func (d *decoder) readBoolean(v *jsontree.Value, at Location, dst **bool) {
	if v.Kind != jsontree.Bool {
		d.add(at, CodeWrongType, "must be a boolean, not %s", v.Kind)
		return
	}
	b := v.Bool
	*dst = &b
}

// readNullablePath reads a path string or null.
func (d *decoder) readNullablePath(v *jsontree.Value, at Location, dst **NullablePath) {
	switch v.Kind {
	case jsontree.Null:
		*dst = &NullablePath{Null: true}
	case jsontree.String:
		*dst = &NullablePath{Path: v.Text}
	default:
		d.add(at, CodeWrongType, "must be a path string or null, not %s", v.Kind)
	}
}

// readStrings reads an array of strings (ErrorEquals).
func (d *decoder) readStrings(v *jsontree.Value, at Location, dst *[]string) {
	if v.Kind != jsontree.Array {
		d.add(at, CodeWrongType, "must be an array of strings, not %s", v.Kind)
		return
	}
	out := make([]string, 0, len(v.Items))
	for i, it := range v.Items {
		if it.Kind != jsontree.String {
			d.add(at.Index(i), CodeWrongType, "must be a string, not %s", it.Kind)
			continue
		}
		out = append(out, it.Text)
	}
	*dst = out
}

// readObj reads a JSON object kept as a value (Parameters, ResultSelector, …).
func (d *decoder) readObj(v *jsontree.Value, at Location, dst **jsontree.Value) {
	if v.Kind != jsontree.Object {
		d.add(at, CodeWrongType, "must be an object, not %s", v.Kind)
		return
	}
	d.repeatedKeys(v, at)
	*dst = v
}

// readObjOrExpr reads an object or a string (a JSONata expression): Arguments.
func (d *decoder) readObjOrExpr(v *jsontree.Value, at Location, dst **jsontree.Value) {
	if v.Kind != jsontree.Object && v.Kind != jsontree.String {
		d.add(at, CodeWrongType, "must be an object or a JSONata expression string, not %s", v.Kind)
		return
	}
	d.repeatedKeys(v, at)
	*dst = v
}

// readAnyJSON reads any JSON value (Result, Output).
func (d *decoder) readAnyJSON(v *jsontree.Value, at Location, dst **jsontree.Value) {
	d.repeatedKeys(v, at)
	*dst = v
}

// repeatedKeys warns about a key repeated inside an object of a payload
// template or Result, at any depth. AWS accepts the definition (its
// language service warns, and the JSON is read keeping one of the
// values), so it is a warning, not an error.
func (d *decoder) repeatedKeys(v *jsontree.Value, at Location) {
	switch v.Kind {
	case jsontree.Array:
		for i, it := range v.Items {
			if it.Kind == jsontree.Object || it.Kind == jsontree.Array {
				d.repeatedKeys(it, at.Index(i))
			}
		}
	case jsontree.Object:
		var seen map[string]bool // for large objects; small ones compare in place
		if len(v.Members) > 16 {
			seen = make(map[string]bool, len(v.Members))
		}
		for i, m := range v.Members {
			repeated := false
			if seen != nil {
				repeated = seen[m.Key]
				seen[m.Key] = true
			} else {
				for _, prev := range v.Members[:i] {
					repeated = repeated || prev.Key == m.Key
				}
			}
			if repeated {
				d.diags = append(d.diags, Diagnostic{Severity: Warning, Code: CodeDuplicateKey, At: at.At(m.Key),
					Message: fmt.Sprintf("key %s appears more than once in this object; only one of its values is kept", excerpt(m.Key))})
			}
			if m.Value.Kind == jsontree.Object || m.Value.Kind == jsontree.Array {
				d.repeatedKeys(m.Value, at.At(m.Key))
			}
		}
	}
}

// readQueryLanguage reads QueryLanguage. The model keeps "" for "absent", so
// an empty value is reported here; other unknown values are kept for
// Validate to report.
func (d *decoder) readQueryLanguage(v *jsontree.Value, at Location, dst *QueryLanguage) {
	if v.Kind != jsontree.String {
		d.add(at, CodeWrongType, "must be a string, not %s", v.Kind)
		return
	}
	if v.Text == "" {
		d.add(at, CodeInvalidValue, "QueryLanguage must be %q or %q, not \"\"", JSONPath, JSONata)
		return
	}
	*dst = QueryLanguage(v.Text)
}
