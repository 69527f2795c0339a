package server

import (
	"errors"
	"testing"

	"github.com/stepwise-go/stepwise/tasks"
)

func errorsAs(err error, target any) bool { return errors.As(err, target) }

// parseMocks parses a mock file given as text.
func parseMocks(t *testing.T, text string) *tasks.MockFile {
	t.Helper()
	f, err := tasks.ParseMockFile([]byte(text), "MockConfigFile.json")
	if err != nil {
		t.Fatal(err)
	}
	return f
}
