package sfn

import (
	"reflect"
	"strings"
	"sync"

	"github.com/stepwise-go/stepwise/jsontree"
)

// structField is one JSON member of a struct type, found as encoding/json
// finds them: exported fields in declaration order, the fields of embedded
// structs promoted, `json` tags honoured.
type structField struct {
	name      string
	index     []int
	depth     int  // embedding depth, for precedence
	tagged    bool // the name came from a tag
	omitEmpty bool
	omitZero  bool
	quoted    bool // the ",string" option
}

var structFieldCache sync.Map // reflect.Type → []structField

func (c *converter) structValue(v reflect.Value, where []any, depth int) *jsontree.Value {
	obj := jsontree.NewObject()
	for _, f := range fieldsOf(v.Type()) {
		fv, err := v.FieldByIndexErr(f.index)
		if err != nil { // through a nil embedded pointer
			continue
		}
		if f.omitEmpty && isEmptyValue(fv) || f.omitZero && isZeroValue(fv) {
			continue
		}
		if !f.quoted {
			c.member(obj, f.name, fv, where, depth)
			continue
		}
		at := append(where[:len(where):len(where)], f.name)
		item, _ := c.convert(fv, at, depth+1)
		switch item.Kind {
		case jsontree.Number, jsontree.Bool:
			var b []byte
			item = jsontree.NewString(string(jsontree.Compact.Append(b, item, 0)))
		case jsontree.String:
			item = jsontree.NewString(string(jsontree.AppendString(nil, item.Text)))
		}
		obj.Set(f.name, item)
	}
	return obj
}

// fieldsOf returns the JSON members of struct type t.
func fieldsOf(t reflect.Type) []structField {
	if fs, ok := structFieldCache.Load(t); ok {
		return fs.([]structField)
	}
	var all []structField
	collectFields(t, nil, 0, map[reflect.Type]bool{}, &all)
	fs := dominantFields(all)
	structFieldCache.Store(t, fs)
	return fs
}

func collectFields(t reflect.Type, index []int, depth int, visiting map[reflect.Type]bool, out *[]structField) {
	if visiting[t] {
		return
	}
	visiting[t] = true
	defer delete(visiting, t)
	for i := range t.NumField() {
		sf := t.Field(i)
		tag := sf.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		idx := append(index[:len(index):len(index)], i)
		ft := sf.Type
		if ft.Kind() == reflect.Pointer {
			ft = ft.Elem()
		}
		if sf.Anonymous && name == "" && ft.Kind() == reflect.Struct {
			collectFields(ft, idx, depth+1, visiting, out)
			continue
		}
		if !sf.IsExported() {
			continue
		}
		f := structField{name: name, index: idx, depth: depth, tagged: name != ""}
		if name == "" {
			f.name = sf.Name
		}
		for opt := range strings.SplitSeq(opts, ",") {
			switch opt {
			case "omitempty":
				f.omitEmpty = true
			case "omitzero":
				f.omitZero = true
			case "string":
				f.quoted = true
			}
		}
		*out = append(*out, f)
	}
}

// dominantFields keeps, for each name, the field encoding/json would use:
// the shallowest one, a tagged one among equally shallow ones; a name that
// stays ambiguous is dropped.
func dominantFields(all []structField) []structField {
	byName := map[string][]structField{}
	for _, f := range all {
		byName[f.name] = append(byName[f.name], f)
	}
	var out []structField
	for _, f := range all {
		cands := byName[f.name]
		best, ok := dominant(cands)
		if ok && sameIndex(best.index, f.index) {
			out = append(out, f)
		}
	}
	return out
}

func dominant(cands []structField) (structField, bool) {
	minDepth := cands[0].depth
	for _, f := range cands {
		minDepth = min(minDepth, f.depth)
	}
	var shallow []structField
	for _, f := range cands {
		if f.depth == minDepth {
			shallow = append(shallow, f)
		}
	}
	if len(shallow) == 1 {
		return shallow[0], true
	}
	var tagged []structField
	for _, f := range shallow {
		if f.tagged {
			tagged = append(tagged, f)
		}
	}
	if len(tagged) == 1 {
		return tagged[0], true
	}
	return structField{}, false
}

func sameIndex(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// isEmptyValue reports what omitempty omits: false, 0, "", nil, and empty
// arrays, slices and maps.
func isEmptyValue(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64,
		reflect.Interface, reflect.Pointer:
		return v.IsZero()
	}
	return false
}

// isZeroValue reports what omitzero omits: the zero value, or a value whose
// IsZero method says so.
func isZeroValue(v reflect.Value) bool {
	if v.CanInterface() {
		if z, ok := v.Interface().(interface{ IsZero() bool }); ok {
			if (v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface) && v.IsNil() {
				return true
			}
			return z.IsZero()
		}
	}
	return v.IsZero()
}
