// Command app is the AWS CDK app of stepwise's example stacks; cdk.json
// runs it (`npx cdk synth`, `npx cdk deploy`). The context value
// approvalTimeout (a Go duration, "48h") sets HumanApproval's timeout.
package main

import (
	"fmt"
	"os"
	"time"

	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/jsii-runtime-go"

	"github.com/stepwise-go/stepwise/stacks"
)

func main() {
	defer jsii.Close()
	app := awscdk.NewApp(nil)
	var timeout time.Duration
	if v, ok := app.Node().TryGetContext(jsii.String("approvalTimeout")).(string); ok && v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			fmt.Fprintf(os.Stderr, "stacks: context approvalTimeout=%q: %v\n", v, err)
			os.Exit(1)
		}
		timeout = d
	}
	if err := stacks.NewApp(app, timeout); err != nil {
		fmt.Fprintln(os.Stderr, err)
		jsii.Close()
		os.Exit(1)
	}
	stacks.CheckAwsSolutions(app)
	app.Synth(nil)
}
