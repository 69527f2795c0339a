package tasks

// The golden-file helper registers -update; importing it here lets
// `go test ./... -update` run across the whole module, this package included.
import _ "github.com/stepwise-go/stepwise/snapshots"
