package format

import (
	"math"
	"regexp"
	"strconv"
	"strings"
)

// ParseInteger is $parseInteger(string, picture), the inverse of
// FormatInteger. Like jsonata-js it does not check the string against the
// picture: text that is not a number in the picture's form reads as NaN
// (JSON null). Errors: D3130 and D3131 as FormatInteger.
func ParseInteger(s, picture string) (float64, error) {
	f, err := analyseIntegerPicture(picture)
	if err != nil {
		return 0, err
	}
	m, err := integerMatcher(f)
	if err != nil {
		return 0, err
	}
	return m.parse(s)
}

// matcher is the regular expression that finds an integer in a
// timestamp, and the function that reads its value.
type matcher struct {
	regex string
	parse func(string) (float64, error)
}

// integerMatcher builds the matcher of an integer picture (jsonata-js's
// generateRegex for type 'integer').
func integerMatcher(f *intFormat) (*matcher, error) {
	upper := f.lcase == upperCase
	switch f.primary {
	case lettersNumbering:
		m := &matcher{regex: "[a-z]+"}
		a := uint16('a')
		if upper {
			m.regex, a = "[A-Z]+", 'A'
		}
		m.parse = func(s string) (float64, error) { return lettersToDecimal(toJS(s), a), nil }
		return m, nil
	case romanNumbering:
		m := &matcher{regex: "[mdclxvi]+"}
		if upper {
			m.regex = "[MDCLXVI]+"
		}
		m.parse = func(s string) (float64, error) {
			if !upper {
				s = jsUpper(s)
			}
			return romanToDecimal(s), nil
		}
		return m, nil
	case wordsNumbering:
		alts := make([]string, 0, len(wordOrder)+2)
		alts = append(alts, wordOrder...)
		alts = append(alts, "and", `[\-, ]`)
		return &matcher{
			regex: "(?:" + strings.Join(alts, "|") + ")+",
			parse: func(s string) (float64, error) { return wordsToNumber(jsLower(s)), nil },
		}, nil
	case decimalNumbering:
		occurrences := "+"
		if f.n > 0 {
			if f.optional == 0 {
				occurrences = "{" + numString(f.n) + "}"
			} else {
				occurrences = "{" + numString(f.n-f.optional) + "," + numString(f.n) + "}"
			}
		}
		m := &matcher{regex: "[0-9]" + occurrences}
		if f.ordinal {
			m.regex += "(?:th|st|nd|rd)"
		}
		m.parse = func(s string) (float64, error) { return parseDecimal(toJS(s), f) }
		return m, nil
	}
	return nil, codeError("D3130", f.token)
}

// parseDecimal strips an ordinal suffix and the grouping separators, maps
// the digit family to ASCII and reads the number as parseInt does.
func parseDecimal(digits jstr, f *intFormat) (float64, error) {
	if f.ordinal {
		digits = digits.substring(0, len(digits)-2)
	}
	if f.regular {
		// jsonata-js strips commas here whatever the separator is.
		digits = join(digits.split(jstr{','}), nil)
	} else {
		for _, sep := range f.seps {
			digits = join(digits.split(sep.char), nil)
		}
	}
	if f.zeroCode != 0x30 {
		mapped := make(jstr, len(digits))
		for i, c := range digits {
			cp := int(c) - f.zeroCode + 0x30
			if cp < 0 {
				return 0, jsError("Invalid code point " + strconv.Itoa(cp))
			}
			mapped[i] = uint16(cp)
		}
		digits = mapped
	}
	return parseIntJS(digits), nil
}

// lettersToDecimal reads spreadsheet-style letters.
func lettersToDecimal(s jstr, a uint16) float64 {
	d := 0.0
	for i := 0; i < len(s); i++ {
		d += (float64(s[len(s)-i-1]) - float64(a) + 1) * math.Pow(26, float64(i))
	}
	return d
}

var romanValues = map[byte]float64{'M': 1000, 'D': 500, 'C': 100, 'L': 50, 'X': 10, 'V': 5, 'I': 1}

// romanToDecimal reads upper-case roman numerals; NaN on other letters.
func romanToDecimal(s string) float64 {
	u := toJS(s)
	d, biggest := 0.0, 1.0
	for i := len(u) - 1; i >= 0; i-- {
		v, ok := romanValues[byte(u[i])]
		if !ok || u[i] > 0x7F {
			v = math.NaN()
		}
		if v < biggest {
			d -= v
		} else {
			biggest = v
			d += v
		}
	}
	return d
}

// jsUpper and jsLower are toUpperCase and toLowerCase where they differ
// from Go's simple mappings in ways that matter here.
func jsUpper(s string) string {
	return strings.ToUpperSpecial(nil, strings.ReplaceAll(s, "ß", "SS"))
}

func jsLower(s string) string {
	return strings.ToLower(strings.ReplaceAll(s, "İ", "i\u0307"))
}

// compileJS compiles a regular expression jsonata-js builds, with the
// case-insensitive flag it uses. Go's RE2 picks the same leftmost-first
// match as a backtracking engine for these expressions.
func compileJS(expr string) (*regexp.Regexp, error) {
	re, err := regexp.Compile("(?i)" + expr)
	if err != nil {
		return nil, jsError("Invalid regular expression: /" + expr + "/i: " + strconv.Quote(err.Error()))
	}
	return re, nil
}
