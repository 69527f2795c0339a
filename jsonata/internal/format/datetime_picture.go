package format

import "math"

// dateMarker is one variable marker of a date/time picture ("[Y0001]",
// "[MNn,3-3]", "[D1o]"), analysed as jsonata-js's analyseDateTimePicture
// does (F&O 9.8.4).
type dateMarker struct {
	component uint16 // the component letter; 0 for none
	hasWidth  bool
	minWidth  float64 // NaN when absent or "*"
	maxWidth  float64 // NaN when absent or "*"
	hasMin    bool
	hasMax    bool
	pres1     jstr   // first presentation modifier
	pres2     uint16 // 'a', 't', 'c' or 'o'; 0 for none
	ordinal   bool
	names     letterCase
	hasNames  bool
	intFmt    *intFormat // for integer-valued components and time zones
	n         float64    // digits of a Y, M or D component; -1 for no limit
	hasN      bool
}

// datePart is a literal or a marker.
type datePart struct {
	literal jstr
	marker  *dateMarker
}

var defaultPresentation = map[uint16]string{
	'Y': "1", 'M': "1", 'D': "1", 'd': "1", 'F': "n", 'W': "1", 'w': "1", 'X': "1", 'x': "1", 'H': "1", 'h': "1",
	'P': "n", 'm': "01", 's': "01", 'f': "1", 'Z': "01:01", 'z': "01:01", 'C': "n", 'E': "n",
}

// isoPicture is the picture $fromMillis uses without one.
const isoPicture = "[Y0001]-[M01]-[D01]T[H01]:[m01]:[s01].[f001][Z01:01t]"

func inSet(set string, c uint16) bool {
	for i := 0; i < len(set); i++ {
		if uint16(set[i]) == c {
			return true
		}
	}
	return false
}

// analyseDateTimePicture splits a date/time picture into literals and
// markers. "[[" and "]]" stand for literal brackets. Errors: D3135 for a
// marker without "]", D3132 for an unknown component without
// presentation, D3131 for mixed digit families.
func analyseDateTimePicture(picture string) ([]datePart, error) {
	pic := toJS(picture)
	var parts []datePart
	addLiteral := func(start, end int) {
		if end > start {
			lit := join(pic.substring(start, end).split(toJS("]]")), jstr{']'})
			parts = append(parts, datePart{literal: lit})
		}
	}
	start, pos := 0, 0
	for pos < len(pic) {
		if pic[pos] == '[' {
			if pos+1 < len(pic) && pic[pos+1] == '[' {
				addLiteral(start, pos)
				parts = append(parts, datePart{literal: jstr{'['}})
				pos += 2
				start = pos
				continue
			}
			addLiteral(start, pos)
			start = pos
			pos = pic.indexOf(jstr{']'}, start)
			if pos == -1 {
				return nil, codeError("D3135", "")
			}
			m, err := analyseMarker(pic.substring(start+1, pos))
			if err != nil {
				return nil, err
			}
			parts = append(parts, datePart{marker: m})
			start = pos + 1
		}
		pos++
	}
	addLiteral(start, pos)
	return parts, nil
}

// analyseMarker reads the inside of one "[…]".
func analyseMarker(raw jstr) (*dateMarker, error) {
	var marker jstr
	for _, c := range raw {
		if !isJSSpace(c) {
			marker = append(marker, c)
		}
	}
	m := &dateMarker{minWidth: math.NaN(), maxWidth: math.NaN()}
	if len(marker) > 0 {
		m.component = marker[0]
	}
	var presMod jstr
	if comma := marker.lastIndexOf(jstr{','}); comma != -1 {
		widthMod := marker.substring(comma+1, len(marker))
		m.hasWidth = true
		minW, maxW, hasMax := widthMod, jstr(nil), false
		if dash := widthMod.indexOf(jstr{'-'}, 0); dash != -1 {
			minW, maxW, hasMax = widthMod.substring(0, dash), widthMod.substring(dash+1, len(widthMod)), true
		}
		if !minW.equal(jstr{'*'}) {
			m.minWidth, m.hasMin = parseIntJS(minW), true
		}
		if hasMax && !maxW.equal(jstr{'*'}) {
			m.maxWidth, m.hasMax = parseIntJS(maxW), true
		}
		presMod = marker.substring(1, comma)
	} else {
		presMod = marker.substring(1, len(marker))
	}
	switch {
	case len(presMod) == 1:
		m.pres1 = presMod
	case len(presMod) > 1:
		last := presMod[len(presMod)-1]
		if inSet("atco", last) {
			m.pres2 = last
			m.ordinal = last == 'o'
			m.pres1 = presMod[:len(presMod)-1]
		} else {
			m.pres1 = presMod
		}
	default:
		def, ok := defaultPresentation[m.component]
		if !ok || len(marker) == 0 {
			return nil, codeError("D3132", marker.substring(0, 1).String())
		}
		m.pres1 = toJS(def)
	}
	switch {
	case m.pres1[0] == 'n':
		m.names, m.hasNames = lowerCase, true
	case m.pres1[0] == 'N':
		m.names, m.hasNames = upperCase, true
		if len(m.pres1) > 1 && m.pres1[1] == 'n' {
			m.names = titleCase
		}
	case inSet("YMDdFWwXxHhmsf", m.component):
		pattern := m.pres1
		if m.pres2 != 0 {
			pattern = cat(pattern, jstr{';', m.pres2})
		}
		f, err := analyseIntegerPicture(pattern.String())
		if err != nil {
			return nil, err
		}
		m.intFmt = f
		if m.hasMin && f.mandatory < m.minWidth {
			f.mandatory = m.minWidth
		}
		if inSet("YMD", m.component) {
			m.n, m.hasN = -1, true
			if m.hasMax {
				m.n = m.maxWidth
				f.mandatory = m.n
			} else if w := f.mandatory + f.optional; w >= 2 {
				m.n = w
			}
		}
	}
	if m.component == 'Z' || m.component == 'z' {
		f, err := analyseIntegerPicture(m.pres1.String())
		if err != nil {
			return nil, err
		}
		m.intFmt = f
	}
	return m, nil
}
