package jsregexp_test

import (
	"errors"
	"fmt"

	"github.com/stepwise-go/stepwise/jsonata/internal/jsregexp"
)

func ExampleCompile() {
	re, err := jsregexp.Compile(`(\w)(\d)?`, "i")
	if err != nil {
		panic(err)
	}
	for _, m := range re.FindAll("a1 b") {
		fmt.Printf("%d-%d %q %q\n", m.Start, m.End, m.Text, m.Groups)
	}
	// Output:
	// 0-2 "a1" ["a" "1"]
	// 3-4 "b" ["b" ""]
}

func ExampleCompile_syntaxError() {
	_, err := jsregexp.Compile(`a**`, "")
	var se *jsregexp.SyntaxError
	fmt.Println(errors.As(err, &se), se.Msg)
	// Output: true Nothing to repeat
}

func ExampleRegexp_FindAt() {
	re, _ := jsregexp.Compile(`.`, "")
	// Indexes are UTF-16 code units: the emoji is two of them, and "."
	// matches one half of it.
	m := re.FindAt("😀b", 1)
	fmt.Println(m.Start, m.End, jsregexp.ToUTF16(m.Text))
	// Output: 1 2 [56832]
}

func ExampleUTF16Slice() {
	s := "a😀b"
	fmt.Println(jsregexp.UTF16Len(s), jsregexp.UTF16Slice(s, 1, 3), jsregexp.UTF16Slice(s, 3, 4))
	// Output: 4 😀 b
}

func ExampleCheck() {
	fmt.Printf("%q %q\n", jsregexp.Check(jsregexp.ToUTF16("a{2,1}")), jsregexp.Check(jsregexp.ToUTF16("a{")))
	// Output: "numbers out of order in {} quantifier" ""
}
