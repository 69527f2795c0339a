package jsonata

import (
	"encoding/json"
	"fmt"
	"math"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stepwise-go/stepwise/value"
)

// The evaluator's benchmarks: representative expressions over a realistic
// document (orders with customers and line items), each evaluated by a
// compiled Program (BenchmarkEval/NAME) and, in the same run, by the
// reference jsonata-js 2.0.6 under Node.js (BenchmarkReference/NAME,
// whose ns/op is what testdata/bench.js measured). BenchmarkSpeedup
// reports the geometric mean and the smallest of the per-expression
// speed-ups. Run them with `make bench-jsonata`.

// benchExprs are the benchmarked expressions, by name.
var benchExprs = []struct{ name, expr string }{
	{"Path", `orders[0].customer.name`},
	{"PathFlatten", `orders.items.sku`},
	{"PredicateString", `orders[status = "shipped"].id`},
	{"PredicateNumber", `orders.items[price > 50].name`},
	{"Index", `orders[-1].items[0].price`},
	{"SumProducts", `$sum(orders.items.(price * qty))`},
	{"CountPlusOne", `$count(orders) + 1`},
	{"MapLambda", `$map(orders, function($o) { $o.id & "-" & $o.status })`},
	{"FilterLambda", `$filter(orders, function($o) { $o.total > 100 }).id`},
	{"ReduceLambda", `$reduce(orders.total, function($a, $b) { $a + $b })`},
	{"ObjectConstructor", `orders.{"id": id, "items": $count(items), "customer": customer.name}`},
	{"GroupBy", `orders{status: $sum(total)}`},
	{"SortLambda", `$sort(orders, function($a, $b) { $a.total > $b.total }).id`},
	{"OrderBy", `orders^(>total).id`},
	{"RegexContains", `orders.customer.email[$contains($, /example\.com$/)]`},
	{"RegexMatch", `$match(orders[0].customer.email, /([a-z]+)@([a-z.]+)/)`},
	{"RegexReplace", `orders.customer.$replace(name, /\s+/, "_")`},
	{"StringFunctions", `$uppercase($substring(orders[0].customer.name, 0, 5)) & $lowercase(orders[1].status)`},
	{"Join", `$join(orders.items.sku, ",")`},
	{"Split", `$split(orders[0].customer.email, "@")`},
	{"AverageRound", `$round($average(orders.total), 2)`},
	{"FormatNumber", `$formatNumber($sum(orders.total), "#,##0.00")`},
	{"StringifyObject", `$string(orders[0])`},
	{"Conditional", `orders.(total > 100 ? "big" : "small")`},
	{"Distinct", `$distinct(orders.items.tags)`},
	{"Transform", `orders[0] ~> |items|{"price": price * 2}|`},
	{"BlockVariables", `($t := $sum(orders.total); $n := $count(orders); $t / $n)`},
	// What Step Functions users write: an Arguments or Output template
	// over a medium payload, with $states bound as the runtime binds it.
	{"StatesTemplate", `($states := {"input": $}; {"orderId": $states.input.orders[0].id, "customer": $states.input.orders[0].customer.{"name": name, "email": email}, "currency": $states.input.meta.currency, "count": $count($states.input.orders), "shipped": $count($states.input.orders[status = "shipped"]), "total": $sum($states.input.orders.total), "skus": $states.input.orders[0].items.sku})`},
	{"DeepPath", `config.region.zone.rack.host.name`},
	// Higher-order functions over 1,000 events.
	{"Map1000", `$map(events, function($e) { $e.value * 2 })`},
	{"Filter1000", `$count($filter(events, function($e) { $e.kind = "click" }))`},
	{"Reduce1000", `$reduce(events.value, function($a, $b) { $a + $b })`},
	{"GroupEvents", `events{kind: $sum(value)}`},
	{"FormatNumbers", `orders.$formatNumber(total, "#,##0.00")`},
	{"StringBuild", `$join(orders.(id & ":" & $uppercase(status) & ":" & $string(total)), ";")`},
}

// benchDoc is the document the benchmarks read: 40 orders of 1 to 5
// items, 1,000 events and a deeply nested configuration.
func benchDoc() value.Value {
	statuses := []string{"shipped", "pending", "cancelled", "delivered"}
	names := []string{"Ada Lovelace", "Grace Hopper", "Alan Turing", "Edsger Dijkstra", "Barbara Liskov"}
	var orders []any
	for i := 0; i < 40; i++ {
		var items []any
		total := 0.0
		for j := 0; j <= i%5; j++ {
			price := float64((i*37+j*11)%120) + 0.99
			qty := float64(1 + (i+j)%4)
			total += price * qty
			items = append(items, map[string]any{
				"sku": fmt.Sprintf("SKU-%03d", (i*7+j)%50), "name": fmt.Sprintf("Item %d", j),
				"price": price, "qty": qty, "tags": []any{statuses[j%4], fmt.Sprintf("t%d", (i+j)%6)},
			})
		}
		domain := "example.com"
		if i%3 == 0 {
			domain = "mail.test"
		}
		name := names[i%len(names)]
		orders = append(orders, map[string]any{
			"id": fmt.Sprintf("ord-%04d", i), "status": statuses[i%4], "total": math.Round(total*100) / 100,
			"placed":   fmt.Sprintf("2026-%02d-%02dT10:%02d:00Z", 1+i%12, 1+i%28, i%60),
			"customer": map[string]any{"name": name, "email": strings.ToLower(strings.Fields(name)[0]) + "@" + domain, "tier": i % 3},
			"items":    items,
		})
	}
	kinds := []string{"click", "view", "purchase", "scroll"}
	events := make([]any, 1000)
	for i := range events {
		events[i] = map[string]any{"seq": i, "kind": kinds[(i*7)%len(kinds)], "value": float64((i*13)%97) / 4}
	}
	config := map[string]any{"region": map[string]any{"zone": map[string]any{"rack": map[string]any{"host": map[string]any{"name": "h-17", "port": 8443}}}}}
	v, err := value.FromGo(map[string]any{"orders": orders, "events": events, "config": config, "meta": map[string]any{"currency": "EUR", "version": 2}})
	if err != nil {
		panic(err)
	}
	return v
}

func BenchmarkEval(b *testing.B) {
	doc := benchDoc()
	for _, c := range benchExprs {
		p, err := CompileString(c.expr)
		if err != nil {
			b.Fatalf("%s: %v", c.name, err)
		}
		if _, err := p.Eval(doc, nil); err != nil {
			b.Fatalf("%s: %v", c.name, err)
		}
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := p.Eval(doc, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// benchRounds is how many times BenchmarkSpeedup measures both engines,
// one engine after the other in each round, keeping each engine's best
// time per expression: the machine is shared, and the best of a few
// interleaved rounds is what each engine can do, not when the other
// happened to run.
const benchRounds = 3

// benchWindow is how long each engine evaluates each expression per
// round, after a warm-up of the same length.
const benchWindow = 150 * time.Millisecond

var (
	referenceOnce sync.Once
	referenceNs   []float64
	referenceErr  error
)

// referenceTimes measures every benchmark expression with jsonata-js once
// per process (testdata/bench.js), in expression order.
func referenceTimes(b *testing.B) []float64 {
	referenceOnce.Do(func() {
		referenceNs, referenceErr = measureReference(b)
	})
	if referenceErr != nil {
		b.Fatal(referenceErr)
	}
	return referenceNs
}

// measureReference runs testdata/bench.js once: every expression for
// benchWindow after a warm-up, in expression order.
func measureReference(b *testing.B) ([]float64, error) {
	needNode(b)
	exprs := make([]string, len(benchExprs))
	for i, c := range benchExprs {
		exprs[i] = c.expr
	}
	req, _ := json.Marshal(map[string]any{"doc": value.ToGo(benchDoc()), "exprs": exprs, "ms": benchWindow.Milliseconds()})
	cmd := exec.Command("node", filepath.Join("testdata", "bench.js"))
	cmd.Stdin = strings.NewReader(string(req))
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("testdata/bench.js: %v: %s", err, stderr.String())
	}
	var res struct{ NsPerOp []float64 }
	if err := json.Unmarshal(out, &res); err != nil || len(res.NsPerOp) != len(benchExprs) {
		return nil, fmt.Errorf("testdata/bench.js printed %q", out)
	}
	return res.NsPerOp, nil
}

// BenchmarkReference reports, as ns/op, what jsonata-js 2.0.6 takes for
// each expression (measured by Node.js in this run, not by the loop).
func BenchmarkReference(b *testing.B) {
	ns := referenceTimes(b)
	for i, c := range benchExprs {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
			}
			b.ReportMetric(ns[i], "ns/op")
		})
	}
}

// BenchmarkSpeedup measures both engines on every expression, best of
// benchRounds interleaved rounds, and reports how many times faster the
// Go evaluator is: the geometric mean ("x-geomean") and the smallest
// ("x-min").
func BenchmarkSpeedup(b *testing.B) {
	needNode(b)
	doc := benchDoc()
	progs := make([]*Program, len(benchExprs))
	for i, c := range benchExprs {
		p, err := CompileString(c.expr)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := p.Eval(doc, nil); err != nil {
			b.Fatalf("%s: %v", c.name, err)
		}
		progs[i] = p
	}
	ref := make([]float64, len(benchExprs))
	gons := make([]float64, len(benchExprs))
	for i := range ref {
		ref[i], gons[i] = math.Inf(1), math.Inf(1)
	}
	for range benchRounds {
		r, err := measureReference(b)
		if err != nil {
			b.Fatal(err)
		}
		for i, p := range progs {
			ref[i] = min(ref[i], r[i])
			gons[i] = min(gons[i], goNsPerOp(p, doc, benchWindow))
		}
	}
	logSum, least, worst := 0.0, math.Inf(1), ""
	for i, c := range benchExprs {
		x := ref[i] / gons[i]
		logSum += math.Log(x)
		if x < least {
			least, worst = x, c.name
		}
		b.Logf("%-18s jsonata-js %9.0f ns/op  Go %9.0f ns/op  %6.1fx", c.name, ref[i], gons[i], x)
	}
	for b.Loop() {
	}
	b.ReportMetric(math.Exp(logSum/float64(len(benchExprs))), "x-geomean")
	b.ReportMetric(least, "x-min")
	b.Logf("best of %d interleaved rounds; slowest relative to jsonata-js: %s", benchRounds, worst)
}

// goNsPerOp times p on doc the way testdata/bench.js times jsonata-js: a
// warm-up of length d, then as many evaluations as fit in d. (A benchmark
// cannot call testing.Benchmark, which waits for the running one.)
func goNsPerOp(p *Program, doc value.Value, d time.Duration) float64 {
	run := func() (int, time.Duration) {
		n, start := 0, time.Now()
		for time.Since(start) < d {
			for range 16 {
				_, _ = p.Eval(doc, nil)
			}
			n += 16
		}
		return n, time.Since(start)
	}
	run()
	n, took := run()
	return float64(took.Nanoseconds()) / float64(n)
}
