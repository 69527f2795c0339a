package workflows

import (
	"time"

	"github.com/stepwise-go/stepwise/constructs/integrations"
	"github.com/stepwise-go/stepwise/constructs/sfn"
	"github.com/stepwise-go/stepwise/constructs/sfn/states"
)

// OrderFulfillment is a realistic order pipeline. It validates the order
// (retrying Lambda's transient errors, rejecting invalid orders), routes it
// on And/Or/Not conditions, then charges the payment and reserves every
// item in parallel (an inline Map with bounded concurrency), and publishes
// a notification. A failure in fulfilment runs a compensation step before
// the execution fails.
func OrderFulfillment() *sfn.StateMachine {
	rejected := sfn.NewFail("Order Rejected").Error("OrderRejected").Cause("the order failed validation")
	failed := sfn.NewFail("Order Failed").Error("FulfilmentFailed").Cause("payment or reservation failed; compensated")

	validate := lambdaInvoke("Validate Order", "ValidateOrderFunction").
		ResultSelector(map[string]any{"valid": sfn.Path("$.Payload.valid"), "reasons": sfn.Path("$.Payload.reasons")}).
		ResultPath("$.validation").
		Catch(sfn.CatchOn("ValidationError").ResultPath("$.error"), rejected)

	express := sfn.NewPass("Ship Express").Result(map[string]any{"carrier": "air", "days": 1}).ResultPath("$.shipping")
	standard := sfn.NewPass("Ship Standard").Result(map[string]any{"carrier": "ground", "days": 5}).ResultPath("$.shipping")
	route := sfn.NewChoice("Route Order").
		Comment("Invalid or empty orders stop here; big or express orders fly.").
		When(sfn.Or(sfn.BooleanEquals("$.validation.valid", false), sfn.Not(sfn.IsPresent("$.items[0]"))), rejected).
		When(sfn.Or(
			sfn.StringEquals("$.priority", "express"),
			sfn.And(sfn.NumericGreaterThanEquals("$.total", 500), sfn.Not(sfn.StringEquals("$.country", "AQ"))),
		), express).
		Otherwise(standard)

	charge := lambdaInvoke("Charge Payment", "ChargePaymentFunction").
		ResultSelector(map[string]any{"chargeId": sfn.Path("$.Payload.chargeId")}).
		Timeout(30 * time.Second).
		Retry(sfn.RetryOn("Payment.Throttled").Interval(time.Second).MaxAttempts(5).
			BackoffRate(2).MaxDelay(20 * time.Second).Jitter(sfn.JitterFull))
	reserve := sfn.NewMap("Reserve Items").
		ItemsPath("$.items").
		MaxConcurrency(10).
		ItemSelector(map[string]any{"orderId": sfn.Path("$.orderId"), "sku": sfn.Path("$$.Map.Item.Value.sku"), "quantity": sfn.Path("$$.Map.Item.Value.quantity")}).
		ItemProcessor(lambdaInvoke("Reserve Stock", "ReserveStockFunction").OutputPath("$.Payload"))
	fulfil := sfn.NewParallel("Fulfil").
		Branch(charge, reserve).
		ResultSelector(map[string]any{"payment": sfn.Path("$[0]"), "reservations": sfn.Path("$[1]")}).
		ResultPath("$.fulfilment").
		Retry(sfn.RetryOn(sfn.ErrBranchFailed).MaxAttempts(1)).
		Catch(sfn.CatchOn(sfn.ErrAll).ResultPath("$.error"),
			lambdaInvoke("Compensate", "CompensateFunction").ResultPath(sfn.Path("$.compensation")).Next(failed))

	notify := integrations.SNSPublish("Notify Customer", integrations.SNSPublishProps{
		Topic:   integrations.SNSTopic("OrderEventsTopic"),
		Message: states.Format("Order {} ships by {}", sfn.Path("$.orderId"), sfn.Path("$.shipping.carrier")),
	}).DiscardResult()

	definition := validate.Next(route.Afterwards()).Next(fulfil).Next(notify)
	return sfn.NewStateMachine("OrderFulfillment", definition).
		Comment("Validate, route, fulfil and notify one order.").
		Timeout(24 * time.Hour)
}
