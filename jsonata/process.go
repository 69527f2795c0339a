package jsonata

// process turns the raw tree into the Node tree the way jsonata-js's
// post-parse stage (processAST) does, and fails where it fails: a number
// or true/false/null as a path step (S0213), a predicate after a group-by
// (S0209), two group-bys (S0210), @ after a predicate or order-by
// (S0215/S0216), and a parent operator % whose parent cannot be derived
// (S0217).
//
// The parent operator is resolved with jsonata-js's bookkeeping: each %
// gets a slot that counts how many steps up its object is; paths, steps
// and other expressions pass unresolved slots upwards in lists that, as
// in JavaScript, may be shared between nodes.

type slot struct {
	level int
	pos   int // of the % the slot belongs to
	// label names the frame binding the evaluator reads for this %: slots
	// resolved to the same step share one (jsonata-js "slot.label").
	label int
}

// slotList is a JavaScript array of slots: shared by reference.
type slotList struct{ s []*slot }

type processor struct{}

func (pr *processor) fail(err *Error) { panic(parseFailure{err}) }

func newPath(first *Node) *Node {
	return &Node{Kind: KindPath, Pos: first.Pos, Children: []*Node{first}}
}

func last(n *Node) *Node { return n.Children[len(n.Children)-1] }

func (pr *processor) process(s *syn) *Node {
	n := pr.node(s)
	if s.keepArray {
		n.KeepArray = true
	}
	return n
}

func (pr *processor) node(s *syn) *Node {
	t := s.tok
	switch s.kind {
	case synName:
		name := &Node{Kind: KindName, Value: t.text, Pos: t.pos, errPos: t.end, KeepArray: s.keepArray}
		return newPath(name)
	case synVariable:
		return &Node{Kind: KindVariable, Value: t.text, Pos: t.pos, errPos: t.end}
	case synString:
		return &Node{Kind: KindString, Value: t.text, Pos: t.pos, errPos: t.end}
	case synNumber:
		return &Node{Kind: KindNumber, Value: t.text, Pos: t.pos, errPos: t.end}
	case synValue:
		if t.text == "null" {
			return &Node{Kind: KindNull, Value: t.text, Pos: t.pos, errPos: t.end}
		}
		return &Node{Kind: KindBool, Value: t.text, Pos: t.pos, errPos: t.end}
	case synRegex:
		return &Node{Kind: KindRegex, Value: t.text, Flags: t.flags, Pos: t.pos, errPos: t.end}
	case synWildcard:
		return &Node{Kind: KindWildcard, Value: "*", Pos: t.pos, errPos: t.end}
	case synDescendant:
		return &Node{Kind: KindDescendant, Value: "**", Pos: t.pos, errPos: t.end}
	case synParent:
		return &Node{Kind: KindParent, Value: "%", Pos: t.pos, errPos: t.end, slot: &slot{level: 1, pos: t.pos, label: t.pos}}
	case synPlaceholder:
		return &Node{Kind: KindPlaceholder, Value: "?", Pos: t.pos, errPos: t.end}
	case synEnd:
		pr.fail(errUnexpectedEnd(t.end))
	case synBinary:
		switch s.op {
		case ".":
			return pr.path(s)
		case "~>":
			n := &Node{Kind: KindApply, Value: "~>", Pos: t.pos, errPos: t.end}
			n.Children = []*Node{pr.process(s.lhs), pr.process(s.rhs)}
			n.KeepArray = n.Children[0].KeepArray || n.Children[1].KeepArray
			return n
		}
		n := &Node{Kind: KindBinary, Value: s.op, Pos: t.pos, errPos: t.end}
		l, r := pr.process(s.lhs), pr.process(s.rhs)
		n.Children = []*Node{l, r}
		pushAncestry(n, l)
		pushAncestry(n, r)
		return n
	case synNegate:
		e := pr.process(s.lhs)
		if e.Kind == KindNumber {
			if len(e.Value) > 0 && e.Value[0] == '-' {
				e.Value = e.Value[1:]
			} else {
				e.Value = "-" + e.Value
			}
			e.Pos = t.pos
			return e
		}
		n := &Node{Kind: KindNegate, Value: "-", Pos: t.pos, errPos: t.end, Children: []*Node{e}}
		pushAncestry(n, e)
		return n
	case synArray:
		n := &Node{Kind: KindArray, Pos: t.pos, errPos: t.end}
		for _, item := range s.list {
			v := pr.process(item)
			pushAncestry(n, v)
			n.Children = append(n.Children, v)
		}
		return n
	case synObject:
		n := &Node{Kind: KindObject, Pos: t.pos, errPos: t.end}
		for _, pair := range s.pairs {
			k := pr.process(pair[0])
			pushAncestry(n, k)
			v := pr.process(pair[1])
			pushAncestry(n, v)
			n.Children = append(n.Children, &Node{Kind: KindPair, Pos: k.Pos, Children: []*Node{k, v}})
		}
		return n
	case synBlock:
		n := &Node{Kind: KindBlock, Pos: t.pos, errPos: t.end}
		for _, item := range s.list {
			part := pr.process(item)
			pushAncestry(n, part)
			n.Children = append(n.Children, part)
		}
		return n
	case synFilter:
		return pr.filter(s)
	case synGroup:
		n := pr.process(s.lhs)
		if n.Group != nil {
			pr.fail(errGroupTwice(t.end))
		}
		g := &Node{Kind: KindObject, Pos: t.pos, errPos: t.end}
		for _, pair := range s.pairs {
			k, v := pr.process(pair[0]), pr.process(pair[1])
			g.Children = append(g.Children, &Node{Kind: KindPair, Pos: k.Pos, Children: []*Node{k, v}})
		}
		n.Group = g
		return n
	case synSort:
		n := pr.process(s.lhs)
		if n.Kind != KindPath {
			n = newPath(n)
		}
		sort := &Node{Kind: KindSort, Value: "^", Pos: t.pos, errPos: t.end}
		for _, term := range s.terms {
			e := pr.process(term.expr)
			pushAncestry(sort, e)
			sort.Children = append(sort.Children, &Node{Kind: KindSortTerm, Pos: e.Pos, Descending: term.descending, Children: []*Node{e}})
		}
		n.Children = append(n.Children, sort)
		resolveAncestry(n)
		return n
	case synBind:
		n := &Node{Kind: KindBind, Value: ":=", Pos: t.pos, errPos: t.end}
		l, r := pr.process(s.lhs), pr.process(s.rhs)
		n.Children = []*Node{l, r}
		pushAncestry(n, r)
		return n
	case synFocus:
		n := pr.process(s.lhs)
		step := n
		if n.Kind == KindPath {
			step = last(n)
		}
		if step.Stages != nil || step.Predicate != nil {
			pr.fail(errFocusAfterPredicate(t.end))
		}
		if step.Kind == KindSort {
			pr.fail(errFocusAfterSort(t.end))
		}
		if s.keepArray {
			step.KeepArray = true
		}
		step.Focus = pr.process(s.rhs)
		return n
	case synIndex:
		n := pr.process(s.lhs)
		step := n
		if n.Kind == KindPath {
			step = last(n)
		} else {
			n = newPath(n)
			if step.Predicate != nil {
				step.Stages, step.Predicate = step.Predicate, nil
			}
		}
		v := pr.process(s.rhs)
		if step.Stages == nil {
			step.Index = v
		} else {
			step.Stages = append(step.Stages, &Node{Kind: KindIndex, Value: v.Value, Pos: t.pos, errPos: t.end})
		}
		return n
	case synCall:
		kind := KindCall
		if s.partial {
			kind = KindPartial
		}
		n := &Node{Kind: kind, Pos: t.pos, errPos: t.end}
		args := make([]*Node, 0, len(s.list))
		for _, a := range s.list {
			arg := pr.process(a)
			pushAncestry(n, arg)
			args = append(args, arg)
		}
		proc := pr.process(s.lhs)
		n.Children = append([]*Node{proc}, args...)
		n.Pos = proc.Pos
		return n
	case synLambda:
		// Its errors are positioned after the "(", as jsonata-js does.
		n := &Node{Kind: KindLambda, Value: s.lhs.tok.text, Pos: s.lhs.tok.pos, errPos: t.end, Signature: s.signature}
		for _, a := range s.list {
			n.Children = append(n.Children, pr.process(a))
		}
		n.Children = append(n.Children, pr.process(s.rhs))
		return n
	case synCondition:
		n := &Node{Kind: KindCondition, Value: "?", Pos: t.pos, errPos: t.end}
		for _, part := range []*syn{s.lhs, s.rhs, s.alt} {
			if part == nil {
				continue
			}
			e := pr.process(part)
			pushAncestry(n, e)
			n.Children = append(n.Children, e)
		}
		return n
	case synTransform:
		n := &Node{Kind: KindTransform, Value: "|", Pos: t.pos, errPos: t.end}
		for _, part := range []*syn{s.lhs, s.rhs, s.alt} {
			if part != nil {
				n.Children = append(n.Children, pr.process(part))
			}
		}
		return n
	}
	panic("jsonata: unknown syntax node")
}

// path processes a "." (map) operator into a flat path.
func (pr *processor) path(s *syn) *Node {
	lstep := pr.process(s.lhs)
	n := lstep
	if lstep.Kind != KindPath {
		n = newPath(lstep)
	}
	if lstep.Kind == KindParent {
		n.seeking = &slotList{s: []*slot{lstep.slot}}
	}
	rest := pr.process(s.rhs)
	if rest.Kind == KindPath {
		n.Children = append(n.Children, rest.Children...)
	} else {
		if rest.Predicate != nil {
			rest.Stages, rest.Predicate = rest.Predicate, nil
		}
		n.Children = append(n.Children, rest)
	}
	for _, step := range n.Children {
		switch step.Kind {
		case KindNumber, KindBool, KindNull:
			pr.fail(errLiteralStep(step.errorPos(), literalValue(step)))
		}
	}
	for _, step := range n.Children {
		if step.Kind == KindString {
			step.Kind = KindName
		}
		if step.KeepArray {
			n.KeepArray = true
		}
	}
	// An array constructor as the first or last step is evaluated whole
	// rather than per context item (jsonata-js "consarray").
	if first := n.Children[0]; first.Kind == KindArray {
		first.consArray = true
	}
	if l := last(n); l.Kind == KindArray {
		l.consArray = true
	}
	resolveAncestry(n)
	return n
}

// filter processes a predicate lhs[rhs].
func (pr *processor) filter(s *syn) *Node {
	n := pr.process(s.lhs)
	step := n
	onPath := n.Kind == KindPath
	if onPath {
		step = last(n)
	}
	if step.Group != nil {
		pr.fail(errPredicateAfterGroup(s.tok.end))
	}
	pred := pr.process(s.rhs)
	if pred.seeking != nil {
		for _, sl := range pred.seeking.s {
			if sl.level == 1 {
				pr.seekParent(step, sl)
			} else {
				sl.level--
			}
		}
		pushAncestry(step, pred)
	}
	f := &Node{Kind: KindFilter, Value: "[", Pos: s.tok.pos, errPos: s.tok.end, Children: []*Node{pred}}
	if onPath {
		step.Stages = append(step.Stages, f)
	} else {
		step.Predicate = append(step.Predicate, f)
	}
	return n
}

// seekParent moves slot sl up through node, the step before a parent
// operator's step, and fails when node cannot have a parent.
func (pr *processor) seekParent(node *Node, sl *slot) {
	switch node.Kind {
	case KindName, KindWildcard:
		sl.level--
		if sl.level == 0 {
			if node.ancestor != nil {
				sl.label = node.ancestor.label
			}
			node.ancestor = sl
			node.tuple = true
		}
	case KindParent:
		sl.level++
	case KindBlock:
		if len(node.Children) > 0 {
			node.tuple = true
			pr.seekParent(last(node), sl)
		}
	case KindPath:
		node.tuple = true
		i := len(node.Children) - 1
		pr.seekParent(node.Children[i], sl)
		for i--; sl.level > 0 && i >= 0; i-- {
			pr.seekParent(node.Children[i], sl)
		}
	default:
		pr.fail(errParent(jsPosition(node), node.Pos, jsType(node)))
	}
}

// pushAncestry passes value's unresolved parent slots up to result.
func pushAncestry(result, value *Node) {
	if value.seeking == nil && value.Kind != KindParent {
		return
	}
	slots := value.seeking
	if slots == nil {
		slots = &slotList{}
	}
	if value.Kind == KindParent {
		slots.s = append(slots.s, value.slot)
	}
	if result.seeking == nil {
		result.seeking = slots
	} else {
		result.seeking.s = append(result.seeking.s, slots.s...)
	}
}

// resolveAncestry resolves the slots of a path's last step against the
// steps before it; what is left over is passed up from the path.
func resolveAncestry(path *Node) {
	steps := path.Children
	laststep := steps[len(steps)-1]
	slots := laststep.seeking
	if slots == nil {
		slots = &slotList{}
	}
	if laststep.Kind == KindParent {
		slots.s = append(slots.s, laststep.slot)
	}
	pr := &processor{}
	for is := 0; is < len(slots.s); is++ {
		sl := slots.s[is]
		index := len(steps) - 2
		for sl.level > 0 {
			if index < 0 {
				if path.seeking == nil {
					path.seeking = &slotList{s: []*slot{sl}}
				} else {
					path.seeking.s = append(path.seeking.s, sl)
				}
				break
			}
			step := steps[index]
			index--
			// Contiguous steps that bind the focus count as one.
			for index >= 0 && hasFocus(step) && hasFocus(steps[index]) {
				step = steps[index]
				index--
			}
			pr.seekParent(step, sl)
		}
	}
}

func hasFocus(n *Node) bool { return n.Focus != nil && n.Focus.Value != "" }

// processRoot processes the whole tree and checks that no parent
// operator is left unresolved at the top.
func processRoot(s *syn) (root *Node, err *Error) {
	defer func() {
		if r := recover(); r != nil {
			f, ok := r.(parseFailure)
			if !ok {
				panic(r)
			}
			root, err = nil, f.err
		}
	}()
	pr := &processor{}
	root = pr.process(s)
	if root.Kind == KindParent || root.seeking != nil {
		return nil, errParent(jsPosition(root), root.Pos, jsType(root))
	}
	return root, nil
}
