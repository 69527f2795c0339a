package main

// price is one figure of the AWS Step Functions price list that `stepwise
// cost` uses, with where it comes from and when it was read.
type price struct {
	Name string `json:"name"`
	// Value is the figure: US dollars, or a count for the free tier.
	Value  float64 `json:"value"`
	Unit   string  `json:"unit"`
	Source string  `json:"source"`
	Date   string  `json:"date"`
	// Confirmed is false when the figure could not be read on AWS's own
	// page and comes from a secondary source.
	Confirmed bool `json:"confirmed"`
}

// pricingPage is AWS's Step Functions pricing page.
const pricingPage = "https://aws.amazon.com/step-functions/pricing/"

// computeBlogPost is the AWS Compute Blog post that states the Express
// request price.
const computeBlogPost = "https://aws.amazon.com/blogs/compute/building-cost-effective-aws-step-functions-workflows/"

// The us-east-1 (US East, N. Virginia) prices. AWS's page shows the
// Standard figure in its state-transitions table; it renders the Express
// figures client-side, so the text we could read did not show them: they
// are AWS's long-published Express prices as a dated secondary source
// (wring.co, "AWS Step Functions Pricing: Standard vs Express",
// 2026-03-14, the date given) quotes them. Confirmed figures carry the
// date they were read on AWS's page. The Express request price is also
// stated by AWS itself in its Compute Blog post "Building cost-effective
// AWS Step Functions workflows" ("$1.00 per million invocations versus $25
// per million for Standard Workflows"), read 2026-12-05; the duration
// price is not. Check them on the page before relying on them.
var (
	priceStandardTransitions = price{"Standard state transitions", 0.025, "per 1,000 state transitions", pricingPage + " (State transitions pricing table, US East (N. Virginia))", "2026-12-05", true}
	priceStandardFree        = price{"Standard free tier", 4000, "state transitions per month, free", pricingPage + " (Free Tier)", "2026-12-05", true}
	priceExpressRequests     = price{"Express requests", 1.00, "per 1M requests", computeBlogPost + " (AWS Compute Blog: $1.00 per million invocations)", "2026-12-05", true}
	priceExpressDuration     = price{"Express duration", 0.00001667, "per GB-second (first 1,000 GB-hours a month; 100 ms increments, 64 MB chunks)", pricingPage + " (Express Workflows; figure read from a secondary source, unconfirmed)", "2026-03-14", false}
)

// prices lists the figures in the order they are printed.
var prices = []price{priceStandardTransitions, priceStandardFree, priceExpressRequests, priceExpressDuration}

// expressMaxSeconds is the longest an Express execution may run.
const expressMaxSeconds = 300
