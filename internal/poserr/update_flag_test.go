package poserr_test

import _ "github.com/stepwise-go/stepwise/snapshots"
