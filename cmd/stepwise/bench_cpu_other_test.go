//go:build !unix

package main

// processCPUTime is not measured on this system; the benchmarks then
// report 0 CPU time.
func processCPUTime() int64 { return 0 }
