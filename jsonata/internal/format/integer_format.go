package format

import (
	"math"
	"strings"
)

// Budgets: jsonata-js fails with a RangeError (or runs out of memory) on
// these; the thresholds here are where node 2.0.6 fails or a bound that
// keeps results reasonable.
const (
	maxRoman   = 1e7     // decimalToRoman recursion overflows node's stack from about here
	maxPadding = 1 << 20 // code units of zero padding
)

// FormatInteger is $formatInteger(number, picture): decimal digit patterns
// with grouping ("#,##0", any Unicode decimal digit family), ordinals
// (";o"), words ("w", "W", "Ww"), roman numerals ("i", "I") and letters
// ("a", "A"). The number is rounded down first. Errors: D3130 for an
// unsupported numbering sequence, D3131 for mixed digit families.
func FormatInteger(v float64, picture string) (string, error) {
	f, err := analyseIntegerPicture(picture)
	if err != nil {
		return "", err
	}
	s, err := formatIntegerWith(math.Floor(v), f)
	if err != nil {
		return "", err
	}
	return s.String(), nil
}

// formatIntegerWith formats an integer-valued v with an analysed picture
// (jsonata-js's _formatInteger).
func formatIntegerWith(v float64, f *intFormat) (jstr, error) {
	negative := v < 0
	v = math.Abs(v)
	var out jstr
	switch f.primary {
	case lettersNumbering:
		a := 'a'
		if f.lcase == upperCase {
			a = 'A'
		}
		if math.IsInf(v, 0) {
			return nil, jsError(msgEndless)
		}
		out = decimalToLetters(v, uint16(a))
	case romanNumbering:
		if v >= maxRoman {
			return nil, jsError(msgStack)
		}
		r := decimalToRoman(v)
		if f.lcase == upperCase {
			r = strings.ToUpper(r)
		}
		out = toJS(r)
	case wordsNumbering:
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, jsError(msgStack)
		}
		w := numberToWords(v, f.ordinal)
		switch f.lcase {
		case upperCase:
			w = strings.ToUpper(w)
		case lowerCase:
			w = strings.ToLower(w)
		}
		out = toJS(w)
	case decimalNumbering:
		var err error
		if out, err = formatDecimal(v, f); err != nil {
			return nil, err
		}
	case sequenceNumbering:
		return nil, codeError("D3130", f.token)
	}
	if negative {
		out = cat(jstr{'-'}, out)
	}
	return out, nil
}

// formatDecimal writes v with a decimal digit pattern: zero padding, the
// digit family, grouping separators and an ordinal suffix.
func formatDecimal(v float64, f *intFormat) (jstr, error) {
	s := toJS(numString(v))
	if pad := f.mandatory - float64(len(s)); pad > 0 {
		if pad > maxPadding {
			return nil, jsError(msgTooLong)
		}
		s = cat(toJS(strings.Repeat("0", int(pad))), s)
	}
	if f.zeroCode != 0x30 {
		var b strings.Builder
		for _, r := range s.String() {
			b.WriteRune(r + rune(f.zeroCode) - 0x30)
		}
		s = toJS(b.String())
	}
	if f.regular {
		n := (len(s) - 1) / f.every.position
		for i := n; i > 0; i-- {
			pos := len(s) - i*f.every.position
			s = cat(s.substr(0, pos), f.every.char, s.from(pos))
		}
	} else {
		for i := len(f.seps) - 1; i >= 0; i-- {
			pos := len(s) - f.seps[i].position
			s = cat(s.substr(0, pos), f.seps[i].char, s.from(pos))
		}
	}
	if f.ordinal {
		s = append(s, ordinalSuffix(s)...)
	}
	return s, nil
}

// ordinalSuffix is "st", "nd", "rd" or "th" after the last character.
func ordinalSuffix(s jstr) jstr {
	if len(s) == 0 {
		return toJS("th")
	}
	last := s[len(s)-1]
	if len(s) > 1 && s[len(s)-2] == '1' {
		return toJS("th")
	}
	switch last {
	case '1':
		return toJS("st")
	case '2':
		return toJS("nd")
	case '3':
		return toJS("rd")
	}
	return toJS("th")
}

// decimalToLetters is spreadsheet-style numbering: a…z, aa, ab, ….
func decimalToLetters(v float64, a uint16) jstr {
	var letters jstr
	for v > 0 {
		letters = append(jstr{uint16(int64(math.Mod(v-1, 26))) + a}, letters...)
		v = math.Floor((v - 1) / 26)
	}
	return letters
}

var romanNumerals = []struct {
	value   float64
	numeral string
}{
	{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"},
	{50, "l"}, {40, "xl"}, {10, "x"}, {9, "ix"}, {5, "v"}, {4, "iv"}, {1, "i"},
}

// decimalToRoman writes lower-case roman numerals; "" for 0.
func decimalToRoman(v float64) string {
	var b strings.Builder
	for i := 0; i < len(romanNumerals); {
		if v >= romanNumerals[i].value {
			b.WriteString(romanNumerals[i].numeral)
			v -= romanNumerals[i].value
			i = 0
			continue
		}
		i++
	}
	return b.String()
}
