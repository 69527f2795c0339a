package format_test

import (
	"fmt"

	"github.com/stepwise-go/stepwise/jsonata/internal/format"
)

func ExampleFormatNumber() {
	s, _ := format.FormatNumber(12345.6, "#,###.00", nil)
	fmt.Println(s)
	s, _ = format.FormatNumber(1234.5, "#.##0,00", map[string]string{"decimal-separator": ",", "grouping-separator": "."})
	fmt.Println(s)
	_, err := format.FormatNumber(20, "#;#;#", nil)
	fmt.Println(err)
	// Output:
	// 12,345.60
	// 1.234,50
	// D3080: The picture string must only contain a maximum of two sub-pictures
}

func ExampleFormatInteger() {
	for _, picture := range []string{"#,##0", "0;o", "w", "Ww;o", "I", "A"} {
		s, _ := format.FormatInteger(1984, picture)
		fmt.Println(s)
	}
	// Output:
	// 1,984
	// 1984th
	// one thousand, nine hundred and eighty-four
	// One Thousand, Nine Hundred and Eighty-Fourth
	// MCMLXXXIV
	// BXH
}

func ExampleParseInteger() {
	n, _ := format.ParseInteger("twelve thousand and one", "w")
	fmt.Println(n)
	// Output: 12001
}

func ExampleFromMillis() {
	s, _ := format.FromMillis(1509380732935, "", "")
	fmt.Println(s)
	s, _ = format.FromMillis(1509380732935, "[FNn], [D1o] [MNn] [Y] [h]:[m01] [PN] [z]", "-0500")
	fmt.Println(s)
	// Output:
	// 2017-10-30T16:25:32.935Z
	// Monday, 30th October 2017 11:25 AM GMT-05:00
}

func ExampleToMillisAt() {
	now := 1700000000000.0 // 2023-11-14T22:13:20Z, the evaluation's clock
	ms, ok, _ := format.ToMillisAt("27th April 2008", "[D1o] [MNn] [Y0001]", now)
	fmt.Println(ms, ok)
	_, ok, _ = format.ToMillisAt("Hello", "Hello", now)
	fmt.Println(ok)
	_, _, err := format.ToMillisAt("01-02-2018", "", now)
	fmt.Println(err)
	// Output:
	// 1.2092544e+12 true
	// false
	// D3110: The argument of the toMillis function must be an ISO 8601 formatted timestamp. Given "01-02-2018"
}
