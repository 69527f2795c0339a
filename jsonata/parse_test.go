package jsonata

import (
	"errors"
	"testing"
)

// acceptCases must parse: real-world Step Functions expressions first,
// then the corners of the grammar.
var acceptCases = []string{
	`$states.input.count + 1`,
	`$states.input.items[price > 10].name`,
	`$sum($states.result.Payload.amounts)`,
	`$partition($states.input.list, 2)`,
	`$uuid()`,
	`$string($count)`,
	`"order-" & $states.context.Execution.Name`,
	`$states.input.orders ~> $map(function($o){ $o.id })`,
	`$exists($states.input.x) ? "a" : "b"`,
	`{ "total": $sum(items.(price * qty)) }`,
	`$match($s, /ab+c/i)`,
	`Account.Order[0].Product#$i.{ "i": $i }`,
	`/* comment */ $states.input /* another */`,
	"/* multi\nline */ 1",
	"$states.input.`quoted name`.x",
	`$states.input.a.*`,
	`$states.input.**.id`,
	`Account.Order.Product.%.OrderID`,
	`$states.input.items[0]`,
	`$states.input.items[-1]`,
	`$states.input.items[[0..2]]`,
	`[1, 2, 3]`,
	`[1..5]`,
	`[]`,
	`{}`,
	`$states.input.items{ type: $sum(price) }`,
	`$states.input.items^(>price, <name)`,
	`$states.input.items^(price)`,
	`Account.Order@$o.Product@$p.{"o": $o.OrderID, "p": $p.SKU}`,
	`$substring(?, 0, 5)`,
	`$states.input.s ~> $substring(?, 0, 5)`,
	`function($x){ $x * 2 }`,
	`λ($x){ $x * 2 }`,
	`function($x, $y)<nn:n>{ $x + $y }`,
	`$states.input.n > 10 ? "big" : "small"`,
	`$states.input.n > 10 ? "big"`,
	`$states.input ~> |items|{"done": true}|`,
	`$states.input ~> |items|{"done": true}, ["tmp"]|`,
	`"a" & 'b'`,
	`"esc \" \\ \/ \b \f \n \r \t \u00e9"`,
	`'single "quoted"'`,
	`1e3`,
	`1.5E-3`,
	`0.5`,
	`-1`,
	`-$states.input.n`,
	`true and false or null`,
	`$x in [1,2,3]`,
	`a != b`,
	`a <= b`,
	`a >= b`,
	`10 % 3`,
	`$states.context.Execution.StartTime`,
	`$states.errorOutput.Cause`,
	`($x := 5; $y := $x * 2; $y + 1)`,
	`()`,
	`(1; 2; 3;)`,
	`$count($states.input.items) = 0`,
	`$states.input.items[type = "a" and qty > 1]`,
	`$states.input.items[0][1]`,
	`$states.input.items[]`,
	`$states.input.items.price[]`,
	`$lookup($states.input, "key")`,
	`$merge([$states.input, {"extra": 1}])`,
	`$hash($states.input.content, "SHA-256")`,
	`$random()`,
	`$random(42)`,
	`$range(0, 10, 2)`,
	`$parse($states.input.json)`,
	`$states.input.name ~> $uppercase()`,
	`$now()`,
	`$formatNumber($states.input.price, "#,##0.00")`,
	`$reduce($states.input.nums, function($acc, $v){ $acc + $v }, 0)`,
	`$filter($states.input.items, function($v, $i, $a){ $v.ok })`,
	`$sort($states.input.items, function($l, $r){ $l.price > $r.price })`,
	`$replace($states.input.s, /\s+/, " ")`,
	`$split($states.input.csv, ",")`,
	`$states.input.items.($.price * $.qty)`,
	`$states.input.items[$.price > 0]`,
	`$$.x`,
	`$`,
	`$states.input."quoted"`,
	`Account.Order[0].Product[0].%.%.OrderID`,
	`*.Product`,
	`**`,
	`a.b.c[0].d{e: f}`,
	`a{"k": v}.x`,
	`a#$i[$i < 2]`,
	`a[0]#$i`,
	`$states.input.items#$i[$i > 0].name`,
	`function($f)<f<n:n>:n>{ $f(1) }`,
	`function($x)<s-?:s>{ $x }`,
	`$f := function($x){ $x }`,
	`[1, [2, 3], {"a": [4]}]`,
	`$states.input.a & "-" & $states.input.b`,
	`$not($exists($states.input.x))`,
	`$states.input.x = null`,
	"`a b`.`c d`",
	`and.or.in`,
	`a/b`,
	`a / /b/`,
	`$contains($states.input.s, /x/m)`,
	`$match($s, /a\/b/)`,
	`$match($s, /[/]/)`,
	`$match($s, /a{2}/)`,
	`$match($s, /(?<year>\d{4})-\k<year>/)`,
	`$match($s, /(?=a)*/)`,
	`$match($s, /]{/)`,
	`a"b"`,
	`1e-999`,
	`$x := 1`,
	`$$`,
	`a@$`,
	`a.%`,
	`a[0].%.b`,
	`a[%.b]`,
	"`function`($x){1}",
	`function($x)<s+?>{1}`,
	`f(?)`,
	`a."b"`,
	`a#$i@$v`,
	`[1..2]`,
	"\t$states.input\r\n",
	`$states.input.items[price > 10 and price < 100].name`,
	`$sum($states.input.items.(price * quantity)) > 100 ? "large" : "small"`,
	`{"id": $uuid(), "at": $now(), "items": $states.input.items[[0, 1]]}`,
	`$states.input.items[status = "ok"]{ category: $count($) }`,
	`($total := $sum($states.input.items.price); $total > 100 ? $total * 0.9 : $total)`,
}

// rejectCase is an expression Parse must reject, with the byte offset of
// jsonata-js's position (just after the token the parser stood on) and the
// code of the error (TestSyntaxErrorsAgainstJsonataJS checks both).
type rejectCase struct {
	in   string
	pos  int
	code string
}

var rejectCases = []rejectCase{
	{`$states.input.count +`, 21, "S0207"},   // Unexpected end of expression
	{`420.`, 4, "S0207"},                     // Unexpected end of expression
	{`a ?? b`, 4, "S0211"},                   // The symbol "?" cannot be used as a unary operator
	{`a ?: b`, 4, "S0211"},                   // The symbol ":" cannot be used as a unary operator
	{`:= 1`, 2, "S0211"},                     // The symbol ":=" cannot be used as a unary operator
	{`function(x){x}`, 10, "S0208"},          // Parameter 1 of function definition must be a variable name (start with $)
	{`[1,2`, 4, "S0203"},                     // Expected "]" before end of expression
	{`{ "a" }`, 7, "S0202"},                  // Expected ":", got "}"
	{`(1`, 2, "S0203"},                       // Expected ")" before end of expression
	{`1)`, 2, "S0201"},                       // Syntax error: ")"
	{`a[0`, 3, "S0203"},                      // Expected "]" before end of expression
	{`a]`, 2, "S0201"},                       // Syntax error: "]"
	{`{"a": 1`, 7, "S0203"},                  // Expected "}" before end of expression
	{`{"a": 1}}`, 9, "S0201"},                // Syntax error: "}"
	{`"abc`, 4, "S0101"},                     // String literal must be terminated by a matching quote
	{`'abc`, 4, "S0101"},                     // String literal must be terminated by a matching quote
	{`"\x"`, 2, "S0103"},                     // Unsupported escape sequence: \"x"
	{`'it\'s'`, 4, "S0103"},                  // Unsupported escape sequence: \"'"
	{`'it''s'`, 7, "S0201"},                  // Syntax error: "s"
	{`"\u12"`, 2, "S0104"},                   // The escape sequence \u must be followed by 4 hex digits
	{`"\u12`, 7, "S0101"},                    // String literal must be terminated by a matching quote
	{`/abc`, 4, "S0302"},                     // No terminating / in regular expression
	{`//`, 1, "S0301"},                       // Empty regular expressions are not allowed
	{`/* never closed`, 0, "S0106"},          // Comment has no closing tag
	{"`unterminated", 13, "S0105"},           // Quoted property name must be terminated with a backquote (`)
	{`1e999`, 0, "S0102"},                    // Number out of range: "1e999"
	{`01`, 2, "S0201"},                       // Syntax error: 1
	{`a b`, 3, "S0201"},                      // Syntax error: "b"
	{`$x := `, 6, "S0207"},                   // Unexpected end of expression
	{`$x.y := 1`, 3, "S0212"},                // The left side of := must be a variable name (start with $)
	{`a *`, 3, "S0207"},                      // Unexpected end of expression
	{`a and`, 5, "S0207"},                    // Unexpected end of expression
	{`a ~>`, 4, "S0207"},                     // Unexpected end of expression
	{`a ~ b`, 3, "S0204"},                    // Unknown operator: "~"
	{`!a`, 1, "S0204"},                       // Unknown operator: "!"
	{`a ! b`, 3, "S0204"},                    // Unknown operator: "!"
	{`a.1`, 3, "S0213"},                      // The literal value 1 cannot be used as a step within a path expression
	{`1.a`, 1, "S0213"},                      // The literal value 1 cannot be used as a step within a path expression
	{`a.true`, 6, "S0213"},                   // The literal value true cannot be used as a step within a path expression
	{`a.-1`, 4, "S0213"},                     // The literal value -1 cannot be used as a step within a path expression
	{`@`, 1, "S0211"},                        // The symbol "@" cannot be used as a unary operator
	{`a @ b`, 5, "S0214"},                    // The right side of "@" must be a variable name (start with $)
	{`a # 1`, 5, "S0214"},                    // The right side of "#" must be a variable name (start with $)
	{`a[0]@$v`, 5, "S0215"},                  // A context variable binding must precede any predicates on a step
	{`a^(b)@$v`, 6, "S0216"},                 // A context variable binding must precede the 'order-by' clause on a step
	{`$x{"k":1}[0]`, 10, "S0209"},            // A predicate cannot follow a grouping expression in a step
	{`a{"k":1}{"j":2}`, 9, "S0210"},          // Each step can only have one grouping expression
	{`%`, 0, "S0217"},                        // The object representing the 'parent' cannot be derived from this expression
	{`$x.%`, 2, "S0217"},                     // The object representing the 'parent' cannot be derived from this expression
	{`(a)[%.b]`, 1, "S0217"},                 // The object representing the 'parent' cannot be derived from this expression
	{`a.**.%`, 4, "S0217"},                   // The object representing the 'parent' cannot be derived from this expression
	{`f(a,)`, 5, "S0211"},                    // The symbol ")" cannot be used as a unary operator
	{`function(?){1}`, 10, "S0208"},          // Parameter 1 of function definition must be a variable name (start with $)
	{`function($x)`, 12, "S0203"},            // Expected "{" before end of expression
	{`function($x){`, 13, "S0203"},           // Expected "}" before end of expression
	{`function($x)<s?+>{1}`, 13, ""},         // Invalid regular expression: /^([sm]?+)$/: Nothing to repeat
	{`function($x)<(z-)>{1}`, 13, ""},        // Invalid regular expression: /^([z-m])$/: Range out of order in character class
	{`function($x)<n<n>>{1}`, 15, "S0401"},   // Type parameters can only be applied to functions and arrays
	{`function($x)<(a<n>)>{1}`, 14, "S0402"}, // Choice groups containing parameterized types are not supported
	{`function($x){$x} / 2`, 20, "S0302"},    // No terminating / in regular expression
	{`a[] / 2`, 7, "S0302"},                  // No terminating / in regular expression
	{`-/a/`, 2, "S0211"},                     // The symbol "/" cannot be used as a unary operator
	{`[/a/]`, 2, "S0211"},                    // The symbol "/" cannot be used as a unary operator
	{`/a/ii`, 0, ""},                         // Invalid flags supplied to RegExp constructor 'iig'
	{`/a**/`, 0, ""},                         // Invalid regular expression: /a**/g: Nothing to repeat
	{`/(a/`, 4, "S0302"},                     // No terminating / in regular expression
	{`/(?<n>a)(?<n>b)/`, 0, ""},              // Invalid regular expression: /(?<n>a)(?<n>b)/g: Duplicate capture group name
	{`/[z-a]/`, 0, ""},                       // Invalid regular expression: /[z-a]/g: Range out of order in character class
	{`/a{2,1}/`, 0, ""},                      // Invalid regular expression: /a{2,1}/g: numbers out of order in {} quantifier
	{`/(?<=a)*/`, 0, ""},                     // Invalid regular expression: /(?<=a)*/g: Invalid quantifier
	{`/(?i:a)/`, 0, ""},                      // Invalid regular expression: /(?i:a)/g: Invalid group
	{`/a\/`, 4, "S0302"},                     // No terminating / in regular expression
	{`[1..]`, 5, "S0211"},                    // The symbol "]" cannot be used as a unary operator
	{`a..b`, 3, "S0201"},                     // Syntax error: ".."
	{`a ? b :`, 7, "S0207"},                  // Unexpected end of expression
	{`|a|b`, 4, "S0203"},                     // Expected "|" before end of expression
	{`a^(`, 3, "S0203"},                      // Expected ")" before end of expression
	{`a^()`, 4, "S0211"},                     // The symbol ")" cannot be used as a unary operator
	{`$states.input.items[`, 20, "S0203"},    // Expected "]" before end of expression
	{``, 0, "S0207"},                         // Unexpected end of expression
	{`   `, 3, "S0207"},                      // Unexpected end of expression
	{`/* only a comment */`, 20, "S0207"},    // Unexpected end of expression
	{`a;b`, 2, "S0201"},                      // Syntax error: ";"
	{`(a;;b)`, 4, "S0211"},                   // The symbol ";" cannot be used as a unary operator
	{`{"a": 1,}`, 9, "S0211"},                // The symbol "}" cannot be used as a unary operator
	{`[1,]`, 4, "S0211"},                     // The symbol "]" cannot be used as a unary operator
	{`$sum(`, 5, "S0203"},                    // Expected ")" before end of expression
	{`a.`, 2, "S0207"},                       // Unexpected end of expression
	{`a[?]`, 3, "S0211"},                     // The symbol "?" cannot be used as a unary operator
}

// quirkCases are only compared with jsonata-js (TestAgainstJsonataJS):
// corners where its verdict is surprising.
var quirkCases = []string{
	`(/a/)`, `$f(/a/)`, `[1, /a/]`, `x ~> /a/`, `function($x)</s/>{$x}`,
	`function($x)<"s?">{1}`, `function($x)<s 1e21>{1}`, `function($x)<(])>{1}`,
	`function($x)<???->{1}`, `function($x)<??->{1}`, `function($x)<-s>{1}`,
	`a[%.b].c`, `a.b[%.c]`, `a.%#$i`, `(%).a`, `a.(%.b)`, `a[b[%.%.c]]`,
	`a@$x.%`, `a@$x.b@$y.%.%`, `$.%`, `*.%`, `a.*.%.%`, `a."b".%`, `"a"[%.b]`,
	`a^(%.b)`, `a.b^(%.c)`, `a{%.b: 1}`, `{"a": %}`, `[%]`, `-%`, `a.(b; %)`,
	`a.[%]`, `a.{"x": %.y}`, `a.b.(%.c)`, `a.$f(%)`, `a.(%)`, `a.()`,
	`/a/i.b`, `1 ? 2`, `and`, `in in in`, `or(1)`, `a.and`, `$x := $y := 1`,
	`a#$i#$j`, `a@$x@$y`, `a[0]#$i[1]#$j`, `$x[0]#$i`, `$x#$i`, `a[]#$i`, `a[][]`,
	`a{}`, `a{}{}`, `a.b{}`, `a.b{}{}`, `a{}.b{}`, `(a){}`, `a{}[0]`, `a{} [0]`,
	`a^(b)^(c)`, `a^(b)[0]`, `a^(b){}`, `a^(b)#$i`, `$x^(a)`, `[1]^(a)`,
	`a[0]{"k": 1}`, `{"k": 1}[0]`, `{"k": 1}{"j": 2}`, `[1][0]`, `[1][]`, `"s"[0]`,
	`a.1e3`, `a.null`, `null.a`, `a.(1)`, `a.[1]`, `a.{}`, `a.-b`, `a.--1`,
	`--1`, `a[--1]`, `- - a`, `function($x)<x:x>{1}`, `function($x)<>{1}`,
	`function($x)<a<a<n>>>{1}`, `function($x)<f<:n>>{1}`, `function($x) {1}`,
	`function(){1}`, `function($x, $y, $z)<xx-x?:x>{1}`, `λ($x)<n>{1}`,
	`$match("a", /(?<a>x)\k<b>/)`, `$match("a", /\k[[](?<a>.)/)`, `$match("a", /[\k](?<a>x)/)`,
	`$match("a", /[\c-a]/)`, `$match("a", /\8(a)/)`, `$match("a", /\u{41}/)`,
	`$match("a", /😀{2}/)`, `$match("a", /[😀-😁]/)`, `$match("a", /(?<𝒜>x)/)`,
	`$match("a", /a{,5}/)`, `$match("a", /x{99999999999999999999}/)`, `$match("a", /\b*/)`,
	`$match("a", /(?=a){2}/)`, `$match("a", /(?<!a)?/)`, `$match("a", /[\d-z]/)`,
	`$match("a", /[\u0062-a]/)`, `$match("a", /(?<a>x)\k/)`, `$match("a", /(?<\u0061>x)\k<a>/)`,
	"\"\\u0041\\u00e9\"", "\"\\ud83d\\ude00\"", `a /* c */ . /* d */ b`, `a/**/b`, `a/***/b`,
	"a\fb", "a\u00a0b", "$x\u2028", `$a$b`, `$1`, `a'b'`, `a"`, `a\b`, `a$`,
	`a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p`, `((((((((((1))))))))))`,
}

func TestParseAccepts(t *testing.T) {
	for _, in := range acceptCases {
		e, err := Parse(in)
		if err != nil {
			t.Errorf("Parse(%q): %v", in, err)
			continue
		}
		if e.Source != in || e.Root == nil {
			t.Errorf("Parse(%q): Source %q, Root %v", in, e.Source, e.Root)
		}
	}
}

func TestParseRejects(t *testing.T) {
	for _, tc := range rejectCases {
		_, err := Parse(tc.in)
		var e *Error
		if !errors.As(err, &e) {
			t.Errorf("Parse(%q): err = %v, want an *Error", tc.in, err)
			continue
		}
		if e.Pos != tc.pos || e.Code != tc.code {
			t.Errorf("Parse(%q): %v [code %q], want position %d, code %q", tc.in, e, e.Code, tc.pos, tc.code)
		}
	}
}
