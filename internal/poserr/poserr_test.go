package poserr_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stepwise-go/stepwise/internal/poserr"
)

func TestError(t *testing.T) {
	var nilErr *poserr.Error
	tests := []struct {
		err  *poserr.Error
		want string
	}{
		{poserr.Errorf(3, "unexpected %q", "]"), `at 3: unexpected "]"`},
		{&poserr.Error{Pos: 12, Line: 2, Column: 5, Msg: "bad"}, "line 2, column 5: bad"},
		{&poserr.Error{Pos: 1, Code: "S0202", Msg: "expected"}, "at 1: expected"},
		{nilErr, "<nil>"},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
	}
}

func TestErrorsAs(t *testing.T) {
	err := fmt.Errorf("reading: %w", poserr.Errorf(7, "oops"))
	var pe *poserr.Error
	if !errors.As(err, &pe) || pe.Pos != 7 {
		t.Fatalf("errors.As did not find the position error in %v", err)
	}
	if errors.As(errors.New("plain"), &pe) {
		t.Fatal("errors.As matched a plain error")
	}
}
