package main

import (
	"bufio"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/sfn"
	"github.com/aws/aws-sdk-go-v2/service/sfn/types"
)

// TestServeEndToEnd runs `stepwise serve` with a mock file and the echo
// stub, drives it with the real SDK client, and stops it as SIGINT would.
func TestServeEndToEnd(t *testing.T) {
	dir := t.TempDir()
	mocks := filepath.Join(dir, "MockConfigFile.json")
	os.WriteFile(mocks, []byte(`{"StateMachines": {"Billing": {"TestCases": {"Paid": {"Charge": "OK"}}}},
	  "MockedResponses": {"OK": {"0": {"Return": {"Payload": {"paid": true}}}}}}`), 0o644)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	outR, outW := io.Pipe()
	var stderr strings.Builder
	code := make(chan int, 1)
	go func() {
		code <- serve(ctx, []string{"--addr", "127.0.0.1:0", "--mocks", "@" + mocks, "--stub-tasks", "echo", "--data", filepath.Join(dir, "data")}, outW, &stderr)
		outW.Close()
	}()
	lines := bufio.NewScanner(outR)
	if !lines.Scan() {
		t.Fatalf("no output; stderr: %s", stderr.String())
	}
	url, ok := strings.CutPrefix(lines.Text(), "stepwise serve: AWS Step Functions endpoint at ")
	if !ok {
		t.Fatalf("first line %q does not give the endpoint", lines.Text())
	}
	rest := make(chan string, 1)
	go func() {
		var b strings.Builder
		for lines.Scan() {
			b.WriteString(lines.Text() + "\n")
		}
		rest <- b.String()
	}()

	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion("us-east-1"),
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider("any", "thing", "")))
	if err != nil {
		t.Fatal(err)
	}
	c := sfn.NewFromConfig(cfg, func(o *sfn.Options) { o.BaseEndpoint = aws.String(url) })
	m, err := c.CreateStateMachine(ctx, &sfn.CreateStateMachineInput{Name: aws.String("Billing"), RoleArn: aws.String("arn:aws:iam::123456789012:role/R"),
		Definition: aws.String(`{"StartAt": "Charge", "States": {"Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
		  "Parameters": {"FunctionName": "charge", "Payload.$": "$"}, "OutputPath": "$.Payload", "End": true}}}`)})
	if err != nil {
		t.Fatal(err)
	}
	for arn, want := range map[string]string{aws.ToString(m.StateMachineArn) + "#Paid": `{"paid":true}`, aws.ToString(m.StateMachineArn): `{"amount":3}`} {
		start, err := c.StartExecution(ctx, &sfn.StartExecutionInput{StateMachineArn: aws.String(arn), Input: aws.String(`{"amount": 3}`)})
		if err != nil {
			t.Fatal(err)
		}
		var d *sfn.DescribeExecutionOutput
		for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
			if d, err = c.DescribeExecution(ctx, &sfn.DescribeExecutionInput{ExecutionArn: start.ExecutionArn}); err != nil || d.Status != types.ExecutionStatusRunning {
				break
			}
		}
		if err != nil || d.Status != types.ExecutionStatusSucceeded || aws.ToString(d.Output) != want {
			t.Errorf("%s: %+v, %v; want SUCCEEDED %s", arn, d, err, want)
		}
	}
	cancel()
	select {
	case got := <-code:
		if got != exitOK {
			t.Errorf("exit code %d; stderr: %s", got, stderr.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop after the signal")
	}
	if out := <-rest; !strings.Contains(out, "stepwise serve: stopped") {
		t.Errorf("after the signal: %q", out)
	}
	if _, err := os.Stat(filepath.Join(dir, "data", "stepwise.db")); err != nil {
		t.Errorf("--data: %v", err)
	}
}

// TestServeBadArguments: bad flags and files stop serve before it listens.
func TestServeBadArguments(t *testing.T) {
	for _, args := range [][]string{
		{"--stub-tasks", "zero"},
		{"--mocks", "missing.json"},
		{"--addr", "no-port"},
		{"extra"},
	} {
		var stdout, stderr strings.Builder
		if code := serve(context.Background(), args, &stdout, &stderr); code != exitUsage || stderr.Len() == 0 {
			t.Errorf("serve %v = %d (stderr %q), want %d with a message", args, code, stderr.String(), exitUsage)
		}
	}
}
