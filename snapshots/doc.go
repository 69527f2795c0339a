// Package snapshots holds the golden files of stepwise's tests (the JSON,
// Go and text files in this folder) and the one helper that compares
// against them.
//
// Run `STEPWISE_UPDATE=1 go test ./...` (or `make update`) to rewrite the
// golden files, then review every diff before committing: a golden
// updated without reading it is not a test. The environment variable is
// read by Updating, the one place that decides; test packages without
// golden files need nothing, so no package imports this one only for a
// flag.
package snapshots
