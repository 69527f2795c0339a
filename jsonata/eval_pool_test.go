package jsonata

import (
	"context"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stepwise-go/stepwise/value"
)

// Evaluation states and their path-step sequences are pooled (eval.go,
// eval_slab.go). A result must not share memory with a pooled state: it
// stays what it was however many evaluations follow, on any goroutine.
func TestResultsSurviveLaterEvaluations(t *testing.T) {
	doc := benchDoc()
	type kept struct {
		name, json string
		v          value.Value
	}
	// The benchmark expressions, and some whose results are one-item
	// arrays a path step built.
	exprs := append([]struct{ name, expr string }{
		{"KeepSingleton", `orders[0].items[0].sku[]`},
		{"KeepSingletonObject", `orders[0].customer[]`},
		{"IndexedSingleton", `[orders[1].id]`},
	}, benchExprs...)
	// What the one-item results are, checked right after evaluation too
	// (a result sharing a pooled sequence would already be cleared).
	want := map[string]string{
		"KeepSingleton":       `["SKU-000"]`,
		"KeepSingletonObject": `[{"email":"ada@mail.test","name":"Ada Lovelace","tier":0}]`,
		"IndexedSingleton":    `["ord-0001"]`,
	}
	var results []kept
	for _, c := range exprs {
		p, err := CompileString(c.expr)
		if err != nil {
			t.Fatal(err)
		}
		v, err := p.Eval(doc, nil)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		got := string(value.Marshal(v))
		if w, ok := want[c.name]; ok && got != w {
			t.Errorf("%s = %s, want %s", c.name, got, w)
		}
		results = append(results, kept{c.name, got, v})
	}
	// Reuse the pooled states many times, from several goroutines.
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				for _, c := range exprs {
					p, _ := CompileString(c.expr)
					if _, err := p.Eval(doc, nil); err != nil {
						t.Error(err)
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	for _, r := range results {
		if got := string(value.Marshal(r.v)); got != r.json {
			t.Errorf("%s: the result changed after later evaluations:\nwas %.200s\nnow %.200s", r.name, r.json, got)
		}
	}
}

// An error's value may hold a function whose scope is the evaluation's:
// the state is not reused after an error, so the value stays intact.
func TestErrorValueSurvivesLaterEvaluations(t *testing.T) {
	p, err := CompileString(`[1,2,3].($ + "x")`)
	if err != nil {
		t.Fatal(err)
	}
	_, e1 := p.Eval(nil, nil)
	if e1 == nil {
		t.Fatal("want an error")
	}
	before := e1.Error()
	q, _ := CompileString(`[4,5,6].($ * 2)`)
	for i := 0; i < 100; i++ {
		if _, err := q.Eval(nil, nil); err != nil {
			t.Fatal(err)
		}
	}
	if after := e1.Error(); after != before {
		t.Errorf("error changed: %q, then %q", before, after)
	}
}

// release must leave a state as a new one starts, apart from the storage
// kept for reuse: a field it forgets would leak into the next evaluation.
func TestReleaseResetsEveryField(t *testing.T) {
	p, err := CompileString(`($n := $now(); $r := $random(); $f := function($x){ $string($x * 2) }; ($map([1,2,3], $f) ~> $join(?, $formatNumber(1, "#"))) & $string($count($$.o.i.v)) & "!")`)
	if err != nil {
		t.Fatal(err)
	}
	env := &Env{Context: context.Background(), Timeout: time.Minute, MaxDepth: 50,
		Random: func() float64 { return 0.5 }, Now: func() time.Time { return time.Unix(1, 0) },
		Bindings: map[string]value.Value{"x": 1.0}}
	input, _ := value.ParseString(`{"o": [{"i": [{"v": 1}, {"v": 2}]}, {"i": {"v": 3}}]}`)
	st := newState(env, input)
	st.pictures = p.pictures
	if _, e := st.eval(p.root, input, st.root); e != nil {
		e.populate()
		t.Fatal(e.Code, e)
	}
	if st.now.IsZero() || st.tick == 0 || st.steps == 0 {
		t.Fatal("the evaluation did not use the state's fields")
	}
	st.release()
	if st.nameBufs[0] == nil || st.concatParts == nil {
		t.Fatal("the evaluation did not run a path of names and an & chain")
	}
	want := state{slab: st.slab, spareFrames: st.spareFrames, argStack: st.argStack, nameBufs: st.nameBufs, concatParts: st.concatParts}
	if !reflect.DeepEqual(*st, want) {
		t.Errorf("released state differs from a new one:\n%+v\nwant\n%+v", *st, want)
	}
}

// An array that is the inline slot of a pooled sequence, wherever it
// sits in a result, is copied when the result is made plain: the slab
// serves the next evaluation.
func TestPlainResultsCopyPooledSlots(t *testing.T) {
	st := &state{}
	s := st.seq1("kept")
	slot := s.all() // the sequence's inline slot, as a plain array
	obj := value.NewObject(1)
	obj.Set("a", slot)
	results := []value.Value{obj, slot, []value.Value{slot}}
	plain := make([]value.Value, len(results))
	for i, r := range results {
		plain[i] = plainer{slab: st.slab[:st.slabUsed]}.toPlain(r)
	}
	st.resetSlab()
	for i, p := range plain {
		if got := string(value.Marshal(p)); !strings.Contains(got, `"kept"`) {
			t.Errorf("result %d changed with the slab: %s", i, got)
		}
	}
	// Arrays that are no pooled slot are returned as they are.
	mine := []value.Value{"x"}
	if got := (plainer{slab: st.slab[:]}).toPlain(mine).([]value.Value); &got[0] != &mine[0] {
		t.Error("a plain one-item array was copied")
	}
}
