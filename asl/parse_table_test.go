package asl

import (
	"fmt"
	"sync"
	"testing"
)

// TestParseSharesTablesSafely parses definitions of every state type on
// several goroutines at once (run it with -race): the field tables are
// shared and only read, so each result must equal the one parsed alone.
func TestParseSharesTablesSafely(t *testing.T) {
	docs := []string{
		`{"StartAt":"P","States":{"P":{"Type":"Pass","Result":{"a":1},"ResultPath":"$.r","Next":"T"},
		  "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"f"},
		       "Retry":[{"ErrorEquals":["States.ALL"],"MaxAttempts":2}],"Catch":[{"ErrorEquals":["States.ALL"],"Next":"F"}],"Next":"C"},
		  "C":{"Type":"Choice","Choices":[{"And":[{"Variable":"$.x","NumericEquals":1},{"Not":{"Variable":"$.y","IsPresent":true}}],"Next":"W"}],"Default":"S"},
		  "W":{"Type":"Wait","Seconds":0,"Next":"L"},
		  "L":{"Type":"Parallel","Branches":[{"StartAt":"B","States":{"B":{"Type":"Succeed"}}}],"Next":"M"},
		  "M":{"Type":"Map","ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"I","States":{"I":{"Type":"Pass","End":true}}},"End":true},
		  "S":{"Type":"Succeed"},"F":{"Type":"Fail","Error":"E"}}}`,
		`{"StartAt":"A","States":{"A":{"Type":"Pass","Bogus":1,"End":"yes","Next":""},"A":{"Type":"Nope"}}}`,
		`{"QueryLanguage":"JSONata","StartAt":"C","States":{"C":{"Type":"Choice","Choices":[{"Condition":true,"Next":"D"}],"Default":"D"},
		  "D":{"Type":"Map","Iterator":{"StartAt":"E","States":{"E":{"Type":"Succeed"}}},"Label":"x","End":true}}}`,
	}
	want := make([]string, len(docs))
	for i, d := range docs {
		want[i] = parseSummary(d)
	}
	if want[1] == want[0] || want[1] == "" {
		t.Fatalf("the summaries do not tell the documents apart:\n%s", want[1])
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range 50 {
				i := (g + r) % len(docs)
				if got := parseSummary(docs[i]); got != want[i] {
					errs <- fmt.Sprintf("document %d parsed concurrently:\n%s\nalone:\n%s", i, got, want[i])
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// parseSummary is the canonical text and the diagnostics of a parse.
func parseSummary(doc string) string {
	m, diags := Parse([]byte(doc))
	s := string(Render(m))
	for _, d := range diags {
		s += d.At.Pointer() + ": " + d.Message + " [" + string(d.Code) + "]\n"
	}
	return s
}
