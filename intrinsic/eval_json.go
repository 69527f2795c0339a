package intrinsic

import (
	"strings"

	"github.com/stepwise-go/stepwise/value"
)

// evalStringToJSON is States.StringToJson(s): s parsed as JSON; a blank
// string gives null (rec: intrinsic_functions/test_string_to_json[1]).
func evalStringToJSON(n *node, _ *Env, args []value.Value) (value.Value, error) {
	s, err := stringArg(n, args, 0)
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(s) == "" {
		return value.Null, nil
	}
	v, perr := value.ParseString(s)
	if perr != nil {
		return nil, fail(n, "the string is not valid JSON: %v", perr)
	}
	return v, nil
}

// evalJSONToString is States.JsonToString(v): v as compact JSON.
func evalJSONToString(_ *node, _ *Env, args []value.Value) (value.Value, error) {
	return javaJSON(args[0]), nil
}

// evalJSONMerge is States.JsonMerge(a, b, false): a's members, each
// replaced by b's member of that name, then b's other members (a shallow
// merge; AWS allows no deep merge).
func evalJSONMerge(n *node, _ *Env, args []value.Value) (value.Value, error) {
	a, err := objectArg(n, args, 0)
	if err != nil {
		return nil, err
	}
	b, err := objectArg(n, args, 1)
	if err != nil {
		return nil, err
	}
	if deep, ok := args[2].(bool); !ok || deep {
		return nil, fail(n, "the third argument (deep merge) must be false, got %s", describe(args[2]))
	}
	out := a.Copy()
	for _, k := range b.Keys() {
		v, _ := b.Get(k)
		out.Set(k, v)
	}
	return out, nil
}
