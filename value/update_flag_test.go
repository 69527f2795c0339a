package value

import _ "github.com/stepwise-go/stepwise/snapshots" // registers -update for `go test ./... -update`
