package diagram

import (
	"strconv"
	"strings"
)

// Warning is something of the definition that a diagram does not show:
// today, the nested blocks of a Parallel or Map state lying deeper than
// the drawing's depth limit (100 levels of nesting), which are left empty.
type Warning struct {
	// Path names the state: the names of the Parallel and Map states
	// around it, from the top level, then its own name.
	Path []string
	// Message says what is not drawn and why.
	Message string
}

// String returns the warning as one line: the state's path joined by
// " > ", a colon and the message. Names are quoted, so that control
// characters and separators in them stay visible.
func (w Warning) String() string {
	quoted := make([]string, len(w.Path))
	for i, name := range w.Path {
		quoted[i] = strconv.Quote(name)
	}
	return "state " + strings.Join(quoted, " > ") + ": " + w.Message
}

// depthWarning returns the warning for a state whose blocks lie past the
// depth limit, or false when it has none.
func depthWarning(path []string, blocks int, what string) (Warning, bool) {
	if blocks == 0 {
		return Warning{}, false
	}
	return Warning{
		Path: append([]string(nil), path...),
		Message: "its " + what + " not drawn: nested deeper than " +
			strconv.Itoa(maxBlockDepth) + " levels, the drawing's limit",
	}, true
}
