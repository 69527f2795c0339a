package asl

import (
	"github.com/stepwise-go/stepwise/jsontree"
)

// processorTarget is what a Map's ItemProcessor (or legacy Iterator) is
// read into: the processor's graph, and the Map for ProcessorConfig.
type processorTarget struct {
	graph *Graph
	m     *Map
}

// processorFields are the keys of an ItemProcessor or Iterator: a
// branch's keys and ProcessorConfig (built by init).
var processorFields fields[*processorTarget]

// processorConfigFields are the keys of ProcessorConfig.
var processorConfigFields fields[*ProcessorConfig]

// readProcessor reads ItemProcessor, or the legacy Iterator when legacy
// is set.
func (d *decoder) readProcessor(s *Map, legacy bool, v *jsontree.Value, at Location) {
	if s.ItemProcessor != nil {
		d.add(at, CodeExclusiveFields, "a Map has either ItemProcessor or the legacy Iterator, not both")
		return
	}
	what := "a Map's ItemProcessor"
	if legacy {
		what = "a Map's Iterator"
	}
	g := &Graph{}
	if d.object(v, at, what) {
		decodeMembers(d, v, at, what, &processorTarget{graph: g, m: s}, processorFields)
	}
	s.ItemProcessor = g
	s.LegacyIterator = legacy
}

// readProcessorConfig reads ProcessorConfig. It is read in the legacy
// Iterator too: AWS accepts it there (rec:
// test_map_state_legacy_config_inline_parameters).
func readProcessorConfig(d *decoder, p *processorTarget, v *jsontree.Value, at Location) {
	if !d.object(v, at, "ProcessorConfig") {
		return
	}
	pc := &ProcessorConfig{}
	decodeMembers(d, v, at, "ProcessorConfig", pc, processorConfigFields)
	p.m.ProcessorConfig = pc
}

// readNumberOrExpr reads a number or a string (a JSONata expression).
func (d *decoder) readNumberOrExpr(v *jsontree.Value, at Location, dst **jsontree.Value) {
	if v.Kind != jsontree.Number && v.Kind != jsontree.String {
		d.add(at, CodeWrongType, "must be a number or a JSONata expression string, not %s", v.Kind)
		return
	}
	*dst = v
}
