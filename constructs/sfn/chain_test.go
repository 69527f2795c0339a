package sfn_test

import (
	"testing"

	"github.com/stepwise-go/stepwise/constructs/sfn"
)

func TestBuildOrder(t *testing.T) {
	// Successors in order: Choice rules, default, Next, Catch handlers;
	// breadth-first.
	handler := sfn.NewPass("Handler")
	task := sfn.NewTask("Task", fnArn).Catch(sfn.CatchOn(sfn.ErrAll), handler)
	task.Next(sfn.NewPass("AfterTask"))
	choice := sfn.NewChoice("Choice").
		When(sfn.IsPresent("$.a"), task).
		When(sfn.IsPresent("$.b"), sfn.NewPass("B").Next(sfn.NewSucceed("AfterB"))).
		Otherwise(sfn.NewFail("Default"))
	start := sfn.NewPass("Start").Next(choice)
	got := statesJSON(t, start)
	want := `{"Start":{"Type":"Pass","Next":"Choice"},` +
		`"Choice":{"Type":"Choice","Choices":[{"Variable":"$.a","IsPresent":true,"Next":"Task"},{"Variable":"$.b","IsPresent":true,"Next":"B"}],"Default":"Default"},` +
		`"Task":{"Type":"Task","Resource":"` + fnArn + `","Catch":[{"ErrorEquals":["States.ALL"],"Next":"Handler"}],"Next":"AfterTask"},` +
		`"B":{"Type":"Pass","Next":"AfterB"},"Default":{"Type":"Fail"},"AfterTask":{"Type":"Pass","End":true},` +
		`"Handler":{"Type":"Pass","End":true},"AfterB":{"Type":"Succeed"}}`
	if got != want {
		t.Errorf("States:%s", diff(want, got))
	}
}

func TestAfterwards(t *testing.T) {
	// Two branches continue; the Succeed branch contributes no end; a state
	// reached by two rules is one end.
	join := sfn.NewPass("Join")
	a := sfn.NewPass("A")
	choice := sfn.NewChoice("C").
		When(sfn.IsPresent("$.a"), a).
		When(sfn.IsPresent("$.aa"), a).
		When(sfn.IsPresent("$.b"), sfn.NewPass("B1").Next(sfn.NewPass("B2"))).
		When(sfn.IsPresent("$.s"), sfn.NewSucceed("S"))
	def := choice.Afterwards().Next(join).Next(sfn.NewSucceed("End"))
	got := statesJSON(t, def)
	want := `{"C":{"Type":"Choice","Choices":[{"Variable":"$.a","IsPresent":true,"Next":"A"},` +
		`{"Variable":"$.aa","IsPresent":true,"Next":"A"},{"Variable":"$.b","IsPresent":true,"Next":"B1"},` +
		`{"Variable":"$.s","IsPresent":true,"Next":"S"}]},"A":{"Type":"Pass","Next":"Join"},"B1":{"Type":"Pass","Next":"B2"},` +
		`"S":{"Type":"Succeed"},"Join":{"Type":"Pass","Next":"End"},"B2":{"Type":"Pass","Next":"Join"},"End":{"Type":"Succeed"}}`
	if got != want {
		t.Errorf("States:%s", diff(want, got))
	}
}

func TestChainsCompose(t *testing.T) {
	first := sfn.Sequence(sfn.NewPass("A"), sfn.NewPass("B"))
	second := sfn.NewPass("C").Next(sfn.NewPass("D"))
	whole := sfn.Sequence(first, second, sfn.NewSucceed("E"))
	got := statesJSON(t, whole)
	want := `{"A":{"Type":"Pass","Next":"B"},"B":{"Type":"Pass","Next":"C"},"C":{"Type":"Pass","Next":"D"},` +
		`"D":{"Type":"Pass","Next":"E"},"E":{"Type":"Succeed"}}`
	if got != want {
		t.Errorf("States:%s", diff(want, got))
	}
}
