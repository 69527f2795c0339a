package jsonata

import (
	"strconv"
	"strings"

	"github.com/stepwise-go/stepwise/jsonata/internal/jsregexp"
	"github.com/stepwise-go/stepwise/value"
)

// A lambda signature such as <n-n?:n> is read by jsonata-js as a sequence
// of ordinary tokens whose values are concatenated (see
// parser.signature), then compiled into a JavaScript regular expression.
// checkSignature repeats that compilation far enough to know whether it
// throws: the only failures are S0401, S0402 and a pattern that
// JavaScript's RegExp rejects (such as "[sm]?+" from <s?+>).

// sigParam is one parameter of a signature: the regular expression
// jsonata-js builds for it (nil while JavaScript would say undefined).
type sigParam struct {
	regex []uint16
	typ   string
}

// jsString is the text JavaScript's string concatenation gives a regex
// that may be undefined.
func (p *sigParam) jsString() []uint16 {
	if p.regex == nil {
		return toUTF16("undefined")
	}
	return p.regex
}

// checkSignature compiles sig (the joined token values of a lambda's
// <…>) as jsonata-js's parseSignature does; at converts an offset in sig
// to the byte offset where jsonata-js positions an error there.
func checkSignature(sig []uint16, at func(offset int) int) *Error {
	var params []*sigParam
	param := &sigParam{}
	prev := param
	push := func() {
		params = append(params, param)
		prev = param
		param = &sigParam{}
	}
	for i := 1; i < len(sig); i++ {
		c := sig[i]
		if c == ':' {
			break // the return type is not checked
		}
		switch c {
		case 's', 'n', 'b', 'l', 'o':
			param.regex = []uint16{'[', c, 'm', ']'}
			param.typ = string(rune(c))
			push()
		case 'a':
			param.regex = toUTF16("[asnblfom]")
			param.typ = "a"
			push()
		case 'f':
			param.regex = []uint16{'f'}
			param.typ = "f"
			push()
		case 'j':
			param.regex = toUTF16("[asnblom]")
			param.typ = "j"
			push()
		case 'x':
			param.regex = toUTF16("[asnblfom]")
			param.typ = "x"
			push()
		case '-':
			if prev.regex != nil {
				if msg := jsregexp.Check(prev.regex); msg != "" {
					return errSignatureRegex(at(0), prev.regex, msg)
				}
			}
			prev.regex = append(append([]uint16{}, prev.jsString()...), '?')
		case '?', '+':
			prev.regex = append(append([]uint16{}, prev.jsString()...), c)
		case '(':
			end := closingBracket(sig, i, '(', ')')
			choice := sig[i+1 : end]
			for _, u := range choice {
				if u == '<' {
					return errSignatureChoice(at(i), fromUTF16(choice))
				}
			}
			param.regex = append(append([]uint16{'['}, choice...), 'm', ']')
			param.typ = "(" + fromUTF16(choice) + ")"
			i = end
			push()
		case '<':
			if prev.typ != "a" && prev.typ != "f" {
				var typ value.Value
				if prev.typ != "" {
					typ = prev.typ
				}
				return errSignatureSubtype(at(i), typ)
			}
			i = closingBracket(sig, i, '<', '>')
		}
	}
	whole := []uint16{'^'}
	for _, p := range params {
		whole = append(whole, '(')
		whole = append(whole, p.jsString()...)
		whole = append(whole, ')')
	}
	whole = append(whole, '$')
	if msg := jsregexp.Check(whole); msg != "" {
		return errSignatureRegex(at(0), whole, msg)
	}
	return nil
}

// closingBracket returns the index of the close that balances the open at
// s[start], or len(s) when there is none.
func closingBracket(s []uint16, start int, open, close uint16) int {
	depth := 1
	i := start
	for i < len(s) {
		i++
		if i >= len(s) {
			break
		}
		switch s[i] {
		case close:
			depth--
			if depth == 0 {
				return i
			}
		case open:
			depth++
		}
	}
	return i
}

// tokenJSValue is String(token.value) in jsonata-js: what a token adds
// to a signature.
func tokenJSValue(t token) []uint16 {
	switch t.kind {
	case tokEnd:
		return toUTF16("(end)")
	case tokString:
		return t.u16
	case tokNumber:
		f, _ := strconv.ParseFloat(t.text, 64)
		return toUTF16(jsNumber(f))
	case tokRegex:
		out := []uint16{'/'}
		out = append(out, jsRegexSource(t.text)...)
		out = append(out, '/', 'g')
		if strings.Contains(t.flags, "i") {
			out = append(out, 'i')
		}
		if strings.Contains(t.flags, "m") {
			out = append(out, 'm')
		}
		return out
	}
	return toUTF16(t.text)
}

// jsNumber formats a finite, non-negative float64 as JavaScript's
// Number.prototype.toString does.
func jsNumber(f float64) string {
	if f == 0 {
		return "0"
	}
	if f < 0 {
		return "-" + jsNumber(-f)
	}
	s := strconv.FormatFloat(f, 'e', -1, 64) // d.ddde±xx
	mant, exp, _ := strings.Cut(s, "e")
	digits := strings.Replace(mant, ".", "", 1)
	e, _ := strconv.Atoi(exp)
	k, n := len(digits), e+1
	switch {
	case k <= n && n <= 21:
		return digits + strings.Repeat("0", n-k)
	case 0 < n && n <= 21:
		return digits[:n] + "." + digits[n:]
	case -6 < n && n <= 0:
		return "0." + strings.Repeat("0", -n) + digits
	}
	sign := "+"
	if n-1 < 0 {
		sign = "-"
	}
	exponent := "e" + sign + strconv.Itoa(abs(n-1))
	if k == 1 {
		return digits + exponent
	}
	return digits[:1] + "." + digits[1:] + exponent
}

func abs(i int) int {
	if i < 0 {
		return -i
	}
	return i
}

// jsRegexSource is RegExp.prototype.source for a pattern: "/" outside a
// character class and line terminators are escaped.
func jsRegexSource(pattern string) []uint16 {
	u := toUTF16(pattern)
	var out []uint16
	inClass := false
	for i := 0; i < len(u); i++ {
		c := u[i]
		switch c {
		case '\\':
			out = append(out, '\\')
			if i+1 < len(u) {
				i++
				out = append(out, escapedTerminator(u[i], false)...)
			}
			continue
		case '/':
			if !inClass {
				out = append(out, '\\', '/')
				continue
			}
		case '[':
			inClass = true
		case ']':
			inClass = false
		}
		out = append(out, escapedTerminator(c, true)...)
	}
	return out
}

// escapedTerminator writes a line terminator as its escape letter(s),
// with the backslash when withSlash; other characters as they are.
func escapedTerminator(c uint16, withSlash bool) []uint16 {
	var esc string
	switch c {
	case '\n':
		esc = "n"
	case '\r':
		esc = "r"
	case 0x2028:
		esc = "u2028"
	case 0x2029:
		esc = "u2029"
	default:
		return []uint16{c}
	}
	if withSlash {
		esc = `\` + esc
	}
	return toUTF16(esc)
}
