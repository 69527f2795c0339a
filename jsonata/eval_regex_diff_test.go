package jsonata

import (
	"encoding/json"
	"math/rand"
	"strconv"
	"strings"
	"testing"
)

// regexDiffPatterns and regexDiffSubjects build $match, $contains,
// $replace and $split calls with regex literals: mostly patterns that run
// on Go's regexp for ASCII subjects (see jsregexp's toRE2), some that do
// not, on ASCII and non-ASCII subjects.
var (
	regexDiffPatterns = []string{
		"a", "b", "a", "c", " ", "-", ".", `\.`, `\d`, `\w`, `\W`, `\s`, `\S`, `\b`, `\B`, "^", "$",
		"(", ")", "(?:", "|", "*", "+", "?", "*?", "+?", "{1,2}", "[ab]", "[^a]", "[a-c]", `[\s\d]`,
		"(a)", "(b|a)", `(\w)`, "(.)", "(a*)", "(a|ab)(c|bcd)", "(a)+", `(\w)\1`, "(?=a)",
	}
	regexDiffSubjects = []string{"a", "b", "c", "ab", "bcd", "A", "0", "_", "-", " ", ".", "\n", "\r", "\t", "é"}
)

// TestRegexFunctionsAgainstJsonataJS evaluates generated calls of the
// regex functions with this package and with jsonata-js 2.0.6 and
// requires the same value, or the same error code.
func TestRegexFunctionsAgainstJsonataJS(t *testing.T) {
	needNode(t)
	r := rand.New(rand.NewSource(20261205))
	type request struct {
		Expr string          `json:"expr"`
		Data json.RawMessage `json:"data"`
	}
	var reqs []request
	for len(reqs) < 3000 {
		var pb strings.Builder
		for range 1 + r.Intn(5) {
			pb.WriteString(regexDiffPatterns[r.Intn(len(regexDiffPatterns))])
		}
		if _, err := CompileString("/" + pb.String() + "/"); err != nil {
			continue
		}
		var sb strings.Builder
		for range r.Intn(8) {
			sb.WriteString(regexDiffSubjects[r.Intn(len(regexDiffSubjects))])
		}
		s, re := strconv.Quote(sb.String()), "/"+pb.String()+"/"
		calls := []string{
			"$match(" + s + ", " + re + ")",
			"$match(" + s + ", " + re + ", " + strconv.Itoa(r.Intn(3)) + ")",
			"$contains(" + s + ", " + re + ")",
			"$replace(" + s + ", " + re + `, "<$1|$0>")`,
			"$split(" + s + ", " + re + ")",
		}
		reqs = append(reqs, request{Expr: calls[r.Intn(len(calls))], Data: json.RawMessage("null")})
	}
	ref := referenceEvaluations(t, reqs)
	agree, disagree := 0, 0
	for i, q := range reqs {
		got := ourEvaluation(q.Expr, nil)
		if sameOutcome(got, ref[i]) {
			agree++
			continue
		}
		disagree++
		if disagree <= 20 {
			t.Errorf("%s\n  jsonata-js: %s\n  stepwise:   %s", q.Expr, ref[i], got)
		}
	}
	t.Logf("%d regex calls: %d agree, %d disagree", len(reqs), agree, disagree)
}
