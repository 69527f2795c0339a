package jsonata

import (
	"strings"
	"testing"
)

// dump writes a node as a compact S-expression for the tests.
func dump(n *Node) string {
	var b strings.Builder
	var w func(*Node)
	w = func(n *Node) {
		b.WriteString("(" + n.Kind.String())
		if n.Value != "" {
			b.WriteString(" " + n.Value)
		}
		if n.Flags != "" {
			b.WriteString(" /" + n.Flags)
		}
		if n.Signature != "" {
			b.WriteString(" " + n.Signature)
		}
		if n.Descending {
			b.WriteString(" desc")
		}
		if n.KeepArray {
			b.WriteString(" []")
		}
		for _, c := range n.Children {
			b.WriteString(" ")
			w(c)
		}
		if n.Focus != nil {
			b.WriteString(" @$" + n.Focus.Value)
		}
		if n.Index != nil {
			b.WriteString(" #$" + n.Index.Value)
		}
		for _, c := range n.Predicate {
			b.WriteString(" predicate:")
			w(c)
		}
		for _, c := range n.Stages {
			b.WriteString(" stage:")
			w(c)
		}
		if n.Group != nil {
			b.WriteString(" group:")
			w(n.Group)
		}
		b.WriteString(")")
	}
	w(n)
	return b.String()
}

func TestTree(t *testing.T) {
	cases := []struct{ in, want string }{
		{`$states.input.count + 1`,
			`(Binary + (Path (Variable states) (Name input) (Name count)) (Number 1))`},
		{`a.b[0].c`,
			`(Path (Name a) (Name b stage:(Filter [ (Number 0))) (Name c))`},
		{`$x[0]`,
			`(Variable x predicate:(Filter [ (Number 0)))`},
		{`a."b".-1 = 1`, ``},
		{`Account.Order[0].Product#$i.{ "i": $i }`,
			`(Path (Name Account) (Name Order stage:(Filter [ (Number 0))) (Name Product #$i) (Object (Pair (String i) (Variable i))))`},
		{`a[0]#$i[1]`,
			`(Path (Name a stage:(Filter [ (Number 0)) stage:(Index i) stage:(Filter [ (Number 1))))`},
		{`a@$o.b{k: v}^(>x)`,
			`(Path (Name a @$o) (Name b) (Sort ^ (SortTerm desc (Path (Name x)))) group:(Object (Pair (Path (Name k)) (Path (Name v)))))`},
		{`a[]`, `(Path [] (Name a []))`},
		{`-1`, `(Number -1)`},
		{`--1`, `(Number 1)`},
		{`-a`, `(Negate - (Path (Name a)))`},
		{`[1..3, 5]`, `(Array (Binary .. (Number 1) (Number 3)) (Number 5))`},
		{`$substring(?, 0)`, `(Partial (Variable substring) (Placeholder ?) (Number 0))`},
		{`function($x, $y)<nn:n>{ $x }`, `(Lambda function <nn:n> (Variable x) (Variable y) (Variable x))`},
		{`c ? a : b`, `(Condition ? (Path (Name c)) (Path (Name a)) (Path (Name b)))`},
		{`|a|{"b": 1}, ["c"]|`, `(Transform | (Path (Name a)) (Object (Pair (String b) (Number 1))) (Array (String c)))`},
		{`($x := 1; $x)`, `(Block (Bind := (Variable x) (Number 1)) (Variable x))`},
		{`x ~> $f()`, `(Apply ~> (Path (Name x)) (Call (Variable f)))`},
		{`/ab/i`, `(Regex ab /i)`},
		{`**.%`, ``},
		{`a.*.%`, `(Path (Name a) (Wildcard *) (Parent %))`},
		{"`a b`.and", "(Path (Name a b) (Name and))"},
		{`true and null`, `(Binary and (Bool true) (Null null))`},
	}
	for _, tc := range cases {
		e, err := Parse(tc.in)
		if tc.want == "" {
			if err == nil {
				t.Errorf("Parse(%q) = %s, want an error", tc.in, dump(e.Root))
			}
			continue
		}
		if err != nil {
			t.Errorf("Parse(%q): %v", tc.in, err)
			continue
		}
		if got := dump(e.Root); got != tc.want {
			t.Errorf("Parse(%q):\n got %s\nwant %s", tc.in, got, tc.want)
		}
	}
}

func TestKindString(t *testing.T) {
	for k := KindInvalid; k <= KindIndex; k++ {
		if strings.HasPrefix(k.String(), "NodeKind(") {
			t.Errorf("kind %d has no name", k)
		}
	}
	if NodeKind(99).String() != "NodeKind(99)" {
		t.Error("unknown kind name")
	}
}

func TestErrorString(t *testing.T) {
	_, err := Parse(`(1`)
	if got, want := err.Error(), `at 2: Expected ")" before end of expression`; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	var nilErr *Error
	if nilErr.Error() != "<nil>" {
		t.Error("nil *Error")
	}
}
