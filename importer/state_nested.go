package importer

import (
	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/jsontree"
)

// parallel adds a Parallel's setters, planning its branches first.
func (p *planner) parallel(st *setters, s *asl.Parallel, lang asl.QueryLanguage, resolve resolver) []Call {
	st.path("InputPath", s.InputPath, "DiscardInput")
	st.path("OutputPath", s.OutputPath, "DiscardOutput")
	st.template("Parameters", s.Parameters)
	if s.Arguments != nil {
		st.add("Arguments", p.literal(s.Arguments))
	}
	st.template("ResultSelector", s.ResultSelector)
	st.path("ResultPath", s.ResultPath, "DiscardResult")
	st.jsonata(s.Jsonata, lang)
	if len(s.Retry) > 0 {
		st.add("Retry", p.retriers(s.Retry, st.at.At("Retry"))...)
	}
	// One Branch call for the branches without a Comment, CommentedBranch
	// for each with one, in branch order.
	var plain []Expr
	for i, br := range s.Branches {
		e := p.block(br, st.at.At("Branches").Index(i), false)
		if br.Comment == nil {
			plain = append(plain, e)
			continue
		}
		if len(plain) > 0 {
			st.add("Branch", plain...)
			plain = nil
		}
		st.add("CommentedBranch", e, Str{*br.Comment})
	}
	if len(plain) > 0 || len(s.Branches) == 0 {
		st.add("Branch", plain...)
	}
	now, later := p.catchers(s.Catch, st.at.At("Catch"), lang, resolve)
	st.calls = append(st.calls, now...)
	return later
}

// mapState adds a Map's setters, planning its item processor first.
func (p *planner) mapState(st *setters, s *asl.Map, lang asl.QueryLanguage, resolve resolver) []Call {
	at := st.at
	st.path("InputPath", s.InputPath, "DiscardInput")
	st.path("OutputPath", s.OutputPath, "DiscardOutput")
	if s.ItemsPath != nil {
		st.add("ItemsPath", Str{*s.ItemsPath})
	}
	if s.Items != nil {
		st.add("Items", p.literal(s.Items))
	}
	st.template("ItemSelector", s.ItemSelector)
	st.template("ItemSelector", s.Parameters) // the legacy name: the DSL writes ItemSelector
	if s.ProcessorConfig != nil {
		p.processorConfig(st, s.ProcessorConfig, s.LegacyIterator)
	}
	switch {
	case s.MaxConcurrency != nil && s.MaxConcurrency.IsExpr():
		st.add("MaxConcurrencyExpr", exprString(s.MaxConcurrency.Expr))
	case s.MaxConcurrency != nil:
		st.add("MaxConcurrency", Int{s.MaxConcurrency.Int})
	}
	if s.MaxConcurrencyPath != nil {
		st.add("MaxConcurrencyPath", Str{*s.MaxConcurrencyPath})
	}
	p.distributed(st, s)
	p.distributedIO(st, s, lang)
	st.template("ResultSelector", s.ResultSelector)
	st.path("ResultPath", s.ResultPath, "DiscardResult")
	st.jsonata(s.Jsonata, lang)
	if len(s.Retry) > 0 {
		st.add("Retry", p.retriers(s.Retry, at.At("Retry"))...)
	}
	if s.ItemProcessor != nil {
		field := "ItemProcessor"
		if s.LegacyIterator {
			field = "Iterator"
		}
		st.str("ItemProcessorComment", s.ItemProcessor.Comment)
		st.add("ItemProcessor", p.block(s.ItemProcessor, at.At(field), false))
	}
	now, later := p.catchers(s.Catch, at.At("Catch"), lang, resolve)
	st.calls = append(st.calls, now...)
	return later
}

// processorConfig adds Distributed for a distributed Map; an inline Map
// needs nothing (the DSL writes Mode INLINE).
func (p *planner) processorConfig(st *setters, pc *asl.ProcessorConfig, legacy bool) {
	at := st.at.At("ItemProcessor").At("ProcessorConfig")
	if legacy {
		at = st.at.At("Iterator").At("ProcessorConfig")
	}
	mode := asl.ModeInline
	if pc.Mode != nil {
		mode = *pc.Mode
	}
	switch {
	case mode == asl.ModeDistributed && pc.ExecutionType != nil && *pc.ExecutionType == "EXPRESS":
		st.add("Distributed", Const{"sfn", "ExecutionExpress"})
	case mode == asl.ModeDistributed && pc.ExecutionType != nil && *pc.ExecutionType == "STANDARD":
		st.add("Distributed", Const{"sfn", "ExecutionStandard"})
	case mode == asl.ModeDistributed:
		p.problem(at.At("ExecutionType"), "the DSL needs an ExecutionType for a distributed Map")
	case pc.ExecutionType != nil:
		p.problem(at.At("ExecutionType"), "the DSL writes no ExecutionType for an inline Map")
	}
}

// distributed adds a distributed Map's own fields.
func (p *planner) distributed(st *setters, s *asl.Map) {
	switch t := s.ToleratedFailureCount; {
	case t != nil && t.IsExpr():
		st.add("ToleratedFailureCountExpr", exprString(t.Expr))
	case t != nil:
		st.add("ToleratedFailureCount", Int{t.Int})
	}
	if s.ToleratedFailureCountPath != nil {
		st.add("ToleratedFailureCountPath", Str{*s.ToleratedFailureCountPath})
	}
	switch v := s.ToleratedFailurePercentage; {
	case v == nil:
	case v.Kind == jsontree.String:
		st.add("ToleratedFailurePercentageExpr", exprString(v.Text))
	default:
		if e, ok := number(v); ok {
			st.add("ToleratedFailurePercentage", e)
		} else {
			p.problem(st.at.At("ToleratedFailurePercentage"), "the number "+v.Text+" does not fit a float64")
		}
	}
	if s.ToleratedFailurePercentagePath != nil {
		st.add("ToleratedFailurePercentagePath", Str{*s.ToleratedFailurePercentagePath})
	}
	st.str("Label", s.Label)
}
