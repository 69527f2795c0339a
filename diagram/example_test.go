package diagram_test

import (
	"fmt"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/diagram"
)

func ExampleDiagram_Mermaid() {
	m, _ := asl.Parse([]byte(`{"StartAt": "Check", "States": {
		"Check": {"Type": "Choice", "Choices": [{"Variable": "$.status", "StringEquals": "FAILED", "Next": "Failed"}], "Default": "Done"},
		"Failed": {"Type": "Fail"},
		"Done": {"Type": "Succeed"}}}`))
	fmt.Print(string(diagram.New(m).Mermaid()))
	// Output:
	// flowchart TD
	//   start(("Start"))
	//   s1{{"Check<br>Choice"}}
	//   s2(["Failed<br>Fail"])
	//   s3(["Done<br>Succeed"])
	//   stop((("End")))
	//   start --> s1
	//   s1 -->|"$.status == #quot;FAILED#quot;"| s2
	//   s1 -->|"Default"| s3
	//   s2 --> stop
	//   s3 --> stop
	//   classDef marker fill:#444444,stroke:#444444,color:#ffffff
	//   class start,stop marker
	//   classDef choice fill:#fff4e0,stroke:#d9822b,color:#1a1a1a
	//   class s1 choice
	//   classDef succeed fill:#e6f4ea,stroke:#2e7d32,color:#1a1a1a
	//   class s3 succeed
	//   classDef fail fill:#fdecea,stroke:#c62828,color:#1a1a1a
	//   class s2 fail
}
