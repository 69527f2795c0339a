package asl

// Code identifies a kind of problem. Codes are stable: tools and tests may
// match on them, and the README lists them.
type Code string

// Problems found while reading JSON (Parse).
const (
	CodeInvalidJSON      Code = "invalid-json"       // the text is not JSON
	CodeDuplicateKey     Code = "duplicate-key"      // an object has the same key twice
	CodeUnknownField     Code = "unknown-field"      // a field the state type (or object) does not allow
	CodeWrongType        Code = "wrong-type"         // a field holds the wrong JSON type
	CodeUnknownStateType Code = "unknown-state-type" // Type is not one of the eight
	CodeExclusiveFields  Code = "exclusive-fields"   // two fields that exclude each other are both present
)

// Problems found by Validate.
const (
	CodeMissingField       Code = "missing-field"        // a required field is absent
	CodeInvalidValue       Code = "invalid-value"        // a value outside its allowed set or range
	CodeDuplicateStateName Code = "duplicate-state-name" // two states share a name anywhere in the machine
	CodeStateNameLength    Code = "state-name-length"    // a state name is empty or longer than 80 characters
	CodeUnknownTarget      Code = "unknown-target"       // StartAt/Next/Default/Catch names no state of its block
	CodeTargetOutsideBlock Code = "target-outside-block" // … names a state of another block (into or out of a branch)
	CodeUnreachableState   Code = "unreachable-state"    // no path from StartAt leads to the state
	CodeNoTerminalState    Code = "no-terminal-state"    // a block has no state that ends it
	CodeMissingTransition  Code = "missing-transition"   // neither Next nor End
	CodeNextAndEnd         Code = "next-and-end"         // both Next and End
	CodeChoiceNoRules      Code = "choice-no-rules"      // Choices is empty
	CodeChoiceOperator     Code = "choice-operator"      // a rule has no operator or more than one
	CodeChoiceRuleNext     Code = "choice-rule-next"     // a top-level rule without Next, or a nested rule with one
	CodeChoiceOperand      Code = "choice-operand"       // an operator's operand has the wrong type
	CodeWaitTime           Code = "wait-time"            // a Wait needs exactly one of its four time fields
	CodeInvalidTimestamp   Code = "invalid-timestamp"    // not an RFC 3339 timestamp
	CodeErrorEqualsEmpty   Code = "error-equals-empty"   // ErrorEquals is empty
	CodeStatesAllPosition  Code = "states-all-position"  // States.ALL not alone or not in the last retrier/catcher
	CodeRetryInterval      Code = "retry-interval"       // IntervalSeconds below 1
	CodeRetryMaxAttempts   Code = "retry-max-attempts"   // MaxAttempts below 0
	CodeRetryBackoffRate   Code = "retry-backoff-rate"   // BackoffRate below 1.0
	CodeRetryMaxDelay      Code = "retry-max-delay"      // MaxDelaySeconds below 1
	CodeRetryJitter        Code = "retry-jitter"         // JitterStrategy not FULL or NONE
	CodeTimeout            Code = "timeout"              // TimeoutSeconds or HeartbeatSeconds out of range
	CodeHeartbeatTimeout   Code = "heartbeat-timeout"    // HeartbeatSeconds not below TimeoutSeconds
	CodeMissingResource    Code = "missing-resource"     // a Task without Resource
	CodeInvalidResource    Code = "invalid-resource"     // Resource is not an ARN (or ${Name} placeholder)
	CodeInvalidPath        Code = "invalid-path"         // not a valid JSONPath
	CodeInvalidRefPath     Code = "invalid-reference-path"
	CodeInvalidPayloadPath Code = "invalid-payload-path" // a ".$" key holds neither a path nor an intrinsic call
	CodeInvalidIntrinsic   Code = "invalid-intrinsic"    // an intrinsic function call is malformed
	CodeParallelNoBranches Code = "parallel-no-branches" // Branches is empty
	CodeMapNoProcessor     Code = "map-no-processor"     // a Map without ItemProcessor (or Iterator)
	CodeDefinitionTooLarge Code = "definition-too-large" // over 1 MiB rendered
	CodeQueryLanguageField Code = "query-language-field" // a field of the other query language
	CodeQueryLanguageMix   Code = "query-language-mix"   // a JSONPath state in a JSONata machine
	CodeInvalidExpression  Code = "invalid-expression"   // a JSONata field without its {% %} wrapper
	CodeStateOwnership     Code = "state-ownership"      // a DSL state used in two machines
	CodeBuild              Code = "build"                // a DSL misuse recorded while building (see message)
)
