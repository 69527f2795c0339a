package runtime_test

import _ "github.com/stepwise-go/stepwise/snapshots"
