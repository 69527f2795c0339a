package asl_test

import (
	"strings"

	"github.com/stepwise-go/stepwise/asl"
)

// dmap wraps extra fields into a definition with one distributed Map.
func dmap(fields string) string {
	if fields != "" {
		fields = ", " + fields
	}
	return one(`{"Type": "Map", "End": true, "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
		"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}` + fields + `}`)
}

// jsonataDmap is dmap in a JSONata machine.
func jsonataDmap(fields string) string {
	return strings.Replace(dmap(fields), `{"StartAt": "S"`, `{"QueryLanguage": "JSONata", "StartAt": "S"`, 1)
}

const csvReader = `"ItemReader": {"Resource": "arn:aws:states:::s3:getObject", "Parameters": {"Bucket": "b", "Key": "k.csv"}, "ReaderConfig": {"InputType": "CSV", "CSVHeaderLocation": "FIRST_ROW"`

func init() {
	ruleCases = append(ruleCases, []struct {
		code      asl.Code
		bad, good string
	}{
		{asl.CodeUnknownField, dmap(csvReader + `, "Colour": "red"}}`), dmap(csvReader + `}}`)},
		{asl.CodeInvalidValue, dmap(strings.Replace(csvReader, `"CSV"`, `"XML"`, 1) + `}}`), dmap(csvReader + `}}`)},
		{asl.CodeExclusiveFields, dmap(csvReader + `, "MaxItems": 10, "MaxItemsPath": "$.max"}}`), dmap(csvReader + `, "MaxItemsPath": "$.max"}}`)},
		{asl.CodeInvalidRefPath, dmap(csvReader + `, "MaxItemsPath": "$.max[*]"}}`), dmap(csvReader + `, "MaxItemsPath": "$.max"}}`)},
		{asl.CodeMissingField, dmap(strings.Replace(csvReader, `"FIRST_ROW"`, `"GIVEN"`, 1) + `}}`), dmap(strings.Replace(csvReader, `"FIRST_ROW"`, `"GIVEN", "CSVHeaders": ["id", "name"]`, 1) + `}}`)},
		{asl.CodeInvalidValue, dmap(`"ItemReader": {"Resource": "arn:aws:states:::s3:getObject", "Parameters": {"Bucket": "b", "Key": "k.json"}, "ReaderConfig": {"InputType": "JSON", "CSVDelimiter": "PIPE"}}`),
			dmap(`"ItemReader": {"Resource": "arn:aws:states:::s3:getObject", "Parameters": {"Bucket": "b", "Key": "k.json"}, "ReaderConfig": {"InputType": "JSON"}}`)},
		{asl.CodeMissingField, dmap(`"ItemReader": {"ReaderConfig": {"InputType": "JSON"}}`), dmap(`"ItemReader": {"Resource": "arn:aws:states:::s3:listObjectsV2", "Parameters": {"Bucket": "b"}}`)},
		{asl.CodeInvalidValue, dmap(`"ItemBatcher": {"MaxInputBytesPerBatch": 262145}`), dmap(`"ItemBatcher": {"MaxInputBytesPerBatch": 262144}`)},
		{asl.CodeMissingField, dmap(`"ItemBatcher": {"BatchInput": {"a": 1}}`), dmap(`"ItemBatcher": {"MaxItemsPerBatch": 10, "BatchInput": {"a": 1}}`)},
		{asl.CodeInvalidValue, dmap(`"ResultWriter": {"WriterConfig": {"Transformation": "ZIP"}}`), dmap(`"ResultWriter": {"WriterConfig": {"Transformation": "FLATTEN", "OutputType": "JSONL"}}`)},
		{asl.CodeQueryLanguageField, jsonataDmap(`"ItemReader": {"Resource": "arn:aws:states:::s3:getObject", "Parameters": {"Bucket": "b", "Key": "k.json"}, "ReaderConfig": {"InputType": "JSON"}}`),
			jsonataDmap(`"ItemReader": {"Resource": "arn:aws:states:::s3:getObject", "Arguments": {"Bucket": "b", "Key": "{% $states.input.key %}"}, "ReaderConfig": {"InputType": "JSON"}}`)},
		{asl.CodeInvalidValue, dmap(`"Label": "` + strings.Repeat("l", 41) + `"`), dmap(`"Label": "` + strings.Repeat("l", 40) + `"`)},
		{asl.CodeInvalidValue, dmap(`"Label": "my label"`), dmap(`"Label": "my_label"`)},
		{asl.CodeInvalidValue, dmap(`"ToleratedFailurePercentage": 150`), dmap(`"ToleratedFailurePercentage": 12.5`)},
		{asl.CodeInvalidValue, dmap(`"ToleratedFailureCount": -1`), dmap(`"ToleratedFailureCount": 0`)},
		{asl.CodeMissingField, strings.Replace(dmap(``), `, "ExecutionType": "STANDARD"`, ``, 1), strings.Replace(dmap(``), `"STANDARD"`, `"EXPRESS"`, 1)},
	}...)
}
