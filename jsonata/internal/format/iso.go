package format

import (
	"math"
	"regexp"
	"strconv"
)

// isoTimestamp is jsonata-js's test for $toMillis without a picture.
var isoTimestamp = regexp.MustCompile(`^\d{4}(-[01]\d)*(-[0-3]\d)*(T[0-2]\d:[0-5]\d:[0-5]\d)*(\.\d+)?([+-][0-2]\d:?[0-5]\d|Z)?$`)

// isoForm is the subset of that test JavaScript's Date.parse reads as ISO
// 8601: year, optional month and day, optional time with seconds and a
// fraction, optional offset (a date alone takes only "Z").
var isoForm = regexp.MustCompile(`^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?:T(\d\d):(\d\d):(\d\d)(?:\.(\d+))?)?(Z|[+-](\d\d):?(\d\d))?$`)

// parseISO is $toMillis(timestamp) without a picture: D3110 unless the
// timestamp passes jsonata-js's test, then Date.parse (NaN for forms that
// pass the test but that Date.parse rejects, such as a month 13). A date
// and time without an offset is UTC here (jsonata-js uses the host's time
// zone, UTC on servers).
func parseISO(s string) (float64, bool, error) {
	if !isoTimestamp.MatchString(s) {
		return 0, false, codeError("D3110", s)
	}
	m := isoForm.FindStringSubmatch(s)
	if m == nil {
		return math.NaN(), true, nil
	}
	num := func(i int, def float64) float64 {
		if m[i] == "" {
			return def
		}
		v, _ := strconv.Atoi(m[i])
		return float64(v)
	}
	year, month, day := num(1, 0), num(2, 1), num(3, 1)
	hour, minute, second := num(4, 0), num(5, 0), num(6, 0)
	ms := 0.0
	if frac := m[7]; frac != "" {
		for len(frac) < 3 {
			frac += "0"
		}
		ms = num(0, 0)
		v, _ := strconv.Atoi(frac[:3])
		ms = float64(v)
	}
	if month < 1 || month > 12 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 59 ||
		(hour == 24 && (minute != 0 || second != 0 || ms != 0)) {
		return math.NaN(), true, nil
	}
	offset := 0.0
	if zone := m[8]; zone != "" && zone != "Z" {
		if m[4] == "" {
			return math.NaN(), true, nil
		}
		oh, om := num(9, 0), num(10, 0)
		if oh > 23 {
			return math.NaN(), true, nil
		}
		offset = (oh*60 + om) * 60000
		if zone[0] == '-' {
			offset = -offset
		}
	}
	days := makeDay(year, month-1, day)
	return timeClip(days*msPerDay + hour*3600000 + minute*60000 + second*1000 + ms - offset), true, nil
}
