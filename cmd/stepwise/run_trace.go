package main

import (
	"bytes"
	"fmt"
	"html/template"
	"path/filepath"
	"sort"
	"strings"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/diagram"
	"github.com/stepwise-go/stepwise/runtime"
	"github.com/stepwise-go/stepwise/studio"
)

// checkTracePath reports a --trace path whose extension is neither .svg
// nor .html, before anything runs.
func checkTracePath(path string) error {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".svg", ".html", ".htm":
		return nil
	}
	return fmt.Errorf("%q: want a FILE.svg or FILE.html", path)
}

// writeTrace draws the execution's path on the workflow's diagram into
// path: the SVG alone, or an HTML page with the SVG and a table of the
// states that ran.
func writeTrace(path, title string, m *asl.Machine, events []runtime.Event) error {
	if err := checkTracePath(path); err != nil {
		return err
	}
	tr := studio.TraceOf(events)
	svg := diagram.New(m).TraceSVG(tr)
	out := svg
	if ext := strings.ToLower(filepath.Ext(path)); ext != ".svg" {
		var err error
		if out, err = traceHTML(title, svg, tr); err != nil {
			return err
		}
	}
	return writeOutFile(path, out)
}

// traceRow is one line of the HTML trace's table.
type traceRow struct {
	Name string
	*diagram.StepTrace
	Took string
}

var traceHTMLPage = template.Must(template.New("trace").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{.Title}}: execution trace</title>
<style>
body { font-family: Verdana, "DejaVu Sans", sans-serif; margin: 24px; color: #1a1a1a; }
table { border-collapse: collapse; margin-top: 16px; }
td, th { border: 1px solid #d0d0d0; padding: 4px 10px; text-align: left; font-size: 13px; }
.SUCCEEDED { color: #2e7d32; } .CAUGHT { color: #ef6c00; } .FAILED { color: #c62828; } .RUNNING { color: #1565c0; }
</style></head><body>
<h1>{{.Title}}</h1>
<p>Execution <b class="{{.Trace.Status}}">{{.Trace.Status}}</b> after {{.Took}}.</p>
<div>{{.SVG}}</div>
<table><thead><tr><th>State</th><th>Status</th><th>Visits</th><th>Time</th><th>Retries</th><th>Map items</th></tr></thead><tbody>
{{range .Rows}}<tr><td>{{.Name}}</td><td class="{{.Status}}">{{.Status}}</td><td>{{.Visits}}</td><td>{{.Took}}</td><td>{{.Retries}}</td><td>{{.Iterations}}</td></tr>
{{end}}</tbody></table>
</body></html>
`))

// traceHTML wraps a trace SVG in a page with a table of the states that
// ran, in name order.
func traceHTML(title string, svg []byte, tr *diagram.Trace) ([]byte, error) {
	var rows []traceRow
	for name, st := range tr.Steps {
		rows = append(rows, traceRow{Name: name, StepTrace: st, Took: diagram.FormatDuration(st.Duration)})
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].Name < rows[j].Name })
	var b bytes.Buffer
	err := traceHTMLPage.Execute(&b, map[string]any{
		"Title": filepath.Base(title), "Trace": tr, "Took": diagram.FormatDuration(tr.Duration),
		"SVG": template.HTML(svg), "Rows": rows,
	})
	return b.Bytes(), err
}
