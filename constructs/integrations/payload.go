package integrations

import (
	"encoding/json"
	"fmt"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/stepwise-go/stepwise/constructs/sfn"
	"github.com/stepwise-go/stepwise/jsonpath"
	"github.com/stepwise-go/stepwise/jsontree"
)

var (
	pathType  = reflect.TypeFor[sfn.Path]()
	treeType  = reflect.TypeFor[*jsontree.Value]()
	rawType   = reflect.TypeFor[json.RawMessage]()
	plainName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)
)

// jsonataForm converts a JSONPath-style payload to its JSONata form: each
// sfn.Path becomes the equivalent {% … %} expression, everything else is
// taken literally. Struct fields keep their order and `json` tags. It
// returns nil and an error when a Path has no JSONata equivalent.
func jsonataForm(x any) (*jsontree.Value, error) {
	return toJSONata(reflect.ValueOf(x), 0)
}

func toJSONata(v reflect.Value, depth int) (*jsontree.Value, error) {
	if depth > 64 {
		return nil, fmt.Errorf("the value nests too deeply")
	}
	if !v.IsValid() {
		return jsontree.NewNull(), nil
	}
	switch v.Type() {
	case pathType:
		expr, err := PathToJSONata(string(v.Interface().(sfn.Path)))
		if err != nil {
			return nil, err
		}
		return jsontree.NewString(expr), nil
	case treeType:
		if v.IsNil() {
			return jsontree.NewNull(), nil
		}
		return v.Interface().(*jsontree.Value), nil
	case rawType:
		return jsontree.Parse(v.Interface().(json.RawMessage))
	}
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			return jsontree.NewNull(), nil
		}
		return toJSONata(v.Elem(), depth+1)
	case reflect.String:
		return jsontree.NewString(v.String()), nil
	case reflect.Bool:
		return jsontree.NewBool(v.Bool()), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return jsontree.NewInt(v.Int()), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return jsontree.NewNumber(strconv.FormatUint(v.Uint(), 10)), nil
	case reflect.Float32, reflect.Float64:
		return jsontree.NewFloat(v.Float()), nil
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			return jsontree.NewNull(), nil
		}
		out := jsontree.NewArray()
		for i := range v.Len() {
			item, err := toJSONata(v.Index(i), depth+1)
			if err != nil {
				return nil, err
			}
			out.Items = append(out.Items, item)
		}
		return out, nil
	case reflect.Map:
		if v.Type().Key().Kind() != reflect.String {
			return nil, fmt.Errorf("map keys must be strings")
		}
		keys := make([]string, 0, v.Len())
		for _, k := range v.MapKeys() {
			keys = append(keys, k.String())
		}
		sort.Strings(keys)
		out := jsontree.NewObject()
		for _, k := range keys {
			item, err := toJSONata(v.MapIndex(reflect.ValueOf(k).Convert(v.Type().Key())), depth+1)
			if err != nil {
				return nil, err
			}
			out.Set(k, item)
		}
		return out, nil
	case reflect.Struct:
		out := jsontree.NewObject()
		t := v.Type()
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "-" {
				continue
			}
			if name == "" {
				name = f.Name
			}
			fv := v.Field(i)
			if strings.Contains(opts, "omitempty") && fv.IsZero() {
				continue
			}
			item, err := toJSONata(fv, depth+1)
			if err != nil {
				return nil, err
			}
			out.Set(name, item)
		}
		return out, nil
	}
	// Anything else (time.Time, json.Marshaler …): its JSON.
	data, err := json.Marshal(v.Interface())
	if err != nil {
		return nil, err
	}
	return jsontree.Parse(data)
}

// PathToJSONata returns the JSONata expression that reads what the
// JSONPath p reads: "$" is "{% $states.input %}", "$.a.b[0]" is
// "{% $states.input.a.b[0] %}", "$$.Task.Token" is
// "{% $states.context.Task.Token %}" and "$name" (a variable) is
// "{% $name %}". Only reference paths (names and indexes) translate;
// intrinsic functions, wildcards, filters, slices and unions return an
// error.
func PathToJSONata(p string) (string, error) {
	if strings.HasPrefix(p, "States.") {
		return "", fmt.Errorf("%q calls an intrinsic function, which has no automatic JSONata form; use sfn.Expr", p)
	}
	parsed, err := jsonpath.Parse(p)
	if err != nil {
		return "", fmt.Errorf("%q: %v", p, err)
	}
	var b strings.Builder
	switch parsed.Root {
	case jsonpath.Input:
		b.WriteString("$states.input")
	case jsonpath.Context:
		b.WriteString("$states.context")
	case jsonpath.Variable:
		b.WriteString("$" + parsed.Variable)
	}
	for _, s := range parsed.Segments {
		switch s.Kind {
		case jsonpath.Field:
			if plainName.MatchString(s.Name) {
				b.WriteString("." + s.Name)
			} else {
				b.WriteString(".`" + s.Name + "`")
			}
		case jsonpath.Index:
			b.WriteString("[" + strconv.Itoa(s.Index) + "]")
		default:
			return "", fmt.Errorf("%q selects with %s, which has no automatic JSONata form; use sfn.Expr", p, s.Kind)
		}
	}
	return sfn.Expr(b.String()), nil
}
