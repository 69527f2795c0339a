package jsonata

import (
	"math/rand"
	"strings"
)

// randomExpressions builds n expressions from a small grammar of the
// language's path operators (steps, predicates, %, @, #, group-by,
// order-by, blocks, calls, lambdas with signatures), some of them
// deliberately ill-formed. It complements the character-level mutations
// of the table cases with combinations of features that mutations rarely
// reach.
func randomExpressions(n int, seed int64) []string {
	rng := rand.New(rand.NewSource(seed))
	seen := map[string]bool{}
	var out []string
	for tries := 0; len(out) < n && tries < 20*n; tries++ {
		e := genExpr(rng, 0)
		if !seen[e] {
			seen[e] = true
			out = append(out, e)
		}
	}
	return out
}

var (
	genLeaves = []string{"a", "b", "c", "$", "$$", "$x", "$y", "*", "**", "%", `"s"`, "1", "-1", "true", "null", "`q q`", "and", "in", "/r/", "?", "()", "[]", "{}", ""}
	genBinOps = []string{".", ".", ".", "+", "-", "*", "/", "%", "&", "=", "!=", "<", ">=", "and", "or", "in", "~>", ":=", "..", "?", ":", ";", ","}
	genSigs   = []string{"<n>", "<n:n>", "<s-?:s>", "<a<n>>", "<f<n:n>>", "<x+>", "<(sn)>", "<(s<n>)>", "<n<n>>", "<s?+>", "<j->", "<b??->", "<o", "<>", "<:>"}
)

func genExpr(rng *rand.Rand, depth int) string {
	if depth > 4 {
		return genLeaves[rng.Intn(len(genLeaves))]
	}
	sub := func() string { return genExpr(rng, depth+1) }
	switch rng.Intn(16) {
	case 0, 1, 2:
		return genLeaves[rng.Intn(len(genLeaves))]
	case 3, 4:
		return sub() + genBinOps[rng.Intn(len(genBinOps))] + sub()
	case 5:
		return sub() + "[" + sub() + "]"
	case 6:
		return sub() + "[]"
	case 7:
		return sub() + "{" + sub() + ":" + sub() + "}"
	case 8:
		dir := []string{"", "<", ">"}[rng.Intn(3)]
		return sub() + "^(" + dir + sub() + ")"
	case 9:
		return sub() + []string{"@$v", "#$i", "@$", "#$", "@a", "#1"}[rng.Intn(6)]
	case 10:
		parts := make([]string, rng.Intn(3))
		for i := range parts {
			parts[i] = sub()
		}
		return "(" + strings.Join(parts, ";") + ")"
	case 11:
		args := make([]string, rng.Intn(3))
		for i := range args {
			args[i] = sub()
		}
		return "$f(" + strings.Join(args, ",") + ")"
	case 12:
		sig := ""
		if rng.Intn(2) == 0 {
			sig = genSigs[rng.Intn(len(genSigs))]
		}
		params := []string{"", "$p", "$p,$q", "p", "?"}[rng.Intn(5)]
		return "function(" + params + ")" + sig + "{" + sub() + "}"
	case 13:
		return "[" + sub() + "," + sub() + "]"
	case 14:
		return "-" + sub()
	default:
		return "|" + sub() + "|" + sub() + "|"
	}
}
