package asl

// Code identifies a kind of problem. Codes are stable: tools and tests may
// match on them, and docs/diagnostics.md lists them.
type Code string

// Origin says which step reports a code.
type Origin uint8

// Origins.
const (
	OriginParse    Origin = iota // Parse: the JSON's shape
	OriginValidate               // Validate: AWS's semantic rules
	OriginDSL                    // package sfn, while building
)

// The codes, with what each means.
const (
	CodeInvalidJSON        Code = "invalid-json"
	CodeDuplicateKey       Code = "duplicate-key"
	CodeUnknownField       Code = "unknown-field"
	CodeWrongType          Code = "wrong-type"
	CodeUnknownStateType   Code = "unknown-state-type"
	CodeExclusiveFields    Code = "exclusive-fields"
	CodeMissingField       Code = "missing-field"
	CodeInvalidValue       Code = "invalid-value"
	CodeDuplicateStateName Code = "duplicate-state-name"
	CodeStateNameLength    Code = "state-name-length"
	CodeUnknownTarget      Code = "unknown-target"
	CodeTargetOutsideBlock Code = "target-outside-block"
	CodeUnreachableState   Code = "unreachable-state"
	CodeNoTerminalState    Code = "no-terminal-state"
	CodeMissingTransition  Code = "missing-transition"
	CodeNextAndEnd         Code = "next-and-end"
	CodeChoiceNoRules      Code = "choice-no-rules"
	CodeChoiceOperator     Code = "choice-operator"
	CodeChoiceRuleNext     Code = "choice-rule-next"
	CodeChoiceOperand      Code = "choice-operand"
	CodeWaitTime           Code = "wait-time"
	CodeInvalidTimestamp   Code = "invalid-timestamp"
	CodeErrorEqualsEmpty   Code = "error-equals-empty"
	CodeStatesAllPosition  Code = "states-all-position"
	CodeRetryInterval      Code = "retry-interval"
	CodeRetryMaxAttempts   Code = "retry-max-attempts"
	CodeRetryBackoffRate   Code = "retry-backoff-rate"
	CodeRetryMaxDelay      Code = "retry-max-delay"
	CodeRetryJitter        Code = "retry-jitter"
	CodeTimeout            Code = "timeout"
	CodeHeartbeatTimeout   Code = "heartbeat-timeout"
	CodeMissingResource    Code = "missing-resource"
	CodeInvalidResource    Code = "invalid-resource"
	CodeInvalidPath        Code = "invalid-path"
	CodeInvalidRefPath     Code = "invalid-reference-path"
	CodeInvalidPayloadPath Code = "invalid-payload-path"
	CodeInvalidIntrinsic   Code = "invalid-intrinsic"
	CodeParallelNoBranches Code = "parallel-no-branches"
	CodeMapNoProcessor     Code = "map-no-processor"
	CodeDefinitionTooLarge Code = "definition-too-large"
	CodeQueryLanguageField Code = "query-language-field"
	CodeQueryLanguageMix   Code = "query-language-mix"
	CodeInvalidExpression  Code = "invalid-expression"
	CodeJSONataFunction    Code = "jsonata-function"
	CodeStatesVariable     Code = "states-variable"
	CodeVariableName       Code = "variable-name"
	CodeVariableScope      Code = "variable-scope"
	CodeUnknownVariable    Code = "unknown-variable"
	CodeVariableUnset      Code = "variable-unset"
	CodeStateOwnership     Code = "state-ownership"
	CodeBuild              Code = "build"
	// The machine's type is not part of the ASL document: Validate
	// takes it from Options.Type (and from a Distributed Map's
	// ExecutionType); package sfn checks it while building.
	CodeExpressPattern  Code = "express-integration-pattern"
	CodeExpressActivity Code = "express-activity"
	// Checked by package sfn while building, not in files.
	CodeExpressDuration    Code = "express-duration"
	CodeTaskToken          Code = "task-token"
	CodeIntegrationPattern Code = "integration-pattern"
)

// codeInfo describes every code, in the order docs/diagnostics.md lists them.
var codeInfo = []struct {
	code    Code
	origin  Origin
	summary string
}{
	{CodeInvalidJSON, OriginParse, "the text is not JSON"},
	{CodeDuplicateKey, OriginParse, "an object has the same key twice"},
	{CodeUnknownField, OriginParse, "a field the state type (or object) does not allow"},
	{CodeWrongType, OriginParse, "a field holds the wrong JSON type"},
	{CodeUnknownStateType, OriginParse, "Type is not one of the eight"},
	{CodeExclusiveFields, OriginValidate, "two fields that exclude each other are both present"},
	{CodeMissingField, OriginValidate, "a required field is absent"},
	{CodeInvalidValue, OriginValidate, "a value outside its allowed set or range (Version, QueryLanguage, Map modes, Label, …)"},
	{CodeDuplicateStateName, OriginValidate, "two states share a name anywhere in the machine"},
	{CodeStateNameLength, OriginValidate, "a state name is empty or longer than 80 characters"},
	{CodeUnknownTarget, OriginValidate, "StartAt/Next/Default/Catch names no state of its block"},
	{CodeTargetOutsideBlock, OriginValidate, "a transition names a state of another block (into or out of a Parallel branch or Map processor)"},
	{CodeUnreachableState, OriginValidate, "no path from StartAt leads to the state"},
	{CodeNoTerminalState, OriginValidate, "a block has no state that ends it"},
	{CodeMissingTransition, OriginValidate, "neither Next nor End"},
	{CodeNextAndEnd, OriginValidate, "both Next and End"},
	{CodeChoiceNoRules, OriginValidate, "Choices is empty"},
	{CodeChoiceOperator, OriginValidate, "a rule has no operator or more than one"},
	{CodeChoiceRuleNext, OriginValidate, "a top-level rule without Next, or a nested rule with one"},
	{CodeChoiceOperand, OriginValidate, "an operator's operand has the wrong type"},
	{CodeWaitTime, OriginValidate, "a Wait needs exactly one of its four time fields"},
	{CodeInvalidTimestamp, OriginValidate, "not an RFC 3339 timestamp"},
	{CodeErrorEqualsEmpty, OriginValidate, "ErrorEquals is empty"},
	{CodeStatesAllPosition, OriginValidate, "States.ALL not alone or not in the last retrier/catcher"},
	{CodeRetryInterval, OriginValidate, "IntervalSeconds below 1"},
	{CodeRetryMaxAttempts, OriginValidate, "MaxAttempts below 0"},
	{CodeRetryBackoffRate, OriginValidate, "BackoffRate below 1.0"},
	{CodeRetryMaxDelay, OriginValidate, "MaxDelaySeconds below 1"},
	{CodeRetryJitter, OriginValidate, "JitterStrategy not FULL or NONE"},
	{CodeTimeout, OriginValidate, "TimeoutSeconds or HeartbeatSeconds out of range"},
	{CodeHeartbeatTimeout, OriginValidate, "HeartbeatSeconds not below TimeoutSeconds"},
	{CodeMissingResource, OriginValidate, "a Task without Resource"},
	{CodeInvalidResource, OriginValidate, "Resource is not an ARN (or ${Name} placeholder)"},
	{CodeInvalidPath, OriginValidate, "not a valid JSONPath"},
	{CodeInvalidRefPath, OriginValidate, "a path that must be a reference path (ResultPath, ItemsPath, the …Path fields) selects more than one node, or ResultPath writes outside the state input"},
	{CodeInvalidPayloadPath, OriginValidate, "a key ending in \".$\" holds neither a path nor an intrinsic function call"},
	{CodeInvalidIntrinsic, OriginValidate, "an intrinsic function call is malformed"},
	{CodeParallelNoBranches, OriginValidate, "Branches is empty"},
	{CodeMapNoProcessor, OriginValidate, "a Map without ItemProcessor (or Iterator)"},
	{CodeDefinitionTooLarge, OriginValidate, "the definition is over 1 MiB"},
	{CodeQueryLanguageField, OriginValidate, "a field of the other query language"},
	{CodeQueryLanguageMix, OriginValidate, "a JSONPath state in a JSONata machine"},
	{CodeInvalidExpression, OriginValidate, "a JSONata expression without its {% %} wrapper, or empty"},
	{CodeJSONataFunction, OriginValidate, "warning: a JSONata function that Step Functions does not provide ($eval, unknown names)"},
	{CodeStatesVariable, OriginValidate, "$states.X names no field of $states, or $states.errorOutput outside a Catch"},
	{CodeVariableName, OriginValidate, "an assigned variable name is reserved ($states) or empty; a warning when $name syntax cannot read it back"},
	{CodeVariableScope, OriginValidate, "a branch or iteration assigns an outer variable, or a distributed Map child reads one"},
	{CodeUnknownVariable, OriginValidate, "warning: a variable is read that no state of its scope assigns"},
	{CodeVariableUnset, OriginValidate, "warning: a variable is read before any state on any path can have assigned it"},
	{CodeStateOwnership, OriginDSL, "a DSL state used in two machines"},
	{CodeBuild, OriginDSL, "a DSL misuse recorded while building (see message)"},
	{CodeExpressPattern, OriginValidate, "an Express machine with a run-a-job (.sync) or wait-for-callback (.waitForTaskToken) task"},
	{CodeExpressActivity, OriginValidate, "an Express machine with an activity task"},
	{CodeExpressDuration, OriginDSL, "an Express machine (or Express child workflow) with a timeout or wait over 5 minutes"},
	{CodeTaskToken, OriginDSL, "a .waitForTaskToken task whose payload does not pass the task token"},
	{CodeIntegrationPattern, OriginDSL, "a service integration asked for a pattern its service does not support"},
}

// AllCodes returns every code in documentation order.
func AllCodes() []Code {
	codes := make([]Code, len(codeInfo))
	for i, c := range codeInfo {
		codes[i] = c.code
	}
	return codes
}

// Origin returns the step that reports c.
func (c Code) Origin() Origin {
	for _, ci := range codeInfo {
		if ci.code == c {
			return ci.origin
		}
	}
	return OriginValidate
}

// Summary returns a one-line description of c.
func (c Code) Summary() string {
	for _, ci := range codeInfo {
		if ci.code == c {
			return ci.summary
		}
	}
	return ""
}
