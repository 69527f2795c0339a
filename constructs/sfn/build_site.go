package sfn

import "github.com/stepwise-go/stepwise/asl"

// block says where a block being built is: the k-th nested block of the
// state owner in blocks[parent], or the top level when owner is nil.
// Locations are rebuilt from it only for problems, which keeps Build from
// spending time on locations nobody reads.
type block struct {
	parent int
	owner  State
	k      int
}

// site is where a state is, for reporting its problems: the state named
// name in blocks[block]. It is cheap to pass around; the location itself
// is made only when there is a problem to report.
type site struct {
	b     *builder
	block int
	name  string
}

// loc returns the state's location.
func (s site) loc() asl.Location { return s.b.location(s.block).At(s.name) }

// location returns the location of blocks[i]'s States.
func (b *builder) location(i int) asl.Location {
	bl := b.blocks[i]
	if bl.owner == nil {
		return asl.Root.At("States")
	}
	sat := b.location(bl.parent).At(bl.owner.Name())
	if _, ok := bl.owner.(*Map); ok {
		return sat.At("ItemProcessor").At("States")
	}
	return sat.At("Branches").Index(bl.k).At("States")
}
