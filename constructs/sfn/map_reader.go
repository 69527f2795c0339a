package sfn

import (
	"strconv"

	"github.com/stepwise-go/stepwise/jsontree"
)

// ItemReader is where a distributed Map reads its items: an S3 object or
// listing. Make one with the ReadS3… functions; bucket and key are strings
// (literal names or ${Name} deploy-time placeholders) or, in JSONPath
// states, Paths into the input.
type ItemReader struct {
	resource string
	params   [][2]any // Bucket, Key/Prefix in order
	config   [][2]any // ReaderConfig fields in order
}

func newReader(resource string, params ...[2]any) *ItemReader {
	return &ItemReader{resource: "arn:aws:states:::s3:" + resource, params: params}
}

func (r *ItemReader) with(key string, value any) *ItemReader {
	for i, kv := range r.config {
		if kv[0] == key {
			r.config[i][1] = value
			return r
		}
	}
	r.config = append(r.config, [2]any{key, value})
	return r
}

// ReadS3Objects lists the objects under prefix in bucket (S3
// ListObjectsV2); each item describes one object. A nil prefix lists the
// whole bucket: the reader then has no Prefix (an empty string renders
// "Prefix": "").
func ReadS3Objects(bucket, prefix any) *ItemReader {
	if prefix == nil {
		return newReader("listObjectsV2", [2]any{"Bucket", bucket})
	}
	return newReader("listObjectsV2", [2]any{"Bucket", bucket}, [2]any{"Prefix", prefix})
}

// ReadS3JSON reads a JSON array from an S3 object.
func ReadS3JSON(bucket, key any) *ItemReader {
	return newReader("getObject", [2]any{"Bucket", bucket}, [2]any{"Key", key}).with("InputType", "JSON")
}

// ReadS3JSONL reads JSON Lines (one item per line) from an S3 object.
func ReadS3JSONL(bucket, key any) *ItemReader {
	return newReader("getObject", [2]any{"Bucket", bucket}, [2]any{"Key", key}).with("InputType", "JSONL")
}

// ReadS3CSV reads the rows of a CSV object; by default the first row holds
// the column names (see Headers, Delimiter).
func ReadS3CSV(bucket, key any) *ItemReader {
	return newReader("getObject", [2]any{"Bucket", bucket}, [2]any{"Key", key}).
		with("InputType", "CSV").with("CSVHeaderLocation", "FIRST_ROW")
}

// ReadS3Manifest reads the objects listed in an S3 inventory manifest.
func ReadS3Manifest(bucket, key any) *ItemReader {
	return newReader("getObject", [2]any{"Bucket", bucket}, [2]any{"Key", key}).with("InputType", "MANIFEST")
}

// ReadS3Parquet reads the rows of a Parquet object.
func ReadS3Parquet(bucket, key any) *ItemReader {
	return newReader("getObject", [2]any{"Bucket", bucket}, [2]any{"Key", key}).with("InputType", "PARQUET")
}

// Headers gives a CSV reader its column names (CSVHeaderLocation GIVEN);
// the first row is then data.
func (r *ItemReader) Headers(names ...string) *ItemReader {
	return r.with("CSVHeaderLocation", "GIVEN").with("CSVHeaders", names)
}

// CSVDelimiter is the column separator of a CSV object.
type CSVDelimiter string

// The CSV delimiters AWS supports.
const (
	DelimiterComma     CSVDelimiter = "COMMA"
	DelimiterPipe      CSVDelimiter = "PIPE"
	DelimiterSemicolon CSVDelimiter = "SEMICOLON"
	DelimiterSpace     CSVDelimiter = "SPACE"
	DelimiterTab       CSVDelimiter = "TAB"
)

// Delimiter sets a CSV reader's column separator. Default: COMMA.
func (r *ItemReader) Delimiter(d CSVDelimiter) *ItemReader { return r.with("CSVDelimiter", string(d)) }

// MaxItems reads at most n items. Default: all.
func (r *ItemReader) MaxItems(n int) *ItemReader { return r.with("MaxItems", n) }

// MaxItemsPath takes MaxItems from the input (JSONPath states).
func (r *ItemReader) MaxItemsPath(p Path) *ItemReader { return r.with("MaxItemsPath", string(p)) }

// value renders the reader for a state of language lang: Parameters (with
// "Key.$" for Path values) in JSONPath, Arguments in JSONata.
func (r *ItemReader) value(lang QueryLanguage) *jsontree.Value {
	out := jsontree.NewObject().Set("Resource", jsontree.NewString(r.resource))
	if len(r.config) > 0 {
		cfg := jsontree.NewObject()
		for _, kv := range r.config {
			cfg.Set(kv[0].(string), plainValue(kv[1]))
		}
		out.Set("ReaderConfig", cfg)
	}
	out.Set(parametersField(lang), pairs(r.params, lang))
	return out
}

// parametersField names the input field of a reader or writer.
func parametersField(lang QueryLanguage) string {
	if lang == JSONata {
		return "Arguments"
	}
	return "Parameters"
}

// pairs renders key/value pairs as an object; in JSONPath a Path value
// gets the ".$" key suffix.
func pairs(kvs [][2]any, lang QueryLanguage) *jsontree.Value {
	obj := jsontree.NewObject()
	for _, kv := range kvs {
		key := kv[0].(string)
		if p, ok := kv[1].(Path); ok && lang != JSONata {
			obj.Set(key+".$", jsontree.NewString(string(p)))
			continue
		}
		obj.Set(key, plainValue(kv[1]))
	}
	return obj
}

// plainValue converts the simple values readers and writers hold.
func plainValue(x any) *jsontree.Value {
	switch x := x.(type) {
	case string:
		return jsontree.NewString(x)
	case Path:
		return jsontree.NewString(string(x))
	case int:
		return jsontree.NewNumber(strconv.Itoa(x))
	case []string:
		arr := jsontree.NewArray()
		for _, s := range x {
			arr.Items = append(arr.Items, jsontree.NewString(s))
		}
		return arr
	case *jsontree.Value:
		return x
	}
	return jsontree.NewNull()
}
