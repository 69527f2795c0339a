package jsonata

import (
	"errors"
	"regexp"
	"strings"

	"github.com/stepwise-go/stepwise/value"
)

// signature is a compiled function signature such as "<s-nn?:s>": the
// parameters and the regular expression over type letters that
// jsonata-js builds from them to validate arguments.
type signature struct {
	def    string
	params []sigParamRule
	re     *regexp.Regexp
	// classes is the pattern for matchParams; nil when only re can
	// match it.
	classes []sigClass
}

type sigParamRule struct {
	regex     string
	typ       string // "s", "a", "(sf)", …
	subtype   string // of an array or function type: <s>, <n>
	context   bool   // "-": the context value stands in for a missing argument
	contextRe *regexp.Regexp
}

// parseSignature compiles a signature. The parser has already checked
// lambda signatures (checkSignature); built-in signatures are constants.
func parseSignature(sig string) (*signature, error) {
	s := &signature{def: sig}
	var params []*sigParamRule
	param := &sigParamRule{}
	prev := param
	next := func() {
		params = append(params, param)
		prev = param
		param = &sigParamRule{}
	}
	for i := 1; i < len(sig); i++ {
		c := sig[i]
		if c == ':' {
			break
		}
		switch c {
		case 's', 'n', 'b', 'l', 'o':
			param.regex = "[" + string(c) + "m]"
			param.typ = string(c)
			next()
		case 'a':
			param.regex = "[asnblfom]"
			param.typ = "a"
			next()
		case 'f':
			param.regex = "f"
			param.typ = "f"
			next()
		case 'j':
			param.regex = "[asnblom]"
			param.typ = "j"
			next()
		case 'x':
			param.regex = "[asnblfom]"
			param.typ = "x"
			next()
		case '-':
			prev.context = true
			re, err := regexp.Compile(prev.regex)
			if err != nil {
				return nil, err
			}
			prev.contextRe = re
			prev.regex += "?"
		case '?', '+':
			prev.regex += string(c)
		case '(':
			end := strings.IndexByte(sig[i:], ')')
			if end < 0 {
				return nil, errors.New("unbalanced ( in signature")
			}
			choice := sig[i+1 : i+end]
			if strings.Contains(choice, "<") {
				return nil, errors.New("choice groups containing parameterized types are not supported")
			}
			param.regex = "[" + choice + "m]"
			param.typ = "(" + choice + ")"
			i += end
			next()
		case '<':
			if prev.typ != "a" && prev.typ != "f" {
				return nil, errors.New("type parameters can only be applied to functions and arrays")
			}
			depth, j := 1, i
			for j+1 < len(sig) && depth > 0 {
				j++
				switch sig[j] {
				case '<':
					depth++
				case '>':
					depth--
				}
			}
			prev.subtype = sig[i+1 : j]
			i = j
		}
	}
	var b strings.Builder
	b.WriteByte('^')
	for _, p := range params {
		b.WriteString("(" + p.regex + ")")
		s.params = append(s.params, *p)
	}
	b.WriteByte('$')
	re, err := regexp.Compile(b.String())
	if err != nil {
		return nil, err
	}
	s.re = re
	if classes, ok := compileClasses(s.params); ok {
		s.classes = classes
	}
	return s, nil
}

var arraySignatureMapping = map[string]string{
	"a": "arrays", "b": "booleans", "f": "functions", "n": "numbers", "o": "objects", "s": "strings",
}

// validate checks args against the signature and returns the arguments
// the function receives: the context value in place of a missing
// argument marked "-", a non-array wrapped where an array is expected.
func (s *signature) validate(args []value.Value, context value.Value) ([]value.Value, *Error) {
	return s.validateArgs(args, context, false)
}

// validateArgs is validate; spare says the caller owns args up to its
// capacity (evalCall's fresh slice), so an optional parameter missing at
// the end is added there as undefined instead of copying the arguments.
func (s *signature) validateArgs(args []value.Value, context value.Value, spare bool) ([]value.Value, *Error) {
	var sb [16]byte
	supplied := sb[:0]
	for _, a := range args {
		supplied = append(supplied, typeSymbol(a))
	}
	var spanBuf [sigMaxParams][2]int
	var spans [][2]int
	if len(s.params) <= sigMaxParams {
		spans = spanBuf[:len(s.params)]
	} else {
		spans = make([][2]int, len(s.params))
	}
	if s.classes != nil {
		if !matchParams(s.classes, supplied, spans) {
			return nil, s.validationError(args, typeLetters(args))
		}
	} else {
		m := s.re.FindSubmatchIndex([]byte(typeLetters(args)))
		if m == nil {
			return nil, s.validationError(args, typeLetters(args))
		}
		for i := range s.params {
			spans[i] = [2]int{m[2*i+2], m[2*i+3]}
		}
	}
	// The arguments stay as they are unless a context value is inserted,
	// an argument wrapped or one added; only then is a copy made.
	var validated []value.Value
	same := true
	push := func(v value.Value, unchanged bool) {
		if same && unchanged && len(validated) < len(args) {
			validated = args[:len(validated)+1]
			return
		}
		if same && spare && v == nil && len(validated) >= len(args) && len(validated) < cap(args) {
			validated = args[:len(validated)+1]
			validated[len(validated)-1] = nil
			return
		}
		if same {
			same = false
			validated = append(make([]value.Value, 0, len(s.params)+len(args)), validated...)
		}
		validated = append(validated, v)
	}
	argIndex := 0
	for i, p := range s.params {
		var match []byte
		if spans[i][0] >= 0 && spans[i][1] > spans[i][0] {
			match = supplied[spans[i][0]:spans[i][1]]
		}
		if len(match) == 0 {
			if p.context && p.contextRe != nil {
				if p.contextRe.MatchString(string(typeSymbol(context))) {
					push(context, false)
				} else {
					return nil, &Error{Code: "T0411", Value: context, HasValue: true, Index: argIndex + 1}
				}
			} else {
				var arg value.Value
				if argIndex < len(args) {
					arg = args[argIndex]
				}
				push(arg, argIndex == len(validated) && argIndex < len(args))
				argIndex++
			}
			continue
		}
		for k := 0; k < len(match); k++ {
			single := match[k]
			var arg value.Value
			if argIndex < len(args) {
				arg = args[argIndex]
			}
			unchanged := argIndex == len(validated) && argIndex < len(args)
			if p.typ == "a" {
				unchanged = unchanged && single == 'a'
				if single == 'm' {
					arg = nil
				} else {
					ok := true
					if p.subtype != "" {
						if single != 'a' && string(match) != p.subtype {
							ok = false
						} else if single == 'a' {
							items, _ := arrayItems(arg)
							if len(items) > 0 {
								t := typeSymbol(items[0])
								if t != p.subtype[0] {
									ok = false
								} else {
									for _, it := range items {
										if typeSymbol(it) != t {
											ok = false
											break
										}
									}
								}
							}
						}
					}
					if !ok {
						return nil, &Error{Code: "T0412", Value: arg, HasValue: true, Index: argIndex + 1, Type: arraySignatureMapping[p.subtype]}
					}
					if single != 'a' {
						arg = []value.Value{arg}
					}
				}
			}
			push(arg, unchanged)
			argIndex++
		}
	}
	if validated == nil {
		validated = args[:0]
	}
	return validated, nil
}

// typeLetters is the signature letter of each argument.
func typeLetters(args []value.Value) string {
	b := make([]byte, len(args))
	for i, a := range args {
		b[i] = typeSymbol(a)
	}
	return string(b)
}

func (s *signature) validationError(args []value.Value, supplied string) *Error {
	partial := "^"
	goodTo := 0
	for _, p := range s.params {
		partial += p.regex
		re, err := regexp.Compile(partial)
		if err != nil {
			break
		}
		loc := re.FindStringIndex(supplied)
		if loc == nil {
			break
		}
		goodTo = loc[1]
	}
	var bad value.Value
	if goodTo < len(args) {
		bad = args[goodTo]
	}
	return &Error{Code: "T0410", Value: bad, HasValue: true, Index: goodTo + 1}
}
