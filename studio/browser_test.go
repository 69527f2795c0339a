package studio_test

import (
	"context"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stepwise-go/stepwise/constructs/workflows"
	"github.com/stepwise-go/stepwise/snapshots"
	"github.com/stepwise-go/stepwise/studio"
)

// findChromium returns the Chromium to drive, or "" when there is none.
func findChromium() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	return ""
}

// browser starts headless Chromium with a fresh profile.
func browser(t *testing.T) (context.Context, context.CancelFunc) {
	t.Helper()
	path := findChromium()
	if path == "" {
		t.Skip("no Chromium found (install the chromium package; .ci/run does): skipping the browser test")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true), chromedp.NoFirstRun, chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1280, 1000))
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 60*time.Second)
	return ctx, func() { cancelTimeout(); cancelCtx(); cancelAlloc() }
}

// serveStudio serves the example workflows on a free loopback port.
func serveStudio(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var wfs []studio.Workflow
	for _, w := range workflows.All() {
		def, err := w.Build().Synth()
		if err != nil {
			t.Fatal(err)
		}
		wfs = append(wfs, studio.Workflow{Name: w.Name, Source: "built-in example", Definition: def})
	}
	s, err := studio.New(studio.Config{Addr: ln.Addr().String(), Workflows: wfs})
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: s}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return "http://" + ln.Addr().String() + "/"
}

// TestBrowserApproval clicks the seed's human-approval flow through in
// real headless Chromium: pick HumanApproval, start it, see the approval
// task waiting, approve it, see SUCCEEDED.
func TestBrowserApproval(t *testing.T) {
	ctx, cancel := browser(t)
	defer cancel()
	url := serveStudio(t)
	text := func(sel string) string {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Text(sel))
		if err != nil {
			t.Fatalf("text of %s: %v", sel, err)
		}
		return v
	}
	err := chromedp.Do(ctx,
		chromedp.Navigate(url),
		chromedp.WaitVisible(`button[data-workflow="HumanApproval"]`),
		chromedp.Click(`button[data-workflow="HumanApproval"]`),
		chromedp.WaitVisible(`#diagram svg`),
		chromedp.SetValue(`#input`, `{"subject": "Expense report #42", "details": "Team offsite, 1,250 EUR"}`),
		chromedp.Click(`#start`),
		chromedp.WaitVisible(`#pending button.approve`),
	)
	if err != nil {
		t.Fatalf("start and wait for the approval task: %v", err)
	}
	pendingText := text(`#pending`)
	if !strings.Contains(pendingText, "Request Approval") || !strings.Contains(pendingText, "sendEmail.waitForTaskToken") ||
		!strings.Contains(pendingText, "Expense report #42") {
		t.Errorf("the pending panel shows %q", pendingText)
	}
	running, err := chromedp.Run(ctx, chromedp.OuterHTML(`#diagram svg`))
	if err != nil || !strings.Contains(running, `data-state="Request Approval" data-status="RUNNING"`) {
		t.Errorf("while waiting, the picture does not show Request Approval running (%v)", err)
	}
	err = chromedp.Do(ctx,
		chromedp.Click(`#pending button.approve`),
		chromedp.WaitVisible(`#status.SUCCEEDED`),
	)
	if err != nil {
		t.Fatalf("approve and wait for SUCCEEDED: %v", err)
	}
	status, history := text(`#status`), text(`#history`)
	picture, err := chromedp.Run(ctx, chromedp.OuterHTML(`#diagram svg`))
	if err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Click(`#diagram rect.hit[data-state="Approved?"]`), chromedp.WaitVisible(`#details-body pre`)); err != nil {
		t.Fatalf("click a state: %v", err)
	}
	details := text(`#details`)
	shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	if status != "SUCCEEDED" {
		t.Errorf("status %q", status)
	}
	for _, want := range []string{"ExecutionStarted", "TaskSucceeded", "ChoiceStateEntered", "ExecutionSucceeded"} {
		if !strings.Contains(history, want) {
			t.Errorf("the history table lacks %s", want)
		}
	}
	for _, want := range []string{`data-state="Request Approval" data-status="SUCCEEDED"`, `data-state="Approved" data-status="SUCCEEDED"`, `class="unrun" data-state="Rejected"`} {
		if !strings.Contains(picture, want) {
			t.Errorf("the picture lacks %s", want)
		}
	}
	if !strings.Contains(details, "Approved?") || !strings.Contains(details, `"decision": "approve"`) {
		t.Errorf("the state details show %q", details)
	}
	if snapshots.Updating() {
		writeDocsImage(t, "studio.png", shot)
	}
}

// TestDocsTracePicture renders the JobPoller trace golden as the PNG the
// README shows (only with STEPWISE_UPDATE set).
func TestDocsTracePicture(t *testing.T) {
	if !snapshots.Updating() {
		t.Skip("renders docs/images/trace-JobPoller.png only with " + snapshots.UpdateEnv + "=1")
	}
	ctx, cancel := browser(t)
	defer cancel()
	svg, err := filepath.Abs(snapshots.Path("trace/JobPoller.svg"))
	if err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate("file://"+svg)); err != nil {
		t.Fatal(err)
	}
	shot, err := chromedp.Run(ctx, chromedp.Screenshot("svg"))
	if err != nil {
		t.Fatal(err)
	}
	writeDocsImage(t, "trace-JobPoller.png", shot)
}

func writeDocsImage(t *testing.T, name string, data []byte) {
	t.Helper()
	dir := filepath.Join("..", "docs", "images")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
		t.Fatal(err)
	}
}
