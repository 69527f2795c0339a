package server

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sfn"
	"github.com/aws/aws-sdk-go-v2/service/sfn/types"
	"github.com/aws/smithy-go"
)

// TestSDKLifecycle drives create → start → describe → history paging →
// list with the real SDK client.
func TestSDKLifecycle(t *testing.T) {
	_, c := newTestServer(t, Options{})
	ctx := context.Background()
	arn := createMachine(t, c, "Orders", waitMachine, "")
	if arn != "arn:aws:states:us-east-1:123456789012:stateMachine:Orders" {
		t.Errorf("machine ARN = %s", arn)
	}
	d, err := c.DescribeStateMachine(ctx, &sfn.DescribeStateMachineInput{StateMachineArn: aws.String(arn)})
	if err != nil {
		t.Fatal(err)
	}
	if aws.ToString(d.Definition) != waitMachine || d.Type != types.StateMachineTypeStandard || d.Status != types.StateMachineStatusActive || d.CreationDate == nil {
		t.Errorf("DescribeStateMachine = %+v", d)
	}

	ex := run(t, c, arn, "first", `{"id": 7}`)
	if ex.Status != types.ExecutionStatusSucceeded || aws.ToString(ex.Output) != `{"id":7,"last":"done"}` {
		t.Fatalf("execution = %s %s", ex.Status, aws.ToString(ex.Output))
	}
	if want := "arn:aws:states:us-east-1:123456789012:execution:Orders:first"; aws.ToString(ex.ExecutionArn) != want {
		t.Errorf("execution ARN = %s, want %s", aws.ToString(ex.ExecutionArn), want)
	}
	// The 30-second Wait runs on the virtual clock: the dates show it.
	if got := ex.StopDate.Sub(*ex.StartDate).Seconds(); got != 30 {
		t.Errorf("stopDate - startDate = %vs, want 30", got)
	}

	all, err := c.GetExecutionHistory(ctx, &sfn.GetExecutionHistoryInput{ExecutionArn: ex.ExecutionArn})
	if err != nil {
		t.Fatal(err)
	}
	wantTypes := []types.HistoryEventType{"ExecutionStarted", "PassStateEntered", "PassStateExited", "WaitStateEntered",
		"WaitStateExited", "PassStateEntered", "PassStateExited", "ExecutionSucceeded"}
	var gotTypes []types.HistoryEventType
	for _, e := range all.Events {
		gotTypes = append(gotTypes, e.Type)
	}
	if !slices.Equal(gotTypes, wantTypes) || all.NextToken != nil {
		t.Fatalf("history types = %v (next %v), want %v", gotTypes, all.NextToken, wantTypes)
	}
	if e := all.Events[1]; aws.ToString(e.StateEnteredEventDetails.Name) != "First" || aws.ToString(e.StateEnteredEventDetails.Input) != `{"id":7}` || e.Id != 2 {
		t.Errorf("event 2 = %+v %+v", e, e.StateEnteredEventDetails)
	}
	if out := all.Events[7].ExecutionSucceededEventDetails; out == nil || aws.ToString(out.Output) != `{"id":7,"last":"done"}` {
		t.Errorf("ExecutionSucceeded details = %+v", out)
	}

	for _, reverse := range []bool{false, true} {
		var ids []int64
		p := sfn.NewGetExecutionHistoryPaginator(c, &sfn.GetExecutionHistoryInput{ExecutionArn: ex.ExecutionArn, MaxResults: 3, ReverseOrder: reverse})
		pages := 0
		for p.HasMorePages() {
			out, err := p.NextPage(ctx)
			if err != nil {
				t.Fatal(err)
			}
			pages++
			if len(out.Events) > 3 {
				t.Errorf("a page of %d events, asked for 3", len(out.Events))
			}
			for _, e := range out.Events {
				ids = append(ids, e.Id)
			}
		}
		want := []int64{1, 2, 3, 4, 5, 6, 7, 8}
		if reverse {
			slices.Reverse(want)
		}
		if !slices.Equal(ids, want) || pages != 3 {
			t.Errorf("reverse=%v: paged ids %v in %d pages, want %v in 3", reverse, ids, pages, want)
		}
	}

	run(t, c, arn, "second", `{}`)
	lst, err := c.ListExecutions(ctx, &sfn.ListExecutionsInput{StateMachineArn: aws.String(arn)})
	if err != nil {
		t.Fatal(err)
	}
	if len(lst.Executions) != 2 || aws.ToString(lst.Executions[0].Name) != "second" || aws.ToString(lst.Executions[1].Name) != "first" {
		t.Errorf("ListExecutions = %+v, want second then first", lst.Executions)
	}
	one, err := c.ListExecutions(ctx, &sfn.ListExecutionsInput{StateMachineArn: aws.String(arn), MaxResults: 1})
	if err != nil || len(one.Executions) != 1 || one.NextToken == nil {
		t.Fatalf("ListExecutions maxResults 1 = %+v, %v", one, err)
	}
	rest, err := c.ListExecutions(ctx, &sfn.ListExecutionsInput{StateMachineArn: aws.String(arn), MaxResults: 1, NextToken: one.NextToken})
	if err != nil || len(rest.Executions) != 1 || aws.ToString(rest.Executions[0].Name) != "first" || rest.NextToken != nil {
		t.Errorf("second page = %+v, %v", rest, err)
	}
	failed, err := c.ListExecutions(ctx, &sfn.ListExecutionsInput{StateMachineArn: aws.String(arn), StatusFilter: types.ExecutionStatusFailed})
	if err != nil || len(failed.Executions) != 0 {
		t.Errorf("FAILED executions = %+v, %v; want none", failed, err)
	}

	createMachine(t, c, "Other", waitMachine, types.StateMachineTypeExpress)
	var names []string
	p := sfn.NewListStateMachinesPaginator(c, &sfn.ListStateMachinesInput{MaxResults: 1})
	for p.HasMorePages() {
		out, err := p.NextPage(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range out.StateMachines {
			names = append(names, aws.ToString(m.Name)+"/"+string(m.Type))
		}
	}
	if want := []string{"Orders/STANDARD", "Other/EXPRESS"}; !slices.Equal(names, want) {
		t.Errorf("ListStateMachines = %v, want %v", names, want)
	}

	if _, err := c.DeleteStateMachine(ctx, &sfn.DeleteStateMachineInput{StateMachineArn: aws.String(arn)}); err != nil {
		t.Fatal(err)
	}
	if _, err := c.DescribeStateMachine(ctx, &sfn.DescribeStateMachineInput{StateMachineArn: aws.String(arn)}); !isType[*types.StateMachineDoesNotExist](err) {
		t.Errorf("DescribeStateMachine after delete: %v, want StateMachineDoesNotExist", err)
	}
	if _, err := c.DescribeExecution(ctx, &sfn.DescribeExecutionInput{ExecutionArn: ex.ExecutionArn}); err != nil {
		t.Errorf("an execution of a deleted machine is still described, as on AWS: %v", err)
	}
}

// TestSDKStopAndIdempotentStart: a running execution (real time) is
// stopped; starting the same name again is idempotent only with the same
// input while it runs.
func TestSDKStopAndIdempotentStart(t *testing.T) {
	_, c := newTestServer(t, Options{RealTime: true})
	ctx := context.Background()
	arn := createMachine(t, c, "Slow", waitMachine, "")
	start := func(input string) (*sfn.StartExecutionOutput, error) {
		return c.StartExecution(ctx, &sfn.StartExecutionInput{StateMachineArn: aws.String(arn), Name: aws.String("slow"), Input: aws.String(input)})
	}
	first, err := start(`{"a":1}`)
	if err != nil {
		t.Fatal(err)
	}
	again, err := start(`{"a":1}`)
	if err != nil || aws.ToString(again.ExecutionArn) != aws.ToString(first.ExecutionArn) || !again.StartDate.Equal(*first.StartDate) {
		t.Errorf("same name and input while running: %+v, %v; want the first answer", again, err)
	}
	if _, err := start(`{"a":2}`); !isType[*types.ExecutionAlreadyExists](err) {
		t.Errorf("same name, other input: %v, want ExecutionAlreadyExists", err)
	}
	d, err := c.DescribeExecution(ctx, &sfn.DescribeExecutionInput{ExecutionArn: first.ExecutionArn})
	if err != nil || d.Status != types.ExecutionStatusRunning || d.StopDate != nil {
		t.Fatalf("running execution = %+v, %v", d, err)
	}
	running, err := c.ListExecutions(ctx, &sfn.ListExecutionsInput{StateMachineArn: aws.String(arn), StatusFilter: types.ExecutionStatusRunning})
	if err != nil || len(running.Executions) != 1 {
		t.Errorf("RUNNING executions = %+v, %v", running, err)
	}
	stop, err := c.StopExecution(ctx, &sfn.StopExecutionInput{ExecutionArn: first.ExecutionArn, Error: aws.String("Operator"), Cause: aws.String("not needed")})
	if err != nil || stop.StopDate == nil {
		t.Fatalf("StopExecution = %+v, %v", stop, err)
	}
	d, err = c.DescribeExecution(ctx, &sfn.DescribeExecutionInput{ExecutionArn: first.ExecutionArn})
	if err != nil || d.Status != types.ExecutionStatusAborted || aws.ToString(d.Error) != "Operator" || aws.ToString(d.Cause) != "not needed" {
		t.Errorf("stopped execution = %+v, %v", d, err)
	}
	h, err := c.GetExecutionHistory(ctx, &sfn.GetExecutionHistoryInput{ExecutionArn: first.ExecutionArn, ReverseOrder: true, MaxResults: 1})
	if err != nil || len(h.Events) != 1 || h.Events[0].Type != types.HistoryEventTypeExecutionAborted {
		t.Errorf("last event = %+v, %v; want ExecutionAborted", h, err)
	}
	if _, err := start(`{"a":1}`); !isType[*types.ExecutionAlreadyExists](err) {
		t.Errorf("same name after it ended: %v, want ExecutionAlreadyExists", err)
	}
}

// TestSDKMockTestCase runs a mock file's test case through
// "<stateMachineArn>#<TestCase>", and the echo stub without one.
func TestSDKMockTestCase(t *testing.T) {
	mocks := parseMocks(t, `{
  "StateMachines": {"Billing": {"TestCases": {
    "Paid": {"Charge": "ChargeOK"},
    "Declined": {"Charge": "ChargeDeclined"}}}},
  "MockedResponses": {
    "ChargeOK": {"0": {"Return": {"Payload": {"paid": true}, "StatusCode": 200}}},
    "ChargeDeclined": {"0": {"Throw": {"Error": "Card.Declined", "Cause": "insufficient funds"}}}}
}`)
	_, c := newTestServer(t, Options{Mocks: mocks, StubEcho: true})
	arn := createMachine(t, c, "Billing", taskMachine, "")
	paid := run(t, c, arn+"#Paid", "", `{"amount": 5}`)
	if paid.Status != types.ExecutionStatusSucceeded || aws.ToString(paid.Output) != `{"paid":true}` {
		t.Errorf("Paid = %s %s", paid.Status, aws.ToString(paid.Output))
	}
	if aws.ToString(paid.StateMachineArn) != arn {
		t.Errorf("stateMachineArn = %s, want %s (without the test case)", aws.ToString(paid.StateMachineArn), arn)
	}
	declined := run(t, c, arn+"#Declined", "", `{}`)
	if declined.Status != types.ExecutionStatusFailed || aws.ToString(declined.Error) != "Card.Declined" || aws.ToString(declined.Cause) != "insufficient funds" {
		t.Errorf("Declined = %s %s %s", declined.Status, aws.ToString(declined.Error), aws.ToString(declined.Cause))
	}
	echo := run(t, c, arn, "", `{"amount": 5}`)
	if echo.Status != types.ExecutionStatusSucceeded || aws.ToString(echo.Output) != `{"amount":5}` {
		t.Errorf("echo stub = %s %s", echo.Status, aws.ToString(echo.Output))
	}
	_, err := c.StartExecution(context.Background(), &sfn.StartExecutionInput{StateMachineArn: aws.String(arn + "#Nope")})
	if !isType[*types.ValidationException](err) || !strings.Contains(err.Error(), "Declined, Paid") {
		t.Errorf("unknown test case: %v, want ValidationException listing the test cases", err)
	}
}

// TestSDKUnansweredTask: without mocks or stub, a Task state fails the
// execution and says how to answer it.
func TestSDKUnansweredTask(t *testing.T) {
	_, c := newTestServer(t, Options{})
	arn := createMachine(t, c, "Billing", taskMachine, "")
	d := run(t, c, arn, "", `{}`)
	if d.Status != types.ExecutionStatusFailed {
		t.Errorf("status = %s, want FAILED", d.Status)
	}
}

// TestSDKStartSyncExecution runs an Express machine synchronously and
// refuses a Standard one.
func TestSDKStartSyncExecution(t *testing.T) {
	_, c := newTestServer(t, Options{})
	ctx := context.Background()
	express := createMachine(t, c, "Quick", waitMachine, types.StateMachineTypeExpress)
	out, err := c.StartSyncExecution(ctx, &sfn.StartSyncExecutionInput{StateMachineArn: aws.String(express), Input: aws.String(`{"n":1}`), Name: aws.String("q1")})
	if err != nil {
		t.Fatal(err)
	}
	if out.Status != types.SyncExecutionStatusSucceeded || aws.ToString(out.Output) != `{"n":1,"last":"done"}` ||
		aws.ToString(out.ExecutionArn) != "arn:aws:states:us-east-1:123456789012:express:Quick:q1" || out.BillingDetails == nil {
		t.Errorf("StartSyncExecution = %+v", out)
	}
	standard := createMachine(t, c, "Standard", waitMachine, "")
	_, err = c.StartSyncExecution(ctx, &sfn.StartSyncExecutionInput{StateMachineArn: aws.String(standard)})
	if !isType[*types.StateMachineTypeNotSupported](err) {
		t.Errorf("StartSyncExecution on STANDARD: %v, want StateMachineTypeNotSupported", err)
	}
}

// TestSDKUpdateStateMachine changes the definition; new executions use it.
func TestSDKUpdateStateMachine(t *testing.T) {
	_, c := newTestServer(t, Options{})
	ctx := context.Background()
	arn := createMachine(t, c, "Changing", waitMachine, "")
	def := `{"StartAt":"P","States":{"P":{"Type":"Pass","Result":{"v":2},"End":true}}}`
	up, err := c.UpdateStateMachine(ctx, &sfn.UpdateStateMachineInput{StateMachineArn: aws.String(arn), Definition: aws.String(def)})
	if err != nil || up.UpdateDate == nil || aws.ToString(up.RevisionId) != "1" {
		t.Fatalf("UpdateStateMachine = %+v, %v", up, err)
	}
	if d := run(t, c, arn, "", `{}`); aws.ToString(d.Output) != `{"v":2}` {
		t.Errorf("output after update = %s", aws.ToString(d.Output))
	}
	_, err = c.UpdateStateMachine(ctx, &sfn.UpdateStateMachineInput{StateMachineArn: aws.String(arn), Definition: aws.String(`{"StartAt":"X","States":{}}`)})
	if !isType[*types.InvalidDefinition](err) {
		t.Errorf("update to a bad definition: %v, want InvalidDefinition", err)
	}
}

// TestSDKValidate answers OK and FAIL with diagnostics in AWS's shape.
func TestSDKValidate(t *testing.T) {
	_, c := newTestServer(t, Options{})
	ctx := context.Background()
	ok, err := c.ValidateStateMachineDefinition(ctx, &sfn.ValidateStateMachineDefinitionInput{Definition: aws.String(waitMachine)})
	if err != nil || ok.Result != types.ValidateStateMachineDefinitionResultCodeOk || len(ok.Diagnostics) != 0 {
		t.Errorf("valid definition = %+v, %v", ok, err)
	}
	bad := `{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"Missing"}}}`
	fail, err := c.ValidateStateMachineDefinition(ctx, &sfn.ValidateStateMachineDefinitionInput{Definition: aws.String(bad)})
	if err != nil || fail.Result != types.ValidateStateMachineDefinitionResultCodeFail || len(fail.Diagnostics) == 0 {
		t.Fatalf("invalid definition = %+v, %v", fail, err)
	}
	d := fail.Diagnostics[0]
	if d.Severity != types.ValidateStateMachineDefinitionSeverityError || aws.ToString(d.Location) != "/States/A/Next" || aws.ToString(d.Code) == "" || aws.ToString(d.Message) == "" {
		t.Errorf("diagnostic = %+v", d)
	}
	one, err := c.ValidateStateMachineDefinition(ctx, &sfn.ValidateStateMachineDefinitionInput{Definition: aws.String(`{"States":{"A":{"Type":"Pass","Next":"M"}}}`), MaxResults: 1})
	if err != nil || len(one.Diagnostics) != 1 || !aws.ToBool(one.Truncated) {
		t.Errorf("maxResults 1 = %+v, %v; want one diagnostic, truncated", one, err)
	}
}

// TestSDKErrors: every error reaches the SDK as its typed error.
func TestSDKErrors(t *testing.T) {
	_, c := newTestServer(t, Options{})
	ctx := context.Background()
	arn := createMachine(t, c, "Exists", waitMachine, "")
	exec := "arn:aws:states:us-east-1:123456789012:execution:Exists:nope"
	tests := []struct {
		name string
		call func() error
		want func(error) bool
	}{
		{"unknown execution", func() error {
			_, err := c.DescribeExecution(ctx, &sfn.DescribeExecutionInput{ExecutionArn: aws.String(exec)})
			return err
		}, isType[*types.ExecutionDoesNotExist]},
		{"history of unknown execution", func() error {
			_, err := c.GetExecutionHistory(ctx, &sfn.GetExecutionHistoryInput{ExecutionArn: aws.String(exec)})
			return err
		}, isType[*types.ExecutionDoesNotExist]},
		{"stop unknown execution", func() error {
			_, err := c.StopExecution(ctx, &sfn.StopExecutionInput{ExecutionArn: aws.String(exec)})
			return err
		}, isType[*types.ExecutionDoesNotExist]},
		{"malformed execution ARN", func() error {
			_, err := c.DescribeExecution(ctx, &sfn.DescribeExecutionInput{ExecutionArn: aws.String("not-an-arn")})
			return err
		}, isType[*types.InvalidArn]},
		{"machine ARN given as execution", func() error {
			_, err := c.DescribeExecution(ctx, &sfn.DescribeExecutionInput{ExecutionArn: aws.String(arn)})
			return err
		}, isType[*types.InvalidArn]},
		{"unknown machine", func() error {
			_, err := c.StartExecution(ctx, &sfn.StartExecutionInput{StateMachineArn: aws.String(arn + "X")})
			return err
		}, isType[*types.StateMachineDoesNotExist]},
		{"invalid definition", func() error {
			_, err := c.CreateStateMachine(ctx, &sfn.CreateStateMachineInput{Name: aws.String("Bad"), RoleArn: aws.String(testRole),
				Definition: aws.String(`{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"Missing"}}}`)})
			return err
		}, func(err error) bool {
			return isType[*types.InvalidDefinition](err) && strings.Contains(err.Error(), "/States/A/Next")
		}},
		{"definition not JSON", func() error {
			_, err := c.CreateStateMachine(ctx, &sfn.CreateStateMachineInput{Name: aws.String("Bad"), RoleArn: aws.String(testRole), Definition: aws.String(`{`)})
			return err
		}, isType[*types.InvalidDefinition]},
		{"same name, other definition", func() error {
			createMachine(t, c, "Exists", waitMachine, "") // the same again is fine
			_, err := c.CreateStateMachine(ctx, &sfn.CreateStateMachineInput{Name: aws.String("Exists"), RoleArn: aws.String(testRole),
				Definition: aws.String(`{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}`)})
			return err
		}, isType[*types.StateMachineAlreadyExists]},
		{"invalid machine name", func() error {
			_, err := c.CreateStateMachine(ctx, &sfn.CreateStateMachineInput{Name: aws.String("has space"), RoleArn: aws.String(testRole), Definition: aws.String(waitMachine)})
			return err
		}, isType[*types.InvalidName]},
		{"invalid execution name", func() error {
			_, err := c.StartExecution(ctx, &sfn.StartExecutionInput{StateMachineArn: aws.String(arn), Name: aws.String("a/b")})
			return err
		}, isType[*types.InvalidName]},
		{"input not JSON", func() error {
			_, err := c.StartExecution(ctx, &sfn.StartExecutionInput{StateMachineArn: aws.String(arn), Input: aws.String(`{"a":`)})
			return err
		}, isType[*types.InvalidExecutionInput]},
		{"bad role", func() error {
			_, err := c.CreateStateMachine(ctx, &sfn.CreateStateMachineInput{Name: aws.String("R"), RoleArn: aws.String("role"), Definition: aws.String(waitMachine)})
			return err
		}, isType[*types.InvalidArn]},
		{"unknown activity", func() error {
			_, err := c.DescribeActivity(ctx, &sfn.DescribeActivityInput{ActivityArn: aws.String("arn:aws:states:us-east-1:123456789012:activity:nope")})
			return err
		}, isType[*types.ActivityDoesNotExist]},
		{"maxResults too large", func() error {
			_, err := c.ListStateMachines(ctx, &sfn.ListStateMachinesInput{MaxResults: 5000})
			return err
		}, hasCode("ValidationException")},
		{"bad status filter", func() error {
			_, err := c.ListExecutions(ctx, &sfn.ListExecutionsInput{StateMachineArn: aws.String(arn), StatusFilter: "DONE"})
			return err
		}, hasCode("ValidationException")},
		{"forged next token", func() error {
			_, err := c.ListStateMachines(ctx, &sfn.ListStateMachinesInput{NextToken: aws.String("forged")})
			return err
		}, isType[*types.InvalidToken]},
		{"forged history token", func() error {
			d := run(t, c, arn, "", `{}`)
			_, err := c.GetExecutionHistory(ctx, &sfn.GetExecutionHistoryInput{ExecutionArn: d.ExecutionArn, NextToken: aws.String("OTk5")})
			return err
		}, isType[*types.InvalidToken]},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.call(); !tc.want(err) {
				t.Errorf("got %T %v", err, err)
			}
		})
	}
}

// TestSDKActivities creates, describes, lists and deletes activities.
func TestSDKActivities(t *testing.T) {
	_, c := newTestServer(t, Options{})
	ctx := context.Background()
	a, err := c.CreateActivity(ctx, &sfn.CreateActivityInput{Name: aws.String("Approve")})
	if err != nil || aws.ToString(a.ActivityArn) != "arn:aws:states:us-east-1:123456789012:activity:Approve" {
		t.Fatalf("CreateActivity = %+v, %v", a, err)
	}
	again, err := c.CreateActivity(ctx, &sfn.CreateActivityInput{Name: aws.String("Approve")})
	if err != nil || aws.ToString(again.ActivityArn) != aws.ToString(a.ActivityArn) {
		t.Errorf("CreateActivity again = %+v, %v; want the same activity", again, err)
	}
	d, err := c.DescribeActivity(ctx, &sfn.DescribeActivityInput{ActivityArn: a.ActivityArn})
	if err != nil || aws.ToString(d.Name) != "Approve" || d.CreationDate == nil {
		t.Errorf("DescribeActivity = %+v, %v", d, err)
	}
	l, err := c.ListActivities(ctx, &sfn.ListActivitiesInput{})
	if err != nil || len(l.Activities) != 1 {
		t.Errorf("ListActivities = %+v, %v", l, err)
	}
	if _, err := c.DeleteActivity(ctx, &sfn.DeleteActivityInput{ActivityArn: a.ActivityArn}); err != nil {
		t.Fatal(err)
	}
	if _, err := c.DescribeActivity(ctx, &sfn.DescribeActivityInput{ActivityArn: a.ActivityArn}); !isType[*types.ActivityDoesNotExist](err) {
		t.Errorf("after delete: %v, want ActivityDoesNotExist", err)
	}
}

// isType reports whether err is (or wraps) a T.
func isType[T error](err error) bool {
	var target T
	return err != nil && errorsAs(err, &target)
}

// hasCode matches an API error by its code, for errors the SDK has no
// type for in that operation.
func hasCode(code string) func(error) bool {
	return func(err error) bool {
		var apiErr smithy.APIError
		return errorsAs(err, &apiErr) && apiErr.ErrorCode() == code
	}
}

// eventJSON is one stored event decoded, for tests that read raw bodies.
type eventJSON struct {
	Timestamp json.Number `json:"timestamp"`
	Type      string      `json:"type"`
}
