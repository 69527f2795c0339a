package workflows

import (
	"time"

	"github.com/stepwise-go/stepwise/constructs/integrations"
	"github.com/stepwise-go/stepwise/constructs/sfn"
)

// IotIngest is an Express workflow for high-volume device readings, the
// seed document's Express use case: validate the reading, transform it,
// and write it to DynamoDB directly (PutItem, no Lambda). Express runs
// each step at least once, so the write is idempotent: a reading is keyed
// by device and timestamp, and a repeat overwrites it with the same item.
// The DynamoDB table is a deploy-time reference (${ReadingsTableName},
// ${ReadingsTableArn}).
func IotIngest() *sfn.StateMachine {
	invalid := sfn.NewFail("Invalid Reading").
		Error("Reading.Invalid").
		Cause("a reading needs a string deviceId, a timestamp and a numeric temperature")

	transform := sfn.NewPass("Transform").Parameters(map[string]any{
		"deviceId":    sfn.Path("$.deviceId"),
		"timestamp":   sfn.Path("$.timestamp"),
		"temperature": sfn.Path("States.JsonToString($.temperature)"), // DynamoDB numbers travel as strings
		"receivedAt":  sfn.Path("$$.State.EnteredTime"),
	})
	store := integrations.DynamoPutItem("Store Reading", integrations.DynamoPutItemProps{
		Table: integrations.DynamoTable("ReadingsTable"),
		Item: map[string]any{
			"deviceId":    integrations.DynamoS(sfn.Path("$.deviceId")),
			"timestamp":   integrations.DynamoS(sfn.Path("$.timestamp")),
			"temperature": integrations.DynamoN(sfn.Path("$.temperature")),
			"receivedAt":  integrations.DynamoS(sfn.Path("$.receivedAt")),
		},
	})

	validate := sfn.NewChoice("Validate").
		When(sfn.And(
			sfn.IsString("$.deviceId"),
			sfn.IsTimestamp("$.timestamp"),
			sfn.IsNumeric("$.temperature"),
		), transform.Next(store)).
		Otherwise(invalid)

	return sfn.NewStateMachine("IotIngest", validate).
		Comment("Validate, transform and store one IoT reading (Express).").
		Type(sfn.Express).
		Timeout(time.Minute)
}
