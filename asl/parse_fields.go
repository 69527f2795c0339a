package asl

import (
	"github.com/stepwise-go/stepwise/jsontree"
)

// The readers below return a field that stores the decoded value into dst,
// or reports a wrong-type problem and leaves dst unset.

func (d *decoder) str(dst **string) field {
	return func(v *jsontree.Value, at Location) {
		if v.Kind != jsontree.String {
			d.add(at, CodeWrongType, "must be a string, not %s", v.Kind)
			return
		}
		s := v.Text
		*dst = &s
	}
}

func (d *decoder) plainStr(dst *string) field {
	return func(v *jsontree.Value, at Location) {
		if v.Kind != jsontree.String {
			d.add(at, CodeWrongType, "must be a string, not %s", v.Kind)
			return
		}
		*dst = v.Text
	}
}

// name reads a state name (StartAt, Next, Default): a non-empty string.
// The model keeps "" for "absent", so an empty name is reported here.
func (d *decoder) name(dst *string) field {
	read := d.plainStr(dst)
	return func(v *jsontree.Value, at Location) {
		if v.Kind == jsontree.String && v.Text == "" {
			d.add(at, CodeInvalidValue, "must name a state, not be empty")
			return
		}
		read(v, at)
	}
}

func (d *decoder) int(dst **int64) field {
	return func(v *jsontree.Value, at Location) {
		n, ok := d.integer(v, at)
		if ok {
			*dst = &n
		}
	}
}

func (d *decoder) integer(v *jsontree.Value, at Location) (int64, bool) {
	if v.Kind != jsontree.Number {
		d.add(at, CodeWrongType, "must be an integer, not %s", v.Kind)
		return 0, false
	}
	n, ok := v.Int()
	if !ok {
		d.add(at, CodeWrongType, "must be an integer, not %s", v.Text)
	}
	return n, ok
}

// intOrExpr reads an integer, or a string (a JSONata expression, checked by
// Validate).
func (d *decoder) intOrExpr(dst **IntOrExpr) field {
	return func(v *jsontree.Value, at Location) {
		if v.Kind == jsontree.String {
			*dst = &IntOrExpr{Expr: v.Text}
			return
		}
		if n, ok := d.integer(v, at); ok {
			*dst = &IntOrExpr{Int: n}
		}
	}
}

func (d *decoder) float(dst **float64) field {
	return func(v *jsontree.Value, at Location) {
		f, ok := v.Float()
		if !ok {
			d.add(at, CodeWrongType, "must be a number, not %s", v.Kind)
			return
		}
		*dst = &f
	}
}

func (d *decoder) boolean(dst **bool) field {
	return func(v *jsontree.Value, at Location) {
		if v.Kind != jsontree.Bool {
			d.add(at, CodeWrongType, "must be a boolean, not %s", v.Kind)
			return
		}
		b := v.Bool
		*dst = &b
	}
}

// nullablePath reads a path string or null.
func (d *decoder) nullablePath(dst **NullablePath) field {
	return func(v *jsontree.Value, at Location) {
		switch v.Kind {
		case jsontree.Null:
			*dst = &NullablePath{Null: true}
		case jsontree.String:
			*dst = &NullablePath{Path: v.Text}
		default:
			d.add(at, CodeWrongType, "must be a path string or null, not %s", v.Kind)
		}
	}
}

// strings reads an array of strings (ErrorEquals).
func (d *decoder) strings(dst *[]string) field {
	return func(v *jsontree.Value, at Location) {
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
}

// obj reads a JSON object kept as a value (Parameters, ResultSelector, …).
func (d *decoder) obj(dst **jsontree.Value) field {
	return func(v *jsontree.Value, at Location) {
		if v.Kind != jsontree.Object {
			d.add(at, CodeWrongType, "must be an object, not %s", v.Kind)
			return
		}
		*dst = v
	}
}

// objOrExpr reads an object or a string (a JSONata expression): Arguments.
func (d *decoder) objOrExpr(dst **jsontree.Value) field {
	return func(v *jsontree.Value, at Location) {
		if v.Kind != jsontree.Object && v.Kind != jsontree.String {
			d.add(at, CodeWrongType, "must be an object or a JSONata expression string, not %s", v.Kind)
			return
		}
		*dst = v
	}
}

// anyJSON reads any JSON value (Result, Output).
func (d *decoder) anyJSON(dst **jsontree.Value) field {
	return func(v *jsontree.Value, at Location) { *dst = v }
}

// queryLanguage reads QueryLanguage. The model keeps "" for "absent", so
// an empty value is reported here; other unknown values are kept for
// Validate to report.
func (d *decoder) queryLanguage(dst *QueryLanguage) field {
	return func(v *jsontree.Value, at Location) {
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
}
