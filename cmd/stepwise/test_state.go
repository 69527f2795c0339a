package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/stepwise-go/stepwise/runtime"
	"github.com/stepwise-go/stepwise/value"
)

// testStateFlags are the options of `stepwise test-state`.
type testStateFlags struct {
	definition, input, variables, level, mock string
	stateName, context, config, roleArn       string
	revealSecrets, asJSON                     bool
}

func runTestState(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("test-state", "--definition JSON|@FILE [--input JSON|@FILE] [--variables JSON|@FILE] [--inspection-level INFO|DEBUG|TRACE] [--mock JSON|@FILE] [--state-name NAME] [--reveal-secrets] [--context JSON|@FILE] [--state-configuration JSON|@FILE] [--role-arn ARN] [--json]",
		"Runs one state as AWS Step Functions' TestState API does: a single state's\n"+
			"definition, or a whole machine with --state-name. Prints the API's response\n"+
			"(status, output, error, cause, nextState, inspectionData) as JSON. Exits 0 when\n"+
			"the status is SUCCEEDED, 1 for FAILED, RETRIABLE or CAUGHT_ERROR, and 2 for bad\n"+
			"arguments or a request the API refuses; then stdout holds\n"+
			"{\"Error\": {\"Code\": \"ValidationException\", \"Message\": ...}}.", stderr)
	var f testStateFlags
	fs.StringVar(&f.definition, "definition", "", "the state (or machine) to test: ASL `JSON` text or @FILE")
	fs.StringVar(&f.input, "input", "{}", "the state input: `JSON` text, @FILE, or - for stdin")
	fs.StringVar(&f.variables, "variables", "", "workflow variables the state sees: a `JSON` object or @FILE")
	fs.StringVar(&f.level, "inspection-level", "INFO", "`LEVEL` of detail: INFO, DEBUG or TRACE")
	fs.StringVar(&f.mock, "mock", "", "the API's mock object, `JSON` or @FILE: {\"result\": \"JSON text\"} or {\"errorOutput\": {\"error\", \"cause\"}}, with \"fieldValidationMode\"")
	fs.StringVar(&f.stateName, "state-name", "", "the state to test when --definition is a whole machine (`NAME`)")
	fs.BoolVar(&f.revealSecrets, "reveal-secrets", false, "show HTTP task requests and responses unredacted (accepted; no HTTP task runs locally)")
	fs.StringVar(&f.context, "context", "", "the context object $$ to use: `JSON` or @FILE with Execution, State, StateMachine, Task")
	fs.StringVar(&f.config, "state-configuration", "", "the API's stateConfiguration: `JSON` or @FILE, e.g. {\"retrierRetryCount\": 2}")
	fs.StringVar(&f.roleArn, "role-arn", "", "the execution role `ARN` ($$.Execution.RoleArn)")
	fs.BoolVar(&f.asJSON, "json", false, "print the response on one line (default: indented)")
	if code := parseFlags(fs, args, stdout); code >= 0 {
		return code
	}
	if fs.NArg() > 0 || f.definition == "" {
		fmt.Fprintln(stderr, "stepwise test-state: give the state with --definition JSON|@FILE")
		fs.Usage()
		return exitUsage
	}
	req, err := f.request()
	if err != nil {
		fmt.Fprintf(stderr, "stepwise test-state: %v\n", err)
		return exitUsage
	}
	resp, err := runtime.TestState(context.Background(), req)
	var apiErr *runtime.APIError
	if errors.As(err, &apiErr) {
		e := value.NewObject(2)
		e.Set("Code", apiErr.Code)
		e.Set("Message", apiErr.Message)
		o := value.NewObject(1)
		o.Set("Error", e)
		stdout.Write(append(value.Marshal(o), '\n'))
		fmt.Fprintf(stderr, "stepwise test-state: %s: %s\n", apiErr.Code, apiErr.Message)
		return exitUsage
	}
	if err != nil {
		fmt.Fprintf(stderr, "stepwise test-state: %v\n", err)
		return exitUsage
	}
	out := resp.JSON()
	if f.asJSON {
		stdout.Write(append(value.Marshal(out), '\n'))
	} else {
		stdout.Write(append(value.MarshalIndent(out, "  "), '\n'))
	}
	if resp.Status == runtime.TestSucceeded {
		return exitOK
	}
	return exitInvalid
}

// request builds the TestState request from the flags.
func (f *testStateFlags) request() (*runtime.TestStateRequest, error) {
	def, err := readText(f.definition)
	if err != nil {
		return nil, fmt.Errorf("--definition: %v", err)
	}
	req := &runtime.TestStateRequest{Definition: def, StateName: f.stateName, InspectionLevel: f.level,
		RevealSecrets: f.revealSecrets, RoleArn: f.roleArn}
	if req.Input, err = readJSONArg(f.input); err != nil {
		return nil, fmt.Errorf("--input: %v", err)
	}
	if f.variables != "" {
		v, err := readJSONArg(f.variables)
		if err != nil {
			return nil, fmt.Errorf("--variables: %v", err)
		}
		o, ok := v.(*value.Object)
		if !ok {
			return nil, fmt.Errorf("--variables: want a JSON object, got %s", value.Kind(v))
		}
		req.Variables = o
	}
	if f.context != "" {
		if req.Context, err = readJSONArg(f.context); err != nil {
			return nil, fmt.Errorf("--context: %v", err)
		}
	}
	if f.mock != "" {
		if req.Mock, err = readMock(f.mock); err != nil {
			return nil, fmt.Errorf("--mock: %v", err)
		}
	}
	if f.config != "" {
		data, err := readText(f.config)
		if err != nil {
			return nil, fmt.Errorf("--state-configuration: %v", err)
		}
		var c runtime.StateConfiguration
		if err := json.Unmarshal(data, &c); err != nil {
			return nil, fmt.Errorf("--state-configuration: %v", err)
		}
		req.Config = &c
	}
	return req, nil
}

// readMock reads the API's mock object; its result is JSON text (a
// JSON value other than a string is taken as the text it encodes).
func readMock(arg string) (*runtime.TestStateMock, error) {
	data, err := readText(arg)
	if err != nil {
		return nil, err
	}
	var raw struct {
		Result              json.RawMessage          `json:"result"`
		ErrorOutput         *runtime.MockErrorOutput `json:"errorOutput"`
		FieldValidationMode string                   `json:"fieldValidationMode"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, err
	}
	m := &runtime.TestStateMock{ErrorOutput: raw.ErrorOutput, FieldValidationMode: raw.FieldValidationMode}
	if len(raw.Result) > 0 {
		var text string
		if json.Unmarshal(raw.Result, &text) == nil {
			m.Result = text
		} else {
			m.Result = string(raw.Result)
		}
	}
	return m, nil
}

// readText reads an argument that is text or @FILE.
func readText(arg string) ([]byte, error) {
	if strings.HasPrefix(arg, "@") {
		return os.ReadFile(arg[1:])
	}
	return []byte(arg), nil
}
