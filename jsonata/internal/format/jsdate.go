package format

import "math"

// JavaScript Date arithmetic on time values (milliseconds since the epoch,
// UTC), NaN standing for an invalid date as in ECMAScript.

const msPerDay = 86400000

// timeClip is ECMAScript TimeClip: NaN beyond ±8.64e15, else truncated.
func timeClip(t float64) float64 {
	if math.IsNaN(t) || math.IsInf(t, 0) || math.Abs(t) > 8.64e15 {
		return math.NaN()
	}
	return math.Trunc(t) + 0
}

// dateUTC is Date.UTC(year, month, day, hours, minutes, seconds, ms): a
// year from 0 to 99 means 1900 to 1999; out-of-range fields carry over.
func dateUTC(year, month, day, h, m, s, ms float64) float64 {
	for _, f := range []float64{year, month, day, h, m, s, ms} {
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return math.NaN()
		}
	}
	y := math.Trunc(year)
	if y >= 0 && y <= 99 {
		y += 1900
	}
	days := makeDay(y, math.Trunc(month), math.Trunc(day))
	t := math.Trunc(h)*3600000 + math.Trunc(m)*60000 + math.Trunc(s)*1000 + math.Trunc(ms)
	return timeClip(days*msPerDay + t)
}

// makeDay is ECMAScript MakeDay: the day number of year/month/date.
func makeDay(year, month, date float64) float64 {
	ym := year + math.Floor(month/12)
	mn := math.Mod(month, 12)
	if mn < 0 {
		mn += 12
	}
	if math.Abs(ym) > 1e9 {
		return math.NaN()
	}
	return daysFromCivil(ym, mn+1, 1) + date - 1
}

// daysFromCivil counts days from 1970-01-01 to the proleptic Gregorian
// date y-m-d (m 1–12).
func daysFromCivil(y, m, d float64) float64 {
	if m <= 2 {
		y--
	}
	era := math.Floor(y / 400)
	yoe := y - era*400
	mp := math.Mod(m+9, 12)
	doy := math.Floor((153*mp+2)/5) + d - 1
	doe := yoe*365 + math.Floor(yoe/4) - math.Floor(yoe/100) + doy
	return era*146097 + doe - 719468
}

// civil is a time value taken apart as the getUTC… methods do; every
// field is NaN for an invalid date.
type civil struct {
	year, month, day, weekday, hour, minute, second, ms float64 // month 0–11, weekday 0 = Sunday
}

func civilOf(t float64) civil {
	if math.IsNaN(t) {
		n := math.NaN()
		return civil{n, n, n, n, n, n, n, n}
	}
	days := math.Floor(t / msPerDay)
	within := t - days*msPerDay
	z := days + 719468
	era := math.Floor(z / 146097)
	doe := z - era*146097
	yoe := math.Floor((doe - math.Floor(doe/1460) + math.Floor(doe/36524) - math.Floor(doe/146096)) / 365)
	doy := doe - (365*yoe + math.Floor(yoe/4) - math.Floor(yoe/100))
	mp := math.Floor((5*doy + 2) / 153)
	d := doy - math.Floor((153*mp+2)/5) + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	y := yoe + era*400
	if m <= 2 {
		y++
	}
	wd := math.Mod(days+4, 7)
	if wd < 0 {
		wd += 7
	}
	return civil{
		year: y, month: m - 1, day: d, weekday: wd,
		hour:   math.Floor(within / 3600000),
		minute: math.Mod(math.Floor(within/60000), 60),
		second: math.Mod(math.Floor(within/1000), 60),
		ms:     math.Mod(within, 1000),
	}
}
