package runtime

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/stepwise-go/stepwise/value"
)

// A mocked Task result is checked against the response shape of the
// service the Task calls (TestState's fieldValidationMode). The table
// below holds the response shapes of the integrations people test most;
// a resource not in it, and fields a shape does not list, are not checked.

// shape is a response member's type in the AWS API model.
type shape struct {
	kind     string // structure, list, map, string, blob, timestamp, integer, long, double, boolean, any
	fields   map[string]*shape
	required []string
	item     *shape
	enum     []string
	min, max *float64 // numbers: value range; strings and blobs: length
}

func structure(fields map[string]*shape, required ...string) *shape {
	return &shape{kind: "structure", fields: fields, required: required}
}

func listOf(item *shape) *shape { return &shape{kind: "list", item: item} }

func scalar(kind string) *shape { return &shape{kind: kind} }

func ranged(kind string, lo, hi float64) *shape {
	s := &shape{kind: kind}
	if !math.IsNaN(lo) {
		s.min = &lo
	}
	if !math.IsNaN(hi) {
		s.max = &hi
	}
	return s
}

func enum(values ...string) *shape { return &shape{kind: "string", enum: values} }

var nan = math.NaN()

// responseShapes maps a Task resource (without .sync / .waitForTaskToken)
// to its response shape.
var responseShapes = map[string]*shape{
	"arn:aws:states:::lambda:invoke": structure(map[string]*shape{
		"StatusCode": scalar("integer"), "FunctionError": scalar("string"), "LogResult": scalar("string"),
		"ExecutedVersion": scalar("string"), "Payload": scalar("any"),
	}),
	"arn:aws:states:::aws-sdk:lambda:getFunction": structure(map[string]*shape{
		"Configuration": structure(map[string]*shape{
			"FunctionName": scalar("string"), "FunctionArn": scalar("string"), "Runtime": scalar("string"),
			"Role": scalar("string"), "Handler": scalar("string"), "CodeSize": scalar("long"),
			"Timeout": ranged("integer", 1, nan), "MemorySize": ranged("integer", 128, 10240),
		}),
		"Code": structure(map[string]*shape{"RepositoryType": scalar("string"), "Location": scalar("string")}),
		"Tags": scalar("map"),
	}),
	"arn:aws:states:::aws-sdk:s3:getObject": structure(map[string]*shape{
		"Body": scalar("any"), "ContentLength": scalar("long"), "ContentType": scalar("string"),
		"ETag": scalar("string"), "LastModified": scalar("timestamp"), "VersionId": scalar("string"),
		"StorageClass": enum("STANDARD", "REDUCED_REDUNDANCY", "STANDARD_IA", "ONEZONE_IA", "INTELLIGENT_TIERING",
			"GLACIER", "DEEP_ARCHIVE", "OUTPOSTS", "GLACIER_IR", "SNOW", "EXPRESS_ONEZONE", "FSX_OPENZFS"),
	}),
	"arn:aws:states:::aws-sdk:kms:encrypt": structure(map[string]*shape{
		"CiphertextBlob": ranged("blob", 1, 6144), "KeyId": ranged("string", 1, 2048),
		"EncryptionAlgorithm": enum("SYMMETRIC_DEFAULT", "RSAES_OAEP_SHA_1", "RSAES_OAEP_SHA_256", "SM2PKE"),
	}),
	"arn:aws:states:::dynamodb:putItem": structure(map[string]*shape{
		"Attributes": scalar("map"),
		"ConsumedCapacity": structure(map[string]*shape{
			"TableName": scalar("string"), "CapacityUnits": scalar("double"),
			"ReadCapacityUnits": scalar("double"), "WriteCapacityUnits": scalar("double"),
		}),
		"ItemCollectionMetrics": scalar("map"),
	}),
	"arn:aws:states:::events:putEvents": structure(map[string]*shape{
		"FailedEntryCount": scalar("integer"),
		"Entries": listOf(structure(map[string]*shape{
			"EventId": scalar("string"), "ErrorCode": scalar("string"), "ErrorMessage": scalar("string"),
		})),
	}),
	"arn:aws:states:::sqs:sendMessage": structure(map[string]*shape{
		"MD5OfMessageBody": scalar("string"), "MD5OfMessageAttributes": scalar("string"),
		"MessageId": scalar("string"), "SequenceNumber": scalar("string"),
	}),
	"arn:aws:states:::states:startExecution": structure(map[string]*shape{
		"ExecutionArn": scalar("string"), "StartDate": scalar("timestamp"),
	}, "ExecutionArn", "StartDate"),
}

// checkMockShape checks a mocked result against its resource's response
// shape in the given mode and returns AWS's message for the first
// problem, or "".
func checkMockShape(resource string, result value.Value, mode string) string {
	if mode == "NONE" {
		return ""
	}
	for _, suffix := range []string{".sync:2", ".sync", ".waitForTaskToken"} {
		resource = strings.TrimSuffix(resource, suffix)
	}
	s, ok := responseShapes[resource]
	if !ok {
		return ""
	}
	return s.check("", result, mode == "STRICT")
}

// check returns the first problem of v against s; name is the member.
func (s *shape) check(name string, v value.Value, strict bool) string {
	bad := func(what string) string { return fmt.Sprintf("Field '%s' %s", name, what) }
	switch s.kind {
	case "any":
		return ""
	case "structure":
		o, ok := v.(*value.Object)
		if !ok {
			return bad("must be an object")
		}
		if strict {
			for _, r := range s.required {
				if !o.Has(r) {
					return fmt.Sprintf("Required field '%s' is missing", r)
				}
			}
		}
		for i := 0; i < o.Len(); i++ {
			k, fv := o.At(i)
			if fs, ok := s.fields[k]; ok {
				if msg := fs.check(k, fv, strict); msg != "" {
					return msg
				}
			}
		}
	case "map":
		if _, ok := v.(*value.Object); !ok {
			return bad("must be an object")
		}
	case "list":
		a, ok := v.([]value.Value)
		if !ok {
			return bad("must be an array")
		}
		for _, item := range a {
			if msg := s.item.check(name, item, strict); msg != "" {
				return msg
			}
		}
	case "string", "blob", "timestamp":
		str, ok := v.(string)
		if !ok {
			return bad("must be a string")
		}
		if s.enum != nil && !slices.Contains(s.enum, str) {
			return bad("is not an expected value")
		}
		n := float64(len(str))
		if s.min != nil && n < *s.min {
			return bad("is smaller than the minimum length")
		}
		if s.max != nil && n > *s.max {
			return bad("is larger than the maximum length")
		}
	case "integer", "long", "double":
		n, ok := v.(float64)
		if !ok {
			return bad("must be a number")
		}
		if s.kind != "double" && n != math.Trunc(n) {
			return bad("must be an integer")
		}
		if s.min != nil && n < *s.min {
			return bad("is less than the minimum value")
		}
		if s.max != nil && n > *s.max {
			return bad("exceeds the maximum value")
		}
	case "boolean":
		if _, ok := v.(bool); !ok {
			return bad("must be a boolean")
		}
	}
	return ""
}
