package asl

import (
	"strconv"
	"strings"
)

// Integration patterns, as the suffix of a service integration's Resource
// says them.
const (
	patternRequest  = ""                  // request-response: the default
	patternSync     = ".sync"             // run a job, output as a string
	patternSyncJSON = ".sync:2"           // run a job, output as JSON (states:startExecution only)
	patternCallback = ".waitForTaskToken" // wait for a callback with the task token
)

// integrationSupport is what one service offers through the optimized
// integration "arn:aws:states:::SERVICE:ACTION[PATTERN]": its actions,
// which of them can run a job (.sync), and whether its actions can wait
// for a callback (.waitForTaskToken). Every action supports
// request-response.
type integrationSupport struct {
	actions  []string
	sync     []string // the actions that accept .sync
	callback bool     // every action accepts .waitForTaskToken
}

// optimizedIntegrations is AWS's list of optimized integrations, by the
// service name used in the Resource. Source: the Step Functions developer
// guide, "Integrating optimized services with Step Functions"
// (https://docs.aws.amazon.com/step-functions/latest/dg/integrate-optimized.html)
// for the patterns each service supports, and the service's own page
// under it (connect-lambda.html, connect-ddb.html, …) for the actions.
// AWS rejects any other optimized Resource ("The resource provided
// arn:<partition>:states:::dynamodb:query is not recognized"); the
// AWS SDK integrations (aws-sdk:SERVICE:ACTION) are checked apart.
var optimizedIntegrations = map[string]integrationSupport{
	"apigateway": {actions: []string{"invoke"}, callback: true},
	"athena": {actions: []string{"startQueryExecution", "stopQueryExecution", "getQueryExecution", "getQueryResults"},
		sync: []string{"startQueryExecution"}},
	"batch": {actions: []string{"submitJob"}, sync: []string{"submitJob"}},
	"bedrock": {actions: []string{"invokeModel", "createModelCustomizationJob"},
		sync: []string{"createModelCustomizationJob"}, callback: true},
	"codebuild": {actions: []string{"startBuild", "stopBuild", "batchDeleteBuilds", "batchGetReports", "startBuildBatch", "stopBuildBatch", "retryBuildBatch", "deleteBuildBatch"},
		sync: []string{"startBuild", "startBuildBatch", "retryBuildBatch"}},
	"dynamodb": {actions: []string{"getItem", "putItem", "updateItem", "deleteItem"}},
	"ecs":      {actions: []string{"runTask"}, sync: []string{"runTask"}, callback: true},
	"eks": {actions: []string{"createCluster", "deleteCluster", "createFargateProfile", "deleteFargateProfile", "createNodegroup", "deleteNodegroup", "runJob", "call"},
		sync: []string{"createCluster", "deleteCluster", "createFargateProfile", "deleteFargateProfile", "createNodegroup", "deleteNodegroup", "runJob"}, callback: true},
	"elasticmapreduce": {actions: []string{"createCluster", "terminateCluster", "addStep", "cancelStep", "setClusterTerminationProtection", "modifyInstanceFleetByName", "modifyInstanceGroupByName"},
		sync: []string{"createCluster", "terminateCluster", "addStep"}},
	"emr-containers": {actions: []string{"createVirtualCluster", "deleteVirtualCluster", "startJobRun"},
		sync: []string{"deleteVirtualCluster", "startJobRun"}},
	"emr-serverless": {actions: []string{"createApplication", "startApplication", "stopApplication", "deleteApplication", "startJobRun", "cancelJobRun"},
		sync: []string{"createApplication", "startApplication", "stopApplication", "deleteApplication", "startJobRun", "cancelJobRun"}},
	"events":       {actions: []string{"putEvents"}, callback: true},
	"glue":         {actions: []string{"startJobRun"}, sync: []string{"startJobRun"}},
	"databrew":     {actions: []string{"startJobRun"}, sync: []string{"startJobRun"}},
	"http":         {actions: []string{"invoke"}},
	"lambda":       {actions: []string{"invoke"}, callback: true},
	"mediaconvert": {actions: []string{"createJob"}, sync: []string{"createJob"}},
	"sagemaker": {actions: []string{"createEndpoint", "createEndpointConfig", "createHyperParameterTuningJob", "createLabelingJob", "createModel", "createProcessingJob", "createTrainingJob", "createTransformJob", "updateEndpoint"},
		sync: []string{"createHyperParameterTuningJob", "createLabelingJob", "createProcessingJob", "createTrainingJob", "createTransformJob"}},
	"sns":    {actions: []string{"publish"}, callback: true},
	"sqs":    {actions: []string{"sendMessage"}, callback: true},
	"states": {actions: []string{"startExecution"}, sync: []string{"startExecution"}, callback: true},
}

// integration is a service integration Resource taken apart.
type integration struct {
	service string // "lambda", "aws-sdk:s3"
	action  string // "invoke", "getObject"
	pattern string // one of the pattern constants, or an unknown ".suffix"
}

// parseIntegration takes apart a Resource of the form
// arn:PARTITION:states:::SERVICE:ACTION[.PATTERN]; ok is false for any
// other Resource (an activity, a Lambda function ARN, …).
func parseIntegration(resource string) (in integration, ok bool) {
	rest, ok := strings.CutPrefix(resource, "arn:")
	if !ok {
		return in, false
	}
	i := strings.Index(rest, ":states:::")
	if i <= 0 || strings.IndexByte(rest[:i], ':') >= 0 {
		return in, false
	}
	rest = rest[i+len(":states:::"):]
	if dot := strings.IndexByte(rest, '.'); dot >= 0 {
		in.pattern, rest = rest[dot:], rest[:dot]
	}
	if sdk, ok := strings.CutPrefix(rest, "aws-sdk:"); ok {
		svc, action, _ := strings.Cut(sdk, ":")
		in.service, in.action = "aws-sdk:"+svc, action
		return in, true
	}
	in.service, in.action, _ = strings.Cut(rest, ":")
	return in, true
}

// isSDK reports whether in is an AWS SDK integration.
func (in integration) isSDK() bool { return strings.HasPrefix(in.service, "aws-sdk:") }

// waits reports whether in runs a job or waits for a callback: the
// patterns Express workflows do not support.
func (in integration) waits() bool { return in.pattern != patternRequest }

// check returns what is wrong with in as a Task's Resource, or "".
func (in integration) check(resource string) string {
	if in.isSDK() {
		switch {
		case in.service == "aws-sdk:" || in.action == "" || strings.Contains(in.action, ":"):
			return resource + " is not an AWS SDK integration (arn:aws:states:::aws-sdk:SERVICE:ACTION)"
		case in.pattern == patternSync || in.pattern == patternSyncJSON:
			return "AWS SDK integrations do not support the run-a-job pattern (" + in.pattern + "); only request-response and .waitForTaskToken"
		case in.pattern != patternRequest && in.pattern != patternCallback:
			return "unknown integration pattern " + strconv.Quote(in.pattern) + "; AWS SDK integrations support request-response and .waitForTaskToken"
		}
		return ""
	}
	sup, known := optimizedIntegrations[in.service]
	if !known || !contains(sup.actions, in.action) {
		return resource + " is not a Step Functions optimized integration (AWS does not recognise " + strconv.Quote(in.service+":"+in.action) +
			"); use the AWS SDK integration arn:aws:states:::aws-sdk:" + in.service + ":" + in.action + " or one of the documented actions"
	}
	switch in.pattern {
	case patternRequest:
		return ""
	case patternSync:
		if contains(sup.sync, in.action) {
			return ""
		}
	case patternSyncJSON:
		if in.service == "states" {
			return ""
		}
	case patternCallback:
		if sup.callback {
			return ""
		}
	default:
		return "unknown integration pattern " + strconv.Quote(in.pattern) + " (request-response has no suffix; the others are .sync and .waitForTaskToken)"
	}
	return in.service + ":" + in.action + " does not support the " + in.pattern + " pattern; it supports " + sup.patterns(in.action)
}

// patterns lists the patterns action supports, for messages.
func (sup integrationSupport) patterns(action string) string {
	list := "request-response"
	if contains(sup.sync, action) {
		list += ", .sync"
	}
	if sup.callback {
		list += ", .waitForTaskToken"
	}
	return list
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
