package jsonata

// TODO(format): this file is a stand-in for jsonata/internal/format,
// which another engineer is building (picture strings for $formatNumber,
// $formatInteger, $parseInteger, $fromMillis, $toMillis). When that
// package is merged, delete this file and call format.FormatNumber,
// format.FormatInteger, format.ParseInteger, format.FromMillis and
// format.ToMillis (same signatures as below; their *format.Error carries
// Code, Msg and Value, to be copied into *Error). Until then only the
// ISO 8601 forms without a picture work.

import (
	"strings"
	"time"
)

// formatError is format.Error.
type formatError struct {
	Code  string
	Msg   string
	Value any
}

func (e *formatError) Error() string { return e.Msg }

func errFormatMissing(fn string) error {
	return &formatError{Code: "D3137", Msg: fn + " with a picture string is not available yet (jsonata/internal/format is not merged)"}
}

func fmtFormatNumber(v float64, picture string, opts map[string]string) (string, error) {
	return "", errFormatMissing("$formatNumber")
}

func fmtFormatInteger(v float64, picture string) (string, error) {
	return "", errFormatMissing("$formatInteger")
}

func fmtParseInteger(s, picture string) (float64, error) {
	return 0, errFormatMissing("$parseInteger")
}

// fmtFromMillis is format.FromMillis: picture "" is ISO 8601 as
// JavaScript's toISOString writes it.
func fmtFromMillis(ms float64, picture, tz string) (string, error) {
	if picture != "" || tz != "" {
		return "", errFormatMissing("$fromMillis")
	}
	t := time.UnixMilli(int64(ms)).UTC()
	if t.Year() < 0 || t.Year() > 9999 {
		return t.Format("-2006-01-02T15:04:05.000Z"), nil
	}
	return t.Format("2006-01-02T15:04:05.000Z"), nil
}

// fmtToMillis is format.ToMillis: picture "" reads ISO 8601. ok is false
// when the text does not match the picture.
func fmtToMillis(s, picture string) (float64, bool, error) {
	if picture != "" {
		return 0, false, errFormatMissing("$toMillis")
	}
	layouts := []string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999Z0700", "2006-01-02T15:04:05.999999999", "2006-01-02T15:04Z07:00", "2006-01-02T15:04", "2006-01-02", "2006-01", "2006"}
	for _, l := range layouts {
		if t, err := time.Parse(l, strings.TrimSpace(s)); err == nil {
			return float64(t.UnixMilli()), true, nil
		}
	}
	return 0, false, &formatError{Code: "D3110", Value: s}
}
