package stacks

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sync"

	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/aws-cdk-go/awscdk/v2/awslambda"
	"github.com/aws/aws-cdk-go/awscdk/v2/awslogs"
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
)

// repoRoot is the module's root folder (where go.mod is).
func repoRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Dir(filepath.Dir(file))
}

var builds sync.Map // function name → *buildResult

type buildResult struct {
	once sync.Once
	dir  string
	err  error
}

// BuildFunction compiles the Lambda handler stacks/functions/<name> for
// the provided.al2023 runtime on arm64, without Docker: GOOS=linux
// GOARCH=arm64 CGO_ENABLED=0 go build -trimpath -buildvcs=false
// -ldflags='-s -w' into <dir>/bootstrap, and returns dir. Each function
// is built once per process; the Go build cache makes rebuilds cheap, and
// the binary is reproducible, so its asset hash is stable.
func BuildFunction(name string) (string, error) {
	v, _ := builds.LoadOrStore(name, &buildResult{})
	r := v.(*buildResult)
	r.once.Do(func() {
		r.dir = filepath.Join(os.TempDir(), "stepwise-lambda", name)
		if r.err = os.MkdirAll(r.dir, 0o755); r.err != nil {
			return
		}
		cmd := exec.Command("go", "build", "-trimpath", "-buildvcs=false", "-ldflags=-s -w",
			"-o", filepath.Join(r.dir, "bootstrap"), "./stacks/functions/"+name)
		cmd.Dir = repoRoot()
		cmd.Env = append(os.Environ(), "GOOS=linux", "GOARCH=arm64", "CGO_ENABLED=0")
		if out, err := cmd.CombinedOutput(); err != nil {
			r.err = fmt.Errorf("building the Lambda function %s: %w\n%s", name, err, out)
		}
	})
	return r.dir, r.err
}

// newGoFunction is a Lambda function running the Go handler
// stacks/functions/<name> on provided.al2023 (arm64), traced with X-Ray,
// logging to a log group kept for a year.
func newGoFunction(scope constructs.Construct, id, name, description string) (awslambda.Function, error) {
	dir, err := BuildFunction(name)
	if err != nil {
		return nil, err
	}
	logs := awslogs.NewLogGroup(scope, jsii.String(id+"Logs"), &awslogs.LogGroupProps{
		Retention: awslogs.RetentionDays_ONE_YEAR,
	})
	return awslambda.NewFunction(scope, jsii.String(id), &awslambda.FunctionProps{
		Description:  jsii.String(description),
		Runtime:      awslambda.Runtime_PROVIDED_AL2023(),
		Architecture: awslambda.Architecture_ARM_64(),
		Handler:      jsii.String("bootstrap"),
		Code:         awslambda.Code_FromAsset(jsii.String(dir), nil),
		MemorySize:   jsii.Number(128),
		Timeout:      awscdk.Duration_Seconds(jsii.Number(10)),
		Tracing:      awslambda.Tracing_ACTIVE,
		LogGroup:     logs,
	}), nil
}
