// Command approval is the HumanApproval stack's decision endpoint, the
// Lambda function behind API Gateway's GET /decision: the logic is
// constructs/workflows/functions/approval, given the AWS SDK's Step
// Functions client.
package main

import (
	"context"
	"log"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	sfnapi "github.com/aws/aws-sdk-go-v2/service/sfn"

	"github.com/stepwise-go/stepwise/constructs/workflows/functions/approval"
)

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatalf("approval: loading the AWS configuration: %v", err)
	}
	lambda.Start(approval.Decider{SFN: sfnapi.NewFromConfig(cfg)}.Decide)
}
