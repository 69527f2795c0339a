package studio_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stepwise-go/stepwise/studio"
)

// approvalDef waits for a task token, then checks the decision.
const approvalDef = `{"StartAt": "Ask", "States": {
	"Ask": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
		"Parameters": {"QueueUrl": "q", "MessageBody": {"ask.$": "$.ask"}}, "ResultPath": "$.approval",
		"Catch": [{"ErrorEquals": ["Approval.Rejected"], "Next": "Rejected"}], "Next": "Check"},
	"Check": {"Type": "Choice", "Choices": [{"Variable": "$.approval.decision", "StringEquals": "approve", "Next": "Approved"}], "Default": "Rejected"},
	"Approved": {"Type": "Succeed"},
	"Rejected": {"Type": "Fail", "Error": "Rejected"}}}`

const addr = "127.0.0.1:8084"

func newServer(t *testing.T, maxBody int64) *studio.Server {
	t.Helper()
	s, err := studio.New(studio.Config{Addr: addr, MaxBodyBytes: maxBody, Workflows: []studio.Workflow{
		{Name: "Approval", Source: "test", Definition: []byte(approvalDef)},
		{Name: "Broken", Source: "test", Definition: []byte(`{"StartAt": "X", "States": {}}`)},
	}})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// request sends one request through the server's handler.
func request(s *studio.Server, method, path, host, origin, token, body string) *httptest.ResponseRecorder {
	r := httptest.NewRequest(method, path, strings.NewReader(body))
	r.Host = host
	if origin != "" {
		r.Header.Set("Origin", origin)
	}
	if token != "" {
		r.Header.Set(studio.TokenHeader, token)
	}
	if body != "" {
		r.Header.Set("Content-Type", "application/json")
	}
	w := httptest.NewRecorder()
	s.ServeHTTP(w, r)
	return w
}

func TestSecurity(t *testing.T) {
	s := newServer(t, 256)
	tok := s.Token()
	start := `{"workflow": 0, "input": {}}`
	big := `{"workflow": 0, "input": {"x": "` + strings.Repeat("a", 400) + `"}}`
	for _, c := range []struct {
		name                                    string
		method, path, host, origin, token, body string
		code                                    int
	}{
		{"page on the listen address", "GET", "/", addr, "", "", "", 200},
		{"page on localhost", "GET", "/", "localhost:8084", "", "", "", 200},
		{"foreign Host (DNS rebinding)", "GET", "/api/workflows", "evil.example:8084", "", "", "", 403},
		{"other port", "GET", "/", "127.0.0.1:9999", "", "", "", 403},
		{"same-origin GET", "GET", "/api/workflows", addr, "http://" + addr, "", "", 200},
		{"cross-origin GET", "GET", "/api/workflows", addr, "http://evil.example", "", "", 403},
		{"cross-origin POST with token", "POST", "/api/executions", addr, "http://evil.example", tok, start, 403},
		{"POST without token", "POST", "/api/executions", addr, "", "", start, 403},
		{"POST with a wrong token", "POST", "/api/executions", addr, "", strings.Repeat("0", 64), start, 403},
		{"POST with token", "POST", "/api/executions", addr, "http://" + addr, tok, start, 201},
		{"body too large", "POST", "/api/executions", addr, "", tok, big, 413},
		{"input not JSON", "POST", "/api/executions", addr, "", tok, `{"workflow": 0, "input": [}`, 400},
		{"invalid definition cannot start", "POST", "/api/executions", addr, "", tok, `{"workflow": 1}`, 422},
		{"no such workflow", "POST", "/api/executions", addr, "", tok, `{"workflow": 7}`, 404},
		{"PUT refused", "PUT", "/api/executions", addr, "", tok, start, 405},
		{"DELETE refused", "DELETE", "/", addr, "", tok, "", 405},
		{"traversal (cleaned to /go.mod, which is not served)", "GET", "/assets/../../go.mod", addr, "", "", "", 0},
		{"a file of the module", "GET", "/go.mod", addr, "", "", "", 404},
		{"encoded traversal", "GET", "/assets/..%2f..%2fgo.mod", addr, "", "", "", 404},
		{"no file server", "GET", "/studio.go", addr, "", "", "", 404},
		{"unknown asset", "GET", "/assets/index.html", addr, "", "", "", 404},
		{"embedded asset", "GET", "/assets/app.js", addr, "", "", "", 200},
		{"workflow out of range", "GET", "/api/workflows/9/diagram.svg", addr, "", "", "", 404},
		{"workflow not a number", "GET", "/api/workflows/..%2f/diagram.svg", addr, "", "", "", 404},
	} {
		t.Run(c.name, func(t *testing.T) {
			w := request(s, c.method, c.path, c.host, c.origin, c.token, c.body)
			if c.code == 0 {
				if w.Code == 200 || strings.Contains(w.Body.String(), "module ") {
					t.Errorf("%s %s: %d %s; want no file", c.method, c.path, w.Code, w.Body.String())
				}
				return
			}
			if w.Code != c.code {
				t.Errorf("%s %s: %d, want %d (%s)", c.method, c.path, w.Code, c.code, w.Body.String())
			}
		})
	}
}

func TestPageEmbedsToken(t *testing.T) {
	s := newServer(t, 0)
	w := request(s, "GET", "/", addr, "", "", "")
	if !strings.Contains(w.Body.String(), `content="`+s.Token()+`"`) || len(s.Token()) != 64 {
		t.Errorf("the page does not carry the token")
	}
	if other := newServer(t, 0); other.Token() == s.Token() {
		t.Errorf("two servers share a token")
	}
	if csp := w.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
		t.Errorf("CSP = %q", csp)
	}
	if strings.Contains(w.Body.String(), "http://") || strings.Contains(w.Body.String(), "https://") {
		t.Errorf("the page refers to an external URL")
	}
}

func TestIsLoopback(t *testing.T) {
	for addr, want := range map[string]bool{"127.0.0.1:8084": true, "localhost:1": true, "[::1]:80": true,
		"0.0.0.0:8084": false, ":8084": false, "192.168.1.2:8084": false, "nonsense": false} {
		if got := studio.IsLoopback(addr); got != want {
			t.Errorf("IsLoopback(%q) = %v, want %v", addr, got, want)
		}
	}
}

// follow reads server-sent updates until cond holds for one, and returns it.
func follow(t *testing.T, base, id string, cond func(map[string]any) bool) map[string]any {
	t.Helper()
	req, _ := http.NewRequest("GET", base+"/api/executions/"+id+"/events", nil)
	req.Host = addr
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Fatalf("content type %q", ct)
	}
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 1<<20), 8<<20)
	deadline := time.Now().Add(10 * time.Second)
	for sc.Scan() && time.Now().Before(deadline) {
		line := sc.Text()
		if !strings.HasPrefix(line, "data: {\"id\"") {
			continue
		}
		var u map[string]any
		if err := json.Unmarshal([]byte(strings.TrimPrefix(line, "data: ")), &u); err != nil {
			t.Fatal(err)
		}
		if cond(u) {
			return u
		}
	}
	t.Fatalf("no matching update")
	return nil
}

func TestApproveAndReject(t *testing.T) {
	s := newServer(t, 0)
	hs := httptest.NewServer(s)
	defer hs.Close()
	post := func(path, body string) (int, map[string]any) {
		req, _ := http.NewRequest("POST", hs.URL+path, strings.NewReader(body))
		req.Host = addr
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set(studio.TokenHeader, s.Token())
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var out map[string]any
		json.NewDecoder(resp.Body).Decode(&out)
		return resp.StatusCode, out
	}
	for _, c := range []struct {
		decision, body, status string
	}{
		{"success", `{"output": {"decision": "approve"}}`, "SUCCEEDED"},
		{"failure", `{"error": "Approval.Rejected", "cause": "no"}`, "FAILED"},
	} {
		t.Run(c.decision, func(t *testing.T) {
			code, started := post("/api/executions", `{"workflow": 0, "input": {"ask": "ship it?"}}`)
			if code != 201 {
				t.Fatalf("start: %d %v", code, started)
			}
			id := started["id"].(string)
			u := follow(t, hs.URL, id, func(u map[string]any) bool { p, _ := u["pending"].([]any); return len(p) == 1 })
			task := u["pending"].([]any)[0].(map[string]any)
			if task["state"] != "Ask" || !strings.Contains(task["input"].(string), `"ask":"ship it?"`) || u["status"] != "RUNNING" {
				t.Fatalf("pending task = %v (status %v)", task, u["status"])
			}
			if !strings.Contains(u["svg"].(string), `data-state="Ask" data-status="RUNNING"`) {
				t.Errorf("the live picture does not show Ask running")
			}
			if code, _ := post("/api/executions/"+id+"/tasks/not-a-token/success", c.body); code != 404 {
				t.Errorf("unknown token: %d, want 404", code)
			}
			if code, out := post("/api/executions/"+id+"/tasks/"+task["token"].(string)+"/"+c.decision, c.body); code != 200 {
				t.Fatalf("decide: %d %v", code, out)
			}
			end := follow(t, hs.URL, id, func(u map[string]any) bool { return u["result"] != nil })
			if end["status"] != c.status {
				t.Errorf("status %v, want %s", end["status"], c.status)
			}
			req, _ := http.NewRequest("GET", hs.URL+"/api/executions/"+id+"/history.json", nil)
			req.Host = addr
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			buf.ReadFrom(resp.Body)
			resp.Body.Close()
			if !strings.Contains(resp.Header.Get("Content-Disposition"), "attachment") || !strings.Contains(buf.String(), `"type": "Execution`+map[string]string{"SUCCEEDED": "Succeeded", "FAILED": "Failed"}[c.status]+`"`) {
				t.Errorf("history download: %s %s", resp.Header.Get("Content-Disposition"), buf.String())
			}
		})
	}
}
