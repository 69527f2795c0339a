package importer

import (
	"maps"
	"reflect"

	"github.com/stepwise-go/stepwise/constructs/sfn"
	"github.com/stepwise-go/stepwise/constructs/sfn/states"
)

//go:generate go run ../internal/cmd/gentables -importer tables_choice_gen.go

// functions are the package-level functions a plan may call, by
// "pkg.Name". The interpreter calls them; the printer writes the name.
// The constructors of Choice comparisons come from choiceFunctions.
var functions = union(choiceFunctions, map[string]any{
	"sfn.NewStateMachine": sfn.NewStateMachine,
	"sfn.NewPass":         sfn.NewPass,
	"sfn.NewTask":         sfn.NewTask,
	"sfn.NewChoice":       sfn.NewChoice,
	"sfn.NewWait":         sfn.NewWait,
	"sfn.NewSucceed":      sfn.NewSucceed,
	"sfn.NewFail":         sfn.NewFail,
	"sfn.NewParallel":     sfn.NewParallel,
	"sfn.NewMap":          sfn.NewMap,
	"sfn.Sequence":        sfn.Sequence,
	"sfn.RetryOn":         sfn.RetryOn,
	"sfn.CatchOn":         sfn.CatchOn,
	"sfn.Expr":            sfn.Expr,

	"sfn.ReadS3Objects":    sfn.ReadS3Objects,
	"sfn.ReadS3JSON":       sfn.ReadS3JSON,
	"sfn.ReadS3JSONL":      sfn.ReadS3JSONL,
	"sfn.ReadS3CSV":        sfn.ReadS3CSV,
	"sfn.ReadS3Manifest":   sfn.ReadS3Manifest,
	"sfn.ReadS3Parquet":    sfn.ReadS3Parquet,
	"sfn.BatchItems":       sfn.BatchItems,
	"sfn.WriteResultsToS3": sfn.WriteResultsToS3,
	"sfn.TransformResults": sfn.TransformResults,

	"sfn.WaitDuration":      sfn.WaitDuration,
	"sfn.WaitTimestamp":     sfn.WaitTimestamp,
	"sfn.WaitSecondsPath":   sfn.WaitSecondsPath,
	"sfn.WaitTimestampPath": sfn.WaitTimestampPath,
	"sfn.WaitSecondsExpr":   sfn.WaitSecondsExpr,
	"sfn.WaitTimestampExpr": sfn.WaitTimestampExpr,

	"sfn.And":              sfn.And,
	"sfn.Or":               sfn.Or,
	"sfn.Not":              sfn.Not,
	"sfn.JSONataCondition": sfn.JSONataCondition,
	"sfn.RuleOutput":       sfn.RuleOutput,
	"sfn.RuleAssign":       sfn.RuleAssign,
	"sfn.RuleComment":      sfn.RuleComment,
	"sfn.Commented":        sfn.Commented,

	"states.Array":            states.Array,
	"states.ArrayContains":    states.ArrayContains,
	"states.ArrayGetItem":     states.ArrayGetItem,
	"states.ArrayLength":      states.ArrayLength,
	"states.ArrayPartition":   states.ArrayPartition,
	"states.ArrayRange":       states.ArrayRange,
	"states.ArrayUnique":      states.ArrayUnique,
	"states.Base64Decode":     states.Base64Decode,
	"states.Base64Encode":     states.Base64Encode,
	"states.Format":           states.Format,
	"states.Hash":             states.Hash,
	"states.JsonMerge":        states.JsonMerge,
	"states.JsonToString":     states.JsonToString,
	"states.MathAdd":          states.MathAdd,
	"states.MathRandom":       states.MathRandom,
	"states.MathRandomSeeded": states.MathRandomSeeded,
	"states.StringSplit":      states.StringSplit,
	"states.StringToJson":     states.StringToJson,
	"states.UUID":             states.UUID,
})

// union returns a map with the entries of both a and b.
func union(a, b map[string]any) map[string]any {
	m := make(map[string]any, len(a)+len(b))
	maps.Copy(m, a)
	maps.Copy(m, b)
	return m
}

// constants are the named constants a plan may use, by "pkg.Name".
var constants = map[string]any{
	"sfn.JitterFull": sfn.JitterFull,
	"sfn.JitterNone": sfn.JitterNone,
	"sfn.JSONPath":   sfn.JSONPath,
	"sfn.JSONata":    sfn.JSONata,

	"sfn.ExecutionStandard": sfn.ExecutionStandard,
	"sfn.ExecutionExpress":  sfn.ExecutionExpress,

	"sfn.DelimiterComma":     sfn.DelimiterComma,
	"sfn.DelimiterPipe":      sfn.DelimiterPipe,
	"sfn.DelimiterSemicolon": sfn.DelimiterSemicolon,
	"sfn.DelimiterSpace":     sfn.DelimiterSpace,
	"sfn.DelimiterTab":       sfn.DelimiterTab,
	"sfn.TransformNone":      sfn.TransformNone,
	"sfn.TransformCompact":   sfn.TransformCompact,
	"sfn.TransformFlatten":   sfn.TransformFlatten,

	"sfn.ErrAll":                             sfn.ErrAll,
	"sfn.ErrHeartbeatTimeout":                sfn.ErrHeartbeatTimeout,
	"sfn.ErrTimeout":                         sfn.ErrTimeout,
	"sfn.ErrTaskFailed":                      sfn.ErrTaskFailed,
	"sfn.ErrPermissions":                     sfn.ErrPermissions,
	"sfn.ErrResultPathMatchFailure":          sfn.ErrResultPathMatchFailure,
	"sfn.ErrParameterPathFailure":            sfn.ErrParameterPathFailure,
	"sfn.ErrBranchFailed":                    sfn.ErrBranchFailed,
	"sfn.ErrNoChoiceMatched":                 sfn.ErrNoChoiceMatched,
	"sfn.ErrIntrinsicFailure":                sfn.ErrIntrinsicFailure,
	"sfn.ErrExceedToleratedFailureThreshold": sfn.ErrExceedToleratedFailureThreshold,
	"sfn.ErrItemReaderFailed":                sfn.ErrItemReaderFailed,
	"sfn.ErrResultWriterFailed":              sfn.ErrResultWriterFailed,
	"sfn.ErrQueryEvaluationError":            sfn.ErrQueryEvaluationError,
	"sfn.ErrDataLimitExceeded":               sfn.ErrDataLimitExceeded,
	"sfn.ErrRuntime":                         sfn.ErrRuntime,

	"sfn.ContextExecutionID":           sfn.ContextExecutionID,
	"sfn.ContextExecutionInput":        sfn.ContextExecutionInput,
	"sfn.ContextExecutionName":         sfn.ContextExecutionName,
	"sfn.ContextExecutionRoleArn":      sfn.ContextExecutionRoleArn,
	"sfn.ContextExecutionStartTime":    sfn.ContextExecutionStartTime,
	"sfn.ContextExecutionRedriveCount": sfn.ContextExecutionRedriveCount,
	"sfn.ContextStateName":             sfn.ContextStateName,
	"sfn.ContextStateEnteredTime":      sfn.ContextStateEnteredTime,
	"sfn.ContextStateRetryCount":       sfn.ContextStateRetryCount,
	"sfn.ContextStateMachineID":        sfn.ContextStateMachineID,
	"sfn.ContextStateMachineName":      sfn.ContextStateMachineName,
	"sfn.ContextTaskToken":             sfn.ContextTaskToken,
	"sfn.ContextMapItemIndex":          sfn.ContextMapItemIndex,
	"sfn.ContextMapItemValue":          sfn.ContextMapItemValue,

	"states.MD5":    states.MD5,
	"states.SHA1":   states.SHA1,
	"states.SHA256": states.SHA256,
	"states.SHA384": states.SHA384,
	"states.SHA512": states.SHA512,
}

// types are the named types a plan may convert to.
var types = map[string]reflect.Type{
	"sfn.Path":      reflect.TypeFor[sfn.Path](),
	"sfn.ErrorName": reflect.TypeFor[sfn.ErrorName](),
}

// errorConstants name the predefined error names, so that the imported
// code reads sfn.ErrAll rather than "States.ALL".
var errorConstants = map[string]string{
	"States.ALL":                             "ErrAll",
	"States.HeartbeatTimeout":                "ErrHeartbeatTimeout",
	"States.Timeout":                         "ErrTimeout",
	"States.TaskFailed":                      "ErrTaskFailed",
	"States.Permissions":                     "ErrPermissions",
	"States.ResultPathMatchFailure":          "ErrResultPathMatchFailure",
	"States.ParameterPathFailure":            "ErrParameterPathFailure",
	"States.BranchFailed":                    "ErrBranchFailed",
	"States.NoChoiceMatched":                 "ErrNoChoiceMatched",
	"States.IntrinsicFailure":                "ErrIntrinsicFailure",
	"States.ExceedToleratedFailureThreshold": "ErrExceedToleratedFailureThreshold",
	"States.ItemReaderFailed":                "ErrItemReaderFailed",
	"States.ResultWriterFailed":              "ErrResultWriterFailed",
	"States.QueryEvaluationError":            "ErrQueryEvaluationError",
	"States.DataLimitExceeded":               "ErrDataLimitExceeded",
	"States.Runtime":                         "ErrRuntime",
}
