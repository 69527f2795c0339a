package asl_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/stepwise-go/stepwise/asl"
)

// one wraps a single state named S into a definition.
func one(state string) string {
	return `{"StartAt": "S", "States": {"S": ` + state + `}}`
}

// task wraps extra Task fields into a one-state definition.
func task(fields string) string {
	if fields != "" {
		fields = ", " + fields
	}
	return one(`{"Type": "Task", "Resource": "arn:aws:states:::sns:publish", "End": true` + fields + `}`)
}

// ruleCases holds, for every validation rule, a definition that breaks it
// and the closest definition that keeps it.
var ruleCases = []struct {
	code      asl.Code
	bad, good string
}{
	{asl.CodeInvalidJSON, `{"StartAt": "S",`, one(`{"Type": "Succeed"}`)},
	{asl.CodeDuplicateKey, `{"StartAt": "S", "StartAt": "S", "States": {"S": {"Type": "Succeed"}}}`, one(`{"Type": "Succeed"}`)},
	{asl.CodeDuplicateKey, task(`"Parameters": {"a": 1, "a.$": "$.a"}`), task(`"Parameters": {"a": 1, "b.$": "$.a"}`)},
	{asl.CodeUnknownField, one(`{"Type": "Pass", "Resource": "arn:aws:states:::sns:publish", "End": true}`), one(`{"Type": "Pass", "End": true}`)},
	{asl.CodeUnknownField, one(`{"Type": "Succeed", "End": true}`), one(`{"Type": "Succeed"}`)},
	{asl.CodeUnknownField, `{"StartAt": "S", "States": {"S": {"Type": "Choice", "Choices": [{"Variable": "$.a", "IsPresent": true, "Next": "T"}], "Next": "T"}, "T": {"Type": "Succeed"}}}`,
		`{"StartAt": "S", "States": {"S": {"Type": "Choice", "Choices": [{"Variable": "$.a", "IsPresent": true, "Next": "T"}], "Default": "T"}, "T": {"Type": "Succeed"}}}`},
	{asl.CodeWrongType, one(`{"Type": "Succeed", "Comment": 5}`), one(`{"Type": "Succeed", "Comment": "five"}`)},
	{asl.CodeWrongType, task(`"TimeoutSeconds": 1.5`), task(`"TimeoutSeconds": 2`)},
	{asl.CodeUnknownStateType, one(`{"Type": "Lambda"}`), one(`{"Type": "Succeed"}`)},
	{asl.CodeExclusiveFields, task(`"TimeoutSeconds": 5, "TimeoutSecondsPath": "$.t"`), task(`"TimeoutSecondsPath": "$.t"`)},
	{asl.CodeExclusiveFields, one(`{"Type": "Fail", "Error": "E", "ErrorPath": "$.e"}`), one(`{"Type": "Fail", "ErrorPath": "$.e"}`)},
	{asl.CodeMissingField, `{"States": {"S": {"Type": "Succeed"}}}`, one(`{"Type": "Succeed"}`)},
	{asl.CodeMissingField, `{"StartAt": "S", "States": {"S": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish", "End": true, "Catch": [{"ErrorEquals": ["States.ALL"]}]}}}`,
		`{"StartAt": "S", "States": {"S": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish", "End": true, "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "F"}]}, "F": {"Type": "Fail"}}}`},
	{asl.CodeInvalidValue, `{"Version": "2.0", "StartAt": "S", "States": {"S": {"Type": "Succeed"}}}`, `{"Version": "1.0", "StartAt": "S", "States": {"S": {"Type": "Succeed"}}}`},
	{asl.CodeInvalidValue, `{"StartAt": "S", "States": {"S": {"Type": "Pass", "Next": "", "End": true}}}`, one(`{"Type": "Pass", "End": true}`)},
	{asl.CodeInvalidValue, `{"QueryLanguage": "SQL", "StartAt": "S", "States": {"S": {"Type": "Succeed"}}}`, `{"QueryLanguage": "JSONata", "StartAt": "S", "States": {"S": {"Type": "Succeed"}}}`},
	{asl.CodeInvalidValue, `{"QueryLanguage": "", "StartAt": "S", "States": {"S": {"Type": "Succeed"}}}`, `{"QueryLanguage": "JSONPath", "StartAt": "S", "States": {"S": {"Type": "Succeed"}}}`},
	{asl.CodeInvalidValue, one(`{"Type": "Succeed", "QueryLanguage": ""}`), one(`{"Type": "Succeed", "QueryLanguage": "JSONPath"}`)},
	{asl.CodeDuplicateStateName,
		`{"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [{"StartAt": "P", "States": {"P": {"Type": "Succeed"}}}]}}}`,
		`{"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [{"StartAt": "Q", "States": {"Q": {"Type": "Succeed"}}}]}}}`},
	{asl.CodeStateNameLength, strings.Replace(one(`{"Type": "Succeed"}`), `"S"`, `"`+strings.Repeat("n", 81)+`"`, 2),
		strings.Replace(one(`{"Type": "Succeed"}`), `"S"`, `"`+strings.Repeat("n", 80)+`"`, 2)},
	{asl.CodeUnknownTarget, one(`{"Type": "Pass", "Next": "Nope"}`), one(`{"Type": "Pass", "End": true}`)},
	{asl.CodeUnknownTarget, `{"StartAt": "Nope", "States": {"S": {"Type": "Succeed"}}}`, one(`{"Type": "Succeed"}`)},
	{asl.CodeTargetOutsideBlock,
		`{"StartAt": "P", "States": {"P": {"Type": "Parallel", "Next": "B", "Branches": [{"StartAt": "B", "States": {"B": {"Type": "Succeed"}}}]}}}`,
		`{"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [{"StartAt": "B", "States": {"B": {"Type": "Succeed"}}}]}}}`},
	{asl.CodeUnreachableState, `{"StartAt": "S", "States": {"S": {"Type": "Succeed"}, "T": {"Type": "Succeed"}}}`,
		`{"StartAt": "S", "States": {"S": {"Type": "Pass", "Next": "T"}, "T": {"Type": "Succeed"}}}`},
	{asl.CodeNoTerminalState, `{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"}, "B": {"Type": "Pass", "Next": "A"}}}`,
		`{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"}, "B": {"Type": "Pass", "End": true}}}`},
	{asl.CodeMissingTransition, one(`{"Type": "Pass"}`), one(`{"Type": "Pass", "End": true}`)},
	{asl.CodeNextAndEnd, `{"StartAt": "S", "States": {"S": {"Type": "Pass", "Next": "T", "End": true}, "T": {"Type": "Succeed"}}}`,
		`{"StartAt": "S", "States": {"S": {"Type": "Pass", "Next": "T"}, "T": {"Type": "Succeed"}}}`},
	{asl.CodeChoiceNoRules, choice(``), choice(`{"Variable": "$.a", "IsPresent": true, "Next": "T"}`)},
	{asl.CodeChoiceOperator, choice(`{"Variable": "$.a", "IsPresent": true, "IsString": true, "Next": "T"}`), choice(`{"Variable": "$.a", "IsString": true, "Next": "T"}`)},
	{asl.CodeChoiceOperator, choice(`{"Variable": "$.a", "Next": "T"}`), choice(`{"Variable": "$.a", "IsNull": false, "Next": "T"}`)},
	{asl.CodeChoiceRuleNext, choice(`{"Variable": "$.a", "IsPresent": true}`), choice(`{"Variable": "$.a", "IsPresent": true, "Next": "T"}`)},
	{asl.CodeChoiceRuleNext, choice(`{"Not": {"Variable": "$.a", "IsPresent": true, "Next": "T"}, "Next": "T"}`), choice(`{"Not": {"Variable": "$.a", "IsPresent": true}, "Next": "T"}`)},
	{asl.CodeChoiceOperand, choice(`{"Variable": "$.a", "NumericEquals": "1", "Next": "T"}`), choice(`{"Variable": "$.a", "NumericEquals": 1, "Next": "T"}`)},
	{asl.CodeChoiceOperand, choice(`{"And": [], "Next": "T"}`), choice(`{"And": [{"Variable": "$.a", "IsPresent": true}], "Next": "T"}`)},
	{asl.CodeWaitTime, one(`{"Type": "Wait", "Seconds": 5, "SecondsPath": "$.s", "End": true}`), one(`{"Type": "Wait", "Seconds": 5, "End": true}`)},
	{asl.CodeWaitTime, one(`{"Type": "Wait", "End": true}`), one(`{"Type": "Wait", "SecondsPath": "$.s", "End": true}`)},
	{asl.CodeInvalidTimestamp, one(`{"Type": "Wait", "Timestamp": "tomorrow", "End": true}`), one(`{"Type": "Wait", "Timestamp": "2026-03-14T01:59:00Z", "End": true}`)},
	{asl.CodeInvalidTimestamp, choice(`{"Variable": "$.t", "TimestampEquals": "2026-03-14", "Next": "T"}`), choice(`{"Variable": "$.t", "TimestampEquals": "2026-03-14T00:00:00+09:00", "Next": "T"}`)},
	{asl.CodeErrorEqualsEmpty, task(`"Retry": [{"ErrorEquals": []}]`), task(`"Retry": [{"ErrorEquals": ["States.Timeout"]}]`)},
	{asl.CodeStatesAllPosition, task(`"Retry": [{"ErrorEquals": ["States.ALL", "States.Timeout"]}]`), task(`"Retry": [{"ErrorEquals": ["States.ALL"]}]`)},
	{asl.CodeStatesAllPosition, task(`"Retry": [{"ErrorEquals": ["States.ALL"]}, {"ErrorEquals": ["States.Timeout"]}]`), task(`"Retry": [{"ErrorEquals": ["States.Timeout"]}, {"ErrorEquals": ["States.ALL"]}]`)},
	{asl.CodeRetryInterval, task(`"Retry": [{"ErrorEquals": ["E"], "IntervalSeconds": 0}]`), task(`"Retry": [{"ErrorEquals": ["E"], "IntervalSeconds": 1}]`)},
	{asl.CodeRetryMaxAttempts, task(`"Retry": [{"ErrorEquals": ["E"], "MaxAttempts": -1}]`), task(`"Retry": [{"ErrorEquals": ["E"], "MaxAttempts": 0}]`)},
	{asl.CodeRetryBackoffRate, task(`"Retry": [{"ErrorEquals": ["E"], "BackoffRate": 0.5}]`), task(`"Retry": [{"ErrorEquals": ["E"], "BackoffRate": 1.0}]`)},
	{asl.CodeRetryMaxDelay, task(`"Retry": [{"ErrorEquals": ["E"], "MaxDelaySeconds": 0}]`), task(`"Retry": [{"ErrorEquals": ["E"], "MaxDelaySeconds": 10}]`)},
	{asl.CodeRetryJitter, task(`"Retry": [{"ErrorEquals": ["E"], "JitterStrategy": "SOME"}]`), task(`"Retry": [{"ErrorEquals": ["E"], "JitterStrategy": "FULL"}]`)},
	{asl.CodeTimeout, task(`"TimeoutSeconds": 0`), task(`"TimeoutSeconds": 1`)},
	{asl.CodeTimeout, `{"TimeoutSeconds": -5, "StartAt": "S", "States": {"S": {"Type": "Succeed"}}}`, `{"TimeoutSeconds": 300, "StartAt": "S", "States": {"S": {"Type": "Succeed"}}}`},
	{asl.CodeHeartbeatTimeout, task(`"TimeoutSeconds": 10, "HeartbeatSeconds": 10`), task(`"TimeoutSeconds": 10, "HeartbeatSeconds": 9`)},
	{asl.CodeMissingResource, one(`{"Type": "Task", "End": true}`), task(``)},
	{asl.CodeInvalidResource, one(`{"Type": "Task", "Resource": "foo:bar", "End": true}`), one(`{"Type": "Task", "Resource": "${PublishTopic}", "End": true}`)},
	{asl.CodeInvalidResource, one(`{"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:F:", "End": true}`), one(`{"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:F:live", "End": true}`)},
	{asl.CodeInvalidResource, one(`{"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:<bad name>", "End": true}`), one(`{"Type": "Task", "Resource": "arn:<partition>:lambda:<region>:111111111111:function:<lambda_function_name>", "End": true}`)},
	{asl.CodeInvalidResource, one(`{"Type": "Task", "Resource": "arn:${AWS::Partition:states:::sns:publish", "End": true}`), one(`{"Type": "Task", "Resource": "arn:${AWS::Partition}:states:::sns:publish", "End": true}`)},
	{asl.CodeInvalidPath, task(`"InputPath": "$.a["`), task(`"InputPath": "$.a[0]"`)},
	{asl.CodeInvalidRefPath, task(`"ResultPath": "$.a[*]"`), task(`"ResultPath": "$.a"`)},
	{asl.CodeInvalidRefPath, task(`"ResultPath": "$$.Execution.Id"`), task(`"ResultPath": null`)},
	{asl.CodeInvalidPayloadPath, task(`"Parameters": {"x.$": "foo"}`), task(`"Parameters": {"x.$": "$.foo"}`)},
	{asl.CodeInvalidPayloadPath, task(`"Parameters": {"x.$": 5}`), task(`"Parameters": {"x": 5}`)},
	{asl.CodeInvalidIntrinsic, task(`"Parameters": {"x.$": "States.Nope()"}`), task(`"Parameters": {"x.$": "States.UUID()"}`)},
	{asl.CodeInvalidIntrinsic, one(`{"Type": "Fail", "CausePath": "States.MathAdd($.a, 1)"}`), one(`{"Type": "Fail", "CausePath": "States.Format('n={}', $.a)"}`)},
	{asl.CodeParallelNoBranches, one(`{"Type": "Parallel", "Branches": [], "End": true}`), one(`{"Type": "Parallel", "Branches": [{"StartAt": "B", "States": {"B": {"Type": "Succeed"}}}], "End": true}`)},
	{asl.CodeMapNoProcessor, one(`{"Type": "Map", "End": true}`), one(`{"Type": "Map", "ItemProcessor": {"StartAt": "B", "States": {"B": {"Type": "Succeed"}}}, "End": true}`)},
	{asl.CodeDefinitionTooLarge, one(`{"Type": "Succeed", "Comment": "` + strings.Repeat("x", asl.MaxDefinitionBytes) + `"}`), one(`{"Type": "Succeed", "Comment": "` + strings.Repeat("x", 1000) + `"}`)},
	{asl.CodeQueryLanguageField, one(`{"Type": "Pass", "Output": {"a": 1}, "End": true}`), one(`{"Type": "Pass", "QueryLanguage": "JSONata", "Output": {"a": 1}, "End": true}`)},
	{asl.CodeQueryLanguageField, one(`{"Type": "Pass", "QueryLanguage": "JSONata", "ResultPath": "$.a", "End": true}`), one(`{"Type": "Pass", "ResultPath": "$.a", "End": true}`)},
	{asl.CodeQueryLanguageMix, `{"QueryLanguage": "JSONata", "StartAt": "S", "States": {"S": {"Type": "Succeed", "QueryLanguage": "JSONPath"}}}`,
		`{"QueryLanguage": "JSONata", "StartAt": "S", "States": {"S": {"Type": "Succeed", "QueryLanguage": "JSONata"}}}`},
	{asl.CodeInvalidExpression, one(`{"Type": "Pass", "QueryLanguage": "JSONata", "Output": "{% $states.input", "End": true}`), one(`{"Type": "Pass", "QueryLanguage": "JSONata", "Output": "{% $states.input %}", "End": true}`)},
}

// choice wraps rules into a Choice whose targets exist.
func choice(rules string) string {
	return `{"StartAt": "S", "States": {"S": {"Type": "Choice", "Choices": [` + rules + `], "Default": "T"}, "T": {"Type": "Succeed"}}}`
}

func TestValidationRules(t *testing.T) {
	for _, tc := range ruleCases {
		t.Run(string(tc.code), func(t *testing.T) {
			_, diags := asl.ParseAndValidate([]byte(tc.bad))
			if !slices.Contains(diags.Codes(), tc.code) {
				t.Errorf("bad definition: want a %s problem, got %v\n%s", tc.code, diags.Codes(), diags)
			}
			if _, diags := asl.ParseAndValidate([]byte(tc.good)); len(diags) > 0 {
				t.Errorf("good definition: want no problems, got\n%s", diags)
			}
		})
	}
}

// TestEveryCodeHasARule keeps the table honest: each code that Parse or
// Validate can report has at least one case.
func TestEveryCodeHasARule(t *testing.T) {
	covered := map[asl.Code]bool{}
	for _, tc := range ruleCases {
		covered[tc.code] = true
	}
	for _, c := range asl.AllCodes() {
		if c.Origin() == asl.OriginDSL {
			continue // reported by package sfn and tested there
		}
		if !covered[c] {
			t.Errorf("code %s has no case in ruleCases", c)
		}
	}
}
