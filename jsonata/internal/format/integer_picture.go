package format

import "math"

// primary is the kind of numbering a $formatInteger picture asks for.
type primary int

const (
	decimalNumbering primary = iota
	lettersNumbering
	romanNumbering
	wordsNumbering
	sequenceNumbering // a token jsonata-js does not support (D3130)
)

// letterCase is the case of letters, roman numerals and words.
type letterCase int

const (
	lowerCase letterCase = iota
	upperCase
	titleCase
)

// separator is a grouping-separator-sign: its character and the number of
// digit positions to its right.
type separator struct {
	position int
	char     jstr
}

// intFormat is an analysed integer picture (jsonata-js's
// analyseIntegerPicture result).
type intFormat struct {
	primary primary
	lcase   letterCase
	ordinal bool
	token   string // the unsupported numbering sequence (D3130)

	// Decimal digit patterns only; the counts are NaN otherwise, as
	// undefined compares in JavaScript.
	zeroCode  int
	mandatory float64
	optional  float64
	regular   bool        // all separators alike and evenly spaced
	every     separator   // the repeating separator when regular
	seps      []separator // the separators, right to left, when not

	// n is the digit count a date component's width fixes for parsing
	// (0 when none).
	n float64
}

// decimalGroups are the zero digits of the Unicode decimal digit families
// jsonata-js recognises.
var decimalGroups = []int{0x30, 0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10}

// digitGroup returns the zero of the decimal digit family of cp, or -1.
func digitGroup(cp rune) int {
	for _, g := range decimalGroups {
		if int(cp) >= g && int(cp) <= g+9 {
			return g
		}
	}
	return -1
}

// analyseIntegerPicture parses a $formatInteger picture: the primary
// token, then an optional ";o" (ordinal) or other modifier after the last
// semicolon.
func analyseIntegerPicture(picture string) (*intFormat, error) {
	f := &intFormat{primary: decimalNumbering, mandatory: math.NaN(), optional: math.NaN()}
	p := toJS(picture)
	primaryFormat := p
	if semi := p.lastIndexOf(jstr{';'}); semi >= 0 {
		primaryFormat = p.substring(0, semi)
		if mod := p[semi+1:]; len(mod) > 0 && mod[0] == 'o' {
			f.ordinal = true
		}
	}
	switch primaryFormat.String() {
	case "A":
		f.primary, f.lcase = lettersNumbering, upperCase
	case "a":
		f.primary = lettersNumbering
	case "I":
		f.primary, f.lcase = romanNumbering, upperCase
	case "i":
		f.primary = romanNumbering
	case "W":
		f.primary, f.lcase = wordsNumbering, upperCase
	case "Ww":
		f.primary, f.lcase = wordsNumbering, titleCase
	case "w":
		f.primary = wordsNumbering
	default:
		return f, f.analyseDigits(primaryFormat)
	}
	return f, nil
}

// analyseDigits reads a decimal digit pattern, right to left.
func (f *intFormat) analyseDigits(pattern jstr) error {
	cps := []rune(pattern.String())
	zero, mandatory, optional, position := -1, 0, 0, 0
	var seps []separator
	for i := len(cps) - 1; i >= 0; i-- {
		cp := cps[i]
		if g := digitGroup(cp); g >= 0 {
			mandatory++
			position++
			if zero == -1 {
				zero = g
			} else if g != zero {
				return codeError("D3131", "")
			}
			continue
		}
		if cp == '#' {
			position++
			optional++
			continue
		}
		seps = append(seps, separator{position: position, char: toJS(string(cp))})
	}
	if mandatory == 0 {
		f.primary = sequenceNumbering
		f.token = pattern.String()
		return nil
	}
	f.zeroCode = zero
	f.mandatory = float64(mandatory)
	f.optional = float64(optional)
	if every := regularRepeat(seps); every > 0 {
		f.regular = true
		f.every = separator{position: every, char: seps[0].char}
	} else {
		f.seps = seps
	}
	return nil
}

// regularRepeat returns the interval of separators that are all the same
// character at every multiple of one interval, else 0.
func regularRepeat(seps []separator) int {
	if len(seps) == 0 {
		return 0
	}
	for _, s := range seps[1:] {
		if !s.char.equal(seps[0].char) {
			return 0
		}
	}
	positions := make([]int, len(seps))
	for i, s := range seps {
		positions[i] = s.position
	}
	return regularFactor(positions)
}

// regularFactor is the greatest common divisor of the positions when
// every multiple of it up to their count is among them, else 0.
func regularFactor(positions []int) int {
	if len(positions) == 0 {
		return 0
	}
	factor := positions[0]
	for _, p := range positions[1:] {
		factor = gcd(factor, p)
	}
	for i := 1; i <= len(positions); i++ {
		found := false
		for _, p := range positions {
			if p == i*factor {
				found = true
				break
			}
		}
		if !found {
			return 0
		}
	}
	return factor
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}
