package sfn

import (
	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/jsontree"
)

// Choice branches: it continues at the target of the first rule whose
// condition is true, else at the default given to Otherwise (with no
// default and no match the execution fails with States.NoChoiceMatched).
// A Choice has no Next of its own; to continue after the branches rejoin,
// use Afterwards. See
// https://docs.aws.amazon.com/step-functions/latest/dg/state-choice.html
type Choice struct {
	base
	jsonataFields
	inOut
	rules     []choiceRule
	otherwise *choiceRule // Condition unused
}

// choiceRule is a When (or the Otherwise) and where it continues.
type choiceRule struct {
	cond    Condition
	target  State
	chain   Chainable // for Afterwards
	source  string
	output  *jsontree.Value // the rule's Output (JSONata)
	assign  dualValue       // the rule's Assign
	comment *string         // the rule's Comment
}

// NewChoice returns a Choice state named name. Add rules with When; a
// Choice without rules is reported by the validator.
func NewChoice(name string) *Choice { return &Choice{base: newBase(name)} }

// Comment sets the state's Comment. Default: none.
func (c *Choice) Comment(text string) *Choice {
	c.comment = &text
	return c
}

// InputPath selects the part of the input the rules test. Default: "$".
func (c *Choice) InputPath(path Path) *Choice {
	c.inputPath = pathField(path)
	return c
}

// DiscardInput sets InputPath to null: the rules test {}.
func (c *Choice) DiscardInput() *Choice {
	c.inputPath = nullField()
	return c
}

// OutputPath selects the part of the input passed on to the chosen state.
// Default: "$".
func (c *Choice) OutputPath(path Path) *Choice {
	c.outputPath = pathField(path)
	return c
}

// DiscardOutput sets OutputPath to null: the chosen state gets {}.
func (c *Choice) DiscardOutput() *Choice {
	c.outputPath = nullField()
	return c
}

// When appends a rule: when cond is true (and no earlier rule matched),
// the workflow continues at next's start. Rules are tried in the order
// they were added. Options give the rule its own Output, variable
// assignments or Comment (RuleOutput, RuleAssign, RuleComment). A nil
// cond or next is a recorded problem.
func (c *Choice) When(cond Condition, next Chainable, opts ...RuleOption) *Choice {
	start := startOf(next)
	switch {
	case cond == nil:
		c.probs.add([]any{"Choices"}, msgNilCondition, "When")
	case start == nil:
		reportNil(&c.probs, []any{"Choices"}, "When", next)
	default:
		r := choiceRule{cond: cond, target: start, chain: next, source: callerSource()}
		for _, opt := range opts {
			if opt != nil {
				opt(c, &r)
			}
		}
		c.rules = append(c.rules, r)
	}
	return c
}

// Otherwise sets the Default: where the workflow continues when no rule
// matches. Default: none. A Choice has one default: a second Otherwise is
// a recorded problem (the first stays), as is a nil next.
func (c *Choice) Otherwise(next Chainable) *Choice {
	start := startOf(next)
	switch {
	case start == nil:
		reportNil(&c.probs, []any{"Default"}, "Otherwise", next)
	case c.otherwise != nil:
		c.probs.add([]any{"Default"}, msgOtherwiseTwice, c.name, c.otherwise.source)
	default:
		c.otherwise = &choiceRule{target: start, chain: next, source: callerSource()}
	}
	return c
}

// Afterwards returns a chain that starts at the Choice and ends at the end
// states of every chain given to When and Otherwise (each once), so that
// Next after it rejoins all the branches. It adds no Default. Branches
// that end in Succeed or Fail contribute no ends.
func (c *Choice) Afterwards() *Chain {
	var ends []nextable
	for _, r := range c.allRules() {
		ends = appendEnds(ends, r.chain)
	}
	return &Chain{start: c, ends: ends}
}

// allRules returns the rules and then the default, if any.
func (c *Choice) allRules() []choiceRule {
	if c.otherwise == nil {
		return c.rules
	}
	return append(c.rules[:len(c.rules):len(c.rules)], *c.otherwise)
}

func (c *Choice) startState() State {
	if c == nil {
		return nil
	}
	return c
}

// endStates implements Chainable: a Choice itself cannot be continued.
func (c *Choice) endStates() []nextable { return nil }

func (c *Choice) appendSuccessors(dst []State) []State {
	for _, r := range c.rules {
		dst = append(dst, r.target)
	}
	if c.otherwise != nil {
		dst = append(dst, c.otherwise.target)
	}
	return dst
}

func (c *Choice) toModel(b *builder, at site, _ []*asl.Graph) asl.State {
	m := &asl.Choice{Base: c.common(), InputOutput: c.inOut.model(), Jsonata: c.jsonataFields.model(&c.base, at)}
	m.Choices = make([]*asl.ChoiceRule, len(c.rules))
	for i, r := range c.rules {
		if r.cond.troubled() {
			r.cond.report(b, at.loc().At("Choices").Index(i))
		}
		rule := r.cond.rule()
		rule.Next = r.target.Name()
		rule.Source = r.source
		rule.Output, rule.Assign = r.output, r.assign.pick(b.languageOf(&c.base), at)
		if r.comment != nil {
			rule.Comment = r.comment
		}
		m.Choices[i] = rule
	}
	if c.otherwise != nil {
		m.Default = c.otherwise.target.Name()
	}
	return m
}
