package asl

import (
	"math"
	"strconv"

	"github.com/stepwise-go/stepwise/jsontree"
)

// Render returns the canonical form of m: two-space indentation, keys in the
// documented order (see the package doc), a trailing newline.
func Render(m *Machine) []byte {
	buf := make([]byte, 0, sizeHint(&m.Graph, 320))
	return append(AppendMachine(buf, m, jsontree.Pretty), '\n')
}

// RenderCompact returns m on one line, without a trailing newline.
func RenderCompact(m *Machine) []byte {
	buf := make([]byte, 0, sizeHint(&m.Graph, 160))
	return AppendMachine(buf, m, jsontree.Compact)
}

// RenderMeasured returns what Render returns and, counted while writing
// it, the length of the compact form (RenderCompact) of the same machine:
// the size AWS checks against MaxDefinitionBytes.
func RenderMeasured(m *Machine) (pretty []byte, compactSize int) {
	layout := 1 // the trailing newline
	enc := jsontree.Pretty
	enc.Layout = &layout
	buf := make([]byte, 0, sizeHint(&m.Graph, 320))
	pretty = append(AppendMachine(buf, m, enc), '\n')
	return pretty, len(pretty) - layout
}

// sizeHint guesses the rendered size of g from its number of states, so
// that large machines are not rendered into a buffer that keeps doubling.
func sizeHint(g *Graph, perState int) int {
	return 256 + countStates(g)*perState
}

// countStates counts the states of g and of its nested blocks.
func countStates(g *Graph) int {
	n := len(g.States)
	for _, s := range g.States {
		for _, sub := range nestedGraphs(s) {
			n += countStates(sub)
		}
	}
	return n
}

// AppendMachine appends the encoding of m to dst with the given encoder.
func AppendMachine(dst []byte, m *Machine, enc jsontree.Encoder) []byte {
	r := &renderer{enc: enc, b: dst}
	o := r.header(m)
	o.key("States")
	r.states(m.States, o.level+1)
	o.end()
	return r.b
}

// header writes the opening of m's object and its members before States.
func (r *renderer) header(m *Machine) *objectWriter {
	o := r.object(0)
	o.strp("Comment", m.Comment)
	o.strIf("QueryLanguage", string(m.QueryLanguage))
	o.strp("Version", m.Version)
	o.intp("TimeoutSeconds", m.TimeoutSeconds)
	o.str("StartAt", m.StartAt)
	return o
}

type renderer struct {
	enc jsontree.Encoder
	b   []byte
}

// objectWriter writes the members of one JSON object.
type objectWriter struct {
	r     *renderer
	level int
	n     int
}

func (r *renderer) object(level int) *objectWriter {
	r.b = append(r.b, '{')
	return &objectWriter{r: r, level: level}
}

func (o *objectWriter) key(k string) {
	if o.n > 0 {
		o.r.b = append(o.r.b, ',')
	}
	o.n++
	o.r.b = o.r.enc.Newline(o.r.b, o.level+1)
	o.r.b = o.r.enc.Key(o.r.b, k)
}

func (o *objectWriter) end() {
	if o.n > 0 {
		o.r.b = o.r.enc.Newline(o.r.b, o.level)
	}
	o.r.b = append(o.r.b, '}')
}

func (o *objectWriter) str(k, v string) {
	o.key(k)
	o.r.b = jsontree.AppendString(o.r.b, v)
}

// strIf writes a string member when v is not empty.
func (o *objectWriter) strIf(k, v string) {
	if v != "" {
		o.str(k, v)
	}
}

func (o *objectWriter) strp(k string, v *string) {
	if v != nil {
		o.str(k, *v)
	}
}

func (o *objectWriter) intp(k string, v *int64) {
	if v != nil {
		o.key(k)
		o.r.b = strconv.AppendInt(o.r.b, *v, 10)
	}
}

func (o *objectWriter) floatp(k string, v *float64) {
	if v != nil {
		o.key(k)
		o.r.b = appendFloat(o.r.b, *v)
	}
}

func (o *objectWriter) boolp(k string, v *bool) {
	if v != nil {
		o.key(k)
		o.r.b = strconv.AppendBool(o.r.b, *v)
	}
}

func (o *objectWriter) value(k string, v *jsontree.Value) {
	if v != nil {
		o.key(k)
		o.r.b = o.r.enc.Append(o.r.b, v, o.level+1)
	}
}

func (o *objectWriter) nullablePath(k string, v *NullablePath) {
	switch {
	case v == nil:
	case v.Null:
		o.key(k)
		o.r.b = append(o.r.b, "null"...)
	default:
		o.str(k, v.Path)
	}
}

func (o *objectWriter) intOrExpr(k string, v *IntOrExpr) {
	switch {
	case v == nil:
	case v.IsExpr():
		o.str(k, v.Expr)
	default:
		o.key(k)
		o.r.b = strconv.AppendInt(o.r.b, v.Int, 10)
	}
}

func (o *objectWriter) strings(k string, v []string) {
	if v == nil {
		return
	}
	o.key(k)
	r := o.r
	if len(v) == 0 {
		r.b = append(r.b, "[]"...)
		return
	}
	r.b = append(r.b, '[')
	for i, s := range v {
		if i > 0 {
			r.b = append(r.b, ',')
		}
		r.b = r.enc.Newline(r.b, o.level+2)
		r.b = jsontree.AppendString(r.b, s)
	}
	r.b = r.enc.Newline(r.b, o.level+1)
	r.b = append(r.b, ']')
}

// appendFloat formats f as encoding/json does.
func appendFloat(b []byte, f float64) []byte {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return append(b, "null"...)
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	return strconv.AppendFloat(b, f, format, -1, 64)
}
