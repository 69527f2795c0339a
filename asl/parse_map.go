package asl

import (
	"github.com/stepwise-go/stepwise/jsontree"
)

func (d *decoder) mapFields(f fieldSet, s *Map) {
	d.inputOutput(f, &s.InputOutput)
	f["ItemsPath"] = d.str(&s.ItemsPath)
	f["Items"] = d.anyJSON(&s.Items)
	f["ItemSelector"] = d.anyJSON(&s.ItemSelector)
	f["Parameters"] = d.anyJSON(&s.Parameters)
	f["ItemProcessor"] = d.processor(s, false)
	f["Iterator"] = d.processor(s, true)
	f["ItemReader"] = d.obj(&s.ItemReader)
	f["ItemBatcher"] = d.obj(&s.ItemBatcher)
	f["ResultWriter"] = d.obj(&s.ResultWriter)
	f["MaxConcurrency"] = d.intOrExpr(&s.MaxConcurrency)
	f["MaxConcurrencyPath"] = d.str(&s.MaxConcurrencyPath)
	f["ToleratedFailureCount"] = d.intOrExpr(&s.ToleratedFailureCount)
	f["ToleratedFailureCountPath"] = d.str(&s.ToleratedFailureCountPath)
	f["ToleratedFailurePercentage"] = d.numberOrExpr(&s.ToleratedFailurePercentage)
	f["ToleratedFailurePercentagePath"] = d.str(&s.ToleratedFailurePercentagePath)
	f["Label"] = d.str(&s.Label)
	d.results(f, &s.Results)
	d.jsonata(f, &s.Jsonata)
	d.errorHandling(f, &s.ErrorHandling)
	d.transition(f, &s.Transition)
}

// processor reads ItemProcessor, or the legacy Iterator when legacy is set.
func (d *decoder) processor(s *Map, legacy bool) field {
	return func(v *jsontree.Value, at Location) {
		if s.ItemProcessor != nil {
			d.add(at, CodeExclusiveFields, "a Map has either ItemProcessor or the legacy Iterator, not both")
			return
		}
		what := "a Map's ItemProcessor"
		if legacy {
			what = "a Map's Iterator"
		}
		// ProcessorConfig is read in the legacy Iterator too: AWS accepts
		// it there (rec: test_map_state_legacy_config_inline_parameters).
		extra := fieldSet{"ProcessorConfig": func(v *jsontree.Value, at Location) {
			if !d.object(v, at, "ProcessorConfig") {
				return
			}
			pc := &ProcessorConfig{}
			d.members(v, at, "ProcessorConfig", fieldSet{
				"Mode":          d.str(&pc.Mode),
				"ExecutionType": d.str(&pc.ExecutionType),
			})
			s.ProcessorConfig = pc
		}}
		s.ItemProcessor = d.graph(v, at, what, extra)
		s.LegacyIterator = legacy
	}
}

// numberOrExpr reads a number or a string (a JSONata expression).
func (d *decoder) numberOrExpr(dst **jsontree.Value) field {
	return func(v *jsontree.Value, at Location) {
		if v.Kind != jsontree.Number && v.Kind != jsontree.String {
			d.add(at, CodeWrongType, "must be a number or a JSONata expression string, not %s", v.Kind)
			return
		}
		*dst = v
	}
}
