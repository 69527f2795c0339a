package semdiff_test

import (
	"fmt"

	"github.com/stepwise-go/stepwise/semdiff"
)

func ExampleCompare() {
	before := `{"StartAt": "Charge", "States": {
		"Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 30, "Next": "Done"},
		"Done": {"Type": "Succeed"}}}`
	after := `{"States": {
		"Charge": {"Next": "Finished", "Type": "Task", "TimeoutSeconds": 60, "Resource": "arn:aws:states:::lambda:invoke"},
		"Finished": {"Type": "Succeed"}}, "StartAt": "Charge"}`
	r, err := semdiff.Compare([]byte(before), []byte(after))
	if err != nil {
		panic(err)
	}
	fmt.Print(r)
	// Output:
	// renamed "Done" to "Finished" (Succeed)
	// changed "Charge" (Task):
	//   TimeoutSeconds: 30 -> 60
	//   Next: "Done" -> "Finished" (the rename)
	// 2 states differ: 1 renamed, 1 changed
}
