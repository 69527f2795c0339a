package workflows

import "github.com/stepwise-go/stepwise/constructs/sfn"

// DistributedMapCsv is the AWS CDK integration test "distributed-map": a
// distributed Map reads the rows of my-key.csv (column names from the
// first row) from an S3 bucket, runs a Pass for each in a child execution,
// and writes the results back to the bucket under my-prefix. The bucket is
// a deploy-time reference (${BucketName}).
func DistributedMapCsv() *sfn.StateMachine {
	const bucket = "${BucketName}"
	distributed := sfn.NewMap("DistributedMap").
		Distributed(sfn.ExecutionStandard).
		ItemReader(sfn.ReadS3CSV(bucket, "my-key.csv")).
		ResultWriter(sfn.WriteResultsToS3(bucket, "my-prefix")).
		ItemProcessor(sfn.NewPass("Pass"))
	return sfn.NewStateMachine("DistributedMapCsv", distributed)
}
