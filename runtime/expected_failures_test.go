package runtime_test

// Reasons shared by many expected failures: history details of mocked
// task executions the runtime does not write yet (results agree).
const (
	historySyncLength = "TaskSubmitted's Content-Length is the length of AWS's response body, which holds the real (unrecorded, normalised away) account, region and machine name; the runtime measures its own body"
	historySyncReqID  = "the recorder replaced the whole x-amzn-RequestId header list with a string, which no runner reproduces"
)

// expectedFailures lists the conformance cases this build cannot pass
// yet, with the reason for each. TestConformance fails when a listed case
// passes, so the list stays honest: remove entries as the evaluators
// merge.
var expectedFailures = map[string]string{
	"mocked/callback/test_start_execution_sync":                                                                         historySyncLength,
	"mocked/callback/test_start_execution_sync2":                                                                        historySyncLength,
	"mocked/callback/test_start_execution_sync_delegate_failure":                                                        historySyncLength,
	"mocked/callback/test_start_execution_sync_delegate_timeout":                                                        historySyncLength,
	"mocked/credentials/test_cross_account_states_start_sync_execution[SFN_START_EXECUTION_SYNC_ROLE_ARN_INTRINSIC]":    historySyncLength,
	"mocked/credentials/test_cross_account_states_start_sync_execution[SFN_START_EXECUTION_SYNC_ROLE_ARN_JSONATA]":      historySyncLength,
	"mocked/credentials/test_cross_account_states_start_sync_execution[SFN_START_EXECUTION_SYNC_ROLE_ARN_PATH_CONTEXT]": historySyncLength,
	"mocked/credentials/test_cross_account_states_start_sync_execution[SFN_START_EXECUTION_SYNC_ROLE_ARN_VARIABLE]":     historySyncLength,
	"mocked/local_mocking/test_sfn_start_execution_sync[SFN_SYNC2]":                                                     historySyncReqID,
	"mocked/local_mocking/test_sfn_start_execution_sync[SFN_SYNC]":                                                      historySyncReqID,
	"mocked/scenarios/test_lambda_invoke_with_retry_extended_input":                                                     "the recorded context object has no Execution.RedriveCount in this case; the runtime writes it as AWS does elsewhere",
	"mocked/scenarios/test_lambda_service_invoke_with_retry_extended_input":                                             "the recorded context object has no Execution.RedriveCount in this case; the runtime writes it as AWS does elsewhere",
	"mocked/services/test_sfn_start_execution_implicit_json_serialisation":                                              "the definition holds the recorder's placeholder «sm:0» for a state machine created at recording time, which no runner can resolve",

	"test_sfn_api/test_stop_execution": "the recorder stopped the execution from outside (StopExecution); given only the definition, it runs to the end",
}
