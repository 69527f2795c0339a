package semdiff_test

import (
	"strings"
	"testing"

	"github.com/stepwise-go/stepwise/semdiff"
	"github.com/stepwise-go/stepwise/snapshots"
)

// base is the definition every case changes.
const base = `{
  "Comment": "orders",
  "StartAt": "Charge",
  "States": {
    "Charge": {
      "Type": "Task",
      "Resource": "arn:aws:states:::lambda:invoke",
      "Parameters": {"FunctionName": "charge", "Payload.$": "$"},
      "Retry": [{"ErrorEquals": ["States.Timeout"], "MaxAttempts": 6, "BackoffRate": 2}],
      "Next": "Check"
    },
    "Check": {
      "Type": "Choice",
      "Choices": [{"Variable": "$.ok", "BooleanEquals": true, "Next": "Fulfil"}],
      "Default": "Failed"
    },
    "Fulfil": {
      "Type": "Parallel",
      "Branches": [
        {"StartAt": "Pack", "States": {"Pack": {"Type": "Pass", "End": true}}},
        {"StartAt": "Ship", "States": {"Ship": {"Type": "Wait", "Seconds": 5, "End": true}}}
      ],
      "End": true
    },
    "Failed": {"Type": "Fail", "Error": "Declined"}
  }
}`

func TestCompare(t *testing.T) {
	cases := []struct {
		name  string
		edit  func(string) string
		equal bool
	}{
		{"equal-reordered", func(s string) string {
			// key order, whitespace and number spelling do not matter
			s = strings.Replace(s, `"MaxAttempts": 6, "BackoffRate": 2`, `"BackoffRate": 2.0,"MaxAttempts":6`, 1)
			return `{"States": ` + statesOf(s) + `, "StartAt": "Charge", "Comment": "orders"}`
		}, true},
		{"added", func(s string) string {
			s = strings.Replace(s, `"Default": "Failed"`, `"Default": "Notify"`, 1)
			return strings.Replace(s, `"Failed": {`, `"Notify": {"Type": "Pass", "Next": "Failed"}, "Failed": {`, 1)
		}, false},
		{"removed", func(s string) string {
			s = strings.Replace(s, `"Default": "Failed"`, ``, 1)
			s = strings.Replace(s, `"Next": "Fulfil"}],`, `"Next": "Fulfil"}]`, 1)
			return strings.Replace(s, `,
    "Failed": {"Type": "Fail", "Error": "Declined"}`, ``, 1)
		}, false},
		{"renamed", func(s string) string {
			s = strings.Replace(s, `"Next": "Check"`, `"Next": "Check Result"`, 1)
			return strings.Replace(s, `"Check": {`, `"Check Result": {`, 1)
		}, false},
		{"changed-fields", func(s string) string {
			s = strings.Replace(s, `"MaxAttempts": 6`, `"MaxAttempts": 3, "JitterStrategy": "FULL"`, 1)
			s = strings.Replace(s, `"Payload.$": "$"`, `"Payload.$": "$.order"`, 1)
			return strings.Replace(s, `"ErrorEquals": ["States.Timeout"]`, `"ErrorEquals": ["States.Timeout", "States.TaskFailed"]`, 1)
		}, false},
		{"changed-type", func(s string) string {
			return strings.Replace(s, `"Pack": {"Type": "Pass", "End": true}`, `"Pack": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage", "End": true}`, 1)
		}, false},
		{"nested-added", func(s string) string {
			return strings.Replace(s, `{"StartAt": "Ship", "States": {"Ship": {"Type": "Wait", "Seconds": 5, "End": true}}}`,
				`{"StartAt": "Ship", "States": {"Ship": {"Type": "Wait", "Seconds": 5, "Next": "Track"}, "Track": {"Type": "Succeed"}}}`, 1)
		}, false},
		{"moved-between-blocks", func(s string) string {
			s = strings.Replace(s, `{"StartAt": "Pack", "States": {"Pack": {"Type": "Pass", "End": true}}},`, ``, 1)
			return strings.Replace(s, `"Ship": {"Type": "Wait", "Seconds": 5, "End": true}`, `"Ship": {"Type": "Wait", "Seconds": 5, "Next": "Pack"}, "Pack": {"Type": "Pass", "End": true}`, 1)
		}, false},
		{"machine-fields", func(s string) string {
			s = strings.Replace(s, `"Comment": "orders",`, `"TimeoutSeconds": 300,`, 1)
			return strings.Replace(s, `"StartAt": "Charge",`, `"StartAt": "Charge", "Version": "1.0",`, 1)
		}, false},
		{"quoted-names", func(s string) string {
			s = strings.Replace(s, `"Default": "Failed"`, `"Default": "Say \"hi\"\n<&>"`, 1)
			return strings.Replace(s, `"Failed": {`, `"Say \"hi\"\n<&>": {`, 1)
		}, false},
		{"not-asl", func(string) string { return `[1, 2, {"a": true}]` }, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r, err := semdiff.Compare([]byte(base), []byte(tc.edit(base)))
			if err != nil {
				t.Fatal(err)
			}
			if r.Equal() != tc.equal {
				t.Errorf("Equal() = %v, want %v\n%s", r.Equal(), tc.equal, r)
			}
			snapshots.Check(t, "diff/"+tc.name+".txt", []byte(r.String()))
			back, err := semdiff.Compare([]byte(tc.edit(base)), []byte(base))
			if err != nil || back.Equal() != tc.equal {
				t.Errorf("the reverse comparison disagrees: %v\n%s", err, back)
			}
		})
	}
}

// statesOf returns the States object of a definition text in base's layout.
func statesOf(s string) string {
	i := strings.Index(s, `"States": `) + len(`"States": `)
	return s[i : len(s)-1]
}

func TestCompareNotJSON(t *testing.T) {
	if _, err := semdiff.Compare([]byte(base), []byte(`{"StartAt": `)); err == nil || !strings.Contains(err.Error(), "second") {
		t.Errorf("err = %v, want one naming the second document", err)
	}
	if _, err := semdiff.Compare([]byte(`nope`), []byte(base)); err == nil || !strings.Contains(err.Error(), "first") {
		t.Errorf("err = %v, want one naming the first document", err)
	}
}

func TestRenameNeedsIdenticalContent(t *testing.T) {
	a := `{"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}}`
	b := `{"StartAt": "B", "States": {"B": {"Type": "Pass", "Result": 1, "End": true}}}`
	r, err := semdiff.Compare([]byte(a), []byte(b))
	if err != nil {
		t.Fatal(err)
	}
	if len(r.States) != 2 || r.States[0].Kind != semdiff.Added || r.States[1].Kind != semdiff.Removed {
		t.Errorf("want added + removed, got:\n%s", r)
	}
}

// FuzzCompare checks that any pair of documents compares without panicking
// and that a document equals itself.
func FuzzCompare(f *testing.F) {
	f.Add([]byte(base), []byte(`{}`))
	f.Add([]byte(`{"States": {"A": {"Branches": [{"States": {"A": {}}}]}}}`), []byte(`{"States": {"A": 1}}`))
	f.Fuzz(func(t *testing.T, a, b []byte) {
		r, err := semdiff.Compare(a, b)
		if err != nil {
			return
		}
		_ = r.String()
		if self, _ := semdiff.Compare(a, a); !self.Equal() {
			t.Errorf("a document differs from itself:\n%s", self)
		}
	})
}

// TestCompareNumbersExactly: numbers beyond float64 precision still
// differ, and equal values written differently do not.
func TestCompareNumbersExactly(t *testing.T) {
	def := func(n string) []byte {
		return []byte(`{"StartAt":"P","States":{"P":{"Type":"Pass","Result":` + n + `,"End":true}}}`)
	}
	for _, c := range []struct {
		a, b  string
		equal bool
	}{
		{"9007199254740993", "9007199254740992", false},
		{"2", "2.0", true},
	} {
		r, err := semdiff.Compare(def(c.a), def(c.b))
		if err != nil {
			t.Fatal(err)
		}
		if r.Equal() != c.equal {
			t.Errorf("Compare(%s, %s).Equal() = %v, want %v", c.a, c.b, r.Equal(), c.equal)
		}
	}
}
