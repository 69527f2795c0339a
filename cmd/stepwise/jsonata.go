package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/stepwise-go/stepwise/jsonata"
	"github.com/stepwise-go/stepwise/value"
)

func runJsonata(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("jsonata", "EXPR|@FILE [--input JSON|@FILE] [--bindings JSON|@FILE] [--timeout MS] [--max-depth N] [--repeat N] [--json]",
		"Evaluates a JSONata expression as AWS Step Functions does (jsonata-js 2.0.6\n"+
			"with AWS's functions) and prints the result as indented JSON (nothing when\n"+
			"it is undefined). Errors are printed as one line with a caret under the\n"+
			"position. With --json, prints one JSON object: {\"value\": V},\n"+
			"{\"undefined\": true} or {\"error\": {\"code\", \"message\", \"position\", \"token\", …}}.\n"+
			"Exits 0 on success, 1 on an error of the expression, 2 on bad arguments.", stderr)
	input := fs.String("input", "", "the input document: `JSON` text, or @FILE (default: undefined)")
	bindings := fs.String("bindings", "", "variables: a `JSON` object of name → value, or @FILE")
	timeout := fs.Int("timeout", 0, "evaluation time budget, `MS` milliseconds (0 = none)")
	maxDepth := fs.Int("max-depth", 0, fmt.Sprintf("evaluation depth budget `N` (0 = %d)", jsonata.DefaultMaxDepth))
	repeat := fs.Int("repeat", 0, "evaluate `N` more times and report the wall time (with --json)")
	asJSON := fs.Bool("json", false, "print one JSON object with the value or the error")

	// Flags may come before or after the expression.
	var positional []string
	rest := args
	for {
		if code := parseFlags(fs, rest, stdout); code >= 0 {
			return code
		}
		if fs.NArg() == 0 {
			break
		}
		positional = append(positional, fs.Arg(0))
		rest = fs.Args()[1:]
	}
	if len(positional) != 1 {
		fmt.Fprintln(stderr, "stepwise jsonata: give exactly one expression (or @FILE)")
		fs.Usage()
		return exitUsage
	}
	src, err := readArg(positional[0])
	if err != nil {
		fmt.Fprintf(stderr, "stepwise jsonata: %v\n", err)
		return exitUsage
	}
	env := &jsonata.Env{MaxDepth: *maxDepth, Timeout: time.Duration(*timeout) * time.Millisecond}
	var in value.Value
	if *input != "" {
		text, err := readArg(*input)
		if err == nil {
			in, err = value.ParseString(text)
		}
		if err != nil {
			fmt.Fprintf(stderr, "stepwise jsonata: --input: %v\n", err)
			return exitUsage
		}
	}
	if *bindings != "" {
		text, err := readArg(*bindings)
		var b value.Value
		if err == nil {
			b, err = value.ParseString(text)
		}
		obj, ok := b.(*value.Object)
		if err == nil && !ok {
			err = errors.New("not a JSON object")
		}
		if err != nil {
			fmt.Fprintf(stderr, "stepwise jsonata: --bindings: %v\n", err)
			return exitUsage
		}
		env.Bindings = make(map[string]value.Value, obj.Len())
		for i := 0; i < obj.Len(); i++ {
			k, v := obj.At(i)
			env.Bindings[k] = v
		}
	}
	if *repeat < 0 {
		fmt.Fprintln(stderr, "stepwise jsonata: --repeat must not be negative")
		return exitUsage
	}

	prog, err := jsonata.CompileString(src)
	var result value.Value
	if err == nil {
		result, err = prog.Eval(in, env)
	}
	var seconds float64
	if err == nil && *repeat > 0 {
		start := time.Now()
		for i := 0; i < *repeat; i++ {
			prog.Eval(in, env)
		}
		seconds = time.Since(start).Seconds()
	}
	if *asJSON {
		var b bytes.Buffer
		b.WriteByte('{')
		switch {
		case err != nil:
			b.WriteString(`"error":`)
			b.Write(errorJSON(src, err))
		case result == nil:
			b.WriteString(`"undefined":true`)
		default:
			b.WriteString(`"value":`)
			b.Write(value.Marshal(result))
		}
		if *repeat > 0 {
			fmt.Fprintf(&b, `,"repeat":%d,"seconds":%s`, *repeat, strconv.FormatFloat(seconds, 'f', -1, 64))
		}
		b.WriteString("}\n")
		stdout.Write(b.Bytes())
		if err != nil {
			return exitInvalid
		}
		return exitOK
	}
	if err != nil {
		fmt.Fprintln(stderr, errorLine(src, err))
		return exitInvalid
	}
	if result != nil {
		stdout.Write(value.MarshalIndent(result, "  "))
		fmt.Fprintln(stdout)
	}
	return exitOK
}

// readArg returns the text of an argument, or of the file it names with
// a leading "@".
func readArg(a string) (string, error) {
	if strings.HasPrefix(a, "@") {
		data, err := os.ReadFile(a[1:])
		return string(data), err
	}
	return a, nil
}

// errorJSON encodes an evaluation or syntax error with the fields
// jsonata-js puts on its errors (jsonata.Error.Fields).
func errorJSON(src string, err error) []byte {
	var je *jsonata.Error
	if !errors.As(err, &je) {
		msg, _ := json.Marshal(err.Error())
		return []byte(`{"message":` + string(msg) + `}`)
	}
	return value.Marshal(je.Fields(src))
}

// errorLine renders an error as one line and, when the expression is one
// line, a caret under the last character before its position: jsonata-js
// positions errors just after the token they are about.
func errorLine(src string, err error) string {
	var je *jsonata.Error
	if !errors.As(err, &je) {
		return "error: " + err.Error()
	}
	line := "error"
	if je.Code != "" {
		line += " " + je.Code
	}
	pos := je.Position(src)
	if pos >= 0 {
		line += fmt.Sprintf(" at %d", pos)
	}
	line += ": " + je.Msg
	if pos >= 0 && !strings.ContainsAny(src, "\n\r") {
		at := utf8.RuneCountInString(src[:min(max(je.Pos, 0), len(src))])
		if at > 0 {
			at--
		}
		line += "\n  " + src + "\n  " + strings.Repeat(" ", at) + "^"
	}
	return line
}
