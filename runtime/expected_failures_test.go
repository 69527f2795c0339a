package runtime_test

// Reasons shared by many expected failures: history details of mocked
// task executions the runtime does not write yet (results agree).
const (
	historySync        = "a .sync task records TaskSubmitted (the start response) before TaskSucceeded; the runtime records the final result only"
	historyCredentials = "TaskScheduled carries taskCredentials when the state has Credentials; the runtime omits them"
	historySDKResource = "for aws-sdk and optimised service tasks AWS records resource as the action (putItem) and resourceType as the service; the runtime records service:action"
)

// expectedFailures lists the conformance cases this build cannot pass
// yet, with the reason for each. TestConformance fails when a listed case
// passes, so the list stays honest: remove entries as the evaluators
// merge.
var expectedFailures = map[string]string{
	"mocked/callback/test_start_execution_sync":                                                                         historySync,
	"mocked/callback/test_start_execution_sync2":                                                                        historySync,
	"mocked/callback/test_start_execution_sync_delegate_failure":                                                        historySync,
	"mocked/callback/test_start_execution_sync_delegate_timeout":                                                        historySync,
	"mocked/credentials/test_cross_account_service_lambda_invoke":                                                       historyCredentials,
	"mocked/credentials/test_cross_account_states_start_sync_execution[SFN_START_EXECUTION_SYNC_ROLE_ARN_INTRINSIC]":    historyCredentials,
	"mocked/credentials/test_cross_account_states_start_sync_execution[SFN_START_EXECUTION_SYNC_ROLE_ARN_JSONATA]":      historyCredentials,
	"mocked/credentials/test_cross_account_states_start_sync_execution[SFN_START_EXECUTION_SYNC_ROLE_ARN_PATH_CONTEXT]": historyCredentials,
	"mocked/credentials/test_cross_account_states_start_sync_execution[SFN_START_EXECUTION_SYNC_ROLE_ARN_VARIABLE]":     historyCredentials,
	"mocked/error_handling/test_dynamodb_invalid_param":                                                                 historySDKResource,
	"mocked/error_handling/test_dynamodb_put_item_no_such_table":                                                        historySDKResource,
	"mocked/error_handling/test_no_such_bucket":                                                                         historySDKResource,
	"mocked/local_mocking/test_sfn_start_execution_sync[SFN_SYNC2]":                                                     historySync,
	"mocked/local_mocking/test_sfn_start_execution_sync[SFN_SYNC]":                                                      historySync,
	"mocked/scenarios/test_lambda_invoke_with_retry_extended_input":                                                     "the recorded context object has no Execution.RedriveCount in this case; the runtime writes it as AWS does elsewhere",
	"mocked/scenarios/test_lambda_service_invoke_with_retry_extended_input":                                             "the recorded context object has no Execution.RedriveCount in this case; the runtime writes it as AWS does elsewhere",
	"mocked/services/test_base_integrations[DYNAMODB_PUT_QUERY]":                                                        historySDKResource,
	"mocked/services/test_dynamodb_put_delete_item":                                                                     historySDKResource,
	"mocked/services/test_dynamodb_put_get_item":                                                                        historySDKResource,
	"mocked/services/test_invoke_with_headers[singleStringHeader]":                                                      "http:invoke rejects a string header value before scheduling the task; the runtime schedules it",
	"mocked/services/test_s3_get_object[binary]":                                                                        historySDKResource,
	"mocked/services/test_s3_get_object[bytearray]":                                                                     historySDKResource,
	"mocked/services/test_s3_get_object[empty_binary]":                                                                  historySDKResource,
	"mocked/services/test_s3_get_object[empty_str]":                                                                     historySDKResource,
	"mocked/services/test_s3_put_object[bool]":                                                                          historySDKResource,
	"mocked/services/test_s3_put_object[dict]":                                                                          historySDKResource,
	"mocked/services/test_s3_put_object[list]":                                                                          historySDKResource,
	"mocked/services/test_s3_put_object[num]":                                                                           historySDKResource,
	"mocked/services/test_sfn_start_execution_implicit_json_serialisation":                                              "the started execution ARN in the recorded parameters is derived from the machine ARN; the runtime does not derive it",

	"test_sfn_api/test_stop_execution": "the recorder stopped the execution from outside (StopExecution); given only the definition, it runs to the end",
}
