package format

import (
	"math"
	"regexp"
	"strings"
	"time"
)

// ToMillis is $toMillis(timestamp, picture) with the current time from
// the system clock; see ToMillisAt, which the evaluator should use with
// its injected clock.
func ToMillis(s, picture string) (ms float64, ok bool, err error) {
	return ToMillisAt(s, picture, float64(time.Now().UnixMilli()))
}

// ToMillisAt is $toMillis(timestamp, picture), evaluated at the time now
// (milliseconds since the epoch; jsonata-js takes it from the start of
// the evaluation). With picture "" the timestamp must be ISO 8601
// ("2017-10-30", "2017-10-30T15:28:34.123Z", "…+01:00"), else D3110; a
// date and time without an offset is read as UTC. With a picture, it is
// the inverse of FromMillis: components the picture leaves out are taken
// from now when more significant than those given and zero when less.
// ok is false where jsonata-js returns undefined (the timestamp does not
// match the picture, or the picture has no components). A result can be
// NaN (JSON null) where jsonata-js computes NaN. Errors: D3110, D3130–D3136.
func ToMillisAt(s, picture string, now float64) (ms float64, ok bool, err error) {
	if picture == "" {
		return parseISO(s)
	}
	return parseDateTime(s, picture, timeClip(now))
}

// component is a parsed timestamp field as jsonata-js holds it: a number
// that may be NaN, undefined, or a value that is truthy but not a number
// (a name that hits an Object.prototype property such as "constructor").
type component struct {
	num     float64
	str     string // "am"/"pm" when defaulted from now
	defined bool
	object  bool
}

func (c component) truthy() bool {
	if !c.defined {
		return false
	}
	if c.object || c.str != "" {
		return true
	}
	return c.num != 0 && !math.IsNaN(c.num)
}

// number is ToNumber of the component, as Date.UTC converts it.
func (c component) number() float64 {
	if !c.defined || c.object || c.str != "" {
		return math.NaN()
	}
	return c.num
}

// datePartMatcher finds one part of a timestamp and reads its value.
type datePartMatcher struct {
	regex     string
	component uint16
	parse     func(string) (component, error) // nil for literals
}

// objectProperties are the Object.prototype names [a-zA-Z]+ can match;
// jsonata-js's name lookup objects inherit them.
var objectProperties = map[string]bool{"constructor": true, "hasOwnProperty": true, "isPrototypeOf": true, "propertyIsEnumerable": true, "toString": true, "valueOf": true, "toLocaleString": true}

func dateMatcher(p datePart) (*datePartMatcher, error) {
	if p.marker == nil {
		return &datePartMatcher{regex: regexp.QuoteMeta(jsFoldSafe(p.literal.String()))}, nil
	}
	m := p.marker
	dm := &datePartMatcher{component: m.component}
	switch {
	case m.component == 'Z' || m.component == 'z':
		var sep jstr
		if m.intFmt.regular {
			sep = m.intFmt.every.char
		}
		if m.component == 'z' {
			dm.regex = "GMT"
		}
		dm.regex += "[-+][0-9]+"
		if len(sep) > 0 {
			dm.regex += jsFoldSafe(sep.String()) + "[0-9]+"
		}
		z := m.component == 'z'
		dm.parse = func(s string) (component, error) {
			v := toJS(s)
			if z {
				v = v.substring(3, len(v))
			}
			hours, minutes := 0.0, 0.0
			if len(sep) > 0 {
				at := v.indexOf(sep, 0)
				hours = parseIntJS(v.substring(0, at))
				minutes = parseIntJS(v.substring(at+1, len(v)))
			} else if len(v)-1 <= 2 {
				hours = parseIntJS(v)
			} else {
				hours = parseIntJS(v.substring(0, 3))
				minutes = parseIntJS(v.substring(3, len(v)))
			}
			return component{num: hours*60 + minutes, defined: true}, nil
		}
	case m.intFmt != nil:
		f := *m.intFmt
		f.n = 0
		if m.hasN {
			f.n = m.n
		}
		im, err := integerMatcher(&f)
		if err != nil {
			return nil, err
		}
		dm.regex = im.regex
		dm.parse = func(s string) (component, error) {
			v, err := im.parse(s)
			return component{num: v, defined: true}, err
		}
	default:
		lookup := map[string]float64{}
		cut := func(name string) string {
			if m.hasWidth && m.maxWidth > 0 {
				return toJS(name).substring(0, toInt(m.maxWidth)).String()
			}
			return name
		}
		switch m.component {
		case 'M', 'x':
			for i, name := range monthNames {
				lookup[cut(name)] = float64(i + 1)
			}
		case 'F':
			for i, name := range dayNames[1:] {
				lookup[cut(name)] = float64(i + 1)
			}
		case 'P':
			lookup = map[string]float64{"am": 0, "AM": 0, "pm": 1, "PM": 1}
		default:
			return nil, codeError("D3133", string(rune(m.component)))
		}
		dm.regex = "[a-zA-Z]+"
		dm.parse = func(s string) (component, error) {
			if v, ok := lookup[s]; ok {
				return component{num: v, defined: true}, nil
			}
			if objectProperties[s] {
				return component{num: math.NaN(), defined: true, object: true}, nil
			}
			return component{}, nil
		}
	}
	return dm, nil
}

// jsFoldSafe keeps Go's case folding from matching characters that
// JavaScript's case-insensitive (non-Unicode) matching keeps apart: the
// long s, the Kelvin and Ångström signs, the ohm sign and capital sharp s
// stand in private-use characters, in the picture and the timestamp alike.
var foldSafe = strings.NewReplacer("\u017F", "\uE000", "\u212A", "\uE001", "\u212B", "\uE002", "\u2126", "\uE003", "\u1E9E", "\uE004")
var foldBack = strings.NewReplacer("\uE000", "\u017F", "\uE001", "\u212A", "\uE002", "\u212B", "\uE003", "\u2126", "\uE004", "\u1E9E")

func jsFoldSafe(s string) string { return foldSafe.Replace(s) }

// Masks of the components that fix a date or a time, bit by bit in the
// order "YXMxWwdD" and "PHhmsf".
const (
	dateYMD  = 0b10100001
	dateYd   = 0b10000010
	dateXxwF = 0b01010100
	dateXWF  = 0b01001000
	timeHmsf = 0b010111
	timePhms = 0b101111
)

// parseDateTime is jsonata-js's parseDateTime.
func parseDateTime(timestamp, picture string, now float64) (float64, bool, error) {
	parts, err := analyseDateTimePicture(picture)
	if err != nil {
		return 0, false, err
	}
	matchers := make([]*datePartMatcher, len(parts))
	var full strings.Builder
	full.WriteString("^")
	for i, p := range parts {
		if matchers[i], err = dateMatcher(p); err != nil {
			return 0, false, err
		}
		full.WriteString("(" + matchers[i].regex + ")")
	}
	full.WriteString("$")
	re, err := compileJS(full.String())
	if err != nil {
		return 0, false, err
	}
	info := re.FindStringSubmatch(jsFoldSafe(timestamp))
	if info == nil {
		return 0, false, nil
	}
	comps := map[uint16]component{}
	parsed := 0
	for i, m := range matchers {
		if m.parse == nil {
			continue
		}
		c, err := m.parse(foldBack.Replace(info[i+1]))
		if err != nil {
			return 0, false, err
		}
		comps[m.component] = c
		parsed++
	}
	if parsed == 0 {
		return 0, false, nil
	}
	maskOf := func(letters string) int {
		mask := 0
		for i := 0; i < len(letters); i++ {
			mask <<= 1
			if comps[uint16(letters[i])].truthy() {
				mask++
			}
		}
		return mask
	}
	isType := func(mask, typ int) bool { return ^typ&mask == 0 && typ&mask != 0 }
	mask := maskOf("YXMxWwdD")
	dateA := isType(mask, dateYMD)
	dateB := !dateA && isType(mask, dateYd)
	dateC := isType(mask, dateXxwF)
	dateD := !dateC && isType(mask, dateXWF)
	mask = maskOf("PHhmsf")
	timeA := isType(mask, timeHmsf)
	timeB := !timeA && isType(mask, timePhms)

	order := "YMD"
	switch {
	case dateB:
		order = "YD"
	case dateC:
		order = "XxwF"
	case dateD:
		order = "XWF"
	}
	if timeB {
		order += "Phmsf"
	} else {
		order += "Hmsf"
	}
	started, ended := false, false
	for i := 0; i < len(order); i++ {
		letter := uint16(order[i])
		if !comps[letter].defined {
			if started {
				v := 0.0
				if inSet("MDd", letter) {
					v = 1
				}
				comps[letter] = component{num: v, defined: true}
				ended = true
			} else {
				f := dateField(now, letter)
				comps[letter] = component{num: f.num, str: f.str, defined: f.defined}
			}
			continue
		}
		started = true
		if ended {
			return 0, false, codeError("D3136", "")
		}
	}
	month := comps['M']
	if month.defined && !month.object && month.str == "" && month.num > 0 {
		month.num--
	} else {
		month = component{num: 0, defined: true}
	}
	comps['M'] = month
	if dateB {
		firstJan := dateUTC(comps['Y'].number(), 0, 1, 0, 0, 0, 0)
		derived := civilOf(timeClip(firstJan + (comps['d'].number()-1)*msPerDay))
		comps['M'] = component{num: derived.month, defined: true}
		comps['D'] = component{num: derived.day, defined: true}
	}
	if dateC || dateD {
		return 0, false, codeError("D3136", "")
	}
	if timeB {
		h := comps['h']
		hour := h.number()
		if h.defined && !h.object && h.str == "" && h.num == 12 {
			hour = 0
		}
		if p := comps['P']; p.defined && !p.object && p.str == "" && p.num == 1 {
			hour += 12
		}
		comps['H'] = component{num: hour, defined: true}
	}
	millis := dateUTC(comps['Y'].number(), comps['M'].number(), comps['D'].number(), comps['H'].number(), comps['m'].number(), comps['s'].number(), comps['f'].number())
	zone := comps['Z']
	if !zone.truthy() {
		zone = comps['z']
	}
	if zone.truthy() {
		millis -= zone.number() * 60 * 1000
	}
	return millis, true, nil
}
