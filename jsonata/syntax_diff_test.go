package jsonata

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stepwise-go/stepwise/value"
)

// TestSyntaxErrorsAgainstJsonataJS parses malformed expressions with this
// package and with jsonata-js 2.0.6 (testdata/syntax.js) and requires the
// same verdict and, for an error, the same object jsonata-js throws:
// code, message, position (UTF-16 units), token and value, as
// Error.Fields gives them. The expressions are valid generated ones
// (gen_test.go, evalGen and the parse tables) broken by syntaxMutate:
// characters and tokens deleted, inserted, duplicated or swapped,
// strings, names, comments and regular expressions left open, bad
// escapes, stray operators, brackets unbalanced, and characters outside
// the Basic Multilingual Plane put before the damage so that UTF-16
// offsets matter. Everything is seeded; STEPWISE_JSONATA_SYNTAX=N checks
// N mutants instead of the default 6,000, STEPWISE_JSONATA_SEED picks
// another seed.
func TestSyntaxErrorsAgainstJsonataJS(t *testing.T) {
	needNode(t)
	n := diffCount(t, "STEPWISE_JSONATA_SYNTAX", 6000, "expressions")
	seed := diffSeed(t, 20261206)
	exprs := append(append(syntaxErrorCaseExprs(), tableExpressions()...), surrogateExprs()...)
	exprs = append(exprs, stepExprs...)
	exprs = append(exprs, syntaxMutants(n, seed)...)
	ref := referenceSyntaxErrors(t, exprs)
	errs, disagree := 0, 0
	codes := map[string]int{}
	for i, e := range exprs {
		want := ref[i]
		got := ourSyntaxOutcome(e)
		if want != "" {
			errs++
			codes[syntaxCode(want)]++
		}
		if got == want {
			continue
		}
		disagree++
		if disagree <= 30 {
			t.Errorf("%q\n  jsonata-js: %s\n  stepwise:   %s", e, orOK(want), orOK(got))
		}
	}
	t.Logf("%d expressions (seed %d): jsonata-js rejects %d (%s); %d disagree", len(exprs), seed, errs, formatCounts(codes), disagree)
	// Every remaining disagreement is a defect: the threshold is zero.
	if disagree > 0 {
		t.Errorf("%d of %d expressions differ from jsonata-js", disagree, len(exprs))
	}
}

func orOK(s string) string {
	if s == "" {
		return "accepted"
	}
	return s
}

func syntaxCode(errJSON string) string {
	var o struct {
		Code string `json:"code"`
	}
	_ = json.Unmarshal([]byte(errJSON), &o)
	if o.Code == "" {
		return "none"
	}
	return o.Code
}

func formatCounts(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sortStrings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d", k, m[k])
	}
	return strings.Join(parts, ", ")
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// ourSyntaxOutcome is "" when Parse accepts e, else Error.Fields as JSON.
func ourSyntaxOutcome(e string) string {
	_, err := Parse(e)
	if err == nil {
		return ""
	}
	return string(value.Marshal(err.(*Error).Fields(e)))
}

// referenceSyntaxErrors runs exprs through testdata/syntax.js and returns,
// per expression, "" when jsonata-js accepts it, else its error in the
// form ourSyntaxOutcome gives: re-encoded by value.Marshal, and a
// JavaScript exception (no code, a name) written with code "".
func referenceSyntaxErrors(t *testing.T, exprs []string) []string {
	t.Helper()
	var in bytes.Buffer
	for _, e := range exprs {
		in.Write(value.Marshal(e))
		in.WriteByte('\n')
	}
	cmd := exec.Command("node", filepath.Join("testdata", "syntax.js"))
	cmd.Stdin = &in
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("testdata/syntax.js: %v", err)
	}
	var res []string
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		v, err := value.ParseString(sc.Text())
		if err != nil {
			t.Fatalf("testdata/syntax.js printed %q: %v", sc.Text(), err)
		}
		o := v.(*value.Object)
		e, ok := o.Get("error")
		if !ok {
			res = append(res, "")
			continue
		}
		eo := e.(*value.Object)
		norm := value.NewObject(6)
		if _, ok := eo.Get("name"); ok {
			norm.Set("code", "")
		}
		for _, k := range []string{"code", "message", "position", "token", "value"} {
			if x, ok := eo.Get(k); ok {
				norm.Set(k, x)
			}
		}
		res = append(res, string(value.Marshal(norm)))
	}
	if len(res) != len(exprs) {
		t.Fatalf("testdata/syntax.js answered %d of %d expressions", len(res), len(exprs))
	}
	return res
}

// syntaxErrorCaseExprs are the expressions of the table test.
func syntaxErrorCaseExprs() []string {
	out := make([]string, len(syntaxErrorCases))
	for i, c := range syntaxErrorCases {
		out[i] = c.in
	}
	return out
}

// surrogateExprs put lone surrogates (WTF-8) where a syntax error's
// position, token or message depends on them.
func surrogateExprs() []string {
	hi, lo := "\xed\xa0\xbd", "\xed\xb8\x80"
	return []string{
		hi + " + (1", `"` + hi + `" & (`, "`" + hi + "` + ", `"\` + hi + `"`, `"\` + lo + `x`,
		hi + lo + " ~ 1", "a." + hi + " 1", `/` + hi + `**/`, `"abc` + hi,
		"function($x)<" + hi + "<s>>{1}", "function($x)<(" + lo + "<s>)>{1}", "[" + hi + ", ",
	}
}

// stepExprs are the post-parse errors: % after a step of every kind
// (S0217 names the step's type), at the top of every kind of
// expression, and the step rules S0209, S0210, S0215 and S0216.
var stepExprs = []string{
	"$x.%", "$f().%", "$f(?).%", "[1].%", "{}.%", "/a/.%", "**.%", "function(){1}.%", "a^(b).%", "|a|{}|.%",
	"$x := %", "[%]", "%.a", "-%", "(%)", "% + 1", "$f(%)", "a ? % : 1", "% ~> $f", `{"a": %}`, "|%|{}|", "a[%]",
	"a.b.%.%.%", "a.(%)", "a.(b;%)", "a.(b;%.%)", "a.[%]", `a.{"x": %}`, "a.$f(%)", "a.(% + 1)", "a.$x.%", "a.b[%.%.%]",
	`a{"k": %}`, "a^(%)", "a^(%.%)", "a@$v.%", "a#$i.%", "a@$v.b@$w.%.%", "a.b#$i[0].%", "$.%", "$$.%", "a.*.%", "a.**.%",
	"a.(%.b)", "function($x){%}", "a.function($x){%}", "a.b.c ~> $f(%)", "a.($x := %)", "a.[%, %.%]", "a.-%", "a.(1 ? % : %)",
	`$x{"k":1}[0]`, `$x{"k":1}{"j":2}`, `a[0]{"k":1}@$v`, "(a)[0]@$v", "$x[0]@$v", "[1][0]#$i",
}

// syntaxMutants returns n distinct malformed (mostly) expressions.
func syntaxMutants(n int, seed int64) []string {
	rng := rand.New(rand.NewSource(seed))
	g := &evalGen{r: rng}
	base := append(tableExpressions(), randomExpressions(400, seed)...)
	for i := 0; i < 400; i++ {
		base = append(base, g.expr(3))
	}
	seen := map[string]bool{}
	var out []string
	for tries := 0; len(out) < n && tries < 20*n+1000; tries++ {
		src := base[rng.Intn(len(base))]
		m := syntaxMutate(rng, src)
		if rng.Intn(3) == 0 {
			m = syntaxMutate(rng, m)
		}
		if !utf8.ValidString(m) || len(m) > 300 {
			continue
		}
		if rng.Intn(20) == 0 {
			// A lone surrogate (WTF-8, as value.Surrogate reads it)
			// counts one UTF-16 unit, as it does in JavaScript.
			m = loneSurrogates[rng.Intn(len(loneSurrogates))] + m
		}
		if seen[m] {
			continue
		}
		seen[m] = true
		out = append(out, m)
	}
	return out
}

// syntaxFragments are inserted by syntaxMutate: each opens, closes or
// breaks something.
var syntaxFragments = []string{
	`"`, `'`, "`", "/*", "*/", "/", "//", "/a", "/[", "/)/", "/a/ii", "/a**/", "/(?<x>a)(?<x>b)/",
	`"\`, `"\q"`, `"\u12`, `"\u00zz"`, `"\u"`, `"\😀"`, `'\x'`, `"\`,
	"(", ")", "[", "]", "{", "}", "|", ",", ";", ":", "?", "..", ":=", "@", "#", "^", "^(", "~", "!", "~>",
	"+", "-", "*", "**", "%", "=", "!=", "<", ">", "&", "and", "or", "in", "$", "$x", "@1", "#1", "@$v", "#$i",
	"1", "1.5", "1e999", "-1", "true", "null", "function", "λ", "function(1)", "function($x)<s<s>>{1}",
	"function($x)<(s<n>)>{1}", "function($x)<x-:>{1}", "%", "%.", "a.1", "a.true", "a.null", "a.-1",
	"a[0]{\"k\":1}{\"k\":2}", "a{\"k\":1}[0]", "a[0]@$v", "a^(x)@$v", "$x := ", "1 := 2", "a @ b", "a # 1",
	"$x{\"k\":1}[0]", "$x[0]@$v", "$f().%", "[1].%", "a.(b;%)", "%.%",
	"😀", "é", "\U0001F600\U0001F600", "\t", "\n", "\f", " ",
}

// loneSurrogates are U+D83D and U+DE00 written as WTF-8, alone and in
// the places they can be.
var loneSurrogates = []string{"\xed\xa0\xbd", "\xed\xb8\x80", "\"\xed\xa0\xbd\" & ", "`\xed\xb8\x80`.", "\xed\xa0\xbd."}

// nonBMP is put before a mutation so that UTF-16 offsets differ from
// byte and character offsets.
var nonBMP = []string{"😀", "𝒜", "\"😀\" & ", "`𝒜`.", "/* 😀 */ "}

// syntaxMutate breaks src in one of several ways.
func syntaxMutate(rng *rand.Rand, src string) string {
	r := []rune(src)
	i := 0
	if len(r) > 0 {
		i = rng.Intn(len(r) + 1)
	}
	head, tail := string(r[:i]), string(r[i:])
	if rng.Intn(4) == 0 {
		head = nonBMP[rng.Intn(len(nonBMP))] + head
	}
	switch rng.Intn(8) {
	case 0: // delete a character
		if tail != "" {
			_, size := utf8.DecodeRuneInString(tail)
			tail = tail[size:]
		}
	case 1: // duplicate a character
		if tail != "" {
			_, size := utf8.DecodeRuneInString(tail)
			tail = tail[:size] + tail
		}
	case 2: // swap two characters
		tr := []rune(tail)
		if len(tr) >= 2 {
			tr[0], tr[1] = tr[1], tr[0]
		}
		tail = string(tr)
	case 3: // cut the rest off
		tail = ""
	case 4: // delete a run of characters
		tr := []rune(tail)
		tail = string(tr[min(len(tr), 1+rng.Intn(4)):])
	}
	// Every case also inserts a fragment, so most mutants are broken.
	if rng.Intn(3) > 0 {
		head += syntaxFragments[rng.Intn(len(syntaxFragments))]
	}
	return head + tail
}

// syntaxErrorCases are syntax errors whose every field is checked here,
// without Node.js; the differential test checks them against jsonata-js
// too. Positions are UTF-16 units, as jsonata-js reports them.
var syntaxErrorCases = []struct {
	in, want string
}{
	// The tokenizer.
	{`"abc`, `{"code":"S0101","message":"String literal must be terminated by a matching quote","position":4}`},
	{`"\u12`, `{"code":"S0101","message":"String literal must be terminated by a matching quote","position":7}`},
	{`1e999`, `{"code":"S0102","message":"Number out of range: \"1e999\"","position":0,"token":"1e999"}`},
	{`"a\q"`, `{"code":"S0103","message":"Unsupported escape sequence: \\\"q\"","position":3,"token":"q"}`},
	{`"a\`, `{"code":"S0103","message":"Unsupported escape sequence: \\\"\"","position":3,"token":""}`},
	{`"\😀"`, `{"code":"S0103","message":"Unsupported escape sequence: \\\"\\ud83d\"","position":2,"token":"\ud83d"}`},
	{`"\u00zz"`, `{"code":"S0104","message":"The escape sequence \\u must be followed by 4 hex digits","position":2}`},
	{"`abc", "{\"code\":\"S0105\",\"message\":\"Quoted property name must be terminated with a backquote (`)\",\"position\":4}"},
	{`1 /* x`, `{"code":"S0106","message":"Comment has no closing tag","position":2}`},
	{`a ~ b`, `{"code":"S0204","message":"Unknown operator: \"~\"","position":3,"token":"~"}`},
	{`//`, `{"code":"S0301","message":"Empty regular expressions are not allowed","position":1}`},
	{`/a`, `{"code":"S0302","message":"No terminating / in regular expression","position":2}`},
	{`/a**/`, `{"code":"","message":"Invalid regular expression: /a**/g: Nothing to repeat"}`},
	{`/a/mim`, `{"code":"","message":"Invalid flags supplied to RegExp constructor 'mimg'"}`},
	// The parser: positions are just after the token it stood on.
	{`a b`, `{"code":"S0201","message":"Syntax error: \"b\"","position":3,"token":"b"}`},
	{`1 2`, `{"code":"S0201","message":"Syntax error: 2","position":3,"token":2}`},
	{`a /x/`, `{"code":"S0207","message":"Unexpected end of expression","position":5,"token":"(end)"}`},
	{`function($x)<s>/x/`, `{"code":"S0202","message":"Expected \"{\", got {}","position":18,"token":{},"value":"{"}`},
	{`[1 $x`, `{"code":"S0202","message":"Expected \"]\", got \"x\"","position":5,"token":"x","value":"]"}`},
	{`[1 null`, `{"code":"S0202","message":"Expected \"]\", got null","position":7,"token":null,"value":"]"}`},
	{`(1`, `{"code":"S0203","message":"Expected \")\" before end of expression","position":2,"token":"(end)","value":")"}`},
	{`😀 + (1`, `{"code":"S0203","message":"Expected \")\" before end of expression","position":7,"token":"(end)","value":")"}`},
	{`1 +`, `{"code":"S0207","message":"Unexpected end of expression","position":3,"token":"(end)"}`},
	{`[1 +`, `{"code":"S0203","message":"Expected \"]\" before end of expression","position":4,"token":"(end)","value":"]"}`},
	{`function(1){1}`, `{"code":"S0208","message":"Parameter 1 of function definition must be a variable name (start with $)","position":10,"token":1,"value":1}`},
	{`a[0]{"k":1}{"k":2}`, `{"code":"S0210","message":"Each step can only have one grouping expression","position":12}`},
	{`)`, `{"code":"S0211","message":"The symbol \")\" cannot be used as a unary operator","position":1,"token":")"}`},
	{`a.b := 1`, `{"code":"S0212","message":"The left side of := must be a variable name (start with $)","position":2,"token":"."}`},
	{`a.1`, `{"code":"S0213","message":"The literal value 1 cannot be used as a step within a path expression","position":3,"value":1}`},
	{`a.-1`, `{"code":"S0213","message":"The literal value -1 cannot be used as a step within a path expression","position":4,"value":-1}`},
	{`a.null`, `{"code":"S0213","message":"The literal value null cannot be used as a step within a path expression","position":6,"value":null}`},
	{`a @ b`, `{"code":"S0214","message":"The right side of \"@\" must be a variable name (start with $)","position":5,"token":"@"}`},
	{`a[0]@$v`, `{"code":"S0215","message":"A context variable binding must precede any predicates on a step","position":5}`},
	{`a^(x)@$v`, `{"code":"S0216","message":"A context variable binding must precede the 'order-by' clause on a step","position":6}`},
	{`%`, `{"code":"S0217","message":"The object representing the 'parent' cannot be derived from this expression","token":"parent"}`},
	{`%.a`, `{"code":"S0217","message":"The object representing the 'parent' cannot be derived from this expression","token":"path"}`},
	{`$x := %`, `{"code":"S0217","message":"The object representing the 'parent' cannot be derived from this expression","position":5,"token":"bind"}`},
	{`function($x)<s<s>>{1}`, `{"code":"S0401","message":"Type parameters can only be applied to functions and arrays","position":15,"value":"s"}`},
	{`function($x)<(s<n>)>{1}`, `{"code":"S0402","message":"Choice groups containing parameterized types are not supported","position":14,"value":"s<n>"}`},
}

// TestSyntaxErrorFields checks every field of the table's errors.
func TestSyntaxErrorFields(t *testing.T) {
	for _, c := range syntaxErrorCases {
		if got := ourSyntaxOutcome(c.in); got != c.want {
			t.Errorf("%q\n  got  %s\n  want %s", c.in, got, c.want)
		}
	}
}
