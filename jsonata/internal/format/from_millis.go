package format

import (
	"math"
	"strings"
)

// FromMillis is $fromMillis(ms, picture, timezone): the time ms
// milliseconds after the epoch written with a date/time picture —
// components [Y0001] [M01] [D01] [d] [F] [W] [w] [X] [x] [H01] [h] [P]
// [m01] [s01] [f001] [Z01:01] [z] [C] [E], with name (n, N, Nn), ordinal
// (o), words and roman presentations and width modifiers (",3-3"). An
// empty picture means ISO 8601 with milliseconds,
// "[Y0001]-[M01]-[D01]T[H01]:[m01]:[s01].[f001][Z01:01t]"
// ("2017-04-21T19:31:52.123Z" in UTC). tz is an offset "±HHMM" applied
// before formatting; "" means UTC. Errors: D3130–D3135.
//
// Unlike jsonata-js, an empty picture cannot be told from an absent one:
// $fromMillis(x, "") gives "" in jsonata-js and the ISO form here.
func FromMillis(ms float64, picture, tz string) (string, error) {
	offsetHours, offsetMinutes := 0.0, 0.0
	if tz != "" {
		offset := parseIntJS(toJS(tz))
		offsetHours = math.Floor(offset / 100)
		offsetMinutes = math.Mod(offset, 100)
	}
	if picture == "" {
		picture = isoPicture
	}
	parts, err := analyseDateTimePicture(picture)
	if err != nil {
		return "", err
	}
	t := timeClip(ms + (60*offsetHours+offsetMinutes)*60*1000)
	var out jstr
	for _, p := range parts {
		if p.marker == nil {
			out = append(out, p.literal...)
			continue
		}
		s, err := formatMarker(t, p.marker, offsetHours, offsetMinutes)
		if err != nil {
			return "", err
		}
		out = append(out, s...)
	}
	return out.String(), nil
}

// formatMarker writes one component of t (jsonata-js's formatComponent).
func formatMarker(t float64, m *dateMarker, offsetHours, offsetMinutes float64) (jstr, error) {
	v := dateField(t, m.component)
	switch {
	case inSet("YMDdFWwXxHhms", m.component):
		if m.component == 'Y' && (!m.hasN || m.n != -1) {
			n := math.NaN()
			if m.hasN {
				n = m.n
			}
			v.num = math.Mod(v.num, math.Pow(10, n))
		}
		if m.hasNames {
			return formatName(v.num, m)
		}
		return formatIntegerWith(v.num, m.intFmt)
	case m.component == 'f':
		if m.intFmt == nil { // [fN]: jsonata-js has no integer format here
			return nil, jsError("Cannot read properties of undefined (reading 'primary')")
		}
		return formatIntegerWith(v.num, m.intFmt)
	case m.component == 'Z' || m.component == 'z':
		return formatZone(m, offsetHours, offsetMinutes)
	case m.component == 'P':
		if m.hasNames && m.names == upperCase {
			return toJS(strings.ToUpper(v.str)), nil
		}
	}
	if !v.defined {
		return toJS("undefined"), nil
	}
	if v.isStr {
		return toJS(v.str), nil
	}
	return toJS(numString(v.num)), nil
}

// formatName writes a month or day name in the marker's case, cut to its
// maximum width. Other components have no names (D3133).
func formatName(v float64, m *dateMarker) (jstr, error) {
	var names []string
	index := v
	switch m.component {
	case 'M', 'x':
		names, index = monthNames, v-1
	case 'F':
		names = dayNames
	default:
		return nil, codeError("D3133", string(rune(m.component)))
	}
	if math.IsNaN(index) || index < 0 || index >= float64(len(names)) || index != math.Trunc(index) {
		// names[index] is undefined in jsonata-js.
		switch {
		case m.names == upperCase:
			return nil, jsError(msgNoUpper)
		case m.names == lowerCase:
			return nil, jsError(msgNoLower)
		case m.hasWidth:
			return nil, jsError(msgNoPrefix)
		}
		return toJS("undefined"), nil
	}
	name := names[int(index)]
	switch m.names {
	case upperCase:
		name = strings.ToUpper(name)
	case lowerCase:
		name = strings.ToLower(name)
	}
	s := toJS(name)
	if m.hasWidth && float64(len(s)) > m.maxWidth {
		s = s.substring(0, toInt(m.maxWidth))
	}
	return s, nil
}

// formatZone writes the offset as [Z] (+01:00), [z] (GMT+01:00) or, with
// the t modifier, Z for zero.
func formatZone(m *dateMarker, offsetHours, offsetMinutes float64) (jstr, error) {
	offset := offsetHours*100 + offsetMinutes
	var s jstr
	var err error
	if m.intFmt.regular {
		s, err = formatIntegerWith(offset, m.intFmt)
	} else {
		switch digits := m.intFmt.mandatory; digits {
		case 1, 2:
			s, err = formatIntegerWith(offsetHours, m.intFmt)
			if err == nil && offsetMinutes != 0 {
				mins, _ := formatIntegerWith(math.Floor(offsetMinutes), &intFormat{primary: decimalNumbering, zeroCode: 0x30, mandatory: 2, optional: 0})
				s = cat(s, jstr{':'}, mins)
			}
		case 3, 4:
			s, err = formatIntegerWith(offset, m.intFmt)
		default:
			value := "undefined"
			if !math.IsNaN(digits) {
				value = numString(digits)
			}
			return nil, codeError("D3134", value)
		}
	}
	if err != nil {
		return nil, err
	}
	if offset >= 0 {
		s = cat(jstr{'+'}, s)
	}
	if m.component == 'z' {
		s = cat(toJS("GMT"), s)
	}
	if offset == 0 && m.pres2 == 't' {
		s = jstr{'Z'}
	}
	return s, nil
}
