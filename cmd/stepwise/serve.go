package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/stepwise-go/stepwise/server"
	"github.com/stepwise-go/stepwise/tasks"
)

// serveFlags are the options of `stepwise serve`.
type serveFlags struct {
	addr, mocks, stubTasks, data string
	realTime                     bool
}

func runServe(args []string, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return serve(ctx, args, stdout, stderr)
}

// serve runs the endpoint until ctx ends (SIGINT or SIGTERM).
func serve(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("serve", "[--addr HOST:PORT] [--mocks FILE] [--stub-tasks echo] [--data DIR] [--real-time]",
		"Serves the AWS Step Functions API (JSON 1.0) locally, so that AWS SDKs and\n"+
			"the AWS CLI run state machines on the stepwise runtime: point their\n"+
			"endpoint (--endpoint-url, BaseEndpoint) at the printed URL; any credentials\n"+
			"do. With --mocks, StartExecution on <stateMachineArn>#<TestCase> answers\n"+
			"Task states from that test case, as Step Functions Local does. Stops on\n"+
			"SIGINT or SIGTERM; see docs/serve.md.", stderr)
	var f serveFlags
	fs.StringVar(&f.addr, "addr", "127.0.0.1:8083", "listen on `HOST:PORT` (localhost only by default)")
	fs.StringVar(&f.mocks, "mocks", "", "a Step Functions Local mock configuration `FILE` (or @FILE)")
	fs.StringVar(&f.stubTasks, "stub-tasks", "", "answer Task states nothing else answers: `echo` returns what each task was sent")
	fs.StringVar(&f.data, "data", "", "keep state machines, activities and executions in `DIR` across restarts (default: in memory)")
	fs.BoolVar(&f.realTime, "real-time", false, "really wait in Wait states, retries and timeouts (default: virtual time)")
	if code := parseFlags(fs, args, stdout); code >= 0 {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "stepwise serve: unexpected argument %q\n", fs.Arg(0))
		fs.Usage()
		return exitUsage
	}
	opts := server.Options{DataDir: f.data, RealTime: f.realTime,
		Logf: func(format string, args ...any) { fmt.Fprintf(stderr, format+"\n", args...) }}
	switch f.stubTasks {
	case "":
	case "echo":
		opts.StubEcho = true
	default:
		fmt.Fprintf(stderr, "stepwise serve: --stub-tasks: want echo, not %q\n", f.stubTasks)
		return exitUsage
	}
	if f.mocks != "" {
		path := strings.TrimPrefix(f.mocks, "@")
		data, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintf(stderr, "stepwise serve: --mocks: %v\n", err)
			return exitUsage
		}
		if opts.Mocks, err = tasks.ParseMockFile(data, path); err != nil {
			fmt.Fprintf(stderr, "stepwise serve: %v\n", err)
			return exitUsage
		}
	}
	srv, err := server.New(opts)
	if err != nil {
		fmt.Fprintf(stderr, "stepwise serve: %v\n", err)
		return exitUsage
	}
	ln, err := net.Listen("tcp", f.addr)
	if err != nil {
		srv.Close()
		fmt.Fprintf(stderr, "stepwise serve: %v\n", err)
		return exitUsage
	}
	hs := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(stdout, "stepwise serve: AWS Step Functions endpoint at http://%s\n", ln.Addr())
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	code := exitOK
	select {
	case <-ctx.Done():
	case err := <-errc:
		fmt.Fprintf(stderr, "stepwise serve: %v\n", err)
		code = exitUsage
	}
	// Abort and store what still runs (this also ends long-polling
	// GetActivityTask calls), then let the calls in flight answer.
	if err := srv.Close(); err != nil {
		fmt.Fprintf(stderr, "stepwise serve: %v\n", err)
		code = exitUsage
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := hs.Shutdown(shutdown); err != nil && !errors.Is(err, http.ErrServerClosed) {
		hs.Close()
	}
	fmt.Fprintln(stdout, "stepwise serve: stopped")
	return code
}
