package jsonata

// suiteEvalRemoved lists the cases that call $eval, which Step Functions
// removed: they fail with T1006 on purpose.
var suiteEvalRemoved = map[string]bool{
	"function-eval/case001.json": true,
	"function-eval/case006.json": true,
	"function-eval/case007.json": true,
}
