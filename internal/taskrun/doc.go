// Package taskrun joins the two halves of running Task states locally:
// package tasks answers task requests (mock files, Go handlers, the echo
// stub) without knowing the runtime, and the runtime calls a
// runtime.TaskHandler. Handler adapts the one to the other, once, for
// every host: the CLI's run, cost and studio, the local endpoint (server)
// and the test kit (runtimetest).
package taskrun
