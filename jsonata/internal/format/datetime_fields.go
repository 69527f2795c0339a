package format

import "math"

var (
	dayNames   = []string{"", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	monthNames = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
)

// fieldValue is what jsonata-js's getDateTimeFragment returns: a number,
// a string ("am", "pm", "ISO"), or undefined.
type fieldValue struct {
	num     float64
	str     string
	isStr   bool
	defined bool
}

func numField(f float64) fieldValue { return fieldValue{num: f, defined: true} }
func strField(s string) fieldValue  { return fieldValue{str: s, isStr: true, defined: true} }

// startOfFirstWeek is the time of the Monday that starts week 1 of a year
// (month 0) or a month: the week holding its first Thursday (ISO 8601).
func startOfFirstWeek(year, month float64) float64 {
	if month == 12 {
		year, month = year+1, 0
	} else if month == -1 {
		year, month = year-1, 11
	}
	first := dateUTC(year, month, 1, 0, 0, 0, 0)
	day := civilOf(first).weekday
	if day == 0 {
		day = 7
	}
	if day > 4 {
		return first + (8-day)*msPerDay
	}
	return first - (day-1)*msPerDay
}

func deltaWeeks(start, end float64) float64 { return (end-start)/(msPerDay*7) + 1 }

// dateField is one component of the time value t (UTC).
func dateField(t float64, component uint16) fieldValue {
	c := civilOf(t)
	switch component {
	case 'Y':
		return numField(c.year)
	case 'M':
		return numField(c.month + 1)
	case 'D':
		return numField(c.day)
	case 'd':
		today := dateUTC(c.year, c.month, c.day, 0, 0, 0, 0)
		firstJan := dateUTC(c.year, 0, 1, 0, 0, 0, 0)
		return numField((today-firstJan)/msPerDay + 1)
	case 'F':
		if c.weekday == 0 {
			return numField(7)
		}
		return numField(c.weekday)
	case 'W':
		start := startOfFirstWeek(c.year, 0)
		today := dateUTC(c.year, c.month, c.day, 0, 0, 0, 0)
		week := deltaWeeks(start, today)
		if week > 52 {
			if today >= startOfFirstWeek(c.year+1, 0) {
				week = 1
			}
		} else if week < 1 {
			week = deltaWeeks(startOfFirstWeek(c.year-1, 0), today)
		}
		return numField(math.Floor(week))
	case 'w':
		start := startOfFirstWeek(c.year, c.month)
		today := dateUTC(c.year, c.month, c.day, 0, 0, 0, 0)
		week := deltaWeeks(start, today)
		if week > 4 {
			if today >= startOfFirstWeek(c.year, c.month+1) {
				week = 1
			}
		} else if week < 1 {
			week = deltaWeeks(startOfFirstWeek(c.year, c.month-1), today)
		}
		return numField(math.Floor(week))
	case 'X':
		switch {
		case t < startOfFirstWeek(c.year, 0):
			return numField(c.year - 1)
		case t >= startOfFirstWeek(c.year+1, 0):
			return numField(c.year + 1)
		}
		return numField(c.year)
	case 'x':
		switch {
		case t < startOfFirstWeek(c.year, c.month):
			return numField(math.Mod(c.month+11, 12) + 1)
		case t >= startOfFirstWeek(c.year, c.month+1):
			return numField(math.Mod(c.month+1, 12) + 1)
		}
		return numField(c.month + 1)
	case 'H':
		return numField(c.hour)
	case 'h':
		h := math.Mod(c.hour, 12)
		if h == 0 {
			h = 12
		}
		return numField(h)
	case 'P':
		if c.hour >= 12 {
			return strField("pm")
		}
		return strField("am")
	case 'm':
		return numField(c.minute)
	case 's':
		return numField(c.second)
	case 'f':
		return numField(c.ms)
	case 'C', 'E':
		return strField("ISO")
	}
	return fieldValue{}
}
