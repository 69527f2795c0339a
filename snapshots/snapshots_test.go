package snapshots_test

import (
	"testing"

	"github.com/stepwise-go/stepwise/snapshots"
)

func TestUpdating(t *testing.T) {
	for v, want := range map[string]bool{"": false, "0": false, "1": true, "yes": true} {
		t.Setenv(snapshots.UpdateEnv, v)
		if got := snapshots.Updating(); got != want {
			t.Errorf("%s=%q: Updating() = %v, want %v", snapshots.UpdateEnv, v, got, want)
		}
	}
}
