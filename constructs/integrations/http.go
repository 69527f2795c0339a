package integrations

import (
	"strings"

	"github.com/stepwise-go/stepwise/constructs/iam"
	"github.com/stepwise-go/stepwise/constructs/sfn"
)

// EventEntry is one event of EventBridgePutEvents.
type EventEntry struct {
	Bus        EventBus // default: DefaultEventBus()
	Source     any      // required
	DetailType any      // required
	Detail     any      // required: an object or a Path
}

// EventBridgePutEventsProps configures EventBridgePutEvents.
type EventBridgePutEventsProps struct {
	Entries []EventEntry // at least one
	// Pattern is RequestResponse (default) or WaitForTaskToken.
	Pattern Pattern
}

type eventEntryParams struct {
	Detail       any    `json:"Detail"`
	DetailType   any    `json:"DetailType"`
	EventBusName string `json:"EventBusName"`
	Source       any    `json:"Source"`
}

type putEventsParams struct {
	Entries []eventEntryParams `json:"Entries"`
}

// EventBridgePutEvents sends events to EventBridge
// (arn:aws:states:::events:putEvents). IAM: events:PutEvents on the
// buses. Patterns: request-response, wait-for-callback.
// See https://docs.aws.amazon.com/step-functions/latest/dg/connect-eventbridge.html
func EventBridgePutEvents(name string, p EventBridgePutEventsProps) *sfn.Task {
	var params putEventsParams
	put := iam.Allow("events:PutEvents")
	refs := map[string]ref{}
	probs := need(len(p.Entries) == 0, "Entries")
	for i, e := range p.Entries {
		bus := e.Bus
		if bus.arn == "" {
			bus = DefaultEventBus()
		}
		refs["Entries["+itoa(i)+"].Bus"] = bus.ref
		if e.Source == nil || e.DetailType == nil || e.Detail == nil {
			probs = append(probs, "Entries["+itoa(i)+"]: Source, DetailType and Detail are required")
		}
		params.Entries = append(params.Entries, eventEntryParams{Detail: e.Detail, DetailType: e.DetailType, EventBusName: bus.arn, Source: e.Source})
		put = put.On(bus.arn)
	}
	return integration{
		builder: "EventBridgePutEvents", resource: "events:putEvents", pattern: p.Pattern,
		supported: []Pattern{RequestResponse, WaitForTaskToken},
		params:    params,
		policy:    []iam.Statement{put},
		problems:  append(problems("EventBridgePutEvents", refs), probs...),
	}.task(name)
}

// HTTPInvokeProps configures HTTPInvoke.
type HTTPInvokeProps struct {
	Connection Connection // required: holds the endpoint's credentials
	// Endpoint is the URL (ApiEndpoint): a literal or a Path. Required.
	Endpoint any
	// Method is GET, POST, PUT, DELETE, PATCH, OPTIONS or HEAD (or a
	// Path). Required.
	Method          any
	Headers         any
	QueryParameters any
	RequestBody     any
	Transform       any // RequestBodyEncoding and RequestEncodingOptions
	Pattern         Pattern
}

type httpParams struct {
	ApiEndpoint     any            `json:"ApiEndpoint"`
	Method          any            `json:"Method"`
	Authentication  map[string]any `json:"Authentication"`
	Headers         any            `json:"Headers,omitempty"`
	QueryParameters any            `json:"QueryParameters,omitempty"`
	RequestBody     any            `json:"RequestBody,omitempty"`
	Transform       any            `json:"Transform,omitempty"`
}

// HTTPInvoke calls an HTTPS API (arn:aws:states:::http:invoke) with the
// credentials of an EventBridge connection. IAM: states:InvokeHTTPEndpoint
// on the machine itself (iam.SelfArn), restricted to the method and
// endpoint when they are literals; events:RetrieveConnectionCredentials on
// the connection; secretsmanager:GetSecretValue and DescribeSecret on the
// connections' secrets. Request-response only.
// See https://docs.aws.amazon.com/step-functions/latest/dg/call-https-apis.html
func HTTPInvoke(name string, p HTTPInvokeProps) *sfn.Task {
	invoke := iam.Allow("states:InvokeHTTPEndpoint").On(iam.SelfArn)
	if m, ok := p.Method.(string); ok {
		invoke = invoke.When("StringEquals", "states:HTTPMethod", strings.ToUpper(m))
	}
	if e, ok := p.Endpoint.(string); ok {
		invoke = invoke.When("StringEquals", "states:HTTPEndpoint", e)
	}
	return integration{
		builder: "HTTPInvoke", resource: "http:invoke", pattern: p.Pattern,
		supported: []Pattern{RequestResponse},
		params: httpParams{ApiEndpoint: p.Endpoint, Method: p.Method, Authentication: map[string]any{"ConnectionArn": p.Connection.arn},
			Headers: p.Headers, QueryParameters: p.QueryParameters, RequestBody: p.RequestBody, Transform: p.Transform},
		policy: []iam.Statement{
			invoke,
			iam.Allow("events:RetrieveConnectionCredentials").On(p.Connection.arn),
			iam.Allow("secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret").On(iam.ARN("secretsmanager", "secret:events!connection/*")),
		},
		problems: append(problems("HTTPInvoke", map[string]ref{"Connection": p.Connection.ref}),
			append(need(p.Endpoint == nil, "Endpoint"), need(p.Method == nil, "Method")...)...),
	}.task(name)
}

// RestAPI is an API Gateway REST API, by ID.
type RestAPI struct {
	id      string
	problem string
}

// RestAPIRef references the API whose ID the deployment binds to
// name+"Id".
func RestAPIRef(name string) RestAPI {
	id, problem := named(name, "Id")
	return RestAPI{id, problem}
}

// RestAPIID is the REST API with ID id.
func RestAPIID(id string) RestAPI { return RestAPI{id: id} }

// APIGatewayInvokeProps configures APIGatewayInvoke.
type APIGatewayInvokeProps struct {
	API             RestAPI // required
	Stage           string  // required
	Method          string  // required: GET, POST, …
	Path            string  // the resource path, "/orders"; default "/"
	Headers         any
	QueryParameters any
	RequestBody     any
	// AuthType is NO_AUTH (default), IAM_ROLE or RESOURCE_POLICY.
	AuthType string
	// Pattern is RequestResponse (default) or WaitForTaskToken.
	Pattern Pattern
}

type apiGatewayParams struct {
	ApiEndpoint     string `json:"ApiEndpoint"`
	Method          string `json:"Method"`
	Stage           string `json:"Stage"`
	Path            string `json:"Path,omitempty"`
	Headers         any    `json:"Headers,omitempty"`
	QueryParameters any    `json:"QueryParameters,omitempty"`
	RequestBody     any    `json:"RequestBody,omitempty"`
	AuthType        string `json:"AuthType,omitempty"`
}

// APIGatewayInvoke calls a REST API of API Gateway
// (arn:aws:states:::apigateway:invoke); the endpoint is
// "<id>.execute-api.${AWS::Region}.${AWS::URLSuffix}". IAM: with AuthType
// IAM_ROLE, execute-api:Invoke on the stage, method and path; none
// otherwise. Patterns: request-response, wait-for-callback.
// See https://docs.aws.amazon.com/step-functions/latest/dg/connect-api-gateway.html
func APIGatewayInvoke(name string, p APIGatewayInvokeProps) *sfn.Task {
	var policy []iam.Statement
	path := p.Path
	if path == "" {
		path = "/"
	}
	if p.AuthType == "IAM_ROLE" {
		policy = append(policy, iam.Allow("execute-api:Invoke").On(iam.ARN("execute-api", p.API.id+"/"+p.Stage+"/"+strings.ToUpper(p.Method)+path)))
	}
	var probs []string
	switch {
	case p.API.id == "":
		probs = append(probs, "API is required")
	case p.API.problem != "":
		probs = append(probs, "API: "+p.API.problem)
	}
	probs = append(probs, need(p.Stage == "", "Stage")...)
	probs = append(probs, need(p.Method == "", "Method")...)
	return integration{
		builder: "APIGatewayInvoke", resource: "apigateway:invoke", pattern: p.Pattern,
		supported: []Pattern{RequestResponse, WaitForTaskToken},
		params: apiGatewayParams{ApiEndpoint: p.API.id + ".execute-api." + iam.Region + "." + iam.URLSuffix, Method: strings.ToUpper(p.Method),
			Stage: p.Stage, Path: p.Path, Headers: p.Headers, QueryParameters: p.QueryParameters, RequestBody: p.RequestBody, AuthType: p.AuthType},
		policy:   policy,
		problems: probs,
	}.task(name)
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + itoa(i%10)
}
