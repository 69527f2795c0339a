package sfn

import (
	"fmt"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"

	"github.com/stepwise-go/stepwise/asl"
)

// NewLibraryTask is NewTask for libraries that build Tasks for their
// callers, such as package integrations: the task's source position, which
// every problem reported about the task carries, is that of the library's
// caller instead of a line inside the library.
func NewLibraryTask(name, resource string) *Task {
	t := NewTask(name, resource)
	t.source = sourceOutside(libraryPackage())
	return t
}

// Problem records a problem with the task that Build reports under code
// (asl.CodeBuild for misuse in general), at the source position of the
// code that called the library that called Problem. Libraries that build
// Tasks use it to reject settings the way this package does: building
// never fails, and every problem is reported at once. where names the
// field below the state ("Resource", "Parameters", …), or is empty.
func (t *Task) Problem(code asl.Code, where string, format string, args ...any) *Task {
	p := problem{code: code, source: sourceOutside(libraryPackage()), msg: fmt.Sprintf(format, args...)}
	if where != "" {
		p.where = []any{where}
	}
	t.probs = append(t.probs, p)
	return t
}

// libraryPackage returns the package path prefix ("example.com/lib.") of
// the function that called the exported function of this file that called
// libraryPackage.
func libraryPackage() string {
	pc, _, _, ok := runtime.Caller(2)
	if !ok {
		return pkgPrefix
	}
	return packageOf(runtime.FuncForPC(pc).Name())
}

// packageOf returns the package prefix of a function's full name:
// "example.com/lib.(*T).M" gives "example.com/lib.".
func packageOf(function string) string {
	slash := strings.LastIndexByte(function, '/')
	dot := strings.IndexByte(function[slash+1:], '.')
	if dot < 0 {
		return function
	}
	return function[:slash+1+dot+1]
}

// sourceOutside returns the position of the first stack frame outside
// this package and outside the package with prefix lib.
func sourceOutside(lib string) string {
	var pcs [64]uintptr
	n := runtime.Callers(2, pcs[:])
	frames := runtime.CallersFrames(pcs[:n])
	for {
		f, more := frames.Next()
		if f.Function != "" && !strings.HasPrefix(f.Function, pkgPrefix) && !strings.HasPrefix(f.Function, lib) {
			return filepath.Base(f.File) + ":" + strconv.Itoa(f.Line)
		}
		if !more {
			return ""
		}
	}
}
