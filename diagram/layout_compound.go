package diagram

import "math"

// Geometry of Parallel and Map states.
const (
	framePad     = 12.0 // inside the outer frame
	innerPad     = 10.0 // inside a branch or processor frame
	frameTitleH  = 20.0 // the title row of a branch or processor frame
	frameGap     = 20.0 // between branch frames
	forkGap      = 30.0 // from the header box to the branch frames
	joinGap      = 24.0 // from the branch frames to the join bar
	joinHalf     = 30.0 // the join bar reaches at least this far each side of the centre
	barThickness = 4.0
)

// compound is the layout of a Parallel or Map state: a header box
// straddling the top of a dashed frame, a frame per branch (or one for the
// item processor) side by side, and a join bar at the bottom.
// Coordinates are relative to the compound's top-left corner.
type compound struct {
	node             *Node
	w, h             float64
	headerW, headerH float64 // the header box, centred at the top
	frames           []*frame
	joinX0, joinX1   float64 // the join bar's extent, at y = h - barThickness/2
}

// frame is one branch (or the item processor) inside a compound.
type frame struct {
	block          *Block
	layout         *blockLayout
	x, y, w, h     float64 // the frame's box
	innerX, innerY float64 // where the block's layout starts, relative to the frame
	titleX         float64 // left of the title text, relative to the frame
}

// entry and exit return where the block starts and ends, relative to the
// compound.
func (f *frame) entry() point {
	return point{f.x + f.innerX + f.layout.entry.x, f.y + f.innerY + f.layout.entry.y}
}

func (f *frame) exit() point {
	return point{f.x + f.innerX + f.layout.exit.x, f.y + f.innerY + f.layout.exit.y}
}

// layoutCompound lays out n's nested blocks and arranges them.
func layoutCompound(n *Node, depth int, b dummyBudget) *compound {
	c := &compound{node: n}
	tw, th := nodeLabel(n).size()
	c.headerW, c.headerH = max(tw+2*padX, minBoxWidth), th+2*padY
	rowW, rowH := 0.0, 0.0
	for i, blk := range n.Blocks {
		f := &frame{block: blk, layout: layoutWithin(blk, depth, b), innerX: innerPad, innerY: frameTitleH}
		f.w = f.layout.w + 2*innerPad
		f.h = frameTitleH + f.layout.h + innerPad
		f.placeTitle()
		if i > 0 {
			rowW += frameGap
		}
		f.x = rowW
		rowW += f.w
		rowH = max(rowH, f.h)
		c.frames = append(c.frames, f)
	}
	for _, f := range c.frames {
		f.h = rowH // frames of a row are equally tall
	}
	c.w = max(c.headerW, rowW) + 2*framePad
	rowX := (c.w - rowW) / 2
	for _, f := range c.frames {
		f.x += rowX
		f.y = c.headerH + forkGap
	}
	c.joinX0, c.joinX1 = c.w/2-joinHalf, c.w/2+joinHalf
	for _, f := range c.frames {
		x := f.exit().x
		c.joinX0, c.joinX1 = math.Min(c.joinX0, x-4), math.Max(c.joinX1, x+4)
	}
	c.h = c.headerH + forkGap + rowH + joinGap + barThickness
	return c
}

// placeTitle puts the frame's title at its top left, unless the line from
// the header to the block's entry would cross it. Then it puts the title
// right of that line, or moves the block right of the title, whichever
// keeps the frame narrower.
func (f *frame) placeTitle() {
	tw := textWidth(clean(f.block.Title), smallSize, false)
	f.titleX = 8
	f.w = max(f.w, tw+16)
	f.innerX = (f.w - f.layout.w) / 2
	entryX := f.innerX + f.layout.entry.x
	if entryX < f.titleX-6 || entryX > f.titleX+tw+6 {
		return
	}
	rightW := max(f.w, entryX+8+tw+8)
	shiftX := max(innerPad, f.titleX+tw+8-f.layout.entry.x)
	shiftW := max(f.w, shiftX+f.layout.w+innerPad)
	if rightW <= shiftW {
		f.titleX, f.w = entryX+8, rightW
		return
	}
	f.innerX, f.w = shiftX, shiftW
}

// frameTop is the y of the outer frame's top edge: the middle of the
// header box.
func (c *compound) frameTop() float64 { return c.headerH / 2 }
