package importer

import (
	"reflect"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/constructs/sfn"
	"github.com/stepwise-go/stepwise/jsontree"
)

// distributedIO adds a distributed Map's ItemReader, ItemBatcher and
// ResultWriter. Each is written with the DSL's builders and kept only when
// the builder gives back exactly the field of the input (checked by
// building a one-state machine); otherwise the field is unsupported.
func (p *planner) distributedIO(st *setters, s *asl.Map, lang asl.QueryLanguage) {
	fields := []struct {
		name  string
		v     *jsontree.Value
		build func(*jsontree.Value, asl.QueryLanguage) Expr
		get   func(*asl.Map) *jsontree.Value
	}{
		{"ItemReader", s.ItemReader, p.reader, func(m *asl.Map) *jsontree.Value { return m.ItemReader }},
		{"ItemBatcher", s.ItemBatcher, p.batcher, func(m *asl.Map) *jsontree.Value { return m.ItemBatcher }},
		{"ResultWriter", s.ResultWriter, p.writer, func(m *asl.Map) *jsontree.Value { return m.ResultWriter }},
	}
	for _, f := range fields {
		if f.v == nil {
			continue
		}
		e := f.build(f.v, lang)
		if e == nil || !sameField(f.name, e, lang, f.get, f.v) {
			p.problem(st.at.At(f.name), "no "+f.name+" builder of the DSL writes this "+f.name+" exactly")
			continue
		}
		st.add(f.name, e)
	}
}

// sameField builds a distributed Map with setter(arg) in a machine of
// language lang and reports whether the field get reads equals want.
func sameField(setter string, arg Expr, lang asl.QueryLanguage, get func(*asl.Map) *jsontree.Value, want *jsontree.Value) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	in := &interp{vars: map[string]reflect.Value{}}
	v, err := in.eval(arg, anyType)
	if err != nil {
		return false
	}
	m := sfn.NewMap("M").Distributed(sfn.ExecutionStandard).ItemProcessor(sfn.NewPass("P"))
	reflect.ValueOf(m).MethodByName(setter).Call([]reflect.Value{v})
	model, _ := sfn.NewStateMachine("Check", m).QueryLanguage(sfn.QueryLanguage(lang)).Build()
	if model == nil || len(model.States) != 1 {
		return false
	}
	got, isMap := model.States[0].(*asl.Map)
	return isMap && jsontree.Equal(get(got), want)
}

// readerFunctions pick the builder of a getObject reader by InputType.
var readerFunctions = map[string]string{
	"JSON": "ReadS3JSON", "JSONL": "ReadS3JSONL", "CSV": "ReadS3CSV", "MANIFEST": "ReadS3Manifest", "PARQUET": "ReadS3Parquet",
}

// delimiters name the CSV delimiters.
var delimiters = map[string]string{
	"COMMA": "DelimiterComma", "PIPE": "DelimiterPipe", "SEMICOLON": "DelimiterSemicolon",
	"SPACE": "DelimiterSpace", "TAB": "DelimiterTab",
}

// reader returns the builder call for an ItemReader, or nil.
func (p *planner) reader(v *jsontree.Value, lang asl.QueryLanguage) Expr {
	res := stringField(v, "Resource")
	params := v.Get(parametersField(lang))
	cfg := v.Get("ReaderConfig")
	var ctor Call
	switch res {
	case "arn:aws:states:::s3:listObjectsV2":
		ctor = fn("sfn", "ReadS3Objects", p.ioArg(params, "Bucket", lang), p.ioArg(params, "Prefix", lang))
	case "arn:aws:states:::s3:getObject":
		name := readerFunctions[stringField(cfg, "InputType")]
		if name == "" {
			return nil
		}
		ctor = fn("sfn", name, p.ioArg(params, "Bucket", lang), p.ioArg(params, "Key", lang))
	default:
		return nil
	}
	var calls []Call
	if headers := cfg.Get("CSVHeaders"); headers != nil && headers.Kind == jsontree.Array {
		args := make([]Expr, len(headers.Items))
		for i, h := range headers.Items {
			if h.Kind != jsontree.String {
				return nil
			}
			args[i] = Str{h.Text}
		}
		calls = append(calls, call(nil, "Headers", args...))
	}
	if d := stringField(cfg, "CSVDelimiter"); d != "" {
		if delimiters[d] == "" {
			return nil
		}
		calls = append(calls, call(nil, "Delimiter", Const{"sfn", delimiters[d]}))
	}
	if n, ok := intField(cfg, "MaxItems"); ok {
		calls = append(calls, call(nil, "MaxItems", Int{n}))
	}
	if s := stringField(cfg, "MaxItemsPath"); s != "" {
		calls = append(calls, call(nil, "MaxItemsPath", Str{s}))
	}
	return chain(ctor, calls...)
}

// batcher returns the builder call for an ItemBatcher, or nil.
func (p *planner) batcher(v *jsontree.Value, _ asl.QueryLanguage) Expr {
	var calls []Call
	if n, ok := intField(v, "MaxItemsPerBatch"); ok {
		calls = append(calls, call(nil, "MaxItems", Int{n}))
	}
	if s := stringField(v, "MaxItemsPerBatchPath"); s != "" {
		calls = append(calls, call(nil, "MaxItemsPath", Str{s}))
	}
	if n, ok := intField(v, "MaxInputBytesPerBatch"); ok {
		calls = append(calls, call(nil, "MaxInputBytes", Int{n}))
	}
	if s := stringField(v, "MaxInputBytesPerBatchPath"); s != "" {
		calls = append(calls, call(nil, "MaxInputBytesPath", Str{s}))
	}
	if in := v.Get("BatchInput"); in != nil {
		calls = append(calls, call(nil, "BatchInput", p.payload(in)))
	}
	return chain(fn("sfn", "BatchItems"), calls...)
}

// transformations name the ResultWriter transformations.
var transformations = map[string]string{"NONE": "TransformNone", "COMPACT": "TransformCompact", "FLATTEN": "TransformFlatten"}

// writer returns the builder call for a ResultWriter, or nil.
func (p *planner) writer(v *jsontree.Value, lang asl.QueryLanguage) Expr {
	ctor := fn("sfn", "TransformResults")
	if v.Get("Resource") != nil {
		params := v.Get(parametersField(lang))
		ctor = fn("sfn", "WriteResultsToS3", p.ioArg(params, "Bucket", lang), p.ioArg(params, "Prefix", lang))
	}
	var calls []Call
	cfg := v.Get("WriterConfig")
	if t := stringField(cfg, "Transformation"); t != "" {
		if transformations[t] == "" {
			return nil
		}
		calls = append(calls, call(nil, "Transformation", Const{"sfn", transformations[t]}))
	}
	if stringField(cfg, "OutputType") == "JSONL" {
		calls = append(calls, call(nil, "OutputJSONL"))
	}
	return chain(ctor, calls...)
}

// ioArg returns the bucket, key or prefix of a reader's or writer's
// parameters: a string, or (in JSONPath, "key.$") a path.
func (p *planner) ioArg(params *jsontree.Value, key string, lang asl.QueryLanguage) Expr {
	if v := params.Get(key); v != nil && v.Kind == jsontree.String {
		if lang == asl.JSONata {
			return exprString(v.Text)
		}
		return Str{v.Text}
	}
	if v := params.Get(key + ".$"); v != nil && v.Kind == jsontree.String && lang != asl.JSONata {
		return Conv{"sfn", "Path", Str{v.Text}}
	}
	return Nil{}
}

func parametersField(lang asl.QueryLanguage) string {
	if lang == asl.JSONata {
		return "Arguments"
	}
	return "Parameters"
}

// stringField returns a string member of v, or "".
func stringField(v *jsontree.Value, key string) string {
	if f := v.Get(key); f != nil && f.Kind == jsontree.String {
		return f.Text
	}
	return ""
}

// intField returns an integer member of v.
func intField(v *jsontree.Value, key string) (int64, bool) {
	if f := v.Get(key); f != nil {
		return f.Int()
	}
	return 0, false
}
