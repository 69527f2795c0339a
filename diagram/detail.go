package diagram

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/jsontree"
)

// maxDetail bounds the detail line of a node.
const maxDetail = 40

// detail describes briefly what a state does, beside its type.
func detail(s asl.State) string {
	switch s := s.(type) {
	case *asl.Task:
		return shorten(resource(s.Resource), maxDetail)
	case *asl.Wait:
		return shorten(waitTime(s), maxDetail)
	case *asl.Map:
		return mapDetail(s)
	}
	return ""
}

// resource names a Task's resource: the service integration
// ("lambda:invoke", "sns:publish") for arn:aws:states::: resources, else
// the kind of ARN ("lambda function", "activity").
func resource(r string) string {
	if rest, ok := strings.CutPrefix(r, "arn:aws:states:::"); ok {
		return rest
	}
	parts := strings.Split(r, ":")
	switch {
	case len(parts) > 5 && parts[2] == "lambda" && parts[5] == "function":
		return "lambda function"
	case len(parts) > 5 && parts[2] == "states" && parts[5] == "activity":
		return "activity"
	}
	return ""
}

// waitTime describes a Wait's time field.
func waitTime(w *asl.Wait) string {
	switch {
	case w.Seconds != nil && w.Seconds.IsExpr():
		return Expression(w.Seconds.Expr)
	case w.Seconds != nil:
		return seconds(w.Seconds.Int)
	case w.SecondsPath != nil:
		return *w.SecondsPath + " seconds"
	case w.Timestamp != nil && strings.HasPrefix(strings.TrimSpace(*w.Timestamp), "{%"):
		return "until " + Expression(*w.Timestamp)
	case w.Timestamp != nil:
		return "until " + *w.Timestamp
	case w.TimestampPath != nil:
		return "until " + *w.TimestampPath
	}
	return ""
}

// seconds renders a number of seconds readably: 45s, 5m, 1h30m, 2d.
func seconds(n int64) string {
	if n <= 0 || n%60 != 0 {
		return strconv.FormatInt(n, 10) + "s"
	}
	var parts []string
	for _, u := range []struct {
		size int64
		unit string
	}{{86400, "d"}, {3600, "h"}, {60, "m"}} {
		if n >= u.size {
			parts = append(parts, strconv.FormatInt(n/u.size, 10)+u.unit)
			n %= u.size
		}
	}
	return strings.Join(parts, "")
}

// retryNote describes a retrier in one line: which errors, how many
// attempts, the first interval and the backoff, with AWS's defaults
// filled in: "retry States.Timeout: 3× from 1s, ×2".
func retryNote(r *asl.Retrier) string {
	errs := "no errors"
	switch len(r.ErrorEquals) {
	case 0:
	case 1:
		errs = shorten(r.ErrorEquals[0], 32)
	default:
		errs = strconv.Itoa(len(r.ErrorEquals)) + " errors"
	}
	attempts, interval, backoff := int64(3), int64(1), 2.0
	if r.MaxAttempts != nil {
		attempts = *r.MaxAttempts
	}
	if r.IntervalSeconds != nil {
		interval = *r.IntervalSeconds
	}
	if r.BackoffRate != nil {
		backoff = *r.BackoffRate
	}
	if attempts == 0 {
		return "retry " + errs + ": never"
	}
	s := fmt.Sprintf("retry %s: %d× from %s, ×%s", errs, attempts, seconds(interval),
		strconv.FormatFloat(backoff, 'g', 4, 64))
	if r.MaxDelaySeconds != nil {
		s += ", max " + seconds(*r.MaxDelaySeconds)
	}
	if r.JitterStrategy != nil && *r.JitterStrategy == "FULL" {
		s += ", jitter"
	}
	return s
}

// mapDetail describes what a Map iterates over and how: "$.items, 10 at
// a time".
func mapDetail(m *asl.Map) string {
	items := "$"
	switch {
	case m.ItemsPath != nil:
		items = *m.ItemsPath
	case m.Items != nil && m.Items.Kind == jsontree.String: // a JSONata expression
		items = Expression(m.Items.Text)
	case m.Items != nil:
		items = "a list"
	case m.ItemReader != nil:
		items = "items from a reader"
		if r := m.ItemReader.Get("Resource"); r != nil && r.Kind == jsontree.String && resource(r.Text) != "" {
			items = "items from " + resource(r.Text)
		}
	}
	t := shorten(items, maxDetail)
	switch {
	case m.MaxConcurrency != nil && !m.MaxConcurrency.IsExpr() && m.MaxConcurrency.Int > 0:
		t += fmt.Sprintf(", %d at a time", m.MaxConcurrency.Int)
	case m.MaxConcurrencyPath != nil:
		t += ", " + shorten(*m.MaxConcurrencyPath, maxDetail) + " at a time"
	}
	return t
}

// mapTitle names a Map's item processor.
func mapTitle(m *asl.Map) string {
	if m.ProcessorConfig != nil && m.ProcessorConfig.Mode != nil && *m.ProcessorConfig.Mode == asl.ModeDistributed {
		return "for each item (distributed)"
	}
	return "for each item"
}
