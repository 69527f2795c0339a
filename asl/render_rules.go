package asl

func (o *objectWriter) errorHandling(e *ErrorHandling) {
	r := o.r
	if e.Retry != nil {
		o.key("Retry")
		r.list(len(e.Retry), o.level+1, func(i, level int) {
			rt := e.Retry[i]
			w := r.object(level)
			w.strp("Comment", rt.Comment)
			w.strings("ErrorEquals", rt.ErrorEquals)
			w.intp("IntervalSeconds", rt.IntervalSeconds)
			w.intp("MaxAttempts", rt.MaxAttempts)
			w.floatp("BackoffRate", rt.BackoffRate)
			w.intp("MaxDelaySeconds", rt.MaxDelaySeconds)
			w.strp("JitterStrategy", rt.JitterStrategy)
			w.end()
		})
	}
	if e.Catch != nil {
		o.key("Catch")
		r.list(len(e.Catch), o.level+1, func(i, level int) {
			c := e.Catch[i]
			w := r.object(level)
			w.strp("Comment", c.Comment)
			w.strings("ErrorEquals", c.ErrorEquals)
			w.nullablePath("ResultPath", c.ResultPath)
			w.value("Output", c.Output)
			w.value("Assign", c.Assign)
			w.strIf("Next", c.Next)
			w.end()
		})
	}
}

// list writes an array of n elements, each written by item at level+1.
func (r *renderer) list(n, level int, item func(i, level int)) {
	if n == 0 {
		r.b = append(r.b, "[]"...)
		return
	}
	r.b = append(r.b, '[')
	for i := range n {
		if i > 0 {
			r.b = append(r.b, ',')
		}
		r.b = r.enc.Newline(r.b, level+1)
		item(i, level+1)
	}
	r.b = r.enc.Newline(r.b, level)
	r.b = append(r.b, ']')
}

func (r *renderer) rules(rules []*ChoiceRule, level int) {
	r.list(len(rules), level, func(i, level int) { r.rule(rules[i], level) })
}

func (r *renderer) rule(c *ChoiceRule, level int) {
	o := r.object(level)
	o.strp("Comment", c.Comment)
	o.strp("Variable", c.Variable)
	if c.ConditionIsBool && c.Condition != nil {
		b := *c.Condition == "true"
		o.boolp("Condition", &b)
	} else {
		o.strp("Condition", c.Condition)
	}
	for _, op := range c.Operators {
		switch op.Name {
		case OpAnd, OpOr:
			o.key(op.Name)
			r.rules(op.Rules, o.level+1)
		case OpNot:
			o.key(op.Name)
			if len(op.Rules) > 0 {
				r.rule(op.Rules[0], o.level+1)
			} else {
				r.b = append(r.b, "{}"...)
			}
		default:
			o.value(op.Name, op.Value)
		}
	}
	o.value("Output", c.Output)
	o.value("Assign", c.Assign)
	o.strIf("Next", c.Next)
	o.end()
}
