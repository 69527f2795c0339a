package asl

import "slices"

// ErrorAll matches every error; it must stand alone in the last retrier or
// catcher.
const ErrorAll = "States.ALL"

// MaxRetryDelaySeconds bounds MaxDelaySeconds (exclusive), as AWS does.
const MaxRetryDelaySeconds = 31622401

func (v *validator) errorHandling(sc *scope, e *ErrorHandling, target func(base Location, field, name string)) {
	for i, r := range e.Retry {
		at := sc.at.At("Retry").Index(i)
		var own scope
		rsc := sc.withSource(r.Source, &own)
		v.errorEquals(rsc, at, r.ErrorEquals, i == len(e.Retry)-1, "retrier")
		if r.IntervalSeconds != nil && (*r.IntervalSeconds < 1 || *r.IntervalSeconds > MaxTimeoutSeconds) {
			v.add(rsc, at.At("IntervalSeconds"), CodeRetryInterval, "IntervalSeconds must be a positive integer no larger than %d, not %d", MaxTimeoutSeconds, *r.IntervalSeconds)
		}
		switch {
		case r.MaxAttempts == nil:
		case *r.MaxAttempts < 0:
			v.add(rsc, at.At("MaxAttempts"), CodeRetryMaxAttempts, "MaxAttempts must be 0 (never retry) or more, not %d", *r.MaxAttempts)
		case *r.MaxAttempts > MaxTimeoutSeconds:
			// AWS's language service schema: maximum 99999999.
			v.add(rsc, at.At("MaxAttempts"), CodeRetryMaxAttempts, "MaxAttempts must be at most %d, not %d", MaxTimeoutSeconds, *r.MaxAttempts)
		}
		if r.BackoffRate != nil && *r.BackoffRate < 1 {
			v.add(rsc, at.At("BackoffRate"), CodeRetryBackoffRate, "BackoffRate must be 1.0 or more, not %v", *r.BackoffRate)
		}
		if r.MaxDelaySeconds != nil && (*r.MaxDelaySeconds < 1 || *r.MaxDelaySeconds >= MaxRetryDelaySeconds) {
			v.add(rsc, at.At("MaxDelaySeconds"), CodeRetryMaxDelay, "MaxDelaySeconds must be a positive integer below %d, not %d", MaxRetryDelaySeconds, *r.MaxDelaySeconds)
		}
		if r.JitterStrategy != nil && *r.JitterStrategy != "FULL" && *r.JitterStrategy != "NONE" {
			v.add(rsc, at.At("JitterStrategy"), CodeRetryJitter, "JitterStrategy must be \"FULL\" or \"NONE\", not %q", *r.JitterStrategy)
		}
	}
	for i, c := range e.Catch {
		at := sc.at.At("Catch").Index(i)
		handler := *sc // a catcher has its own location, and maybe source
		if c.Source != "" {
			handler.source = c.Source
		}
		handler.at = at
		handler.catch = true
		csc := &handler
		v.errorEquals(csc, at, c.ErrorEquals, i == len(e.Catch)-1, "catcher")
		if c.Next == "" {
			v.add(csc, at, CodeMissingField, "a catcher needs Next, the state to go to")
		} else {
			target(at, "Next", c.Next)
		}
		v.resultPath(csc, "ResultPath", c.ResultPath)
		v.expressionField(csc, "Output", c.Output)
		v.assign(csc, "Assign", c.Assign)
		v.only(csc, JSONPath, "ResultPath", c.ResultPath != nil)
		v.only(csc, JSONata, "Output", c.Output != nil)
	}
}

// errorEquals checks a retrier's or catcher's ErrorEquals; last says
// whether it is the last of its list.
func (v *validator) errorEquals(sc *scope, at Location, errs []string, last bool, what string) {
	switch {
	case errs == nil:
		v.add(sc, at, CodeMissingField, "a %s needs ErrorEquals", what)
		return
	case len(errs) == 0:
		v.add(sc, at.At("ErrorEquals"), CodeErrorEqualsEmpty, "ErrorEquals must name at least one error")
		return
	}
	if i := slices.Index(errs, ErrorAll); i >= 0 {
		if len(errs) > 1 {
			v.add(sc, at.At("ErrorEquals").Index(i), CodeStatesAllPosition, "%s must be the only error in its ErrorEquals", ErrorAll)
		}
		if !last {
			v.add(sc, at.At("ErrorEquals").Index(i), CodeStatesAllPosition, "%s must be in the last %s", ErrorAll, what)
		}
	}
}
