package jsonata

// The parser is a Pratt (top-down operator precedence) parser with the
// binding powers, token look-ahead and quirks of jsonata-js 2.0.6, so that
// it accepts exactly the expressions jsonata-js accepts. It builds a raw
// syntax tree (syn); process.go then turns that into the Node tree and
// applies the checks jsonata-js makes after parsing.

type synKind int

const (
	synName synKind = iota
	synVariable
	synString
	synNumber
	synValue
	synRegex
	synWildcard
	synDescendant
	synParent
	synPlaceholder
	synBinary    // op: + - * / % = != < <= > >= & and or in .. . ~>
	synNegate    // lhs
	synArray     // list
	synObject    // pairs
	synBlock     // list
	synFilter    // lhs[rhs]
	synGroup     // lhs{pairs}
	synSort      // lhs^(terms)
	synFocus     // lhs@rhs
	synIndex     // lhs#rhs
	synBind      // lhs := rhs
	synCall      // lhs(list)
	synLambda    // function(list){rhs}
	synCondition // lhs ? rhs : alt
	synTransform // |lhs|rhs, alt|
	synEnd       // the end of the expression where an operand belongs
)

type syn struct {
	kind      synKind
	op        string // operator of synBinary
	tok       token  // the token the node starts at (its operator for infix nodes)
	lhs, rhs  *syn
	alt       *syn
	list      []*syn
	pairs     [][2]*syn
	terms     []sortTerm
	keepArray bool
	partial   bool   // a synCall with a ? argument
	signature string // a synLambda's signature text
	depth     int    // height of the subtree, for MaxDepth
}

type sortTerm struct {
	descending bool
	expr       *syn
}

// bindingPower is the left binding power of each operator token; tokens
// that are not listed (and non-operator tokens) have 0.
var bindingPower = map[string]int{
	".": 75, "[": 80, "{": 70, "(": 80, "@": 80, "#": 80,
	"?": 20, "+": 50, "-": 50, "*": 60, "/": 60, "%": 60,
	"=": 40, "<": 40, ">": 40, "^": 40, "!=": 40, "<=": 40, ">=": 40,
	"~>": 40, "and": 30, "or": 25, "in": 40, "&": 50, ":=": 10,
}

// knownOperators are the operator tokens jsonata-js has a symbol for.
// "!" and "~" on their own are tokens without one.
var knownOperators = map[string]bool{
	".": true, "[": true, "]": true, "{": true, "}": true, "(": true, ")": true,
	",": true, "@": true, "#": true, ";": true, ":": true, "?": true,
	"+": true, "-": true, "*": true, "/": true, "%": true, "|": true,
	"=": true, "<": true, ">": true, "^": true, "**": true, "..": true,
	":=": true, "!=": true, "<=": true, ">=": true, "~>": true,
	"and": true, "or": true, "in": true, "&": true,
}

func lbp(t token) int {
	if t.kind != tokOperator {
		return 0
	}
	return bindingPower[t.text]
}

// parseFailure carries an *Error up through the recursive descent.
type parseFailure struct{ err *Error }

type parser struct {
	lx    lexer
	tok   token // the current token (jsonata-js "node")
	depth int   // recursion depth of expression
}

func (p *parser) fail(err *Error) {
	panic(parseFailure{err})
}

// advance checks that the current token is want (when want is not "") and
// reads the next token. infix says whether "/" is division there.
func (p *parser) advance(want string, infix bool) {
	if want != "" && p.tok.id() != want {
		p.fail(errExpected(p.tok, want))
	}
	t, err := p.lx.next(infix)
	if err != nil {
		p.fail(err)
	}
	t.end = p.lx.pos
	if t.kind == tokOperator && !knownOperators[t.text] {
		p.fail(errUnknownOperator(t))
	}
	p.tok = t
}

// node makes a syntax node starting at t with up to three operands
// (lhs, rhs, alt).
func (p *parser) node(kind synKind, t token, kids ...*syn) *syn {
	n := &syn{kind: kind, tok: t}
	n.lhs = nth(kids, 0)
	n.rhs = nth(kids, 1)
	n.alt = nth(kids, 2)
	p.grow(n, kids...)
	return n
}

func nth(s []*syn, i int) *syn {
	if i < len(s) {
		return s[i]
	}
	return nil
}

// grow records that n sits above kids and enforces MaxDepth.
func (p *parser) grow(n *syn, kids ...*syn) {
	for _, k := range kids {
		if k != nil && k.depth+1 > n.depth {
			n.depth = k.depth + 1
		}
	}
	if n.depth > MaxDepth {
		p.fail(errTooDeep(n.tok.pos))
	}
}

// expression parses operators binding more tightly than rbp.
func (p *parser) expression(rbp int) *syn {
	p.depth++
	if p.depth > MaxDepth {
		p.fail(errTooDeep(p.tok.pos))
	}
	t := p.tok
	p.advance("", true)
	left := p.nud(t)
	for rbp < lbp(p.tok) {
		t = p.tok
		p.advance("", false)
		left = p.led(t, left)
	}
	p.depth--
	return left
}

// nud parses what token t starts when it begins an operand.
func (p *parser) nud(t token) *syn {
	switch t.kind {
	case tokEnd:
		// As in jsonata-js, the end is an operand until the post-parse
		// stage reports it (S0207), so that a missing ")" or "]" later
		// is reported first.
		return p.node(synEnd, t)
	case tokName:
		return p.node(synName, t)
	case tokVariable:
		return p.node(synVariable, t)
	case tokString:
		return p.node(synString, t)
	case tokNumber:
		return p.node(synNumber, t)
	case tokValue:
		return p.node(synValue, t)
	case tokRegex:
		return p.node(synRegex, t)
	}
	switch t.text {
	case "and", "or", "in":
		// A keyword where an operand belongs is a field name.
		return p.node(synName, t)
	case "-":
		return p.node(synNegate, t, p.expression(70))
	case "*":
		return p.node(synWildcard, t)
	case "**":
		return p.node(synDescendant, t)
	case "%":
		return p.node(synParent, t)
	case "(":
		n := p.node(synBlock, t)
		for p.tok.id() != ")" {
			e := p.expression(0)
			n.list = append(n.list, e)
			p.grow(n, e)
			if p.tok.id() != ";" {
				break
			}
			p.advance(";", false)
		}
		p.advance(")", true)
		return n
	case "[":
		n := p.node(synArray, t)
		if p.tok.id() != "]" {
			for {
				item := p.expression(0)
				if p.tok.id() == ".." {
					op := p.tok
					p.advance("..", false)
					item = p.node(synBinary, op, item, p.expression(0))
					item.op = ".."
				}
				n.list = append(n.list, item)
				p.grow(n, item)
				if p.tok.id() != "," {
					break
				}
				p.advance(",", false)
			}
		}
		p.advance("]", true)
		return n
	case "{":
		return p.object(p.node(synObject, t))
	case "|":
		pattern := p.expression(0)
		p.advance("|", false)
		update := p.expression(0)
		var del *syn
		if p.tok.id() == "," {
			p.advance(",", false)
			del = p.expression(0)
		}
		p.advance("|", false)
		return p.node(synTransform, t, pattern, update, del)
	}
	p.fail(errNotPrefix(t))
	return nil
}

// object parses the pairs of an object constructor or group-by into n.
func (p *parser) object(n *syn) *syn {
	if p.tok.id() != "}" {
		for {
			k := p.expression(0)
			p.advance(":", false)
			v := p.expression(0)
			n.pairs = append(n.pairs, [2]*syn{k, v})
			p.grow(n, k, v)
			if p.tok.id() != "," {
				break
			}
			p.advance(",", false)
		}
	}
	p.advance("}", true)
	return n
}

// led parses what operator token t does to the operand left before it.
func (p *parser) led(t token, left *syn) *syn {
	switch t.text {
	case "(":
		return p.call(t, left)
	case "[":
		if p.tok.id() == "]" {
			// a[]: keep singleton arrays, marked on the innermost step.
			step := left
			for step.kind == synFilter {
				step = step.lhs
			}
			step.keepArray = true
			p.advance("]", false)
			return left
		}
		n := p.node(synFilter, t, left, p.expression(0))
		p.advance("]", true)
		return n
	case "{":
		n := p.node(synGroup, t, left)
		return p.object(n)
	case "^":
		p.advance("(", false)
		n := p.node(synSort, t, left)
		for {
			var term sortTerm
			if p.tok.id() == "<" {
				p.advance("<", false)
			} else if p.tok.id() == ">" {
				term.descending = true
				p.advance(">", false)
			}
			term.expr = p.expression(0)
			n.terms = append(n.terms, term)
			p.grow(n, term.expr)
			if p.tok.id() != "," {
				break
			}
			p.advance(",", false)
		}
		p.advance(")", false)
		return n
	case ":=":
		if left.kind != synVariable {
			p.fail(errBindTarget(left.tok))
		}
		return p.node(synBind, t, left, p.expression(bindingPower[":="]-1))
	case "@", "#":
		rhs := p.expression(bindingPower[t.text])
		if rhs.kind != synVariable {
			p.fail(errBindingName(rhs.tok, t.text))
		}
		kind := synFocus
		if t.text == "#" {
			kind = synIndex
		}
		return p.node(kind, t, left, rhs)
	case "?":
		then := p.expression(0)
		var els *syn
		if p.tok.id() == ":" {
			p.advance(":", false)
			els = p.expression(0)
		}
		return p.node(synCondition, t, left, then, els)
	}
	n := p.node(synBinary, t, left, p.expression(bindingPower[t.text]))
	n.op = t.text
	return n
}

// call parses the arguments of a function call, and the rest of a
// function definition when left is the name "function" or "λ".
func (p *parser) call(t token, left *syn) *syn {
	n := p.node(synCall, t, left)
	if p.tok.id() != ")" {
		for {
			var arg *syn
			if p.tok.isOp("?") {
				arg = p.node(synPlaceholder, p.tok)
				n.partial = true
				p.advance("?", false)
			} else {
				arg = p.expression(0)
			}
			n.list = append(n.list, arg)
			p.grow(n, arg)
			if p.tok.id() != "," {
				break
			}
			p.advance(",", false)
		}
	}
	p.advance(")", true)
	if left.kind != synName || left.tok.kind != tokName || (left.tok.text != "function" && left.tok.text != "λ") {
		return n
	}
	for i, arg := range n.list {
		if arg.kind != synVariable {
			p.fail(errLambdaParam(arg.tok, i+1))
		}
	}
	n.kind = synLambda
	n.partial = false
	if p.tok.id() == "<" {
		n.signature = p.signature()
	}
	p.advance("{", false)
	n.rhs = p.expression(0)
	p.grow(n, n.rhs)
	p.advance("}", false)
	return n
}

// signature reads a lambda's <…> signature the way jsonata-js does: as a
// run of ordinary tokens up to the matching ">", whose values are joined
// without the spaces between them; the result must then be a signature
// jsonata-js can compile.
func (p *parser) signature() string {
	pos := p.tok.pos
	depth := 1
	sig := []uint16{'<'}
	for depth > 0 && p.tok.id() != "{" && p.tok.id() != "(end)" {
		p.advance("", false)
		switch p.tok.id() {
		case ">":
			depth--
		case "<":
			depth++
		}
		sig = append(sig, tokenJSValue(p.tok)...)
	}
	end := p.tok.pos + 1
	p.advance(">", false)
	text := p.lx.src[pos:end]
	// jsonata-js positions a signature's errors at the end of its "<"
	// plus the offset in the joined token values.
	src := p.lx.src
	base := len(utf16Units(src[:pos+1]))
	at := func(offset int) int { return byteOffset(src, base+offset) }
	if err := checkSignature(sig, at); err != nil {
		p.fail(err)
	}
	return text
}

// parse parses a whole expression into the raw tree.
func parse(src string) (root *syn, err *Error) {
	p := &parser{lx: lexer{src: src}}
	defer func() {
		if r := recover(); r != nil {
			f, ok := r.(parseFailure)
			if !ok {
				panic(r)
			}
			root, err = nil, f.err
		}
	}()
	p.advance("", false)
	root = p.expression(0)
	if p.tok.kind != tokEnd {
		p.fail(errTrailing(p.tok))
	}
	return root, nil
}
