package sfn

import "github.com/stepwise-go/stepwise/jsontree"

// ItemBatcher groups a distributed Map's items into batches, one per child
// execution. Make one with BatchItems.
type ItemBatcher struct {
	fields [][2]any
	input  *jsontree.Value
	probs  problems
}

// BatchItems returns an empty batcher; set at least one limit.
func BatchItems() *ItemBatcher { return &ItemBatcher{} }

func (b *ItemBatcher) with(key string, v any) *ItemBatcher {
	b.fields = append(b.fields, [2]any{key, v})
	return b
}

// MaxItems puts at most n items in a batch.
func (b *ItemBatcher) MaxItems(n int) *ItemBatcher { return b.with("MaxItemsPerBatch", n) }

// MaxItemsPath takes MaxItemsPerBatch from the input.
func (b *ItemBatcher) MaxItemsPath(p Path) *ItemBatcher {
	return b.with("MaxItemsPerBatchPath", string(p))
}

// MaxInputBytes keeps each batch at most n bytes (at most 262,144).
func (b *ItemBatcher) MaxInputBytes(n int) *ItemBatcher { return b.with("MaxInputBytesPerBatch", n) }

// MaxInputBytesPath takes MaxInputBytesPerBatch from the input.
func (b *ItemBatcher) MaxInputBytesPath(p Path) *ItemBatcher {
	return b.with("MaxInputBytesPerBatchPath", string(p))
}

// BatchInput adds fixed JSON to every batch (under "BatchInput").
func (b *ItemBatcher) BatchInput(v any) *ItemBatcher {
	var issues []payloadIssue
	b.input, issues = convertPayload(v, jsonPathMode)
	for _, is := range issues {
		b.probs.add(append([]any{"BatchInput"}, is.where...), "%s", is.msg)
	}
	return b
}

func (b *ItemBatcher) value() *jsontree.Value {
	out := jsontree.NewObject()
	for _, kv := range b.fields {
		out.Set(kv[0].(string), plainValue(kv[1]))
	}
	if b.input != nil {
		out.Set("BatchInput", b.input)
	}
	return out
}

// ResultWriter says where a distributed Map's results go. Make one with
// WriteResultsToS3 or TransformResults.
type ResultWriter struct {
	bucket, prefix any
	config         [][2]string
}

// WriteResultsToS3 writes the child executions' results under prefix in
// bucket (strings, ${Name} placeholders, or Paths in JSONPath states). A
// nil prefix writes at the top of the bucket: the writer then has no
// Prefix.
func WriteResultsToS3(bucket, prefix any) *ResultWriter {
	return &ResultWriter{bucket: bucket, prefix: prefix}
}

// TransformResults keeps the results in the state's output, reshaped by
// Transformation and OutputType (a ResultWriter with only WriterConfig).
func TransformResults() *ResultWriter { return &ResultWriter{} }

// Transformation is how a ResultWriter reshapes the results: NONE (full
// execution details), COMPACT (the outputs only) or FLATTEN (outputs, with
// arrays flattened).
type Transformation string

// The result transformations.
const (
	TransformNone    Transformation = "NONE"
	TransformCompact Transformation = "COMPACT"
	TransformFlatten Transformation = "FLATTEN"
)

// Transformation sets WriterConfig.Transformation. Default: NONE.
func (w *ResultWriter) Transformation(t Transformation) *ResultWriter {
	w.config = append(w.config, [2]string{"Transformation", string(t)})
	return w
}

// OutputJSONL writes the results as JSON Lines instead of one JSON array
// (WriterConfig.OutputType JSONL). Default: JSON.
func (w *ResultWriter) OutputJSONL() *ResultWriter {
	w.config = append(w.config, [2]string{"OutputType", "JSONL"})
	return w
}

func (w *ResultWriter) value(lang QueryLanguage) *jsontree.Value {
	out := jsontree.NewObject()
	if w.bucket != nil {
		out.Set("Resource", jsontree.NewString("arn:aws:states:::s3:putObject"))
		params := [][2]any{{"Bucket", w.bucket}}
		if w.prefix != nil {
			params = append(params, [2]any{"Prefix", w.prefix})
		}
		out.Set(parametersField(lang), pairs(params, lang))
	}
	if len(w.config) > 0 {
		cfg := jsontree.NewObject()
		for _, kv := range w.config {
			cfg.Set(kv[0], jsontree.NewString(kv[1]))
		}
		out.Set("WriterConfig", cfg)
	}
	return out
}
