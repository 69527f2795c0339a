package asl

// Codes for the workflow-type and service-integration rules that package
// sfn checks while building (the machine's type is not part of the ASL
// document, so files are not checked against them).
const (
	CodeExpressPattern     Code = "express-integration-pattern"
	CodeExpressActivity    Code = "express-activity"
	CodeExpressDuration    Code = "express-duration"
	CodeTaskToken          Code = "task-token"
	CodeIntegrationPattern Code = "integration-pattern"
)

// The codes above join the table AllCodes returns, after the others.
func init() {
	codeInfo = append(codeInfo, []struct {
		code    Code
		origin  Origin
		summary string
	}{
		{CodeExpressPattern, OriginDSL, "an Express machine with a run-a-job (.sync) or wait-for-callback (.waitForTaskToken) task"},
		{CodeExpressActivity, OriginDSL, "an Express machine with an activity task"},
		{CodeExpressDuration, OriginDSL, "an Express machine (or Express child workflow) with a timeout or wait over 5 minutes"},
		{CodeTaskToken, OriginDSL, "a .waitForTaskToken task whose payload does not pass the task token"},
		{CodeIntegrationPattern, OriginDSL, "a service integration asked for a pattern its service does not support"},
	}...)
}
