package asl

import "github.com/stepwise-go/stepwise/jsontree"

// The field tables are built here, once. They refer to each other through
// the readers (a Parallel's branches hold states, a rule holds rules), so
// they are filled in init rather than in their declarations.
func init() {
	str := (*decoder).readStr
	name := (*decoder).readName
	anyJSON := (*decoder).readAnyJSON
	obj := (*decoder).readObj
	nullable := (*decoder).readNullablePath
	intOrExpr := (*decoder).readIntOrExpr

	machineFields = fields[*Machine]{
		"Comment":        field(str, func(m *Machine) **string { return &m.Comment }),
		"QueryLanguage":  field((*decoder).readQueryLanguage, func(m *Machine) *QueryLanguage { return &m.QueryLanguage }),
		"Version":        field(str, func(m *Machine) **string { return &m.Version }),
		"TimeoutSeconds": field((*decoder).readInt, func(m *Machine) **int64 { return &m.TimeoutSeconds }),
		"StartAt":        field(name, func(m *Machine) *string { return &m.StartAt }),
		"States":         func(d *decoder, m *Machine, v *jsontree.Value, at Location) { d.readStates(v, at, &m.Graph) },
	}
	graphFields = fields[*Graph]{
		"Comment": field(str, func(g *Graph) **string { return &g.Comment }),
		"StartAt": field(name, func(g *Graph) *string { return &g.StartAt }),
		"States":  func(d *decoder, g *Graph, v *jsontree.Value, at Location) { d.readStates(v, at, g) },
	}
	processorFields = fields[*processorTarget]{"ProcessorConfig": readProcessorConfig}
	for k, read := range graphFields {
		processorFields[k] = func(d *decoder, p *processorTarget, v *jsontree.Value, at Location) { read(d, p.graph, v, at) }
	}
	processorConfigFields = fields[*ProcessorConfig]{
		"Mode":          field(str, func(c *ProcessorConfig) **string { return &c.Mode }),
		"ExecutionType": field(str, func(c *ProcessorConfig) **string { return &c.ExecutionType }),
	}
	retrierFields = fields[*Retrier]{
		"Comment":         field(str, func(r *Retrier) **string { return &r.Comment }),
		"ErrorEquals":     field((*decoder).readStrings, func(r *Retrier) *[]string { return &r.ErrorEquals }),
		"IntervalSeconds": field((*decoder).readInt, func(r *Retrier) **int64 { return &r.IntervalSeconds }),
		"MaxAttempts":     field((*decoder).readInt, func(r *Retrier) **int64 { return &r.MaxAttempts }),
		"BackoffRate":     field((*decoder).readFloat, func(r *Retrier) **float64 { return &r.BackoffRate }),
		"MaxDelaySeconds": field((*decoder).readInt, func(r *Retrier) **int64 { return &r.MaxDelaySeconds }),
		"JitterStrategy":  field(str, func(r *Retrier) **string { return &r.JitterStrategy }),
	}
	catcherFields = fields[*Catcher]{
		"Comment":     field(str, func(c *Catcher) **string { return &c.Comment }),
		"ErrorEquals": field((*decoder).readStrings, func(c *Catcher) *[]string { return &c.ErrorEquals }),
		"ResultPath":  field(nullable, func(c *Catcher) **NullablePath { return &c.ResultPath }),
		"Output":      field(anyJSON, func(c *Catcher) **jsontree.Value { return &c.Output }),
		"Assign":      field(obj, func(c *Catcher) **jsontree.Value { return &c.Assign }),
		"Next":        field(name, func(c *Catcher) *string { return &c.Next }),
	}
	choiceRuleFields = fields[*ChoiceRule]{
		"Variable":  field(str, func(r *ChoiceRule) **string { return &r.Variable }),
		"Condition": readCondition,
		"Next":      field(name, func(r *ChoiceRule) *string { return &r.Next }),
		"Comment":   field(str, func(r *ChoiceRule) **string { return &r.Comment }),
		"Output":    field(anyJSON, func(r *ChoiceRule) **jsontree.Value { return &r.Output }),
		"Assign":    field(obj, func(r *ChoiceRule) **jsontree.Value { return &r.Assign }),
		OpAnd:       combinatorReader(OpAnd),
		OpOr:        combinatorReader(OpOr),
		OpNot:       readNot,
	}
	for _, op := range ComparisonOperators {
		choiceRuleFields[op] = comparisonReader(op)
	}

	pass := stateFields[*Pass]()
	addInputOutput(pass, func(s *Pass) *InputOutput { return &s.InputOutput })
	pass["Parameters"] = field(anyJSON, func(s *Pass) **jsontree.Value { return &s.Parameters })
	pass["Result"] = field(anyJSON, func(s *Pass) **jsontree.Value { return &s.Result })
	pass["ResultPath"] = field(nullable, func(s *Pass) **NullablePath { return &s.ResultPath })
	addJsonata(pass, func(s *Pass) *Jsonata { return &s.Jsonata })
	addTransition(pass, func(s *Pass) *Transition { return &s.Transition })
	passTable = stateTable[*Pass]{"a Pass state", pass}

	task := stateFields[*Task]()
	task["Resource"] = field((*decoder).readPlainStr, func(s *Task) *string { return &s.Resource })
	addInputOutput(task, func(s *Task) *InputOutput { return &s.InputOutput })
	task["Parameters"] = field(anyJSON, func(s *Task) **jsontree.Value { return &s.Parameters })
	task["Arguments"] = field((*decoder).readObjOrExpr, func(s *Task) **jsontree.Value { return &s.Arguments })
	addResults(task, func(s *Task) *Results { return &s.Results })
	addJsonata(task, func(s *Task) *Jsonata { return &s.Jsonata })
	task["Credentials"] = field(obj, func(s *Task) **jsontree.Value { return &s.Credentials })
	task["TimeoutSeconds"] = field(intOrExpr, func(s *Task) **IntOrExpr { return &s.TimeoutSeconds })
	task["TimeoutSecondsPath"] = field(str, func(s *Task) **string { return &s.TimeoutSecondsPath })
	task["HeartbeatSeconds"] = field(intOrExpr, func(s *Task) **IntOrExpr { return &s.HeartbeatSeconds })
	task["HeartbeatSecondsPath"] = field(str, func(s *Task) **string { return &s.HeartbeatSecondsPath })
	addErrorHandling(task, func(s *Task) *ErrorHandling { return &s.ErrorHandling })
	addTransition(task, func(s *Task) *Transition { return &s.Transition })
	taskTable = stateTable[*Task]{"a Task state", task}

	choice := stateFields[*Choice]()
	addInputOutput(choice, func(s *Choice) *InputOutput { return &s.InputOutput })
	choice["Choices"] = field((*decoder).readChoiceRules, func(s *Choice) *[]*ChoiceRule { return &s.Choices })
	choice["Default"] = field(name, func(s *Choice) *string { return &s.Default })
	addJsonata(choice, func(s *Choice) *Jsonata { return &s.Jsonata })
	choiceTable = stateTable[*Choice]{"a Choice state", choice}

	wait := stateFields[*Wait]()
	addInputOutput(wait, func(s *Wait) *InputOutput { return &s.InputOutput })
	wait["Seconds"] = field(intOrExpr, func(s *Wait) **IntOrExpr { return &s.Seconds })
	wait["Timestamp"] = field(str, func(s *Wait) **string { return &s.Timestamp })
	wait["SecondsPath"] = field(str, func(s *Wait) **string { return &s.SecondsPath })
	wait["TimestampPath"] = field(str, func(s *Wait) **string { return &s.TimestampPath })
	addJsonata(wait, func(s *Wait) *Jsonata { return &s.Jsonata })
	addTransition(wait, func(s *Wait) *Transition { return &s.Transition })
	waitTable = stateTable[*Wait]{"a Wait state", wait}

	succeed := stateFields[*Succeed]()
	addInputOutput(succeed, func(s *Succeed) *InputOutput { return &s.InputOutput })
	succeed["Output"] = field(anyJSON, func(s *Succeed) **jsontree.Value { return &s.Output })
	succeedTable = stateTable[*Succeed]{"a Succeed state", succeed}

	fail := stateFields[*Fail]()
	fail["Error"] = field(str, func(s *Fail) **string { return &s.Error })
	fail["ErrorPath"] = field(str, func(s *Fail) **string { return &s.ErrorPath })
	fail["Cause"] = field(str, func(s *Fail) **string { return &s.Cause })
	fail["CausePath"] = field(str, func(s *Fail) **string { return &s.CausePath })
	failTable = stateTable[*Fail]{"a Fail state", fail}

	parallel := stateFields[*Parallel]()
	addInputOutput(parallel, func(s *Parallel) *InputOutput { return &s.InputOutput })
	parallel["Parameters"] = field(anyJSON, func(s *Parallel) **jsontree.Value { return &s.Parameters })
	parallel["Arguments"] = field((*decoder).readObjOrExpr, func(s *Parallel) **jsontree.Value { return &s.Arguments })
	parallel["Branches"] = field((*decoder).readBranches, func(s *Parallel) *[]*Graph { return &s.Branches })
	addResults(parallel, func(s *Parallel) *Results { return &s.Results })
	addJsonata(parallel, func(s *Parallel) *Jsonata { return &s.Jsonata })
	addErrorHandling(parallel, func(s *Parallel) *ErrorHandling { return &s.ErrorHandling })
	addTransition(parallel, func(s *Parallel) *Transition { return &s.Transition })
	parallelTable = stateTable[*Parallel]{"a Parallel state", parallel}

	mp := stateFields[*Map]()
	addInputOutput(mp, func(s *Map) *InputOutput { return &s.InputOutput })
	mp["ItemsPath"] = field(str, func(s *Map) **string { return &s.ItemsPath })
	mp["Items"] = field(anyJSON, func(s *Map) **jsontree.Value { return &s.Items })
	mp["ItemSelector"] = field(anyJSON, func(s *Map) **jsontree.Value { return &s.ItemSelector })
	mp["Parameters"] = field(anyJSON, func(s *Map) **jsontree.Value { return &s.Parameters })
	mp["ItemProcessor"] = func(d *decoder, s *Map, v *jsontree.Value, at Location) { d.readProcessor(s, false, v, at) }
	mp["Iterator"] = func(d *decoder, s *Map, v *jsontree.Value, at Location) { d.readProcessor(s, true, v, at) }
	mp["ItemReader"] = field(obj, func(s *Map) **jsontree.Value { return &s.ItemReader })
	mp["ItemBatcher"] = field(obj, func(s *Map) **jsontree.Value { return &s.ItemBatcher })
	mp["ResultWriter"] = field(obj, func(s *Map) **jsontree.Value { return &s.ResultWriter })
	mp["MaxConcurrency"] = field(intOrExpr, func(s *Map) **IntOrExpr { return &s.MaxConcurrency })
	mp["MaxConcurrencyPath"] = field(str, func(s *Map) **string { return &s.MaxConcurrencyPath })
	mp["ToleratedFailureCount"] = field(intOrExpr, func(s *Map) **IntOrExpr { return &s.ToleratedFailureCount })
	mp["ToleratedFailureCountPath"] = field(str, func(s *Map) **string { return &s.ToleratedFailureCountPath })
	mp["ToleratedFailurePercentage"] = field((*decoder).readNumberOrExpr, func(s *Map) **jsontree.Value { return &s.ToleratedFailurePercentage })
	mp["ToleratedFailurePercentagePath"] = field(str, func(s *Map) **string { return &s.ToleratedFailurePercentagePath })
	mp["Label"] = field(str, func(s *Map) **string { return &s.Label })
	addResults(mp, func(s *Map) *Results { return &s.Results })
	addJsonata(mp, func(s *Map) *Jsonata { return &s.Jsonata })
	addErrorHandling(mp, func(s *Map) *ErrorHandling { return &s.ErrorHandling })
	addTransition(mp, func(s *Map) *Transition { return &s.Transition })
	mapTable = stateTable[*Map]{"a Map state", mp}
}

// retrierFields and catcherFields are the keys of Retry and Catch entries.
var (
	retrierFields fields[*Retrier]
	catcherFields fields[*Catcher]
)

// stateFields returns a new table holding the keys every state has: Type
// (read before the table is chosen), Comment and QueryLanguage.
func stateFields[T State]() fields[T] {
	return fields[T]{
		"Type":          ignored[T],
		"Comment":       field((*decoder).readStr, func(s T) **string { return &s.Common().Comment }),
		"QueryLanguage": field((*decoder).readQueryLanguage, func(s T) *QueryLanguage { return &s.Common().QueryLanguage }),
	}
}

func addInputOutput[T any](f fields[T], io func(T) *InputOutput) {
	f["InputPath"] = field((*decoder).readNullablePath, func(s T) **NullablePath { return &io(s).InputPath })
	f["OutputPath"] = field((*decoder).readNullablePath, func(s T) **NullablePath { return &io(s).OutputPath })
}

func addResults[T any](f fields[T], r func(T) *Results) {
	f["ResultSelector"] = field((*decoder).readAnyJSON, func(s T) **jsontree.Value { return &r(s).ResultSelector })
	f["ResultPath"] = field((*decoder).readNullablePath, func(s T) **NullablePath { return &r(s).ResultPath })
}

func addJsonata[T any](f fields[T], j func(T) *Jsonata) {
	f["Output"] = field((*decoder).readAnyJSON, func(s T) **jsontree.Value { return &j(s).Output })
	f["Assign"] = field((*decoder).readObj, func(s T) **jsontree.Value { return &j(s).Assign })
}

func addTransition[T any](f fields[T], t func(T) *Transition) {
	f["Next"] = field((*decoder).readName, func(s T) *string { return &t(s).Next })
	f["End"] = field((*decoder).readBoolean, func(s T) **bool { return &t(s).End })
}

func addErrorHandling[T any](f fields[T], e func(T) *ErrorHandling) {
	f["Retry"] = field((*decoder).readRetriers, func(s T) *[]*Retrier { return &e(s).Retry })
	f["Catch"] = field((*decoder).readCatchers, func(s T) *[]*Catcher { return &e(s).Catch })
}
