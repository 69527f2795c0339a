// Package workflows holds the repository's example workflows, written with
// the DSL: the seed document's two examples (SeedChoice, JobPoller), the
// AWS CDK scenario ParallelMapRetry, and OrderFulfillment, a realistic
// order pipeline. `stepwise synth` prints them, the golden tests pin their
// ASL, and the CDK stacks deploy them.
package workflows
