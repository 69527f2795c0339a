# stepwise: `make test` is the README's test command and what CI runs.
#
# The AWS CDK's jsii runtime warns on every run when Node.js is older than
# the newest LTS; Node 20 is what this project's machines have, and the
# warning would bury real output. It matters only to the CDK bridge
# (stacks/), but is set here for every target so that no run is noisy.
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20

GO ?= go

.PHONY: test check fmt-check vet generate synth bench bench-jsonata bench-runtime fuzz update cdk-synth

## test: every test of the module (golden files, corpus, CLI, examples, CDK);
## installs the pinned npm packages first when package-lock.json is newer
test: node_modules/.package-lock.json
	$(GO) test ./...

# npm ci writes node_modules/.package-lock.json; the JSONata differential
# tests use node_modules/jsonata and `npx cdk` the pinned CLI.
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund

## check: what CI runs: formatting, vet, then the tests
check: fmt-check vet test

fmt-check:
	@out="$$(git ls-files -z --cached --others --exclude-standard '*.go' | xargs -0 gofmt -l)"; if [ -n "$$out" ]; then echo "gofmt needed on:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...

## generate: rewrite the generated code (the DSL's Choice conditions and the
## importer's table of them, from asl.ChoiceOperators); CI checks it is fresh
generate:
	$(GO) generate ./...

## synth: print the ASL of every example workflow
synth:
	$(GO) run ./cmd/stepwise synth

## bench: the synthesis benchmarks recorded in docs/performance.md
bench:
	$(GO) test -run='^$$' -bench=. -benchmem ./constructs/workflows/

## bench-jsonata: the evaluator against jsonata-js 2.0.6 measured in the same
## run (needs `npm ci`); BenchmarkSpeedup prints the per-expression ratios
bench-jsonata: node_modules/.package-lock.json
	$(GO) test -run='^$$' -bench=Speedup -benchtime=1x -v ./jsonata/

## bench-runtime: the interpreter against aws-local-stepfunctions 3.0.0 in the
## same run (needs `npm ci`); BenchmarkSpeedup prints both per workload
bench-runtime: node_modules/.package-lock.json
	$(GO) test -run='^$$' -bench=Speedup -benchtime=1x -v ./runtime/

## fuzz: run every fuzz target of the module for FUZZTIME each (default
## 30s); the targets are listed by `go test -list`, so a new one is never
## forgotten
FUZZTIME ?= 30s
fuzz:
	@set -e; for pkg in $$($(GO) list ./... | grep -v /stacks); do \
	  for target in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
	    echo "== $$pkg $$target"; \
	    $(GO) test -run='^$$' -fuzz="^$$target\$$" -fuzztime=$(FUZZTIME) $$pkg; \
	  done; \
	done

## update: rewrite the golden files (review every diff before committing);
## snapshots.Updating reads STEPWISE_UPDATE, so this is STEPWISE_UPDATE=1 go test ./...
update:
	STEPWISE_UPDATE=1 $(GO) test ./...

## cdk-synth: the CloudFormation templates of the example stacks, into cdk.out/ (needs `npm ci`)
cdk-synth:
	npx cdk synth --quiet --no-notices
