package intrinsic

// Signature describes a known intrinsic function.
type Signature struct {
	// Name is the full name, e.g. "States.Format".
	Name string
	// MinArgs is the fewest arguments the function takes.
	MinArgs int
	// MaxArgs is the most arguments the function takes; -1 means any
	// number.
	MaxArgs int

	// eval computes the function from its evaluated arguments; Program.Eval
	// calls it. The checker and the evaluator share this one table.
	eval evalFunc
}

// MaxDepth is how deeply AWS lets calls nest: the outermost call is at
// depth 1, a call among its arguments at depth 2, and so on.
const MaxDepth = 10

// MaxRangeItems is the most items States.ArrayRange may produce.
const MaxRangeItems = 1000

// Functions lists the 18 intrinsic functions of JSONPath states by full
// name. Check reports any other name as unknown.
var Functions = map[string]Signature{
	"States.Format":         {Name: "States.Format", MinArgs: 1, MaxArgs: -1, eval: evalFormat},
	"States.StringToJson":   {Name: "States.StringToJson", MinArgs: 1, MaxArgs: 1, eval: evalStringToJSON},
	"States.JsonToString":   {Name: "States.JsonToString", MinArgs: 1, MaxArgs: 1, eval: evalJSONToString},
	"States.Array":          {Name: "States.Array", MinArgs: 0, MaxArgs: -1, eval: evalArray},
	"States.ArrayPartition": {Name: "States.ArrayPartition", MinArgs: 2, MaxArgs: 2, eval: evalArrayPartition},
	"States.ArrayContains":  {Name: "States.ArrayContains", MinArgs: 2, MaxArgs: 2, eval: evalArrayContains},
	"States.ArrayRange":     {Name: "States.ArrayRange", MinArgs: 3, MaxArgs: 3, eval: evalArrayRange},
	"States.ArrayGetItem":   {Name: "States.ArrayGetItem", MinArgs: 2, MaxArgs: 2, eval: evalArrayGetItem},
	"States.ArrayLength":    {Name: "States.ArrayLength", MinArgs: 1, MaxArgs: 1, eval: evalArrayLength},
	"States.ArrayUnique":    {Name: "States.ArrayUnique", MinArgs: 1, MaxArgs: 1, eval: evalArrayUnique},
	"States.Base64Encode":   {Name: "States.Base64Encode", MinArgs: 1, MaxArgs: 1, eval: evalBase64Encode},
	"States.Base64Decode":   {Name: "States.Base64Decode", MinArgs: 1, MaxArgs: 1, eval: evalBase64Decode},
	"States.Hash":           {Name: "States.Hash", MinArgs: 2, MaxArgs: 2, eval: evalHash},
	"States.JsonMerge":      {Name: "States.JsonMerge", MinArgs: 3, MaxArgs: 3, eval: evalJSONMerge},
	"States.MathRandom":     {Name: "States.MathRandom", MinArgs: 2, MaxArgs: 3, eval: evalMathRandom},
	"States.MathAdd":        {Name: "States.MathAdd", MinArgs: 2, MaxArgs: 2, eval: evalMathAdd},
	"States.StringSplit":    {Name: "States.StringSplit", MinArgs: 2, MaxArgs: 2, eval: evalStringSplit},
	"States.UUID":           {Name: "States.UUID", MinArgs: 0, MaxArgs: 0, eval: evalUUID},
}

// HashAlgorithms are the algorithm names States.Hash accepts, exactly as
// they must be written.
var HashAlgorithms = []string{"MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512"}
