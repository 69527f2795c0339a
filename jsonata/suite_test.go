package jsonata

import (
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/stepwise-go/stepwise/value"
)

// suiteDir is the official jsonata-js 2.0.6 test suite, shared read-only
// (one level further up from a worktree in /work/wt).
var suiteDir = func() string {
	for _, d := range []string{"../../shared/jsonata-suite", "../../../shared/jsonata-suite"} {
		if _, err := os.Stat(d); err == nil {
			return d
		}
	}
	return "../../shared/jsonata-suite"
}()

// suiteCase is one case; fields are read with value.Parse, which keeps
// lone surrogates (encoding/json would replace them).
type suiteCase struct {
	Expr            string
	ExprFile        string
	Data            value.Value
	HasData         bool
	Dataset         string
	Bindings        *value.Object
	Result          value.Value
	HasResult       bool
	UndefinedResult bool
	Code            string
	Token           string
	Error           *value.Object
	Timelimit       float64
	Depth           float64
	HasBudget       bool
}

func newSuiteCase(o *value.Object) suiteCase {
	var c suiteCase
	str := func(k string) string { v, _ := o.Get(k); s, _ := v.(string); return s }
	c.Expr, c.ExprFile, c.Dataset, c.Code, c.Token = str("expr"), str("expr-file"), str("dataset"), str("code"), str("token")
	c.Data, c.HasData = o.Get("data")
	c.Result, c.HasResult = o.Get("result")
	if v, ok := o.Get("undefinedResult"); ok {
		c.UndefinedResult = v == true
	}
	if v, ok := o.Get("bindings"); ok {
		c.Bindings, _ = v.(*value.Object)
	}
	if v, ok := o.Get("error"); ok {
		c.Error, _ = v.(*value.Object)
	}
	tl, ok1 := o.Get("timelimit")
	d, ok2 := o.Get("depth")
	if ok1 && ok2 {
		c.Timelimit, _ = tl.(float64)
		c.Depth, _ = d.(float64)
		c.HasBudget = true
	}
	return c
}

// TestSuite runs every case of the jsonata test suite through
// CompileString and Eval, as run.py runs them through the CLI.
func TestSuite(t *testing.T) {
	groups, err := os.ReadDir(filepath.Join(suiteDir, "groups"))
	if err != nil {
		t.Skipf("jsonata test suite not found at %s: %v", suiteDir, err)
	}
	passed, skipped, total := 0, 0, 0
	for _, g := range groups {
		dir := filepath.Join(suiteDir, "groups", g.Name())
		files, _ := os.ReadDir(dir)
		names := make([]string, 0, len(files))
		for _, f := range files {
			if strings.HasSuffix(f.Name(), ".json") {
				names = append(names, f.Name())
			}
		}
		sort.Strings(names)
		for _, name := range names {
			data, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			doc, err := value.Parse(data)
			if err != nil {
				t.Fatalf("%s/%s: %v", g.Name(), name, err)
			}
			var cases []suiteCase
			list := false
			switch x := doc.(type) {
			case []value.Value:
				list = true
				for _, item := range x {
					o, _ := item.(*value.Object)
					cases = append(cases, newSuiteCase(o))
				}
			case *value.Object:
				cases = []suiteCase{newSuiteCase(x)}
			}
			for i, c := range cases {
				id := g.Name() + "/" + name
				if list {
					id += "#" + itoa(i)
				}
				total++
				if suiteEvalRemoved[id] {
					skipped++
					continue
				}
				if c.ExprFile != "" {
					b, err := os.ReadFile(filepath.Join(dir, c.ExprFile))
					if err != nil {
						t.Fatal(err)
					}
					c.Expr = string(b)
				}
				if why := runSuiteCase(c); why != "" {
					t.Errorf("%s: %s\n  expr: %s", id, why, c.Expr)
					continue
				}
				passed++
			}
		}
	}
	t.Logf("jsonata suite: %d of %d cases passed, %d skipped ($eval, which Step Functions removed)", passed, total, skipped)
}

func itoa(i int) string { return value.FormatNumber(float64(i)) }

func runSuiteCase(c suiteCase) string {
	var input value.Value
	switch {
	case c.HasData:
		input = c.Data
	case c.Dataset != "":
		b, err := os.ReadFile(filepath.Join(suiteDir, "datasets", c.Dataset+".json"))
		if err != nil {
			return err.Error()
		}
		input, err = value.Parse(b)
		if err != nil {
			return err.Error()
		}
	}
	env := &Env{}
	if c.Bindings != nil && c.Bindings.Len() > 0 {
		env.Bindings = map[string]value.Value{}
		for i := 0; i < c.Bindings.Len(); i++ {
			k, v := c.Bindings.At(i)
			env.Bindings[k] = v
		}
	}
	if c.HasBudget {
		env.Timeout = time.Duration(c.Timelimit) * time.Millisecond
		env.MaxDepth = int(c.Depth)
	}
	p, err := CompileString(c.Expr)
	var got value.Value
	if err == nil {
		got, err = p.Eval(input, env)
	}
	switch {
	case c.UndefinedResult:
		if err != nil || got != nil {
			return "want undefined, got " + describeResult(got, err)
		}
	case c.HasResult:
		if err != nil || !sameValue(got, c.Result) {
			return "want " + string(value.Marshal(c.Result)) + ", got " + describeResult(got, err)
		}
	default:
		je, ok := err.(*Error)
		if !ok {
			return "want error " + c.Code + ", got " + describeResult(got, err)
		}
		code := c.Code
		want := map[string]value.Value{}
		if c.Error != nil {
			for i := 0; i < c.Error.Len(); i++ {
				k, v := c.Error.At(i)
				want[k] = v
			}
			code, _ = want["code"].(string)
		}
		if c.Token != "" {
			want["token"] = c.Token
		}
		if je.Code != code {
			return "want error " + code + ", got " + describeResult(got, err)
		}
		for k, v := range want {
			var have value.Value
			switch k {
			case "code":
				continue
			case "token":
				have = je.Token
			case "message":
				have = je.Msg
			case "value":
				have = je.Value
			case "functionName":
				have = je.FunctionName
			default:
				return "unchecked error field " + k
			}
			if !sameValue(have, v) {
				return "want " + k + " " + string(value.Marshal(v)) + ", got " + string(value.Marshal(have))
			}
		}
	}
	return ""
}

func describeResult(v value.Value, err error) string {
	if err != nil {
		if je, ok := err.(*Error); ok {
			return "error " + je.Code + ": " + je.Msg
		}
		return "error " + err.Error()
	}
	if v == nil {
		return "undefined"
	}
	return string(value.Marshal(v))
}

// sameValue compares as run.py does: numbers with a relative tolerance.
func sameValue(a, b value.Value) bool {
	switch x := a.(type) {
	case float64:
		y, ok := b.(float64)
		return ok && (x == y || math.Abs(x-y) <= 1e-12*math.Max(math.Abs(x), math.Abs(y)))
	case []value.Value:
		y, ok := b.([]value.Value)
		if !ok || len(x) != len(y) {
			return false
		}
		for i := range x {
			if !sameValue(x[i], y[i]) {
				return false
			}
		}
		return true
	case *value.Object:
		y, ok := b.(*value.Object)
		if !ok || x.Len() != y.Len() {
			return false
		}
		for i := 0; i < x.Len(); i++ {
			k, v := x.At(i)
			w, ok := y.Get(k)
			if !ok || !sameValue(v, w) {
				return false
			}
		}
		return true
	}
	return value.Equal(a, b)
}
