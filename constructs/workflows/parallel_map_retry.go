package workflows

import (
	"time"

	"github.com/stepwise-go/stepwise/constructs/integrations"
	"github.com/stepwise-go/stepwise/constructs/sfn"
)

// ParallelMapRetry is the AWS CDK scenario of the same name: parallel
// checks, a charge retried with backoff and jitter, an inline Map over the
// items, and a Choice with And. Its ASL matches what the AWS CDK
// synthesizes for the same program.
func ParallelMapRetry() *sfn.StateMachine {
	failed := sfn.NewFail("Failed").Error("OrderFailed").Cause("an item could not be processed")

	charge := integrations.LambdaInvoke("Charge", integrations.LambdaInvokeProps{
		Function:       integrations.LambdaFunction("WorkFunction"),
		NoServiceRetry: true,
	}).
		ResultPath("$.charge").
		Retry(
			sfn.RetryOn("Payment.Declined").Interval(3*time.Second).MaxAttempts(2).
				BackoffRate(1.5).MaxDelay(10*time.Second).Jitter(sfn.JitterFull),
			sfn.RetryOn(sfn.ErrAll),
		).
		Catch(sfn.CatchOn(sfn.ErrAll).ResultPath("$.error"), failed)

	checks := sfn.NewParallel("Checks").
		ResultPath("$.checks").
		Branch(sfn.NewPass("Fraud").Result(map[string]any{"ok": true})).
		Branch(sfn.NewPass("Stock").Parameters(map[string]any{"sku": sfn.Path("$.sku"), "qty": 1})).
		Catch(sfn.CatchOn(sfn.ErrAll), failed)

	ship := sfn.NewMap("Ship Items").
		ItemsPath("$.items").
		MaxConcurrency(5).
		DiscardResult().
		ItemSelector(map[string]any{"item": sfn.Path("$$.Map.Item.Value"), "order": sfn.Path("$.orderId")}).
		ItemProcessor(sfn.NewPass("Ship One").Next(sfn.NewSucceed("Shipped")))

	done := sfn.NewSucceed("Done")
	flag := sfn.NewPass("Flag").Result(true).ResultPath("$.flagged")
	bigOrder := sfn.NewChoice("Big Order?").
		When(sfn.And(sfn.IsPresent("$.total"), sfn.NumericGreaterThan("$.total", 1000)), flag.Next(done)).
		Otherwise(done)

	return sfn.NewStateMachine("ParallelMapRetry", checks.Next(charge).Next(ship).Next(bigOrder))
}
