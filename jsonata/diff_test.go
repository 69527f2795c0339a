package jsonata

import (
	"fmt"
	"math/rand"
	"os"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestAgainstJsonataJS checks that Parse accepts exactly the expressions
// jsonata-js 2.0.6 accepts: every table case, 1,500 expressions from a
// random grammar of the path operators (gen_test.go), and mutations of
// both (single characters deleted, duplicated, swapped or replaced,
// tokens inserted). Everything is seeded, so every run checks the same
// expressions. STEPWISE_JSONATA_DIFF=N checks N mutations instead of the
// default 4,000 (and STEPWISE_JSONATA_SEED picks another seed).
func TestAgainstJsonataJS(t *testing.T) {
	needNode(t)
	n := diffCount(t, "STEPWISE_JSONATA_DIFF", 4000, "mutations")
	seed := diffSeed(t, 20241122)
	table := tableExpressions()
	base := append(append([]string{}, table...), randomExpressions(1500, seed)...)
	exprs := append(append([]string{}, base...), mutations(base, n, seed)...)
	ref := referenceVerdicts(t, exprs)
	accepted, disagreements := 0, 0
	for i, e := range exprs {
		_, err := Parse(e)
		if ref[i].OK {
			accepted++
		}
		if (err == nil) != ref[i].OK {
			disagreements++
			if disagreements <= 25 {
				t.Errorf("Parse(%q): err = %v; jsonata-js: %s", e, err, ref[i])
			}
		}
	}
	t.Logf("%d expressions (%d table cases, %d generated, %d mutations; seed %d): jsonata-js accepts %d; %d disagreements",
		len(exprs), len(table), len(base)-len(table), len(exprs)-len(base), seed, accepted, disagreements)
}

func (v verdict) String() string {
	if v.OK {
		return "accepted"
	}
	return fmt.Sprintf("rejected (%s at %v: %s)", v.Code, v.Pos, v.Msg)
}

// tableExpressions are the expressions of every table in the tests.
func tableExpressions() []string {
	var out []string
	for _, c := range acceptCases {
		out = append(out, c)
	}
	for _, c := range rejectCases {
		out = append(out, c.in)
	}
	out = append(out, quirkCases...)
	return out
}

// mutationTokens are inserted by mutations: operators, brackets,
// keywords and fragments of the language's corners.
var mutationTokens = []string{
	".", "..", "[", "]", "{", "}", "(", ")", ",", ";", ":", ":=", "?", "??", "?:",
	"+", "-", "*", "**", "/", "%", "&", "=", "!=", "<", "<=", ">", ">=", "~>",
	"|", "^", "@", "#", "$", "$$", "$x", "and", "or", "in", "!", "~", "\"", "'",
	"`", "\\", "/*", "*/", "1", "0", "1.5", "1e3", "1e999", "true", "null", "a",
	"function", "λ", "($x)", "{}", "[]", "()", "/a/", "/a/i", "%.", "<n>", " ",
	"\\u00e9", "\\u", "#$i", "@$v", "^(", "[]", "?)", "/[", "é", "\t", "\n", "\f",
}

// mutationRunes replace single characters.
const mutationRunes = "abxyz$0159.[]{}()\"'`,;:?+-*/%&=!<>~|^@#\\ \n\tλé"

// mutations returns n distinct mutants of base (valid UTF-8, not in
// base), generated from seed.
func mutations(base []string, n int, seed int64) []string {
	rng := rand.New(rand.NewSource(seed))
	seen := map[string]bool{}
	for _, b := range base {
		seen[b] = true
	}
	repl := []rune(mutationRunes)
	var out []string
	for tries := 0; len(out) < n && tries < 50*n+1000; tries++ {
		r := []rune(base[rng.Intn(len(base))])
		steps := 1 + rng.Intn(2)
		for s := 0; s < steps; s++ {
			r = mutate(rng, r, repl)
		}
		m := string(r)
		if seen[m] || !utf8.ValidString(m) || len(m) > 400 {
			continue
		}
		seen[m] = true
		out = append(out, m)
	}
	return out
}

func mutate(rng *rand.Rand, r, repl []rune) []rune {
	i := 0
	if len(r) > 0 {
		i = rng.Intn(len(r))
	}
	out := append([]rune{}, r[:i]...)
	switch op := rng.Intn(5); {
	case op == 0 && len(r) > 0: // delete
		out = append(out, r[i+1:]...)
	case op == 1 && len(r) > 0: // duplicate
		out = append(out, r[i])
		out = append(out, r[i:]...)
	case op == 2 && i+1 < len(r): // swap with the next
		out = append(out, r[i+1], r[i])
		out = append(out, r[i+2:]...)
	case op == 3 && len(r) > 0: // replace
		out = append(out, repl[rng.Intn(len(repl))])
		out = append(out, r[i+1:]...)
	default: // insert a token
		out = append(out, []rune(mutationTokens[rng.Intn(len(mutationTokens))])...)
		out = append(out, r[i:]...)
	}
	return out
}

// TestMutationsDeterministic guards the promise that every run checks the
// same expressions.
func TestMutationsDeterministic(t *testing.T) {
	a := mutations(tableExpressions(), 200, 1)
	b := mutations(tableExpressions(), 200, 1)
	if strings.Join(a, "\x00") != strings.Join(b, "\x00") {
		t.Fatal("mutations are not deterministic")
	}
	if len(a) != 200 {
		t.Fatalf("got %d mutations, want 200", len(a))
	}
}

// diffCount is how many expressions (or mutations: what) a differential
// test checks: the environment variable name when set, else def.
func diffCount(t *testing.T, name string, def int, what string) int {
	t.Helper()
	s := os.Getenv(name)
	if s == "" {
		return def
	}
	v, err := strconv.Atoi(s)
	if err != nil || v < 0 {
		t.Fatalf("%s=%q: want a number of %s", name, s, what)
	}
	return v
}

// diffSeed is the seed of a differential test's generator:
// STEPWISE_JSONATA_SEED when set, else def.
func diffSeed(t *testing.T, def int64) int64 {
	t.Helper()
	s := os.Getenv("STEPWISE_JSONATA_SEED")
	if s == "" {
		return def
	}
	v, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		t.Fatalf("STEPWISE_JSONATA_SEED=%q: want a number", s)
	}
	return v
}
