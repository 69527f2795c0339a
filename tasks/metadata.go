package tasks

import (
	"crypto/md5"
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/stepwise-go/stepwise/value"
)

// Generated responses are deterministic: ids are name-based UUIDs of the
// request (state machine, state, resource, input and context object, whose
// EnteredTime, RetryCount and Map item tell invocations apart), and dates
// come from the context's State.EnteredTime. Two identical requests get the
// same ids.

// invocationID returns a UUID (RFC 9562 version 5 layout) derived from req
// and salt, which tells several ids of one response apart.
func invocationID(req *Request, salt string) string {
	h := sha1.New()
	for _, part := range []string{req.StateMachine, req.State, req.Resource, string(value.Marshal(req.Input)), string(value.Marshal(req.Context)), salt} {
		h.Write([]byte(strconv.Itoa(len(part))))
		h.Write([]byte{':'})
		h.Write([]byte(part))
	}
	b := h.Sum(nil)[:16]
	b[6] = b[6]&0x0f | 0x50
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}

// enteredTime returns the context object's State.EnteredTime, when it is
// there and readable.
func enteredTime(req *Request) (time.Time, bool) {
	s, ok := path(req.Context, "State", "EnteredTime").(string)
	if !ok {
		return time.Time{}, false
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	return t, err == nil
}

// epochMillis returns the state's entered time in milliseconds since the
// epoch, how Step Functions writes dates inside task results; 0 without one.
func epochMillis(req *Request) float64 {
	if t, ok := enteredTime(req); ok {
		return float64(t.UnixMilli())
	}
	return 0
}

// path reads nested object members; nil when one is missing.
func path(v value.Value, keys ...string) value.Value {
	for _, k := range keys {
		o, ok := v.(*value.Object)
		if !ok {
			return nil
		}
		v, _ = o.Get(k)
	}
	return v
}

// header is one HTTP response header of a generated SdkHttpMetadata.
type header struct{ name, value string }

// withSdkMetadata adds the SdkHttpMetadata and SdkResponseMetadata members
// that Step Functions' optimized integrations (Lambda, DynamoDB, SNS, SQS,
// Step Functions) add to the service response, in the key order AWS
// records them: AllHttpHeaders (each value a list), HttpHeaders, and
// HttpStatusCode 200. Headers are sorted case-insensitively.
func withSdkMetadata(o *value.Object, req *Request, contentType string, body int, extra ...header) *value.Object {
	id := invocationID(req, "RequestId")
	hs := append([]header{
		{"Connection", "keep-alive"},
		{"Content-Length", strconv.Itoa(body)},
		{"Content-Type", contentType},
		{"x-amzn-RequestId", id},
	}, extra...)
	if t, ok := enteredTime(req); ok {
		hs = append(hs, header{"Date", t.UTC().Format(http.TimeFormat)})
	}
	sort.Slice(hs, func(i, j int) bool { return strings.ToLower(hs[i].name) < strings.ToLower(hs[j].name) })
	all, flat := value.NewObject(len(hs)), value.NewObject(len(hs))
	for _, h := range hs {
		all.Set(h.name, []value.Value{h.value})
		flat.Set(h.name, h.value)
	}
	meta := value.NewObject(3)
	meta.Set("AllHttpHeaders", all)
	meta.Set("HttpHeaders", flat)
	meta.Set("HttpStatusCode", 200.0)
	resp := value.NewObject(1)
	resp.Set("RequestId", id)
	o.Set("SdkHttpMetadata", meta)
	o.Set("SdkResponseMetadata", resp)
	return o
}

// lambdaInvokeResponse is the Lambda invoke integration's response around a
// function's result: {"ExecutedVersion", "Payload", "SdkHttpMetadata",
// "SdkResponseMetadata", "StatusCode": 200}. size is the length of the
// payload's JSON text (the Content-Length header).
func lambdaInvokeResponse(req *Request, payload value.Value, size int) *value.Object {
	if payload == nil {
		payload = value.Null
	}
	o := value.NewObject(5)
	o.Set("ExecutedVersion", "$LATEST")
	o.Set("Payload", payload)
	withSdkMetadata(o, req, "application/json", size,
		header{"X-Amz-Executed-Version", "$LATEST"},
		header{"x-amzn-Remapped-Content-Length", "0"},
		header{"X-Amzn-Trace-Id", "Root=1-" + strings.ReplaceAll(invocationID(req, "Trace"), "-", "")[:8] + "-" + strings.ReplaceAll(invocationID(req, "Trace"), "-", "")[8:32] + ";Sampled=0"})
	o.Set("StatusCode", 200.0)
	return o
}

func itoa(n int) string { return strconv.Itoa(n) }

// md5Hex is the hex MD5 digest of s (SQS's MD5OfMessageBody).
func md5Hex(s string) string {
	sum := md5.Sum([]byte(s))
	return hex.EncodeToString(sum[:])
}
