package main

import (
	"fmt"
	"io"
	"path/filepath"

	"github.com/stepwise-go/stepwise/importer"
)

func runImport(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("import", "[--package P] [--func F] [--main] [--out FILE] FILE",
		"Turns an ASL definition into Go code that builds it with stepwise's DSL, and\n"+
			"checks that the code synthesizes the same definition (Map Iterator and\n"+
			"Parameters come back as ItemProcessor and ItemSelector). With --main the\n"+
			"file is a complete program that prints the definition's ASL JSON. A\n"+
			"definition that uses what the DSL cannot express is refused, each such field\n"+
			"named by its JSON pointer.", stderr)
	pkg := fs.String("package", "", "the package `name` (default workflows, or main with --main)")
	funcName := fs.String("func", "", "the function `name`, also the machine's (default: from the file name)")
	withMain := fs.Bool("main", false, "write a complete program that prints the ASL JSON")
	out := fs.String("out", "", "write the Go code to `FILE` instead of stdout")
	if code := parseFlags(fs, args, stdout); code >= 0 {
		return code
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "stepwise import: name one file")
		fs.Usage()
		return exitUsage
	}
	arg := fs.Arg(0)
	name := *funcName
	if name == "" {
		name = importer.FuncName(filepath.Base(arg))
	}
	if !importer.IsIdent(name) || name == "main" {
		fmt.Fprintf(stderr, "stepwise import: %q cannot name a Go function\n", name)
		return exitUsage
	}
	if *pkg != "" && !importer.IsIdent(*pkg) {
		fmt.Fprintf(stderr, "stepwise import: %q cannot name a Go package\n", *pkg)
		return exitUsage
	}
	data, code := loadDefinition("import", arg, stderr)
	if code != exitOK {
		return code
	}
	src, err := importer.Import(data, importer.Options{Package: *pkg, Func: name, Main: *withMain})
	if err != nil {
		fmt.Fprintf(stderr, "stepwise import: %s: %v\n", arg, err)
		return exitInvalid
	}
	if *out == "" {
		stdout.Write(src)
		return exitOK
	}
	if err := writeOutFile(*out, src); err != nil {
		fmt.Fprintf(stderr, "stepwise import: %v\n", err)
		return exitUsage
	}
	return exitOK
}
