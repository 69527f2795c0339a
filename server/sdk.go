package server

import (
	"context"

	"github.com/aws/smithy-go/middleware"
	smithyhttp "github.com/aws/smithy-go/transport/http"
)

// NoHostPrefix is an aws-sdk-go-v2 API option that keeps the SDK from
// putting "sync-" before the endpoint's host name, as it does for
// StartSyncExecution and TestState on AWS ("sync-states.…"). A local
// endpoint such as http://127.0.0.1:8083 has no such name, so add it to
// the client's options:
//
//	sfn.NewFromConfig(cfg, func(o *sfn.Options) {
//		o.BaseEndpoint = aws.String("http://127.0.0.1:8083")
//		o.APIOptions = append(o.APIOptions, server.NoHostPrefix)
//	})
func NoHostPrefix(stack *middleware.Stack) error {
	return stack.Initialize.Add(middleware.InitializeMiddlewareFunc("StepwiseNoHostPrefix",
		func(ctx context.Context, in middleware.InitializeInput, next middleware.InitializeHandler) (middleware.InitializeOutput, middleware.Metadata, error) {
			return next.HandleInitialize(smithyhttp.DisableEndpointHostPrefix(ctx, true), in)
		}), middleware.Before)
}
