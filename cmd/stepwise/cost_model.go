package main

import (
	"math"
	"strings"

	"github.com/stepwise-go/stepwise/runtime"
	"github.com/stepwise-go/stepwise/studio"
)

// runUsage is what one local execution used, as the bill counts it.
type runUsage struct {
	Status string `json:"status"`
	// Transitions counts the states entered plus the retries (AWS bills a
	// retry as one more state transition).
	Transitions int `json:"transitions"`
	// Seconds is the execution's duration on its clock (virtual: Waits
	// and retry intervals count, task handlers take no time).
	Seconds float64 `json:"seconds"`
	// BilledSeconds is Seconds rounded up to the next 100 ms (at least
	// 100 ms), as Express bills.
	BilledSeconds float64 `json:"billedSeconds"`
}

// measure reads what an execution used from its history.
func measure(events []runtime.Event) runUsage {
	tr := studio.TraceOf(events)
	u := runUsage{Status: tr.Status, Seconds: tr.Duration.Seconds()}
	for _, st := range tr.Steps {
		u.Transitions += st.Visits + st.Retries
	}
	u.BilledSeconds = billedSeconds(u.Seconds)
	return u
}

// billedSeconds rounds up to 100 ms steps, at least one step.
func billedSeconds(s float64) float64 {
	steps := math.Ceil(math.Round(s*1e6)/1e5 - 1e-9)
	return max(steps, 1) / 10
}

// billedMemoryMB rounds memory up to 64 MB chunks, at least one.
func billedMemoryMB(mb int) int {
	chunks := (max(mb, 1) + 63) / 64
	return chunks * 64
}

// standardCost is a month of n executions as a Standard workflow.
type standardCost struct {
	Transitions float64 `json:"monthlyTransitions"`
	Billable    float64 `json:"billableTransitions"`
	USD         float64 `json:"monthlyUSD"`
}

func costStandard(u runUsage, n float64) standardCost {
	t := n * float64(u.Transitions)
	billable := max(t-priceStandardFree.Value, 0)
	return standardCost{Transitions: t, Billable: billable, USD: billable / 1000 * priceStandardTransitions.Value}
}

// expressCost is a month of n executions as an Express workflow.
type expressCost struct {
	RequestsUSD float64 `json:"requestsUSD"`
	GBSeconds   float64 `json:"gbSeconds"`
	DurationUSD float64 `json:"durationUSD"`
	USD         float64 `json:"monthlyUSD"`
	MemoryMB    int     `json:"billedMemoryMB"`
	// Possible is false when the workflow cannot run as Express; Why says
	// what stops it.
	Possible bool   `json:"possible"`
	Why      string `json:"why,omitempty"`
}

func costExpress(u runUsage, n float64, memoryMB int, blockers []string) expressCost {
	mem := billedMemoryMB(memoryMB)
	gbs := n * u.BilledSeconds * float64(mem) / 1024
	c := expressCost{RequestsUSD: n / 1e6 * priceExpressRequests.Value, GBSeconds: gbs, DurationUSD: gbs * priceExpressDuration.Value, MemoryMB: mem, Possible: true}
	c.USD = c.RequestsUSD + c.DurationUSD
	if u.Seconds > expressMaxSeconds {
		blockers = append(blockers, "runs longer than Express's 5 minutes")
	}
	if len(blockers) > 0 {
		c.Possible, c.Why = false, strings.Join(blockers, "; ")
	}
	return c
}

// expressBlockers lists the Task resources Express does not support
// (.sync and .waitForTaskToken integrations).
func expressBlockers(resources []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, r := range resources {
		if (strings.HasSuffix(r, ".sync") || strings.Contains(r, ".sync:") || strings.HasSuffix(r, ".waitForTaskToken")) && !seen[r] {
			seen[r] = true
			out = append(out, "uses "+r+" (Express supports neither .sync nor .waitForTaskToken)")
		}
	}
	return out
}

// recommend is the one-line advice.
func recommend(s standardCost, e expressCost) string {
	switch {
	case !e.Possible:
		return "Standard: this workflow cannot run as Express (" + e.Why + ")."
	case e.USD < s.USD:
		return "Express: it costs less at this volume (" + usd(e.USD) + " vs " + usd(s.USD) + " a month), if at-least-once execution suits the workflow."
	case e.USD > s.USD:
		return "Standard: it costs less at this volume (" + usd(s.USD) + " vs " + usd(e.USD) + " a month) and runs exactly once."
	}
	return "Standard: both cost the same at this volume, and Standard runs exactly once."
}
