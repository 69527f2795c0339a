package asl

import (
	"regexp"
	"slices"
	"strings"

	"github.com/stepwise-go/stepwise/jsonata"
	"github.com/stepwise-go/stepwise/jsontree"
)

// only reports a field of one query language used in a state of the other.
func (v *validator) only(sc *scope, lang QueryLanguage, field string, present bool) {
	if present && sc.lang != lang {
		v.add(sc, sc.at.At(field), CodeQueryLanguageField, "%s is a %s field; this state uses %s", field, lang, sc.lang)
	}
}

// isExpression reports whether s is meant as a JSONata expression.
func isExpression(s string) bool { return strings.HasPrefix(s, "{%") }

// expression checks the {% … %} wrapper of a JSONata expression.
func (v *validator) expression(sc *scope, at Location, s string) {
	if !strings.HasPrefix(s, "{%") || !strings.HasSuffix(s, "%}") || len(s) < 4 {
		v.add(sc, at, CodeInvalidExpression, "%q must be a JSONata expression written as \"{%% … %%}\"", s)
		return
	}
	if strings.TrimSpace(s[2:len(s)-2]) == "" {
		v.add(sc, at, CodeInvalidExpression, "the JSONata expression is empty")
		return
	}
	e, err := v.parseExpression(s)
	if err != nil {
		v.add(sc, at, CodeInvalidExpression, "%q is not a valid JSONata 2.0.6 expression: %v", s, err)
		return
	}
	for _, name := range e.Variables() {
		v.read(sc, name, at)
	}
	for _, name := range jsonata.UnknownFunctions(e) {
		v.diags = append(v.diags, Diagnostic{Severity: Warning, Code: CodeJSONataFunction, At: at, Source: sc.source,
			Message: unknownFunctionMessage(name)})
	}
	for _, f := range jsonata.Forbidden(e) {
		v.diags = append(v.diags, Diagnostic{Severity: Warning, Code: CodeJSONataFunction, At: at, Source: sc.source,
			Message: f.Msg + "; the state will fail with States.QueryEvaluationError"})
	}
	for _, field := range statesFields(s[2 : len(s)-2]) {
		switch {
		case !slices.Contains(statesVariableFields, field):
			v.add(sc, at, CodeStatesVariable, "$states has no field %q; it holds %s", field, strings.Join(statesVariableFields, ", "))
		case field == "errorOutput" && !sc.catch:
			v.add(sc, at, CodeStatesVariable, "$states.errorOutput exists only in a Catch (its Output and Assign)")
		}
	}
}

// statesVariableFields are the fields of the reserved $states variable.
var statesVariableFields = []string{"input", "result", "errorOutput", "context"}

// optionalExpression checks s when it is an expression in a JSONata state.
func (v *validator) optionalExpression(sc *scope, field string, s *string) {
	if s != nil && sc.lang == JSONata && isExpression(*s) {
		v.expression(sc, sc.at.At(field), *s)
	}
}

// expressionField checks the JSONata value of field, when present.
func (v *validator) expressionField(sc *scope, field string, val *jsontree.Value) {
	if val != nil && sc.lang == JSONata {
		v.expressionValue(sc, sc.at.At(field), val)
	}
}

// expressionValue checks a JSONata value (Output, Arguments, Assign):
// strings that start with "{%" must be whole expressions, and keys cannot
// use JSONPath's ".$" suffix.
func (v *validator) expressionValue(sc *scope, at Location, val *jsontree.Value) {
	if val == nil || sc.lang != JSONata {
		return
	}
	switch val.Kind {
	case jsontree.String:
		if isExpression(val.Text) || strings.HasSuffix(val.Text, "%}") {
			v.expression(sc, at, val.Text)
		}
	case jsontree.Object:
		for _, m := range val.Members {
			if strings.HasSuffix(m.Key, ".$") {
				// AWS accepts the key and keeps it as written (verdict
				// outputdecl test_base_cases[BASE_LITERALS]), so this is a
				// warning: it is almost always a JSONPath habit.
				v.diags = append(v.diags, Diagnostic{Severity: Warning, Code: CodeQueryLanguageField, At: at.At(m.Key), Source: sc.source,
					Message: "a key ending in \".$\" is JSONPath syntax; in a JSONata state it is kept as a literal key and its value is not evaluated: write the value as \"{% … %}\""})
			}
			v.expressionValue(sc, at.At(m.Key), m.Value)
		}
	case jsontree.Array:
		for i, it := range val.Items {
			v.expressionValue(sc, at.Index(i), it)
		}
	}
}

// assign checks Assign in either language.
func (v *validator) assign(sc *scope, field string, val *jsontree.Value) {
	if val != nil {
		v.assigns = true
	}
	switch {
	case val == nil:
	case sc.lang == JSONata:
		v.expressionValue(sc, sc.at.At(field), val)
	default:
		v.templateValue(sc, sc.at.At(field), val)
	}
}

// placeholder matches a complete ${Name} deploy-time placeholder.
var placeholder = regexp.MustCompile(`\$\{[^{}]+\}`)

// lambdaARN is the shape of a Lambda function ARN used directly as a Task
// Resource: a name of letters, digits, '-' and '_', then an optional
// version, alias or $LATEST. A name written as a <placeholder> (as AWS
// examples and recorded executions write "function:<function_name>")
// stands for a valid name, as the partition and region parts may.
var lambdaARN = regexp.MustCompile(`^arn:[^:]+:lambda:[^:]*:[^:]*:function:([A-Za-z0-9_-]{1,64}|<[A-Za-z0-9_-]{1,62}>)(:(\$LATEST|[A-Za-z0-9_-]{1,128}))?$`)

// resource checks a Task's Resource: an ARN, possibly with ${Name}
// placeholders that CloudFormation's DefinitionSubstitutions fill.
func (v *validator) resource(sc *scope, field string, r string) {
	filled := r
	if strings.Contains(r, "${") {
		filled = placeholder.ReplaceAllString(r, "x")
	}
	if strings.Contains(filled, "${") {
		v.add(sc, sc.at.At(field), CodeInvalidResource, "%q has an unterminated ${…} placeholder", r)
		return
	}
	if filled == "x" {
		return
	}
	if isARN(filled) {
		if arnService(filled) == "lambda" && !lambdaARN.MatchString(filled) {
			v.add(sc, sc.at.At(field), CodeInvalidResource, "%q is not a Lambda function ARN (…:function:NAME, optionally :VERSION, :ALIAS or :$LATEST)", r)
		}
		return
	}
	v.add(sc, sc.at.At(field), CodeInvalidResource, "%q is not an ARN (arn:partition:service:region:account:resource) or a ${Name} placeholder", r)
}

// timestamp checks an RFC 3339 timestamp such as 2026-03-14T01:59:00Z.
func (v *validator) timestamp(sc *scope, at Location, s string) {
	if _, ok := ParseTimestamp(s); !ok {
		v.add(sc, at, CodeInvalidTimestamp, "%q is not an RFC 3339 timestamp (for example 2026-03-14T01:59:00Z)", s)
	}
}

// parseExpression parses a "{% … %}" string, once per text per machine;
// the parsed expressions stay available through Machine.Expression.
func (v *validator) parseExpression(s string) (*jsonata.Expr, error) {
	if e, ok := v.exprs[s]; ok {
		return e, nil
	}
	e, err := jsonata.ParseTemplate(s)
	if err != nil {
		return nil, err
	}
	v.exprs[s] = e
	return e, nil
}

// unknownFunctionMessage says that name (with its "$") is no function
// Step Functions' JSONata provides; a "$$" name gets a hint, since it is
// JSONPath's context object spelled in JSONata.
func unknownFunctionMessage(name string) string {
	msg := excerpt(name) + " is not a JSONata 2.0.6 function nor one Step Functions adds; the state will fail with States.QueryEvaluationError"
	if strings.HasPrefix(name, "$$") {
		msg += " ($$ is JSONPath's context object; in JSONata read it as $states.context)"
	}
	return msg
}
