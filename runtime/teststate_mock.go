package runtime

import (
	"context"
	"fmt"
	"strings"

	"github.com/stepwise-go/stepwise/value"
)

// parsedMock is a checked TestStateMock.
type parsedMock struct {
	result value.Value // nil with an errorOutput
	errOut *MockErrorOutput
	mode   string // STRICT, PRESENT or NONE
}

// checkMock parses and checks a mock as the API does.
func checkMock(m *TestStateMock) (*parsedMock, error) {
	if m == nil || (m.Result == "" && m.ErrorOutput == nil) {
		return nil, nil
	}
	if m.Result != "" && m.ErrorOutput != nil {
		return nil, validationError("A test mock should have only one of the following fields: [result, errorOutput].")
	}
	pm := &parsedMock{errOut: m.ErrorOutput, mode: m.FieldValidationMode}
	switch pm.mode {
	case "":
		pm.mode = "STRICT"
	case "STRICT", "PRESENT", "NONE":
	default:
		return nil, validationError("1 validation error detected: Value '" + pm.mode + "' at 'mock.fieldValidationMode' failed to satisfy constraint: Member must satisfy enum value set: [STRICT, PRESENT, NONE]")
	}
	if m.Result != "" {
		v, err := value.ParseString(m.Result)
		if err != nil {
			return nil, validationError("Mocked result must be valid JSON")
		}
		pm.result = v
	}
	return pm, nil
}

// taskHandler answers a Task state from the mock.
func (pm *parsedMock) taskHandler() TaskHandler {
	return func(context.Context, *TaskRequest) (value.Value, error) {
		if pm.errOut != nil {
			return nil, &TaskError{Name: pm.errOut.Error, Cause: pm.errOut.Cause}
		}
		return pm.result, nil
	}
}

// checkRequest checks what the API checks before running: which states
// take a mock, which need one, and the mock's shape.
func (tr *testRun) checkRequest(req *TestStateRequest, st *state, hasResultWriter bool) error {
	m := tr.mock
	takesMock := st.typ == "Task" || st.typ == "Map" || st.typ == "Parallel"
	if m != nil && !takesMock {
		return validationError(fmt.Sprintf("State type '%s' is not supported when a mock is specified", st.typ))
	}
	cfg := req.Config
	if cfg != nil && cfg.MapIterationFailureCount != nil && m == nil {
		return validationError("TestState does not support MapIterationFailureCount when a mock is not specified.")
	}
	switch st.typ {
	case "Map", "Parallel":
		if m == nil {
			return invalidDefinition("TestState API does not support Map or Parallel states. Supported state types include: [Task, Wait, Pass, Succeed, Fail, Choice]")
		}
	case "Task":
		if m == nil && req.RoleArn == "" {
			return validationError("RoleArn must be specified when testing a Task state")
		}
	}
	if m == nil || m.result == nil {
		return nil
	}
	switch st.typ {
	case "Parallel":
		a, ok := m.result.([]value.Value)
		if !ok {
			return validationError("Mocked result must be an array.")
		}
		if len(a) != len(st.branches) {
			return validationError("Mocked result must contain the same number of items as number of Parallel branches.")
		}
	case "Map":
		if hasResultWriter {
			if _, ok := m.result.(*value.Object); !ok {
				return validationError("Mocked result must be a JSON object.")
			}
			return nil
		}
		a, ok := m.result.([]value.Value)
		if !ok {
			return validationError("Mocked result must be an array.")
		}
		if cfg != nil && cfg.MapIterationFailureCount != nil && *cfg.MapIterationFailureCount > int64(len(a)) {
			return validationError("Map iteration failure count must be less than or equal to the number of Map iterations")
		}
	case "Task":
		if msg := checkMockShape(st.task.resource, m.result, m.mode); msg != "" {
			return validationError("Mock result schema validation error: " + msg)
		}
	}
	return nil
}

// mockedAttempt runs a Map or Parallel whose branches or iterations the
// mock replaces: the input side of the pipeline runs (and is noted), then
// the mock's result goes through the output side.
func (t *thread) mockedAttempt(st *state, raw value.Value) (stepResult, *failure) {
	tr := t.ex.test
	if st.typ == "Map" {
		if f := t.mockedMapInput(st, raw); f != nil {
			return stepResult{}, f
		}
	}
	m := tr.mock
	if m.errOut != nil {
		return stepResult{}, fail(m.errOut.Error, m.errOut.Cause)
	}
	if st.typ == "Map" {
		if f := t.mockedMapFailures(st, raw); f != nil {
			return stepResult{}, f
		}
	}
	result := m.result
	return t.finishWithResult(st, raw, result)
}

// mockedMapInput runs a Map's InputPath, items and limits.
func (t *thread) mockedMapInput(st *state, raw value.Value) *failure {
	ms := st.mapSpec
	tr := t.ex.test
	eff := raw
	env := t.statesEnv(raw, nil, nil)
	if !st.jsonata {
		var f *failure
		if eff, f = t.applyInputPath(st.inputPath, raw); f != nil {
			return f
		}
		t.note(noteAfterInputPath, eff)
		env = t.env(eff)
	}
	switch {
	case tr.config != nil && tr.config.MapItemReaderData != "":
		// the ItemReader's data is given; nothing to select
	case ms.itemsPath != nil:
		v, ok, err := t.readPath(ms.itemsPath, eff)
		if err != nil || !ok {
			return t.invalidPath(ms.itemsPath)
		}
		if _, isArray := v.([]value.Value); !isArray {
			return fail(ErrRuntime, fmt.Sprintf("Reference path %q must point to array.", strings.TrimPrefix(ms.itemsPath.raw, "$")))
		}
		t.note(noteAfterItemsPath, v)
	case ms.items != nil || !st.jsonata:
		items, f := t.mapItems(st, raw, eff, env)
		if f != nil {
			return f
		}
		if !st.jsonata {
			t.note(noteAfterItemsPath, items)
		}
	}
	maxConc, f := t.mapNumber(ms.maxConc, eff, env)
	if f != nil {
		return f
	}
	t.note(noteMaxConcurrency, float64(maxConc))
	if ms.tolCount != nil {
		n, f := t.mapNumber(ms.tolCount, eff, env)
		if f != nil {
			return f
		}
		t.note(noteToleratedFailureCount, float64(n))
	}
	pct, hasPct, f := t.tolerancePercent(ms, eff, env)
	if f != nil {
		return f
	}
	if hasPct {
		t.note(noteToleratedFailurePercentage, pct)
	}
	return nil
}

// mockedMapFailures applies stateConfiguration.mapIterationFailureCount
// to the tolerated failures: too many fail the Map with
// States.ExceedToleratedFailureThreshold. Without a tolerance TestState
// lets the failures pass.
func (t *thread) mockedMapFailures(st *state, raw value.Value) *failure {
	tr := t.ex.test
	if tr.config == nil || tr.config.MapIterationFailureCount == nil {
		return nil
	}
	failed := float64(*tr.config.MapIterationFailureCount)
	total := float64(len(tr.mock.result.([]value.Value)))
	count, hasCount := tr.notes[noteToleratedFailureCount].(float64)
	pct, hasPct := tr.notes[noteToleratedFailurePercentage].(float64)
	if !hasCount && !hasPct {
		return nil
	}
	overCount := hasCount && failed > count
	overPct := hasPct && total > 0 && failed*100/total > pct
	// As runMap: with both limits the Map fails only when it exceeds both.
	exceeded := overCount || overPct
	if hasCount && hasPct {
		exceeded = overCount && overPct
	}
	if exceeded {
		return fail(ErrExceedToleratedFailure, causeToleratedFailure)
	}
	return nil
}

// checkTestContext checks a context object given to TestState.
func checkTestContext(c value.Value) error {
	o, ok := c.(*value.Object)
	if !ok {
		return validationError("Invalid Context object provided: the context must be a JSON object")
	}
	allowed := map[string][]string{
		"Execution":    {"Id", "Input", "Name", "RoleArn", "StartTime", "RedriveCount", "RedriveTime"},
		"State":        {"EnteredTime", "Name", "RetryCount"},
		"StateMachine": {"Id", "Name"},
		"Task":         {"Token"},
	}
	stringFields := map[string]bool{"Id": true, "Name": true, "RoleArn": true, "StartTime": true, "EnteredTime": true, "Token": true, "RedriveTime": true}
	for i := 0; i < o.Len(); i++ {
		k, v := o.At(i)
		if k == "Map" {
			return validationError("Invalid Context object provided: 'Map' field is not supported when mocking a Context object")
		}
		fields, ok := allowed[k]
		if !ok {
			return validationError(fmt.Sprintf("Invalid Context object provided: Field '%s' is not allowed", k))
		}
		sub, ok := v.(*value.Object)
		if !ok {
			return validationError(fmt.Sprintf("Invalid Context object provided: %s must be an object", k))
		}
		for j := 0; j < sub.Len(); j++ {
			fk, fv := sub.At(j)
			known := false
			for _, f := range fields {
				known = known || f == fk
			}
			if !known {
				return validationError(fmt.Sprintf("Invalid Context object provided: Field '%s' is not allowed", fk))
			}
			if _, isString := fv.(string); stringFields[fk] && !isString {
				return validationError(fmt.Sprintf("Invalid Context object provided: %s.%s must be a string", k, fk))
			}
		}
	}
	return nil
}
