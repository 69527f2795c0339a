package main

import "testing"

// TestImportObstacles: what import says about End: false beside Next,
// and that a Wait of 0 seconds imports. (The placeholder note is tested
// in importer: its text quotes a DSL message whose source position is
// the interpreter's, inside the reflect package, which varies with Go.)
func TestImportObstacles(t *testing.T) {
	checkCLICases(t, []cliCase{
		{"import-end-false-next", map[string]string{"pass.json": `{"StartAt": "A", "States": {"A": {"Type": "Pass", "End": false, "Next": "B"}, "B": {"Type": "Succeed"}}}`},
			[]string{"import", "pass.json"}, exitInvalid},
		{"import-wait-zero", map[string]string{"wait.json": `{"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 0, "End": true}}}`},
			[]string{"import", "wait.json"}, exitOK},
	})
}
