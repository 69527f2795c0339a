package sfn

import (
	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/jsontree"
)

// ExecutionType is how a distributed Map runs its child workflow
// executions: STANDARD (exactly once, up to a year) or EXPRESS (at least
// once, up to five minutes).
type ExecutionType string

// The execution types of a distributed Map's children.
const (
	ExecutionStandard ExecutionType = "STANDARD"
	ExecutionExpress  ExecutionType = "EXPRESS"
)

// distributed holds the fields only a distributed Map has.
type distributed struct {
	executionType *string
	reader        *ItemReader
	batcher       *ItemBatcher
	writer        *ResultWriter
	toleratedN    *asl.IntOrExpr
	toleratedNP   *string
	toleratedPct  *jsontree.Value
	toleratedPctP *string
	label         *string
	items         *jsontree.Value
}

// Distributed makes the Map a distributed Map: each item runs as a child
// workflow execution of the given type (ProcessorConfig Mode DISTRIBUTED),
// up to 10,000 at a time, and items may come from S3 (ItemReader). Default:
// an inline Map.
func (m *Map) Distributed(t ExecutionType) *Map {
	s := string(t)
	m.executionType = &s
	return m
}

// ItemReader makes a distributed Map read its items from S3 instead of its
// input (see ReadS3Objects, ReadS3JSON, ReadS3JSONL, ReadS3CSV,
// ReadS3Manifest, ReadS3Parquet). Default: the items come from the input.
func (m *Map) ItemReader(r *ItemReader) *Map {
	m.reader = r
	return m
}

// ItemBatcher makes a distributed Map pass its items to children in
// batches (see BatchItems). Default: one item per child.
func (m *Map) ItemBatcher(b *ItemBatcher) *Map {
	m.batcher = b
	return m
}

// ResultWriter makes a distributed Map write its children's results to
// S3, or reshape them (see WriteResultsToS3, TransformResults). Default:
// the results form the state's result.
func (m *Map) ResultWriter(w *ResultWriter) *Map {
	m.writer = w
	return m
}

// ToleratedFailureCount lets up to n child executions fail before the Map
// fails (with States.ExceedToleratedFailureThreshold); it replaces
// ToleratedFailureCountPath and ToleratedFailureCountExpr. Default: 0.
func (m *Map) ToleratedFailureCount(n int) *Map {
	m.toleratedN, m.toleratedNP = &asl.IntOrExpr{Int: int64(n)}, nil
	return m
}

// ToleratedFailureCountPath takes ToleratedFailureCount from the input
// (JSONPath states); it replaces ToleratedFailureCount and
// ToleratedFailureCountExpr.
func (m *Map) ToleratedFailureCountPath(path Path) *Map {
	m.toleratedNP, m.toleratedN = pathPtr(path), nil
	return m
}

// ToleratedFailureCountExpr sets ToleratedFailureCount to a JSONata
// expression written as "{% … %}" (see Expr); only in JSONata states. It
// replaces ToleratedFailureCount and ToleratedFailureCountPath. An expr
// not written that way is a recorded problem, and the call is ignored.
// Default: 0.
func (m *Map) ToleratedFailureCountExpr(expr string) *Map {
	if checkExpr(&m.probs, "ToleratedFailureCount", "ToleratedFailureCountExpr", expr) {
		m.toleratedN, m.toleratedNP = &asl.IntOrExpr{Expr: expr}, nil
	}
	return m
}

// ToleratedFailurePercentage lets up to pct percent (0–100) of the child
// executions fail before the Map fails; it replaces
// ToleratedFailurePercentagePath and ToleratedFailurePercentageExpr.
// Default: 0.
func (m *Map) ToleratedFailurePercentage(pct float64) *Map {
	m.toleratedPct, m.toleratedPctP = jsontree.NewFloat(pct), nil
	return m
}

// ToleratedFailurePercentagePath takes ToleratedFailurePercentage from the
// input (JSONPath states); it replaces ToleratedFailurePercentage and
// ToleratedFailurePercentageExpr.
func (m *Map) ToleratedFailurePercentagePath(path Path) *Map {
	m.toleratedPctP, m.toleratedPct = pathPtr(path), nil
	return m
}

// ToleratedFailurePercentageExpr sets ToleratedFailurePercentage to a
// JSONata expression written as "{% … %}" (see Expr); only in JSONata
// states. It replaces ToleratedFailurePercentage and
// ToleratedFailurePercentagePath. An expr not written that way is a
// recorded problem, and the call is ignored. Default: 0.
func (m *Map) ToleratedFailurePercentageExpr(expr string) *Map {
	if checkExpr(&m.probs, "ToleratedFailurePercentage", "ToleratedFailurePercentageExpr", expr) {
		m.toleratedPct, m.toleratedPctP = jsontree.NewString(expr), nil
	}
	return m
}

// Label names the child executions' map run (up to 40 characters, no
// whitespace or special characters). Default: the state's name.
func (m *Map) Label(label string) *Map {
	m.label = &label
	return m
}

// Items sets, in JSONata states, the array to iterate over: a JSON array or
// an expression (see Expr). Default: the input.
func (m *Map) Items(items any) *Map {
	m.items = payload(&m.base, "Items", items, jsonataMode, false)
	return m
}

// MaxConcurrencyExpr sets MaxConcurrency to a JSONata expression written
// as "{% … %}" (see Expr); only in JSONata states. It replaces
// MaxConcurrency and MaxConcurrencyPath. An expr not written that way is a
// recorded problem, and the call is ignored. Default: 0.
func (m *Map) MaxConcurrencyExpr(expr string) *Map {
	if checkExpr(&m.probs, "MaxConcurrency", "MaxConcurrencyExpr", expr) {
		m.maxConcurrency, m.maxConcPath = &asl.IntOrExpr{Expr: expr}, nil
	}
	return m
}

// distributedModel fills the distributed fields of out for a state of
// language lang.
func (d *distributed) distributedModel(out *asl.Map, lang QueryLanguage) {
	if d.executionType != nil && out.ProcessorConfig != nil {
		mode := asl.ModeDistributed
		out.ProcessorConfig.Mode = &mode
		out.ProcessorConfig.ExecutionType = d.executionType
	}
	if d.reader != nil {
		out.ItemReader = d.reader.value(lang)
	}
	if d.batcher != nil {
		out.ItemBatcher = d.batcher.value()
	}
	if d.writer != nil {
		out.ResultWriter = d.writer.value(lang)
	}
	out.ToleratedFailureCount, out.ToleratedFailureCountPath = d.toleratedN, d.toleratedNP
	out.ToleratedFailurePercentage, out.ToleratedFailurePercentagePath = d.toleratedPct, d.toleratedPctP
	out.Label = d.label
	out.Items = d.items
}
