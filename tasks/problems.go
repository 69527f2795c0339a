package tasks

import (
	"fmt"
	"strings"
)

// maxProblems bounds how many problems one mock file reports; the rest are
// counted.
const maxProblems = 100

// Problem is one thing wrong with a mock file, at a JSON pointer (RFC 6901)
// into it.
type Problem struct {
	File    string // the name given to ParseMockFile
	Pointer string // e.g. "/MockedResponses/R/0-x"; "" for the whole document
	Line    int    // 1-based line of the value, 0 when unknown
	Column  int    // 1-based byte column of the value, 0 when unknown
	Msg     string
}

// Error formats the problem as "FILE: POINTER: MSG".
func (p Problem) Error() string {
	if p.Pointer == "" {
		return p.File + ": " + p.Msg
	}
	return p.File + ": " + p.Pointer + ": " + p.Msg
}

// MockFileError lists every problem found in a mock file, in document
// order (at most 100; Omitted counts the rest).
type MockFileError struct {
	Problems []Problem
	Omitted  int
}

// Error lists the problems, one a line.
func (e *MockFileError) Error() string {
	var b strings.Builder
	for i, p := range e.Problems {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(p.Error())
	}
	if e.Omitted > 0 {
		fmt.Fprintf(&b, "\n… and %d more problems", e.Omitted)
	}
	return b.String()
}

// pointer appends a reference token to a JSON pointer, escaping '~' and '/'.
func pointer(base, token string) string {
	token = strings.ReplaceAll(token, "~", "~0")
	return base + "/" + strings.ReplaceAll(token, "/", "~1")
}
