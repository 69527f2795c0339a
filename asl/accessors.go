package asl

import "github.com/stepwise-go/stepwise/jsontree"

// TransitionOf returns the Next/End of a state that continues (Pass, Task,
// Wait, Parallel, Map), or nil for Choice, Succeed and Fail.
func TransitionOf(s State) *Transition {
	switch s := s.(type) {
	case *Pass:
		return &s.Transition
	case *Task:
		return &s.Transition
	case *Wait:
		return &s.Transition
	case *Parallel:
		return &s.Transition
	case *Map:
		return &s.Transition
	}
	return nil
}

// ErrorHandlingOf returns the Retry and Catch of a Task, Parallel or Map,
// or nil for the other states.
func ErrorHandlingOf(s State) *ErrorHandling {
	switch s := s.(type) {
	case *Task:
		return &s.ErrorHandling
	case *Parallel:
		return &s.ErrorHandling
	case *Map:
		return &s.ErrorHandling
	}
	return nil
}

// AssignOf returns the state-level Assign of a state (Choice rules and
// catchers have their own), or nil for Succeed and Fail.
func AssignOf(s State) *jsontree.Value {
	switch s := s.(type) {
	case *Pass:
		return s.Assign
	case *Task:
		return s.Assign
	case *Wait:
		return s.Assign
	case *Parallel:
		return s.Assign
	case *Map:
		return s.Assign
	case *Choice:
		return s.Assign
	}
	return nil
}
