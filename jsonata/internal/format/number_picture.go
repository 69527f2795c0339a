package format

// numberSymbols are the properties of $formatNumber (its third argument
// overrides them), as code-unit strings.
type numberSymbols struct {
	decimal, grouping, exponent, infinity, minus, nan, percent, perMille, zero, digit, pattern jstr
	family                                                                                     []jstr // the ten digits from zero-digit
}

// defaultSymbols are jsonata-js's defaults.
var defaultSymbols = map[string]string{
	"decimal-separator":  ".",
	"grouping-separator": ",",
	"exponent-separator": "e",
	"infinity":           "Infinity",
	"minus-sign":         "-",
	"NaN":                "NaN",
	"percent":            "%",
	"per-mille":          "\u2030",
	"zero-digit":         "0",
	"digit":              "#",
	"pattern-separator":  ";",
}

func newSymbols(opts map[string]string) *numberSymbols {
	get := func(k string) jstr {
		if v, ok := opts[k]; ok {
			return toJS(v)
		}
		return toJS(defaultSymbols[k])
	}
	s := &numberSymbols{
		decimal: get("decimal-separator"), grouping: get("grouping-separator"),
		exponent: get("exponent-separator"), infinity: get("infinity"), minus: get("minus-sign"),
		nan: get("NaN"), percent: get("percent"), perMille: get("per-mille"), zero: get("zero-digit"),
		digit: get("digit"), pattern: get("pattern-separator"),
	}
	if len(s.zero) > 0 {
		for i := 0; i < 10; i++ {
			s.family = append(s.family, jstr{s.zero[0] + uint16(i)})
		}
	}
	return s
}

// inFamily reports whether the code unit c is one of the ten digits.
func (s *numberSymbols) inFamily(c uint16) bool {
	return len(s.family) > 0 && c-s.zero[0] < 10
}

// isDigit reports whether c is the optional digit character.
func (s *numberSymbols) isDigit(c uint16) bool { return len(s.digit) == 1 && s.digit[0] == c }

// isActive reports whether c is an active character: a digit of the
// family or one of the single-character separators and digit signs.
func (s *numberSymbols) isActive(c uint16) bool {
	if s.inFamily(c) {
		return true
	}
	for _, p := range []jstr{s.decimal, s.exponent, s.grouping, s.digit, s.pattern} {
		if len(p) == 1 && p[0] == c {
			return true
		}
	}
	return false
}

// isExponent reports whether c is the exponent separator.
func (s *numberSymbols) isExponent(c uint16) bool { return len(s.exponent) == 1 && s.exponent[0] == c }

// subPicture is one sub-picture split into its parts, as jsonata-js
// splits it (quirks included: without a decimal separator the fractional
// part is the suffix; the exponent position is taken in the sub-picture
// but applied to the active part).
type subPicture struct {
	prefix, suffix, active, mantissa, integer, fractional, exponentPart, whole jstr
	hasExponent                                                                bool
}

func splitSubPicture(sub jstr, sym *numberSymbols) (*subPicture, error) {
	prefixEnd, suffixStart := -1, -1
	for i, c := range sub {
		if sym.isActive(c) && !sym.isExponent(c) {
			prefixEnd = i
			break
		}
	}
	for i := len(sub) - 1; i >= 0; i-- {
		if sym.isActive(sub[i]) && !sym.isExponent(sub[i]) {
			suffixStart = i + 1
			break
		}
	}
	if prefixEnd < 0 || suffixStart < 0 {
		return nil, jsError(msgNoPrefix)
	}
	p := &subPicture{whole: sub, prefix: sub.substring(0, prefixEnd), suffix: sub.substring(suffixStart, len(sub))}
	p.active = sub.substring(len(p.prefix), len(sub)-len(p.suffix))
	expPos := sub.indexOf(sym.exponent, len(p.prefix))
	if expPos == -1 || expPos > len(sub)-len(p.suffix) {
		p.mantissa = p.active
	} else {
		p.hasExponent = true
		p.mantissa = p.active.substring(0, expPos)
		p.exponentPart = p.active.substring(expPos+1, len(p.active))
	}
	if dp := p.mantissa.indexOf(sym.decimal, 0); dp == -1 {
		p.integer, p.fractional = p.mantissa, p.suffix
	} else {
		p.integer = p.mantissa.substring(0, dp)
		p.fractional = p.mantissa.substring(dp+1, len(p.mantissa))
	}
	return p, nil
}

// validate applies the rules of F&O 4.7.3 in jsonata-js's order; like
// jsonata-js it reports the last rule broken.
func (p *subPicture) validate(sym *numberSymbols) error {
	code := ""
	sub := p.whole
	decimalPos := sub.indexOf(sym.decimal, 0)
	if decimalPos != sub.lastIndexOf(sym.decimal) {
		code = "D3081"
	}
	if sub.indexOf(sym.percent, 0) != sub.lastIndexOf(sym.percent) {
		code = "D3082"
	}
	if sub.indexOf(sym.perMille, 0) != sub.lastIndexOf(sym.perMille) {
		code = "D3083"
	}
	if sub.indexOf(sym.percent, 0) != -1 && sub.indexOf(sym.perMille, 0) != -1 {
		code = "D3084"
	}
	valid := false
	for _, c := range p.mantissa {
		if sym.inFamily(c) || sym.isDigit(c) {
			valid = true
			break
		}
	}
	if !valid {
		code = "D3085"
	}
	for _, c := range p.active {
		if !sym.isActive(c) {
			code = "D3086"
		}
	}
	if decimalPos != -1 {
		if sub.charAt(decimalPos-1).equal(sym.grouping) || sub.charAt(decimalPos+1).equal(sym.grouping) {
			code = "D3087"
		}
	} else if p.integer.charAt(len(p.integer) - 1).equal(sym.grouping) {
		code = "D3088"
	}
	if sub.indexOf(cat(sym.grouping, sym.grouping), 0) != -1 {
		code = "D3089"
	}
	if pos := p.integer.indexOf(sym.digit, 0); pos != -1 && sym.countFamily(p.integer.substring(0, pos)) > 0 {
		code = "D3090"
	}
	if pos := p.fractional.lastIndexOf(sym.digit); pos != -1 && sym.countFamily(p.fractional.substring(pos, len(p.fractional))) > 0 {
		code = "D3091"
	}
	if p.hasExponent && len(p.exponentPart) > 0 && (sub.indexOf(sym.percent, 0) != -1 || sub.indexOf(sym.perMille, 0) != -1) {
		code = "D3092"
	}
	if p.hasExponent && (len(p.exponentPart) == 0 || sym.countFamily(p.exponentPart) < len(p.exponentPart)) {
		code = "D3093"
	}
	if code != "" {
		return codeError(code, "")
	}
	return nil
}

func (s *numberSymbols) countFamily(t jstr) int {
	n := 0
	for _, c := range t {
		if s.inFamily(c) {
			n++
		}
	}
	return n
}

func (s *numberSymbols) countDigits(t jstr) int {
	n := 0
	for _, c := range t {
		if s.inFamily(c) || s.isDigit(c) {
			n++
		}
	}
	return n
}

// numberLayout is an analysed sub-picture (F&O 4.7.4).
type numberLayout struct {
	integerGroups    []int
	regularGrouping  int
	minInteger       int
	scaling          int
	prefix, suffix   jstr
	fractionalGroups []int
	minFraction      int
	maxFraction      int
	minExponent      int
	picture          jstr
}

func (p *subPicture) analyse(sym *numberSymbols) *numberLayout {
	groupingPositions := func(part jstr, toLeft bool) []int {
		var positions []int
		pos := part.indexOf(sym.grouping, 0)
		for pos != -1 {
			if toLeft {
				positions = append(positions, sym.countDigits(part.substring(0, pos)))
			} else {
				positions = append(positions, sym.countDigits(part.substring(pos, len(part))))
			}
			// jsonata-js looks for the next separator in the integer part,
			// whichever part it is scanning.
			pos = p.integer.indexOf(sym.grouping, pos+1)
		}
		return positions
	}
	l := &numberLayout{prefix: p.prefix, suffix: p.suffix, picture: p.whole}
	l.integerGroups = groupingPositions(p.integer, false)
	l.regularGrouping = regularFactor(l.integerGroups)
	l.fractionalGroups = groupingPositions(p.fractional, true)
	l.minInteger = sym.countFamily(p.integer)
	l.scaling = l.minInteger
	l.minFraction = sym.countFamily(p.fractional)
	l.maxFraction = sym.countDigits(p.fractional)
	if l.minInteger == 0 && l.maxFraction == 0 {
		if p.hasExponent {
			l.minFraction, l.maxFraction = 1, 1
		} else {
			l.minInteger = 1
		}
	}
	if p.hasExponent && l.minInteger == 0 && p.integer.indexOf(sym.digit, 0) != -1 {
		l.minInteger = 1
	}
	if l.minInteger == 0 && l.minFraction == 0 {
		l.minFraction = 1
	}
	if p.hasExponent {
		l.minExponent = sym.countFamily(p.exponentPart)
	}
	return l
}
