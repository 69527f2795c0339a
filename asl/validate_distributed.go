package asl

import "github.com/stepwise-go/stepwise/jsontree"

// MaxBatchInputBytes is the largest MaxInputBytesPerBatch AWS accepts
// (256 KiB).
const MaxBatchInputBytes = 262144

// The shapes of a distributed Map's ItemReader, ItemBatcher and
// ResultWriter, as the Step Functions developer guide documents them.
var (
	readerConfigSchema = &schema{
		what: "ReaderConfig",
		fields: map[string]fieldRule{
			"InputType":         {kind: kindString, enum: []string{"CSV", "JSON", "JSONL", "MANIFEST", "PARQUET"}},
			"CSVHeaderLocation": {kind: kindString, enum: []string{"FIRST_ROW", "GIVEN"}},
			"CSVHeaders":        {kind: kindStrings},
			"CSVDelimiter":      {kind: kindString, enum: []string{"COMMA", "PIPE", "SEMICOLON", "SPACE", "TAB"}},
			"ManifestType":      {kind: kindString, enum: []string{"S3_INVENTORY", "ATHENA_DATA"}},
			"MaxItems":          {kind: kindInt, min: 0, max: 100000000},
			"MaxItemsPath":      {kind: kindRefPath, lang: JSONPath},
		},
		exclusive: [][2]string{{"MaxItems", "MaxItemsPath"}},
	}
	itemReaderSchema = &schema{
		what: "ItemReader",
		fields: map[string]fieldRule{
			"Resource":     {kind: kindString},
			"Parameters":   {kind: kindTemplate, lang: JSONPath},
			"Arguments":    {kind: kindJSONata, lang: JSONata},
			"ReaderConfig": {kind: kindObject, sub: readerConfigSchema},
		},
		required: []string{"Resource"},
	}
	itemBatcherSchema = &schema{
		what: "ItemBatcher",
		fields: map[string]fieldRule{
			"MaxItemsPerBatch":          {kind: kindInt, min: 1},
			"MaxItemsPerBatchPath":      {kind: kindRefPath, lang: JSONPath},
			"MaxInputBytesPerBatch":     {kind: kindInt, min: 1, max: MaxBatchInputBytes},
			"MaxInputBytesPerBatchPath": {kind: kindRefPath, lang: JSONPath},
			"BatchInput":                {kind: kindAny},
		},
		exclusive: [][2]string{{"MaxItemsPerBatch", "MaxItemsPerBatchPath"}, {"MaxInputBytesPerBatch", "MaxInputBytesPerBatchPath"}},
		oneOf:     []string{"MaxItemsPerBatch", "MaxItemsPerBatchPath", "MaxInputBytesPerBatch", "MaxInputBytesPerBatchPath"},
	}
	writerConfigSchema = &schema{
		what: "WriterConfig",
		fields: map[string]fieldRule{
			"Transformation": {kind: kindString, enum: []string{"NONE", "COMPACT", "FLATTEN"}},
			"OutputType":     {kind: kindString, enum: []string{"JSON", "JSONL"}},
		},
	}
	resultWriterSchema = &schema{
		what: "ResultWriter",
		fields: map[string]fieldRule{
			"Resource":     {kind: kindString},
			"Parameters":   {kind: kindTemplate, lang: JSONPath},
			"Arguments":    {kind: kindJSONata, lang: JSONata},
			"WriterConfig": {kind: kindObject, sub: writerConfigSchema},
		},
		oneOf: []string{"Resource", "WriterConfig"},
	}
)

// distributedObject checks a Map's ItemReader, ItemBatcher or ResultWriter.
func (v *validator) distributedObject(sc *scope, field string, val *jsontree.Value) {
	if val == nil {
		return
	}
	at := sc.at.At(field)
	switch field {
	case "ItemReader":
		v.checkObject(sc, at, val, itemReaderSchema)
		v.csvHeaders(sc, at.At("ReaderConfig"), val.Get("ReaderConfig"))
		if r := val.Get("Resource"); r != nil && r.Kind == jsontree.String {
			saved := sc.at
			sc.at = at
			v.resource(sc, "Resource", r.Text)
			sc.at = saved
		}
	case "ItemBatcher":
		v.checkObject(sc, at, val, itemBatcherSchema)
	case "ResultWriter":
		v.checkObject(sc, at, val, resultWriterSchema)
	}
}

// csvHeaders checks that CSVHeaders is given exactly when
// CSVHeaderLocation is GIVEN, and that the CSV fields go with CSV input.
func (v *validator) csvHeaders(sc *scope, at Location, rc *jsontree.Value) {
	if rc == nil || rc.Kind != jsontree.Object {
		return
	}
	loc, headers, input := rc.Get("CSVHeaderLocation"), rc.Get("CSVHeaders"), rc.Get("InputType")
	given := loc != nil && loc.Kind == jsontree.String && loc.Text == "GIVEN"
	switch {
	case given && headers == nil:
		v.add(sc, at, CodeMissingField, "CSVHeaderLocation GIVEN needs CSVHeaders, the column names")
	case !given && headers != nil:
		v.add(sc, at.At("CSVHeaders"), CodeInvalidValue, "CSVHeaders is used only with CSVHeaderLocation GIVEN")
	}
	isCSV := input != nil && input.Kind == jsontree.String && input.Text == "CSV"
	for _, f := range []string{"CSVHeaderLocation", "CSVHeaders", "CSVDelimiter"} {
		if rc.Get(f) != nil && !isCSV {
			v.add(sc, at.At(f), CodeInvalidValue, "%s applies only to InputType CSV", f)
		}
	}
}
