package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/stepwise-go/stepwise/runtime"
	"github.com/stepwise-go/stepwise/value"
)

// costReport is what `stepwise cost --json` prints.
type costReport struct {
	Workflow       string       `json:"workflow"`
	Executions     float64      `json:"executionsPerMonth"`
	PerExecution   runUsage     `json:"perExecution"`
	Standard       standardCost `json:"standard"`
	Express        expressCost  `json:"express"`
	Recommendation string       `json:"recommendation"`
	Prices         []price      `json:"prices"`
	Notes          []string     `json:"notes"`
}

// costNotes are the caveats printed with every estimate.
var costNotes = []string{
	"Measured on stepwise's virtual clock: Wait states and retry intervals count in full, task handlers take no time; add your tasks' real durations for Express.",
	"Express duration uses the first price tier (the first 1,000 GB-hours a month); Express memory depends on definition and payload sizes, give it with --memory-mb.",
	"Only Step Functions is priced: the Lambda functions and other services the tasks call are billed apart.",
	"The Express duration price could not be confirmed on AWS's pricing page (it renders it client-side); check it there.",
}

func runCost(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("cost", "DEFINITION.json|WORKFLOW [--input JSON|@FILE|-] [--mocks FILE --test-case NAME | --stub-tasks echo] [--executions N] [--memory-mb M] [--json]",
		"Runs the state machine once locally, counts its state transitions and its\n"+
			"billed duration, and prints what a month of --executions executions would cost\n"+
			"as a Standard workflow (per state transition) and as an Express workflow (per\n"+
			"request plus GB-seconds), with the us-east-1 prices, their source and date,\n"+
			"and a one-line recommendation.", stderr)
	var f runFlags
	addRunFlags(fs, &f)
	executions := fs.Float64("executions", 1e6, "executions per month (`N`)")
	memoryMB := fs.Int("memory-mb", 64, "Express memory in `MB` (billed in 64 MB chunks)")
	def, code := oneDefinition("cost", fs, args, stdout, stderr)
	if code >= 0 {
		return code
	}
	if *executions < 0 || *memoryMB <= 0 {
		fmt.Fprintln(stderr, "stepwise cost: --executions must be 0 or more and --memory-mb more than 0")
		return exitUsage
	}
	lm := compileDefinition("cost", def, stderr)
	if lm == nil {
		return exitUsage
	}
	prog := lm.prog
	input, err := readJSONArg(f.input)
	if err != nil {
		fmt.Fprintf(stderr, "stepwise cost: --input: %v\n", err)
		return exitUsage
	}
	opts := &runtime.Options{Name: "cost", MaxTransitions: f.maxTransitions}
	newTasks, err := taskSetup(&f, opts)
	if err != nil {
		fmt.Fprintf(stderr, "stepwise cost: %v\n", err)
		return exitUsage
	}
	opts.Tasks = newTasks()
	res, events := prog.Run(context.Background(), input, opts)
	u := measure(events)
	rep := costReport{Workflow: def, Executions: *executions, PerExecution: u, Prices: prices, Notes: costNotes}
	rep.Standard = costStandard(u, *executions)
	rep.Express = costExpress(u, *executions, *memoryMB, expressBlockers(resources(lm.data)))
	rep.Recommendation = recommend(rep.Standard, rep.Express)
	if res.Status != runtime.Succeeded {
		note := "The measured execution ended " + string(res.Status)
		if res.Error != "" {
			note += " (" + res.Error + ")"
		}
		rep.Notes = append([]string{note + ": the figures are for the path it took; give --input or --mocks that take the usual path."}, rep.Notes...)
	}
	if f.asJSON {
		out, _ := json.MarshalIndent(rep, "", "  ")
		stdout.Write(append(out, '\n'))
		return exitOK
	}
	printCost(stdout, &rep)
	return exitOK
}

// printCost writes the report as text.
func printCost(w io.Writer, r *costReport) {
	u := r.PerExecution
	fmt.Fprintf(w, "%s: one execution %s with %d state transitions in %ss (billed %ss)\n",
		r.Workflow, u.Status, u.Transitions, trimFloat(u.Seconds), trimFloat(u.BilledSeconds))
	fmt.Fprintf(w, "Monthly cost of %s executions (us-east-1):\n", count(r.Executions))
	s := r.Standard
	fmt.Fprintf(w, "  Standard  %10s  %s transitions, %s billable after the free %s × %s\n",
		usd(s.USD), count(s.Transitions), count(s.Billable), count(priceStandardFree.Value), trimFloat(priceStandardTransitions.Value)+" USD "+priceStandardTransitions.Unit)
	e := r.Express
	if e.Possible {
		fmt.Fprintf(w, "  Express   %10s  requests %s + duration %s (%s GB-s at %d MB)\n",
			usd(e.USD), usd(e.RequestsUSD), usd(e.DurationUSD), trimFloat(e.GBSeconds), e.MemoryMB)
	} else {
		fmt.Fprintf(w, "  Express   %10s  (not possible: %s) requests %s + duration %s\n",
			usd(e.USD), e.Why, usd(e.RequestsUSD), usd(e.DurationUSD))
	}
	fmt.Fprintf(w, "Recommendation: %s\n", r.Recommendation)
	fmt.Fprintln(w, "Prices:")
	for _, p := range r.Prices {
		mark := ""
		if !p.Confirmed {
			mark = " [unconfirmed]"
		}
		fmt.Fprintf(w, "  %-27s %s %s; %s, read %s%s\n", p.Name, trimFloat(p.Value), p.Unit, p.Source, p.Date, mark)
	}
	fmt.Fprintln(w, "Notes:")
	for _, n := range r.Notes {
		fmt.Fprintf(w, "  - %s\n", n)
	}
}

// usd formats dollars: cents, or four significant digits below a cent.
func usd(x float64) string {
	if x != 0 && x < 0.01 {
		return "$" + strconv.FormatFloat(x, 'g', 4, 64)
	}
	return "$" + commas(strconv.FormatFloat(x, 'f', 2, 64))
}

// count formats a whole number with thousands separators.
func count(x float64) string { return commas(strconv.FormatFloat(x, 'f', 0, 64)) }

// commas inserts thousands separators into a decimal number.
func commas(s string) string {
	intPart, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteString("." + frac)
	}
	return b.String()
}

func trimFloat(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }

// resources lists every "Resource" string in a definition.
func resources(def []byte) []string {
	v, err := value.Parse(def)
	if err != nil {
		return nil
	}
	var out []string
	var walk func(v value.Value, depth int)
	walk = func(v value.Value, depth int) {
		if depth > 64 {
			return
		}
		switch x := v.(type) {
		case *value.Object:
			for i := 0; i < x.Len(); i++ {
				k, c := x.At(i)
				if s, ok := c.(string); ok && k == "Resource" {
					out = append(out, s)
				}
				walk(c, depth+1)
			}
		case []value.Value:
			for _, c := range x {
				walk(c, depth+1)
			}
		}
	}
	walk(v, 0)
	return out
}
