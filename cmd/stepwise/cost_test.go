package main

import (
	"bytes"
	"encoding/json"
	"math"
	"strings"
	"testing"
)

func TestBilledSecondsAndMemory(t *testing.T) {
	for _, c := range []struct{ in, want float64 }{{0, 0.1}, {0.05, 0.1}, {0.1, 0.1}, {0.1001, 0.2}, {5, 5}, {5.01, 5.1}, {299.95, 300}} {
		if got := billedSeconds(c.in); math.Abs(got-c.want) > 1e-9 {
			t.Errorf("billedSeconds(%v) = %v, want %v", c.in, got, c.want)
		}
	}
	for _, c := range []struct{ in, want int }{{1, 64}, {64, 64}, {65, 128}, {128, 128}, {1000, 1024}} {
		if got := billedMemoryMB(c.in); got != c.want {
			t.Errorf("billedMemoryMB(%d) = %d, want %d", c.in, got, c.want)
		}
	}
}

func TestCostFigures(t *testing.T) {
	for _, c := range []struct {
		name              string
		u                 runUsage
		n                 float64
		mem               int
		standard, express float64
		possible          bool
	}{
		// 10 transitions × 1M = 10M, minus the 4,000 free, × $0.025 / 1,000.
		{"1M short", runUsage{Transitions: 10, Seconds: 1, BilledSeconds: 1}, 1e6, 64, 249.9, 1 + 62500*0.00001667, true},
		{"inside the free tier", runUsage{Transitions: 4, BilledSeconds: 0.1}, 1000, 64, 0, 0.001 + 6.25*0.00001667, true},
		{"128 MB", runUsage{Transitions: 5, Seconds: 2, BilledSeconds: 2}, 1e5, 100, 12.4, 0.1 + 25000*0.00001667, true},
		{"too long for Express", runUsage{Transitions: 3, Seconds: 3600, BilledSeconds: 3600}, 1000, 64, 0, 0.001 + 225000*0.00001667, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := costStandard(c.u, c.n)
			e := costExpress(c.u, c.n, c.mem, nil)
			if math.Abs(s.USD-c.standard) > 1e-9 || math.Abs(e.USD-c.express) > 1e-9 || e.Possible != c.possible {
				t.Errorf("standard %v, express %v (possible %v); want %v, %v (%v)", s.USD, e.USD, e.Possible, c.standard, c.express, c.possible)
			}
		})
	}
}

func TestExpressBlockers(t *testing.T) {
	got := expressBlockers([]string{"arn:aws:states:::lambda:invoke", "arn:aws:states:::ecs:runTask.sync", "arn:aws:states:::sqs:sendMessage.waitForTaskToken", "arn:aws:states:::ecs:runTask.sync"})
	if len(got) != 2 || !strings.Contains(got[0], "runTask.sync") || !strings.Contains(got[1], "waitForTaskToken") {
		t.Errorf("blockers = %q", got)
	}
	if got := expressBlockers([]string{"arn:aws:states:::lambda:invoke", "arn:aws:lambda:us-east-1:1:function:synchronize"}); len(got) != 0 {
		t.Errorf("no blocker expected, got %q", got)
	}
}

// TestCostSeedExamples runs `stepwise cost` on the seed's three examples
// with the echo stub and checks both monthly figures exactly.
func TestCostSeedExamples(t *testing.T) {
	for _, c := range []struct {
		name, input string
		want        []string
	}{
		{"JobPoller", `{"waitSeconds": 5, "guid": "g-1"}`, []string{
			"one execution FAILED with 4 state transitions in 5s (billed 5s)",
			"Standard      $99.90  4,000,000 transitions, 3,996,000 billable",
			"Express        $6.21  requests $1.00 + duration $5.21 (312500 GB-s at 64 MB)",
			"Recommendation: Express: it costs less"}},
		{"HumanApproval", `{"subject": "s", "details": "d"}`, []string{
			"one execution FAILED with 2 state transitions in 0s (billed 0.1s)",
			"Standard      $49.90  2,000,000 transitions",
			"Express        $1.10  (not possible: uses arn:aws:states:::aws-sdk:sesv2:sendEmail.waitForTaskToken",
			"Recommendation: Standard: this workflow cannot run as Express"}},
		{"IotIngest", `{"deviceId": "d-1", "timestamp": "2025-01-01T00:00:00Z", "temperature": 21.5}`, []string{
			"one execution SUCCEEDED with 3 state transitions in 0s (billed 0.1s)",
			"Standard      $74.90  3,000,000 transitions",
			"Express        $1.10  requests $1.00 + duration $0.10 (6250 GB-s at 64 MB)",
			"Recommendation: Express"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			if code := run([]string{"cost", c.name, "--stub-tasks", "echo", "--input", c.input}, &out, &errb); code != exitOK {
				t.Fatalf("exit %d: %s", code, errb.String())
			}
			for _, w := range append(c.want, "Standard state transitions  0.025 per 1,000 state transitions", "[unconfirmed]", pricingPage) {
				if !strings.Contains(out.String(), w) {
					t.Errorf("output lacks %q:\n%s", w, out.String())
				}
			}
		})
	}
}

func TestCostJSON(t *testing.T) {
	var out, errb bytes.Buffer
	code := run([]string{"cost", "IotIngest", "--stub-tasks", "echo", "--executions", "2000000", "--memory-mb", "128", "--json",
		"--input", `{"deviceId": "d-1", "timestamp": "2025-01-01T00:00:00Z", "temperature": 21.5}`}, &out, &errb)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var rep costReport
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	// 6M transitions − 4,000 free = 5,996,000 × $0.000025 = $149.90;
	// 2M × 0.1 s × 0.125 GB = 25,000 GB-s × $0.00001667 + $2.00.
	if rep.PerExecution.Transitions != 3 || math.Abs(rep.Standard.USD-149.9) > 1e-9 ||
		math.Abs(rep.Express.USD-(2+25000*0.00001667)) > 1e-9 || rep.Express.MemoryMB != 128 || len(rep.Prices) != 4 {
		t.Errorf("report = %+v", rep)
	}
}

func TestCostBadArguments(t *testing.T) {
	for _, args := range [][]string{
		{"cost"},
		{"cost", "IotIngest", "--executions", "-1"},
		{"cost", "IotIngest", "--memory-mb", "0"},
		{"cost", "NoSuchWorkflow"},
		{"cost", "IotIngest", "--stub-tasks", "magic"},
	} {
		var out, errb bytes.Buffer
		if code := run(args, &out, &errb); code != exitUsage || errb.Len() == 0 {
			t.Errorf("%v: exit %d, stderr %q; want 2 and a message", args, code, errb.String())
		}
	}
}
