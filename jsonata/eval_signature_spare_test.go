package jsonata

import (
	"testing"

	"github.com/stepwise-go/stepwise/value"
)

// TestValidateArgsSpare: a missing optional parameter at the end is
// added in the caller's spare capacity only when the caller owns it;
// otherwise the arguments are copied and the caller's slice is untouched.
func TestValidateArgsSpare(t *testing.T) {
	sig, err := parseSignature("<x-b?:s>")
	if err != nil {
		t.Fatal(err)
	}
	for _, spare := range []bool{false, true} {
		backing := []value.Value{"x", "keep"}
		args := backing[:1]
		got, verr := sig.validateArgs(args, nil, spare)
		if verr != nil {
			t.Fatalf("spare=%v: %v", spare, verr)
		}
		if len(got) != 2 || got[0] != "x" || got[1] != nil {
			t.Fatalf("spare=%v: validated %v, want [x <undefined>]", spare, got)
		}
		shared := &got[0] == &backing[0]
		if shared != spare {
			t.Errorf("spare=%v: validated shares the caller's slice: %v", spare, shared)
		}
		if want := map[bool]value.Value{false: "keep", true: nil}[spare]; backing[1] != want {
			t.Errorf("spare=%v: caller's spare slot holds %v, want %v", spare, backing[1], want)
		}
	}
}
