package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/runtime"
	"github.com/stepwise-go/stepwise/value"
)

// runFlags are the options of `stepwise run`.
type runFlags struct {
	input, context, typ, history string
	mocks, testCase, mockMachine string
	stubTasks, s3Dir, handlers   string
	trace                        string
	realTime, asJSON             bool
	timeScale                    float64
	maxTransitions, repeat       int
}

func addRunFlags(fs *flag.FlagSet, f *runFlags) {
	fs.StringVar(&f.input, "input", "{}", "execution input: `JSON` text, @FILE, or - for stdin")
	fs.StringVar(&f.context, "context", "", "context values: `JSON` or @FILE with {\"Execution\": {\"Id\", \"Name\", \"RoleArn\"}, \"StateMachine\": {\"Id\", \"Name\"}}")
	fs.StringVar(&f.typ, "type", "STANDARD", "execution `type`: STANDARD or EXPRESS")
	fs.StringVar(&f.history, "history", "", "write the execution history ({\"events\": […]}) to `FILE`")
	fs.BoolVar(&f.realTime, "real-time", false, "really wait in Wait states, retries and timeouts (default: virtual time)")
	fs.Float64Var(&f.timeScale, "time-scale", 1, "with --real-time, wait `F` times as long")
	fs.IntVar(&f.maxTransitions, "max-transitions", 25000, "fail the execution after `N` history events")
	fs.StringVar(&f.s3Dir, "s3-dir", "", "the local `DIR` standing for S3 in Distributed Map ItemReader/ResultWriter: bucket B, key K is DIR/B/K")
	fs.IntVar(&f.repeat, "repeat", 0, "run the execution `N` more times and report their wall time (with --json)")
	fs.StringVar(&f.mocks, "mocks", "", "answer Task states from a Step Functions Local mock configuration `FILE` (or @FILE); needs --test-case")
	fs.StringVar(&f.testCase, "test-case", "", "the mock file's test case `NAME` to run")
	fs.StringVar(&f.mockMachine, "mock-machine", "", "the state machine `NAME` in the mock file (default: --context's StateMachine.Name, or the file's only machine)")
	fs.StringVar(&f.stubTasks, "stub-tasks", "", "answer Task states nothing else answers: `echo` returns what each task was sent, in its integration's response shape")
	fs.StringVar(&f.handlers, "handlers", "", "answer Task states with Go handlers first: `builtin` runs the project's own Lambda functions (JobPoller's submitjob and jobstatus)")
	fs.StringVar(&f.trace, "trace", "", "draw the path the execution took on the workflow's diagram into `FILE`.svg or FILE.html")
	fs.BoolVar(&f.asJSON, "json", false, "print {\"status\", \"output\" | \"error\", \"cause\"} as JSON")
}

func runRun(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("run", "DEFINITION.json|WORKFLOW [--input JSON|@FILE|-] [--context JSON|@FILE] [--type STANDARD|EXPRESS] [--history FILE] [--real-time] [--time-scale F] [--max-transitions N] [--repeat N] [--mocks FILE --test-case NAME [--mock-machine NAME]] [--handlers builtin] [--stub-tasks echo] [--s3-dir DIR] [--trace FILE.svg|FILE.html] [--json]",
		"Runs a state machine locally, as AWS Step Functions would, on a virtual clock\n"+
			"(a one-year Wait ends at once). Prints the output (or, with --json, the result\n"+
			"object); a readable trace goes to stderr. Exits 0 when the execution\n"+
			"SUCCEEDED, 1 when it FAILED, TIMED_OUT or was ABORTED, 2 for bad arguments or\n"+
			"an invalid definition.", stderr)
	var f runFlags
	addRunFlags(fs, &f)
	def, code := oneDefinition("run", fs, args, stdout, stderr)
	if code >= 0 {
		return code
	}
	if f.typ != "STANDARD" && f.typ != "EXPRESS" {
		fmt.Fprintf(stderr, "stepwise run: --type must be STANDARD or EXPRESS, not %q\n", f.typ)
		return exitUsage
	}
	if f.trace != "" {
		if err := checkTracePath(f.trace); err != nil {
			fmt.Fprintf(stderr, "stepwise run: --trace: %v\n", err)
			return exitUsage
		}
	}
	lm := compileDefinition("run", def, stderr)
	if lm == nil {
		return exitUsage
	}
	prog := lm.prog
	input, err := readJSONArg(f.input)
	if err != nil {
		fmt.Fprintf(stderr, "stepwise run: --input: %v\n", err)
		return exitUsage
	}
	opts := &runtime.Options{Type: f.typ, RealTime: f.realTime, TimeScale: f.timeScale, MaxTransitions: f.maxTransitions, S3Root: f.s3Dir}
	if f.context != "" {
		cv, err := readJSONArg(f.context)
		if err != nil {
			fmt.Fprintf(stderr, "stepwise run: --context: %v\n", err)
			return exitUsage
		}
		applyContext(opts, cv)
	}
	newTasks, err := taskSetup(&f, opts)
	if err != nil {
		fmt.Fprintf(stderr, "stepwise run: %v\n", err)
		return exitUsage
	}
	ctx := context.Background()
	opts.Tasks = newTasks()
	ex := prog.Execute(ctx, input, opts)
	res := ex.Wait(ctx)
	events := ex.History()
	noteUnansweredTokens(stderr, events)
	var wall time.Duration
	if f.repeat > 0 {
		began := time.Now()
		for i := 0; i < f.repeat; i++ {
			opts.Tasks = newTasks()
			prog.Execute(ctx, input, opts)
		}
		wall = time.Since(began)
	}
	if f.history != "" {
		if err := writeHistory(f.history, events); err != nil {
			fmt.Fprintf(stderr, "stepwise run: %v\n", err)
			return exitUsage
		}
	}
	if f.trace != "" {
		if err := writeTrace(f.trace, def, lm.machine, events); err != nil {
			fmt.Fprintf(stderr, "stepwise run: --trace: %v\n", err)
			return exitUsage
		}
	}
	if f.asJSON {
		o := value.NewObject(5)
		o.Set("status", string(res.Status))
		if res.Status == runtime.Succeeded {
			out := res.Output
			if out == nil {
				out = value.Null
			}
			o.Set("output", out)
		}
		if res.Error != "" {
			o.Set("error", res.Error)
		}
		if res.Cause != "" {
			o.Set("cause", res.Cause)
		}
		if f.repeat > 0 {
			o.Set("repeat", float64(f.repeat))
			o.Set("seconds", wall.Seconds())
		}
		stdout.Write(append(value.Marshal(o), '\n'))
	} else {
		printTrace(stderr, events, res)
		if res.Status == runtime.Succeeded {
			stdout.Write(append(value.MarshalIndent(res.Output, "  "), '\n'))
		}
	}
	if res.Status == runtime.Succeeded {
		return exitOK
	}
	return exitInvalid
}

// readJSONArg reads JSON text given inline, as @FILE or as - (stdin).
func readJSONArg(arg string) (value.Value, error) {
	var data []byte
	var err error
	switch {
	case arg == "-":
		data, err = io.ReadAll(os.Stdin)
	case strings.HasPrefix(arg, "@"):
		data, err = os.ReadFile(arg[1:])
	default:
		data = []byte(arg)
	}
	if err != nil {
		return nil, err
	}
	return value.Parse(data)
}

// applyContext copies --context values into the options.
func applyContext(o *runtime.Options, cv value.Value) {
	get := func(section, key string) string {
		root, _ := cv.(*value.Object)
		sec, _ := root.Get(section)
		so, _ := sec.(*value.Object)
		v, _ := so.Get(key)
		s, _ := v.(string)
		return s
	}
	o.ExecutionArn = get("Execution", "Id")
	o.Name = get("Execution", "Name")
	o.RoleArn = get("Execution", "RoleArn")
	o.StateMachineArn = get("StateMachine", "Id")
	o.StateMachineName = get("StateMachine", "Name")
}

// writeHistory writes {"events": […]}.
func writeHistory(path string, events []runtime.Event) error {
	if events == nil {
		events = []runtime.Event{}
	}
	data, err := json.MarshalIndent(map[string]any{"events": events}, "", "  ")
	if err != nil {
		return err
	}
	return writeOutFile(path, append(data, '\n'))
}

// printTrace prints one line per state: name, status, duration, retries.
func printTrace(w io.Writer, events []runtime.Event, res *runtime.Result) {
	type visit struct {
		at      time.Time
		retries int
	}
	open := map[string]*visit{}
	var start time.Time
	for _, e := range events {
		if e.Type == "ExecutionStarted" {
			start = e.Timestamp
		}
		name := ""
		if e.Details != nil {
			if n, ok := e.Details.Get("name"); ok {
				name, _ = n.(string)
			}
		}
		switch {
		case strings.HasSuffix(e.Type, "StateEntered"):
			open[name] = &visit{at: e.Timestamp}
			if strings.HasPrefix(e.Type, "Fail") {
				fmt.Fprintf(w, "%-24s FAILED\n", name)
			}
		case strings.HasSuffix(e.Type, "StateExited"):
			v := open[name]
			d := time.Duration(0)
			retries := 0
			if v != nil {
				d = e.Timestamp.Sub(v.at)
				retries = v.retries
			}
			line := fmt.Sprintf("%-24s %-9s %s", name, "OK", d)
			if retries > 0 {
				line += fmt.Sprintf(" (%d retries)", retries)
			}
			fmt.Fprintln(w, line)
		case e.Type == "TaskScheduled" || e.Type == "LambdaFunctionScheduled" || e.Type == "MapStateStarted" || e.Type == "ParallelStateStarted":
			for _, v := range open {
				_ = v
			}
		}
	}
	end := start
	if len(events) > 0 {
		end = events[len(events)-1].Timestamp
	}
	fmt.Fprintf(w, "execution %s after %s", res.Status, end.Sub(start))
	if res.Error != "" {
		fmt.Fprintf(w, ": %s", res.Error)
	}
	if res.Cause != "" {
		fmt.Fprintf(w, ": %s", res.Cause)
	}
	fmt.Fprintln(w)
	if res.Err != nil && !errors.Is(res.Err, runtime.ErrNoTaskHandler) {
		fmt.Fprintf(w, "host error: %v\n", res.Err)
	}
}

// loadedMachine is a definition read, validated and compiled.
type loadedMachine struct {
	data    []byte // the ASL text
	machine *asl.Machine
	prog    *runtime.Program
}

// compileDefinition loads a definition file or example workflow for the
// command cmd, validates it as `stepwise validate` does and compiles it.
// On failure it has printed why (the diagnostics, or the error) to stderr
// and returns nil.
func compileDefinition(cmd, def string, stderr io.Writer) *loadedMachine {
	data, code := loadDefinition(cmd, def, stderr)
	if code != exitOK {
		return nil
	}
	m, diags := asl.ParseAndValidate(data)
	if m == nil || diags.HasErrors() {
		printProblems(def, diags, stderr)
		return nil
	}
	prog, err := runtime.Compile(m)
	if err != nil {
		fmt.Fprintf(stderr, "stepwise %s: %v\n", cmd, err)
		return nil
	}
	return &loadedMachine{data: data, machine: m, prog: prog}
}

// oneDefinition parses the options of run or cost and returns the one
// definition file or workflow name they take (before or after the
// options), or the exit code to stop with.
func oneDefinition(cmd string, fs *flag.FlagSet, args []string, stdout, stderr io.Writer) (string, int) {
	if code := parseFlags(fs, args, stdout); code >= 0 {
		return "", code
	}
	if fs.NArg() != 1 {
		fmt.Fprintf(stderr, "stepwise %s: name one definition file or workflow\n", cmd)
		fs.Usage()
		return "", exitUsage
	}
	return fs.Arg(0), -1
}
