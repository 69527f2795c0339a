package format

import "math"

// FormatNumber is $formatNumber(value, picture, options): value written
// with an XPath F&O 3.1 decimal-format picture ("#,##0.00", "0.0e0",
// "#%", a negative sub-picture after ";"). opts overrides the symbols by
// jsonata-js's names: decimal-separator ("."), grouping-separator (","),
// exponent-separator ("e"), infinity, NaN, minus-sign ("-"), percent
// ("%"), per-mille ("‰"), zero-digit ("0"), digit ("#") and
// pattern-separator (";"); nil keeps the defaults. Errors: D3080–D3093
// for invalid pictures (the last rule broken, as jsonata-js reports it).
func FormatNumber(v float64, picture string, opts map[string]string) (string, error) {
	np, err := ParseNumberPicture(picture, opts)
	if err != nil {
		return "", err
	}
	return np.Format(v)
}

// NumberPicture is a $formatNumber picture string parsed and checked
// once with its symbols, ready to format any number of values. It is
// immutable and safe for concurrent use; ParseNumberPicture makes one.
type NumberPicture struct {
	sym      *numberSymbols
	positive *numberLayout // values >= 0
	negative *numberLayout // values < 0 and NaN
}

// ParseNumberPicture parses picture with the symbols of opts (as
// FormatNumber takes them; nil keeps the defaults). The errors are
// FormatNumber's picture errors, D3080–D3093, which do not depend on the
// value being formatted.
func ParseNumberPicture(picture string, opts map[string]string) (*NumberPicture, error) {
	sym := newSymbols(opts)
	subs := toJS(picture).split(sym.pattern)
	if len(subs) > 2 {
		return nil, codeError("D3080", "")
	}
	parts := make([]*subPicture, len(subs))
	for i, sub := range subs {
		p, err := splitSubPicture(sub, sym)
		if err != nil {
			return nil, err
		}
		parts[i] = p
	}
	for _, p := range parts {
		if err := p.validate(sym); err != nil {
			return nil, err
		}
	}
	if len(parts) == 0 {
		return nil, jsError("Cannot read properties of undefined (reading 'picture')")
	}
	layouts := make([]*numberLayout, len(parts))
	for i, p := range parts {
		layouts[i] = p.analyse(sym)
	}
	if len(layouts) == 1 {
		neg := *layouts[0]
		neg.prefix = cat(sym.minus, neg.prefix)
		layouts = append(layouts, &neg)
	}
	return &NumberPicture{sym: sym, positive: layouts[0], negative: layouts[1]}, nil
}

// Format writes v with the picture, as FormatNumber does; the errors are
// those that depend on v (an exponent picture and a value <= 0, say).
func (np *NumberPicture) Format(v float64) (string, error) {
	pic := np.negative
	if v >= 0 {
		pic = np.positive
	}
	s, err := pic.format(v, np.sym)
	if err != nil {
		return "", err
	}
	return s.String(), nil
}

// format writes v with the sub-picture chosen for its sign (F&O 4.7.5,
// bullets 3–14, as jsonata-js implements them).
func (l *numberLayout) format(v float64, sym *numberSymbols) (jstr, error) {
	adjusted := v
	if l.picture.indexOf(sym.percent, 0) != -1 {
		adjusted = v * 100
	} else if l.picture.indexOf(sym.perMille, 0) != -1 {
		adjusted = v * 1000
	}
	mantissa := adjusted
	var exponent float64
	hasExponent := l.minExponent != 0
	if hasExponent {
		if mantissa <= 0 || math.IsInf(mantissa, 0) {
			return nil, jsError(msgEndless)
		}
		maxMantissa, minMantissa := math.Pow10(l.scaling), math.Pow10(l.scaling-1)
		for mantissa < minMantissa {
			mantissa *= 10
			exponent--
		}
		for mantissa > maxMantissa {
			mantissa /= 10
			exponent++
		}
	}
	if l.maxFraction > 100 {
		return nil, jsError(msgToFixed)
	}
	rounded := jsonataRound(mantissa, l.maxFraction)
	s := sym.digitString(rounded, l.maxFraction)
	if dot := s.indexOf(jstr{'.'}, 0); dot == -1 {
		s = cat(s, sym.decimal)
	} else {
		s = cat(s[:dot], substitution(sym.decimal, s, dot), s[dot+1:])
	}
	if len(sym.zero) == 0 && len(s) == 0 {
		return nil, jsError(msgEndless)
	}
	for len(s) > 0 && s.charAt(0).equal(sym.zero) {
		s = s[1:]
	}
	for len(s) > 0 && s.charAt(len(s)-1).equal(sym.zero) {
		s = s[:len(s)-1]
	}
	decimalPos := s.indexOf(sym.decimal, 0)
	padLeft := l.minInteger - decimalPos
	padRight := l.minFraction - (len(s) - decimalPos - 1)
	s = cat(repeat(sym.zero, padLeft), s, repeat(sym.zero, padRight))
	decimalPos = s.indexOf(sym.decimal, 0)
	if l.regularGrouping > 0 {
		groups := floorDiv(decimalPos-1, l.regularGrouping)
		for g := 1; g <= groups; g++ {
			at := decimalPos - g*l.regularGrouping
			s = cat(s.slice(0, at), sym.grouping, s.slice(at, len(s)))
		}
	} else {
		for _, pos := range l.integerGroups {
			at := decimalPos - pos
			s = cat(s.slice(0, at), sym.grouping, s.slice(at, len(s)))
			decimalPos++
		}
	}
	decimalPos = s.indexOf(sym.decimal, 0)
	for _, pos := range l.fractionalGroups {
		at := pos + decimalPos + 1
		s = cat(s.slice(0, at), sym.grouping, s.slice(at, len(s)))
	}
	decimalPos = s.indexOf(sym.decimal, 0)
	if l.picture.indexOf(sym.decimal, 0) == -1 || decimalPos == len(s)-1 {
		s = s.substring(0, len(s)-1)
	}
	if hasExponent {
		e := sym.digitString(exponent, 0)
		e = cat(repeat(sym.zero, l.minExponent-len(e)), e)
		sign := jstr(nil)
		if exponent < 0 {
			sign = sym.minus
		}
		s = cat(s, sym.exponent, sign, e)
	}
	return cat(l.prefix, s, l.suffix), nil
}

// digitString is Math.abs(v).toFixed(dp) with the ASCII digits replaced
// by the digit family when zero-digit is not "0".
func (s *numberSymbols) digitString(v float64, dp int) jstr {
	str := toJS(toFixed(math.Abs(v), dp))
	if s.zero.equal(jstr{'0'}) {
		return str
	}
	out := make(jstr, 0, len(str))
	for _, c := range str {
		if c >= '0' && c <= '9' {
			if len(s.family) > 0 {
				out = append(out, s.family[c-'0']...)
			}
			continue
		}
		out = append(out, c)
	}
	return out
}

// substitution is the replacement text of String.prototype.replace for a
// match of "." at dot: $$, $&, $` and $' are expanded.
func substitution(repl, s jstr, dot int) jstr {
	if repl.indexOf(jstr{'$'}, 0) == -1 {
		return repl
	}
	var out jstr
	for i := 0; i < len(repl); i++ {
		if repl[i] == '$' && i+1 < len(repl) {
			switch repl[i+1] {
			case '$':
				out = append(out, '$')
				i++
				continue
			case '&':
				out = append(out, '.')
				i++
				continue
			case '`':
				out = append(out, s[:dot]...)
				i++
				continue
			case '\'':
				out = append(out, s[dot+1:]...)
				i++
				continue
			}
		}
		out = append(out, repl[i])
	}
	return out
}

// repeat is new Array(n + 1).join(s): s n times, nothing when n <= 0.
func repeat(s jstr, n int) jstr {
	var out jstr
	for i := 0; i < n; i++ {
		out = append(out, s...)
	}
	return out
}

// slice is String.prototype.slice: negative indexes count from the end.
func (s jstr) slice(start, end int) jstr {
	if start < 0 {
		start = max(len(s)+start, 0)
	}
	if end < 0 {
		end = max(len(s)+end, 0)
	}
	start, end = min(start, len(s)), min(end, len(s))
	if start >= end {
		return nil
	}
	return s[start:end:end]
}

// floorDiv is Math.floor(a / b) for b > 0.
func floorDiv(a, b int) int { return int(math.Floor(float64(a) / float64(b))) }
