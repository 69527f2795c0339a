package format

import (
	"errors"
	"testing"
)

// Each picture parser gets arbitrary pictures: no panics, no hangs, and
// every failure is an *Error.

func requireFormatError(t *testing.T, err error) {
	t.Helper()
	var fe *Error
	if err != nil && !errors.As(err, &fe) {
		t.Fatalf("error %v is not an *Error", err)
	}
}

func FuzzFormatNumber(f *testing.F) {
	for _, s := range []string{"#,##0.00", "0.0e0", "#%", "#;(#)", "①①.①①①e①", "0,.e0", "abc", ""} {
		f.Add(1234.5, s, "", "")
	}
	f.Add(0.5, "A.AA", "zero-digit", "A")
	f.Fuzz(func(t *testing.T, v float64, picture, key, val string) {
		var opts map[string]string
		if key != "" {
			opts = map[string]string{key: val}
		}
		_, err := FormatNumber(v, picture, opts)
		requireFormatError(t, err)
	})
}

func FuzzFormatInteger(f *testing.F) {
	for _, s := range []string{"#,##0", "0;o", "w", "Ww;o", "I", "A", "###١", "#:###,##0", "α"} {
		f.Add(1234.0, s)
	}
	f.Fuzz(func(t *testing.T, v float64, picture string) {
		_, err := FormatInteger(v, picture)
		requireFormatError(t, err)
		_, err = ParseInteger(picture, picture)
		requireFormatError(t, err)
	})
}

func FuzzFromMillis(f *testing.F) {
	for _, s := range []string{"", "[Y0001]-[M01]-[D01]", "[FNn], [D1o] [MNn,3-3] [Y]", "[h]:[m01] [PN] [z]", "[[[Y]]]", "[Y", "[Z0001]", "[Yw] [dwo]"} {
		f.Add(1509380732935.0, s, "+0100")
	}
	f.Fuzz(func(t *testing.T, ms float64, picture, tz string) {
		_, err := FromMillis(ms, picture, tz)
		requireFormatError(t, err)
	})
}

func FuzzToMillis(f *testing.F) {
	for _, c := range [][2]string{{"2018-03-27", "[Y1]-[M01]-[D01]"}, {"27th April 2008", "[D1o] [MNn] [Y0001]"}, {"2017-10-30T15:28:34Z", ""}, {"4/4/2018 12:06 am", "[D1]/[M1]/[Y0001] [h]:[m] [P]"}, {"2020-09-09 +05:30", "[Y0001]-[M01]-[D01] [Z]"}} {
		f.Add(c[0], c[1])
	}
	f.Fuzz(func(t *testing.T, s, picture string) {
		_, _, err := ToMillisAt(s, picture, testNow)
		requireFormatError(t, err)
	})
}
