package sfn

import (
	"fmt"
	"path/filepath"
	"reflect"
	"runtime"
	"strconv"
	"strings"

	"github.com/stepwise-go/stepwise/asl"
)

// pkgPrefix is how the names of this package's functions start in stack
// frames ("github.com/stepwise-go/stepwise/constructs/sfn.").
var pkgPrefix = reflect.TypeFor[Pass]().PkgPath() + "."

// callerSource returns the position ("file.go:42") of the first stack frame
// outside package sfn: the user's call that created or changed a value.
func callerSource() string {
	var pcs [64]uintptr
	n := runtime.Callers(2, pcs[:])
	frames := runtime.CallersFrames(pcs[:n])
	for {
		f, more := frames.Next()
		if f.Function != "" && !strings.HasPrefix(f.Function, pkgPrefix) {
			return filepath.Base(f.File) + ":" + strconv.Itoa(f.Line)
		}
		if !more {
			return ""
		}
	}
}

// problem is one misuse recorded while building, reported by Build.
type problem struct {
	code   asl.Code
	where  []any // steps below the owner's location: string keys, int indexes
	source string
	msg    string
}

// problems collects the misuse recorded on one state, retrier, condition,
// wait time or machine.
type problems []problem

// add records a CodeBuild problem at the caller's position. where is a
// string key or an int index below the owner's location (or nothing).
func (ps *problems) add(where []any, format string, args ...any) {
	*ps = append(*ps, problem{code: asl.CodeBuild, where: where, source: callerSource(), msg: fmt.Sprintf(format, args...)})
}

// under returns ps with prefix prepended to every location.
func (ps problems) under(prefix ...any) problems {
	out := make(problems, len(ps))
	for i, p := range ps {
		p.where = append(append([]any{}, prefix...), p.where...)
		out[i] = p
	}
	return out
}

// locate extends at by the steps of where.
func locate(at asl.Location, where []any) asl.Location {
	for _, w := range where {
		switch w := w.(type) {
		case string:
			at = at.At(w)
		case int:
			at = at.Index(w)
		}
	}
	return at
}

// Messages of recorded problems, kept together so they read alike.
const (
	msgNilChainable     = "%s: the Chainable is nil or an empty chain"
	msgNextTwice        = "Next: %q already continues at %q (set at %s); the new target %q is ignored"
	msgNoEnds           = "%s: the chain starting at %q cannot continue: it ends only in Succeed, Fail or a Choice (use Choice.Afterwards to continue after a Choice)"
	msgOtherwiseTwice   = "Otherwise: %q already has a default (set at %s); the new default is ignored"
	msgProcessorTwice   = "ItemProcessor: %q already has an item processor (set at %s); the new one is ignored"
	msgWholeSeconds     = "%s: %v is not a whole number of seconds"
	msgNilCondition     = "%s: the Condition is nil"
	msgNilRetrier       = "Retry: retrier %d is nil"
	msgNilCatcher       = "Catch: the Catcher is nil"
	msgNilWaitTime      = "NewWait: the WaitTime is nil"
	msgNilFragment      = "WithPrefix: the Fragment is nil"
	msgNotObject        = "%s must be a JSON object (a map or a struct), not %s"
	msgOwnership        = "state %q already belongs to state machine %q (created at %s); a state can be in one machine only: build it again, for example with a Fragment"
	msgNoDefinition     = "NewStateMachine: the definition is nil or an empty chain"
	msgMachineName      = "state machine name %q: %s"
	msgNonFinite        = "%s: %v has no JSON form"
	msgPayloadPathTop   = "a Path cannot stand alone here; ASL expresses a path only as the value of an object key (it renders as \"key.$\"); for an array use the intrinsic States.Array"
	msgPayloadKind      = "cannot convert a Go %s to JSON"
	msgPayloadMapKey    = "cannot convert a map with %s keys to JSON: keys must be strings"
	msgPayloadBytes     = "cannot convert []byte to JSON: use json.RawMessage for JSON text, or a string"
	msgPayloadRaw       = "json.RawMessage is not valid JSON: %v"
	msgPayloadMarshal   = "%s: %v"
	msgPayloadDepth     = "the value nests more than %d levels (a pointer cycle?)"
	msgPayloadDupKey    = "key %q appears twice"
	msgNumberNonFinite  = "%s: %v is not a finite number"
	msgNoJSONataForm    = "no JSONata form: %v"
	msgPayloadDollarKey = "key %q already ends in \".$\" and holds a Path: the DSL adds the suffix itself, so write the key as %q (in JSONata states a \".$\" key is a literal name)"
	msgNotExpr          = "%s: %q is not a JSONata expression written as \"{%% … %%}\" (see Expr); the call is ignored"
)
