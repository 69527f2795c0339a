// Package studio is the local web page of `stepwise studio`: it lists
// workflows, draws each one, starts executions on the local runtime with
// an input editor, follows them live (server-sent events) with states
// coloured by status, shows each state's input, output, variables,
// retries and errors, the history as a table (downloadable as JSON), and
// the pending task tokens of .waitForTaskToken tasks with Approve and
// Reject buttons.
//
// The page is plain HTML, CSS and JavaScript embedded in the binary; it
// loads nothing from elsewhere. The server is meant for one person on one
// machine: it listens on 127.0.0.1 unless told otherwise, answers only
// requests whose Host (and Origin, when sent) names its own address,
// requires a per-process random token (embedded in the page) on every
// request that changes something, serves nothing but its fixed routes and
// embedded assets, and bounds request bodies, inputs and the number of
// executions it keeps.
package studio
