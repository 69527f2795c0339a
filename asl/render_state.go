package asl

// states writes a States object.
func (r *renderer) states(states []State, level int) {
	o := r.object(level)
	for _, s := range states {
		o.key(s.Common().Name)
		r.state(s, level+1)
	}
	o.end()
}

func (r *renderer) graph(g *Graph, level int, config *ProcessorConfig) {
	o := r.object(level)
	o.strp("Comment", g.Comment)
	if config != nil {
		o.key("ProcessorConfig")
		c := r.object(level + 1)
		c.strp("Mode", config.Mode)
		c.strp("ExecutionType", config.ExecutionType)
		c.end()
	}
	o.str("StartAt", g.StartAt)
	o.key("States")
	r.states(g.States, level+1)
	o.end()
}

func (r *renderer) state(s State, level int) {
	o := r.object(level)
	b := s.Common()
	o.str("Type", s.Type())
	o.strp("Comment", b.Comment)
	o.strIf("QueryLanguage", string(b.QueryLanguage))
	switch s := s.(type) {
	case *Pass:
		o.inputPath(&s.InputOutput)
		o.value("Parameters", s.Parameters)
		o.value("Result", s.Result)
		o.nullablePath("ResultPath", s.ResultPath)
		o.outputs(&s.InputOutput, &s.Jsonata)
		o.transition(&s.Transition)
	case *Task:
		o.str("Resource", s.Resource)
		o.value("Credentials", s.Credentials)
		o.inputPath(&s.InputOutput)
		o.value("Parameters", s.Parameters)
		o.value("Arguments", s.Arguments)
		o.results(&s.Results)
		o.outputs(&s.InputOutput, &s.Jsonata)
		o.intOrExpr("TimeoutSeconds", s.TimeoutSeconds)
		o.strp("TimeoutSecondsPath", s.TimeoutSecondsPath)
		o.intOrExpr("HeartbeatSeconds", s.HeartbeatSeconds)
		o.strp("HeartbeatSecondsPath", s.HeartbeatSecondsPath)
		o.errorHandling(&s.ErrorHandling)
		o.transition(&s.Transition)
	case *Choice:
		o.inputPath(&s.InputOutput)
		if s.Choices != nil {
			o.key("Choices")
			r.rules(s.Choices, o.level+1)
		}
		o.strIf("Default", s.Default)
		o.outputs(&s.InputOutput, &s.Jsonata)
	case *Wait:
		o.intOrExpr("Seconds", s.Seconds)
		o.strp("Timestamp", s.Timestamp)
		o.strp("SecondsPath", s.SecondsPath)
		o.strp("TimestampPath", s.TimestampPath)
		o.inputPath(&s.InputOutput)
		o.outputs(&s.InputOutput, &s.Jsonata)
		o.transition(&s.Transition)
	case *Succeed:
		o.inputPath(&s.InputOutput)
		o.nullablePath("OutputPath", s.OutputPath)
		o.value("Output", s.Output)
	case *Fail:
		o.strp("Error", s.Error)
		o.strp("ErrorPath", s.ErrorPath)
		o.strp("Cause", s.Cause)
		o.strp("CausePath", s.CausePath)
	case *Parallel:
		o.inputPath(&s.InputOutput)
		o.value("Parameters", s.Parameters)
		o.value("Arguments", s.Arguments)
		if s.Branches != nil {
			o.key("Branches")
			r.branches(s.Branches, o.level+1)
		}
		o.results(&s.Results)
		o.outputs(&s.InputOutput, &s.Jsonata)
		o.errorHandling(&s.ErrorHandling)
		o.transition(&s.Transition)
	case *Map:
		r.mapFields(o, s)
	}
	o.end()
}

func (r *renderer) mapFields(o *objectWriter, s *Map) {
	o.inputPath(&s.InputOutput)
	o.strp("ItemsPath", s.ItemsPath)
	o.value("Items", s.Items)
	o.value("ItemReader", s.ItemReader)
	o.value("ItemSelector", s.ItemSelector)
	o.value("Parameters", s.Parameters)
	o.value("ItemBatcher", s.ItemBatcher)
	o.intOrExpr("MaxConcurrency", s.MaxConcurrency)
	o.strp("MaxConcurrencyPath", s.MaxConcurrencyPath)
	o.intOrExpr("ToleratedFailureCount", s.ToleratedFailureCount)
	o.strp("ToleratedFailureCountPath", s.ToleratedFailureCountPath)
	o.value("ToleratedFailurePercentage", s.ToleratedFailurePercentage)
	o.strp("ToleratedFailurePercentagePath", s.ToleratedFailurePercentagePath)
	o.strp("Label", s.Label)
	if s.ItemProcessor != nil {
		if s.LegacyIterator {
			o.key("Iterator")
			r.graph(s.ItemProcessor, o.level+1, s.ProcessorConfig)
		} else {
			o.key("ItemProcessor")
			r.graph(s.ItemProcessor, o.level+1, s.ProcessorConfig)
		}
	}
	o.value("ResultWriter", s.ResultWriter)
	o.results(&s.Results)
	o.outputs(&s.InputOutput, &s.Jsonata)
	o.errorHandling(&s.ErrorHandling)
	o.transition(&s.Transition)
}

func (r *renderer) branches(gs []*Graph, level int) {
	if len(gs) == 0 {
		r.b = append(r.b, "[]"...)
		return
	}
	r.b = append(r.b, '[')
	for i, g := range gs {
		if i > 0 {
			r.b = append(r.b, ',')
		}
		r.b = r.enc.Newline(r.b, level+1)
		r.graph(g, level+1, nil)
	}
	r.b = r.enc.Newline(r.b, level)
	r.b = append(r.b, ']')
}

func (o *objectWriter) inputPath(io *InputOutput) {
	o.nullablePath("InputPath", io.InputPath)
}

func (o *objectWriter) results(rs *Results) {
	o.value("ResultSelector", rs.ResultSelector)
	o.nullablePath("ResultPath", rs.ResultPath)
}

// outputs writes OutputPath, Output and Assign, which come after a state's
// own fields.
func (o *objectWriter) outputs(io *InputOutput, j *Jsonata) {
	o.nullablePath("OutputPath", io.OutputPath)
	o.value("Output", j.Output)
	o.value("Assign", j.Assign)
}

func (o *objectWriter) transition(t *Transition) {
	o.strIf("Next", t.Next)
	o.boolp("End", t.End)
}
