package diagram_test

import (
	"fmt"
	"regexp"
	"time"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/diagram"
)

// The path of one execution drawn on its diagram: a ring in the status
// colour and a badge on each state that ran, the others greyed out. The
// trace here is written by hand; studio.TraceOf reads one from a history.
func ExampleDiagram_TraceSVG() {
	m, _ := asl.Parse([]byte(`{"StartAt": "Charge", "States": {
		"Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "Ship",
			"Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Refund"}]},
		"Ship": {"Type": "Succeed"},
		"Refund": {"Type": "Fail"}}}`))
	trace := &diagram.Trace{Status: "SUCCEEDED", Duration: 90 * time.Second, Steps: map[string]*diagram.StepTrace{
		"Charge": {Status: diagram.StepSucceeded, Visits: 1, Retries: 2, Duration: 90 * time.Second},
		"Ship":   {Status: diagram.StepSucceeded, Visits: 1},
	}}
	svg := string(diagram.New(m).TraceSVG(trace))
	for _, overlay := range regexp.MustCompile(`<g data-state="([^"]+)"><rect class="badge"[^>]*fill="([^"]+)"/><text class="btext"[^>]*>([^<]*)<`).FindAllStringSubmatch(svg, -1) {
		fmt.Printf("%s: badge %q in %s\n", overlay[1], overlay[3], overlay[2])
	}
	fmt.Println("Refund greyed out:", regexp.MustCompile(`class="unrun"[^>]*data-state="Refund"`).MatchString(svg))
	// Output:
	// Charge: badge "1m30s · 2 retries" in #2e7d32
	// Ship: badge "0s" in #2e7d32
	// Refund greyed out: true
}
