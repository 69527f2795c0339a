package asl

import (
	"regexp"
	"unicode/utf8"

	"github.com/stepwise-go/stepwise/jsontree"
)

// Map processor modes and execution types.
const (
	ModeInline      = "INLINE"
	ModeDistributed = "DISTRIBUTED"
)

// MaxLabelLength is the longest Map Label AWS accepts.
const MaxLabelLength = 40

// labelChars matches the characters a Map Label may not contain.
var labelChars = regexp.MustCompile(`[\s<>{}\[\]?*"#%\\^|~` + "`" + `$&,;:/\x00-\x1f\x7f-\x9f]`)

func (v *validator) mapState(sc *scope, s *Map) {
	at := sc.at
	v.inputOutput(sc, &s.InputOutput)
	v.referencePath(sc, "ItemsPath", s.ItemsPath)
	v.only(sc, JSONPath, "ItemsPath", s.ItemsPath != nil)
	v.only(sc, JSONata, "Items", s.Items != nil)
	if s.Items != nil && sc.lang == JSONata {
		if s.Items.Kind == jsontree.String {
			v.expression(sc, at.At("Items"), s.Items.Text)
		} else if s.Items.Kind != jsontree.Array {
			v.add(sc, at.At("Items"), CodeWrongType, "Items must be an array or a JSONata expression, not %s", s.Items.Kind)
		}
	}
	v.exclusive(sc, "ItemSelector", s.ItemSelector != nil, "Parameters", s.Parameters != nil)
	if sc.lang == JSONata {
		v.expressionField(sc, "ItemSelector", s.ItemSelector)
	} else {
		v.template(sc, "ItemSelector", s.ItemSelector)
	}
	v.template(sc, "Parameters", s.Parameters)
	v.only(sc, JSONPath, "Parameters", s.Parameters != nil)
	v.exclusive(sc, "MaxConcurrency", s.MaxConcurrency != nil, "MaxConcurrencyPath", s.MaxConcurrencyPath != nil)
	if at, n, ok := v.intOrExpr(sc, "MaxConcurrency", s.MaxConcurrency); ok {
		v.nonNegative(sc, at, n)
	}
	v.referencePath(sc, "MaxConcurrencyPath", s.MaxConcurrencyPath)
	v.exclusive(sc, "ToleratedFailureCount", s.ToleratedFailureCount != nil, "ToleratedFailureCountPath", s.ToleratedFailureCountPath != nil)
	if at, n, ok := v.intOrExpr(sc, "ToleratedFailureCount", s.ToleratedFailureCount); ok {
		v.nonNegative(sc, at, n)
	}
	v.referencePath(sc, "ToleratedFailureCountPath", s.ToleratedFailureCountPath)
	v.exclusive(sc, "ToleratedFailurePercentage", s.ToleratedFailurePercentage != nil, "ToleratedFailurePercentagePath", s.ToleratedFailurePercentagePath != nil)
	v.percentage(sc, "ToleratedFailurePercentage", s.ToleratedFailurePercentage)
	v.referencePath(sc, "ToleratedFailurePercentagePath", s.ToleratedFailurePercentagePath)
	for _, f := range []struct {
		name string
		set  bool
	}{{"MaxConcurrencyPath", s.MaxConcurrencyPath != nil}, {"ToleratedFailureCountPath", s.ToleratedFailureCountPath != nil}, {"ToleratedFailurePercentagePath", s.ToleratedFailurePercentagePath != nil}} {
		v.only(sc, JSONPath, f.name, f.set)
	}
	if s.Label != nil {
		if *s.Label == "" {
			// AWS: "Label cannot be empty" (recorded in the conformance verdicts).
			v.add(sc, at.At("Label"), CodeInvalidValue, "a Label cannot be empty; leave Label out to let AWS name the Map Run")
		} else if n := utf8.RuneCountInString(*s.Label); n > MaxLabelLength || labelChars.MatchString(*s.Label) {
			v.add(sc, at.At("Label"), CodeInvalidValue, "a Label has at most %d characters and no whitespace, brackets, wildcards or punctuation such as ? * \" # %% \\ ^ | ~ ` $ & , ; : /", MaxLabelLength)
		}
	}
	for _, f := range []struct {
		name string
		val  *jsontree.Value
	}{{"ItemReader", s.ItemReader}, {"ItemBatcher", s.ItemBatcher}, {"ResultWriter", s.ResultWriter}} {
		v.distributedObject(sc, f.name, f.val)
	}
	v.results(sc, &s.Results)
	v.jsonata(sc, &s.Jsonata)
	v.distributedOnly(sc, s)
	v.processor(sc, s)
}

func (v *validator) processor(sc *scope, s *Map) {
	at := sc.at
	if s.ItemProcessor == nil {
		v.add(sc, at, CodeMapNoProcessor, "a Map needs an ItemProcessor (the states to run for each item)")
		return
	}
	pat := at.At("ItemProcessor")
	if s.LegacyIterator {
		pat = at.At("Iterator")
	}
	distributed := false
	if pc := s.ProcessorConfig; pc != nil {
		if pc.Mode != nil {
			switch *pc.Mode {
			case ModeInline:
			case ModeDistributed:
				distributed = true
			default:
				v.add(sc, pat.At("ProcessorConfig").At("Mode"), CodeInvalidValue, "Mode must be %q or %q, not %q", ModeInline, ModeDistributed, *pc.Mode)
			}
		}
		if pc.ExecutionType != nil && *pc.ExecutionType != "STANDARD" && *pc.ExecutionType != "EXPRESS" {
			v.add(sc, pat.At("ProcessorConfig").At("ExecutionType"), CodeInvalidValue, "ExecutionType must be \"STANDARD\" or \"EXPRESS\", not %q", *pc.ExecutionType)
		}
		if distributed && pc.ExecutionType == nil {
			v.add(sc, pat.At("ProcessorConfig"), CodeMissingField, "a DISTRIBUTED Map needs ExecutionType (STANDARD or EXPRESS)")
		}
		if !distributed && pc.ExecutionType != nil {
			v.add(sc, pat.At("ProcessorConfig").At("ExecutionType"), CodeInvalidValue, "ExecutionType applies only to DISTRIBUTED Maps")
		}
	}
	inner := sc.block()
	if distributed {
		// A Distributed Map's children are executions of their own type,
		// whatever the parent's: Express ones follow the Express rules
		// even in a Standard machine, Standard ones do not.
		et := s.ProcessorConfig.ExecutionType
		inner.express = et != nil && *et == string(Express)
		inner.expressMap = inner.express
	}
	v.graph(s.ItemProcessor, pat, inner)
}

func (v *validator) nonNegative(sc *scope, at Location, n int64) {
	if n < 0 {
		v.add(sc, at, CodeInvalidValue, "must be 0 or more, not %d", n)
	}
}

func (v *validator) percentage(sc *scope, field string, p *jsontree.Value) {
	if p == nil {
		return
	}
	at := sc.at.At(field)
	if p.Kind == jsontree.String {
		if sc.lang == JSONata {
			v.expression(sc, at, p.Text)
		} else {
			v.add(sc, at, CodeWrongType, "must be a number; expressions are only allowed in JSONata states")
		}
		return
	}
	if f, ok := p.Float(); !ok || f < 0 || f > 100 {
		v.add(sc, at, CodeInvalidValue, "ToleratedFailurePercentage must be between 0 and 100, not %s", p.Text)
	}
}

// distributedOnly reports the fields only a Distributed Map has on an
// inline one. Sources: the Step Functions developer guide lists
// ItemReader, ItemBatcher, ResultWriter, ToleratedFailureCount(Path),
// ToleratedFailurePercentage(Path) and Label under "Distributed Map state
// fields" (state-map-distributed.html), fields the Inline page
// (state-map-inline.html) does not have, and AWS's language service
// rejects them on an inline Map. But AWS itself accepted and ran inline
// Maps with ToleratedFailureCount and ToleratedFailurePercentage
// (conformance verdicts evaluate_jsonata test_base_map[TOLERATED_…]),
// so those two families are warnings (they have no effect there); where
// AWS's verdicts say nothing, the documentation decides and the other
// fields are errors.
func (v *validator) distributedOnly(sc *scope, s *Map) {
	if s.ProcessorConfig != nil && s.ProcessorConfig.Mode != nil && *s.ProcessorConfig.Mode == ModeDistributed {
		return
	}
	for _, f := range []struct {
		name string
		set  bool
		sev  Severity
	}{
		{"ItemReader", s.ItemReader != nil, Error}, {"ItemBatcher", s.ItemBatcher != nil, Error},
		{"ResultWriter", s.ResultWriter != nil, Error}, {"Label", s.Label != nil, Error},
		{"ToleratedFailureCount", s.ToleratedFailureCount != nil, Warning}, {"ToleratedFailureCountPath", s.ToleratedFailureCountPath != nil, Warning},
		{"ToleratedFailurePercentage", s.ToleratedFailurePercentage != nil, Warning}, {"ToleratedFailurePercentagePath", s.ToleratedFailurePercentagePath != nil, Warning},
	} {
		switch {
		case !f.set:
		case f.sev == Error:
			v.add(sc, sc.at.At(f.name), CodeUnknownField, "%s is allowed only in a Distributed Map (ItemProcessor.ProcessorConfig.Mode \"DISTRIBUTED\"); this Map is inline", f.name)
		default:
			v.diags = append(v.diags, Diagnostic{Severity: Warning, Code: CodeUnknownField, At: sc.at.At(f.name), Source: sc.source,
				Message: f.name + " has no effect on an inline Map: failures are tolerated only in a Distributed Map (ItemProcessor.ProcessorConfig.Mode \"DISTRIBUTED\")"})
		}
	}
}
