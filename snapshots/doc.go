// Package snapshots holds the golden files of stepwise's tests (the JSON,
// Go and text files in this folder) and the one helper that compares
// against them.
//
// Run `go test ./... -update` to rewrite the golden files, then review
// every diff before committing: a golden updated without reading it is not
// a test. Every test package of the module registers the -update flag by
// importing this package, so the command works across the whole module.
package snapshots
