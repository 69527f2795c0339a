package runtime_test

// Reasons shared by many expected failures.
const (
	standInIntrinsic = "intrinsic evaluation is a stand-in until package intrinsic's evaluator merges"
	standInJSONata   = "JSONata evaluation is a stand-in until package jsonata's evaluator merges"
)

// expectedFailures lists the conformance cases this build cannot pass
// yet, with the reason for each. TestConformance fails when a listed case
// passes, so the list stays honest: remove entries as the evaluators
// merge.
var expectedFailures = map[string]string{
	"test_sfn_api/test_stop_execution": "the recorder stopped the execution from outside (StopExecution); given only the definition, it runs to the end",
}
