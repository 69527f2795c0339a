package sfn_test

import (
	"fmt"
	"time"

	"github.com/stepwise-go/stepwise/constructs/sfn"
)

// synth prints a machine's ASL, or its problems.
func synth(m *sfn.StateMachine) {
	out, err := m.Synth()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(string(out))
}

func ExampleNewStateMachine() {
	hello := sfn.NewPass("Hello").Result(map[string]any{"greeting": "hello"}).ResultPath("$.hello")
	wait := sfn.NewWait("Pause", sfn.WaitDuration(5*time.Second))
	done := sfn.NewSucceed("Done")

	m := sfn.NewStateMachine("HelloWorld", sfn.Sequence(hello, wait, done)).
		Comment("Says hello, waits, succeeds.").
		Timeout(5 * time.Minute)
	synth(m)
	// Output:
	// {
	//   "Comment": "Says hello, waits, succeeds.",
	//   "TimeoutSeconds": 300,
	//   "StartAt": "Hello",
	//   "States": {
	//     "Hello": {
	//       "Type": "Pass",
	//       "Result": {
	//         "greeting": "hello"
	//       },
	//       "ResultPath": "$.hello",
	//       "Next": "Pause"
	//     },
	//     "Pause": {
	//       "Type": "Wait",
	//       "Seconds": 5,
	//       "Next": "Done"
	//     },
	//     "Done": {
	//       "Type": "Succeed"
	//     }
	//   }
	// }
}

func ExampleChoice_afterwards() {
	small := sfn.NewPass("Small").Result("small").ResultPath("$.size")
	large := sfn.NewPass("Large").Result("large").ResultPath("$.size")
	choice := sfn.NewChoice("Size?").
		When(sfn.NumericLessThan("$.count", 10), small).
		Otherwise(large)
	report := sfn.NewTask("Report", "arn:aws:lambda:us-east-1:123456789012:function:report")

	synth(sfn.NewStateMachine("Sizes", choice.Afterwards().Next(report)))
	// Output:
	// {
	//   "StartAt": "Size?",
	//   "States": {
	//     "Size?": {
	//       "Type": "Choice",
	//       "Choices": [
	//         {
	//           "Variable": "$.count",
	//           "NumericLessThan": 10,
	//           "Next": "Small"
	//         }
	//       ],
	//       "Default": "Large"
	//     },
	//     "Small": {
	//       "Type": "Pass",
	//       "Result": "small",
	//       "ResultPath": "$.size",
	//       "Next": "Report"
	//     },
	//     "Large": {
	//       "Type": "Pass",
	//       "Result": "large",
	//       "ResultPath": "$.size",
	//       "Next": "Report"
	//     },
	//     "Report": {
	//       "Type": "Task",
	//       "Resource": "arn:aws:lambda:us-east-1:123456789012:function:report",
	//       "End": true
	//     }
	//   }
	// }
}

func ExampleTask_retry() {
	charge := sfn.NewTask("Charge", "arn:aws:states:::lambda:invoke").
		Parameters(map[string]any{
			"FunctionName": "arn:aws:lambda:us-east-1:123456789012:function:charge",
			"Payload":      sfn.Path("$"),
		}).
		Retry(sfn.RetryOn("Lambda.ServiceException", "Lambda.TooManyRequestsException").
			Interval(2*time.Second).MaxAttempts(5).BackoffRate(2).Jitter(sfn.JitterFull)).
		Catch(sfn.CatchOn(sfn.ErrAll).ResultPath("$.error"),
			sfn.NewFail("PaymentFailed").Error("PaymentFailed").CausePath("$.error.Cause"))

	synth(sfn.NewStateMachine("Payment", charge.Next(sfn.NewSucceed("Paid"))))
	// Output:
	// {
	//   "StartAt": "Charge",
	//   "States": {
	//     "Charge": {
	//       "Type": "Task",
	//       "Resource": "arn:aws:states:::lambda:invoke",
	//       "Parameters": {
	//         "FunctionName": "arn:aws:lambda:us-east-1:123456789012:function:charge",
	//         "Payload.$": "$"
	//       },
	//       "Retry": [
	//         {
	//           "ErrorEquals": [
	//             "Lambda.ServiceException",
	//             "Lambda.TooManyRequestsException"
	//           ],
	//           "IntervalSeconds": 2,
	//           "MaxAttempts": 5,
	//           "BackoffRate": 2,
	//           "JitterStrategy": "FULL"
	//         }
	//       ],
	//       "Catch": [
	//         {
	//           "ErrorEquals": [
	//             "States.ALL"
	//           ],
	//           "ResultPath": "$.error",
	//           "Next": "PaymentFailed"
	//         }
	//       ],
	//       "Next": "Paid"
	//     },
	//     "Paid": {
	//       "Type": "Succeed"
	//     },
	//     "PaymentFailed": {
	//       "Type": "Fail",
	//       "Error": "PaymentFailed",
	//       "CausePath": "$.error.Cause"
	//     }
	//   }
	// }
}

func ExampleFragment_WithPrefix() {
	pause := sfn.Fragment(func() sfn.Chainable {
		return sfn.NewWait("Wait", sfn.WaitSecondsPath("$.delay")).
			Next(sfn.NewPass("Log").ResultPath("$.log"))
	})
	def := sfn.Sequence(pause.WithPrefix("First "), pause.WithPrefix("Second "))

	synth(sfn.NewStateMachine("TwoPauses", def))
	// Output:
	// {
	//   "StartAt": "First Wait",
	//   "States": {
	//     "First Wait": {
	//       "Type": "Wait",
	//       "SecondsPath": "$.delay",
	//       "Next": "First Log"
	//     },
	//     "First Log": {
	//       "Type": "Pass",
	//       "ResultPath": "$.log",
	//       "Next": "Second Wait"
	//     },
	//     "Second Wait": {
	//       "Type": "Wait",
	//       "SecondsPath": "$.delay",
	//       "Next": "Second Log"
	//     },
	//     "Second Log": {
	//       "Type": "Pass",
	//       "ResultPath": "$.log",
	//       "End": true
	//     }
	//   }
	// }
}

func ExampleNewMap() {
	process := sfn.NewMap("ProcessOrders").
		ItemsPath("$.orders").
		ItemSelector(map[string]any{
			"order":    sfn.Path("$$.Map.Item.Value"),
			"customer": sfn.Path("$.customer"),
		}).
		MaxConcurrency(10).
		ItemProcessor(sfn.NewTask("Ship", "arn:aws:lambda:us-east-1:123456789012:function:ship")).
		ResultPath("$.shipped")

	synth(sfn.NewStateMachine("Orders", process))
	// Output:
	// {
	//   "StartAt": "ProcessOrders",
	//   "States": {
	//     "ProcessOrders": {
	//       "Type": "Map",
	//       "ItemsPath": "$.orders",
	//       "ItemSelector": {
	//         "customer.$": "$.customer",
	//         "order.$": "$$.Map.Item.Value"
	//       },
	//       "MaxConcurrency": 10,
	//       "ItemProcessor": {
	//         "ProcessorConfig": {
	//           "Mode": "INLINE"
	//         },
	//         "StartAt": "Ship",
	//         "States": {
	//           "Ship": {
	//             "Type": "Task",
	//             "Resource": "arn:aws:lambda:us-east-1:123456789012:function:ship",
	//             "End": true
	//           }
	//         }
	//       },
	//       "ResultPath": "$.shipped",
	//       "End": true
	//     }
	//   }
	// }
}

func ExampleNewParallel() {
	both := sfn.NewParallel("LookUp").
		Branch(
			sfn.NewTask("Address", "arn:aws:lambda:us-east-1:123456789012:function:address"),
			sfn.NewTask("Phone", "arn:aws:lambda:us-east-1:123456789012:function:phone"),
		).
		ResultSelector(map[string]any{"address": sfn.Path("$[0]"), "phone": sfn.Path("$[1]")}).
		ResultPath("$.contact")

	synth(sfn.NewStateMachine("Contact", both))
	// Output:
	// {
	//   "StartAt": "LookUp",
	//   "States": {
	//     "LookUp": {
	//       "Type": "Parallel",
	//       "Branches": [
	//         {
	//           "StartAt": "Address",
	//           "States": {
	//             "Address": {
	//               "Type": "Task",
	//               "Resource": "arn:aws:lambda:us-east-1:123456789012:function:address",
	//               "End": true
	//             }
	//           }
	//         },
	//         {
	//           "StartAt": "Phone",
	//           "States": {
	//             "Phone": {
	//               "Type": "Task",
	//               "Resource": "arn:aws:lambda:us-east-1:123456789012:function:phone",
	//               "End": true
	//             }
	//           }
	//         }
	//       ],
	//       "ResultSelector": {
	//         "address.$": "$[0]",
	//         "phone.$": "$[1]"
	//       },
	//       "ResultPath": "$.contact",
	//       "End": true
	//     }
	//   }
	// }
}

// Synth reports every problem at once, each with the Go line that made it,
// its location in the definition and a stable code.
func ExampleStateMachine_Synth_problems() {
	charge := sfn.NewTask("Charge", "arn:aws:states:::lambda:invoke").
		Retry(sfn.RetryOn(sfn.ErrAll), sfn.RetryOn("Payment.Declined").BackoffRate(0.5)).
		Timeout(1500 * time.Millisecond)
	wait := sfn.NewWait("Cool Down", sfn.WaitSecondsPath("$.delay[*]"))
	_, err := sfn.NewStateMachine("Orders", charge.Next(wait).Next(sfn.NewSucceed("Done")).Next(sfn.NewPass("After"))).Synth()
	fmt.Println(err)
	// Output:
	// example_test.go:292: States["Charge"].TimeoutSeconds: Timeout: 1.5s is not a whole number of seconds [build]
	// example_test.go:294: States["Charge"]: Next: the chain starting at "Charge" cannot continue: it ends only in Succeed, Fail or a Choice (use Choice.Afterwards to continue after a Choice) [build]
	// example_test.go:291: States["Charge"].Retry[0].ErrorEquals[0]: States.ALL must be in the last retrier [states-all-position]
	// example_test.go:291: States["Charge"].Retry[1].BackoffRate: BackoffRate must be 1.0 or more, not 0.5 [retry-backoff-rate]
	// example_test.go:293: States["Cool Down"].SecondsPath: "$.delay[*]" must be a reference path: a single node, without wildcards, filters, slices, unions, negative indexes or '..' [invalid-reference-path]
}

func ExampleCommented() {
	ship := sfn.NewSucceed("Ship")
	choice := sfn.NewChoice("Ready?").
		When(sfn.And(
			sfn.Commented(sfn.BooleanEquals("$.paid", true), "the charge went through"),
			sfn.IsPresent("$.address"),
		), ship, sfn.RuleComment("paid and addressed"))

	synth(sfn.NewStateMachine("Orders", choice))
	// Output:
	// {
	//   "StartAt": "Ready?",
	//   "States": {
	//     "Ready?": {
	//       "Type": "Choice",
	//       "Choices": [
	//         {
	//           "Comment": "paid and addressed",
	//           "And": [
	//             {
	//               "Comment": "the charge went through",
	//               "Variable": "$.paid",
	//               "BooleanEquals": true
	//             },
	//             {
	//               "Variable": "$.address",
	//               "IsPresent": true
	//             }
	//           ],
	//           "Next": "Ship"
	//         }
	//       ]
	//     },
	//     "Ship": {
	//       "Type": "Succeed"
	//     }
	//   }
	// }
}
