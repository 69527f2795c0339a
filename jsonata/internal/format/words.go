package format

import (
	"math"
	"strings"
)

var (
	fewWords     = []string{"Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen"}
	ordinalWords = []string{"Zeroth", "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh", "Twelfth", "Thirteenth", "Fourteenth", "Fifteenth", "Sixteenth", "Seventeenth", "Eighteenth", "Nineteenth"}
	decadeWords  = []string{"Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety", "Hundred"}
	magnitudes   = []string{"Thousand", "Million", "Billion", "Trillion"}
)

// numberToWords writes a non-negative integer in English words, title
// case, as jsonata-js does ("Five Hundred and Fifty-Five"); magnitudes
// beyond trillions repeat "Trillion".
func numberToWords(v float64, ordinal bool) string {
	var b strings.Builder
	wordsLookup(&b, v, false, ordinal)
	return b.String()
}

func wordsLookup(b *strings.Builder, num float64, prev, ord bool) {
	switch {
	case num <= 19:
		if prev {
			b.WriteString(" and ")
		}
		if ord {
			b.WriteString(ordinalWords[int(num)])
		} else {
			b.WriteString(fewWords[int(num)])
		}
	case num < 100:
		tens, rem := math.Floor(num/10), math.Mod(num, 10)
		if prev {
			b.WriteString(" and ")
		}
		word := decadeWords[int(tens)-2]
		switch {
		case rem > 0:
			b.WriteString(word + "-")
			wordsLookup(b, rem, false, ord)
		case ord:
			b.WriteString(word[:len(word)-1] + "ieth")
		default:
			b.WriteString(word)
		}
	case num < 1000:
		hundreds, rem := math.Floor(num/100), math.Mod(num, 100)
		if prev {
			b.WriteString(", ")
		}
		b.WriteString(fewWords[int(hundreds)] + " Hundred")
		if rem > 0 {
			wordsLookup(b, rem, true, ord)
		} else if ord {
			b.WriteString("th")
		}
	default:
		mag := floorLog10(num) / 3
		if mag > len(magnitudes) {
			mag = len(magnitudes)
		}
		factor := math.Pow(10, float64(mag*3))
		mant := math.Floor(num / factor)
		rem := num - mant*factor
		if prev {
			b.WriteString(", ")
		}
		wordsLookup(b, mant, false, false)
		b.WriteString(" " + magnitudes[mag-1])
		if rem > 0 {
			wordsLookup(b, rem, true, ord)
		} else if ord {
			b.WriteString("th")
		}
	}
}

// floorLog10 is Math.floor(Math.log10(x)) for x >= 1, exact at powers of
// ten (Go's math.Log10(1000) is 2.9999999999999996).
func floorLog10(x float64) int {
	k := int(math.Floor(math.Log10(x)))
	for k > 0 && math.Pow10(k) > x {
		k--
	}
	for math.Pow10(k+1) <= x {
		k++
	}
	return k
}

// wordValues maps lower-case number words to their values, and
// wordOrder lists them as jsonata-js's object keys are ordered (its
// parsing regular expression tries them in that order).
var wordValues, wordOrder = buildWordValues()

func buildWordValues() (map[string]float64, []string) {
	values := map[string]float64{}
	var order []string
	add := func(w string, v float64) {
		if _, ok := values[w]; !ok {
			order = append(order, w)
		}
		values[w] = v
	}
	for i, w := range fewWords {
		add(strings.ToLower(w), float64(i))
	}
	for i, w := range ordinalWords {
		add(strings.ToLower(w), float64(i))
	}
	for i, w := range decadeWords {
		lw := strings.ToLower(w)
		add(lw, float64(i+2)*10)
		add(lw[:len(lw)-1]+"ieth", float64(i+2)*10)
	}
	add("hundredth", 100)
	for i, w := range magnitudes {
		lw := strings.ToLower(w)
		v := math.Pow(10, float64(i+1)*3)
		add(lw, v)
		add(lw+"th", v)
	}
	return values, order
}

// wordsToNumber reads English number words (lower case) back; NaN when a
// word is unknown.
func wordsToNumber(text string) float64 {
	segs := []float64{0}
	for _, part := range splitWords(text) {
		v, ok := wordValues[part]
		if !ok {
			v = math.NaN()
		}
		if v < 100 {
			top := segs[len(segs)-1]
			segs = segs[:len(segs)-1]
			if top >= 1000 {
				segs = append(segs, top)
				top = 0
			}
			segs = append(segs, top+v)
		} else {
			segs[len(segs)-1] *= v
		}
	}
	sum := 0.0
	for _, s := range segs {
		sum += s
	}
	return sum
}

// splitWords is text.split(/,\s|\sand\s|[\s\\-]/).
func splitWords(text string) []string {
	s := toJS(text)
	var parts []string
	start := 0
	for i := 0; i < len(s); {
		n := 0
		switch {
		case s[i] == ',' && i+1 < len(s) && isJSSpace(s[i+1]):
			n = 2
		case isJSSpace(s[i]) && i+4 < len(s) && s[i+1] == 'a' && s[i+2] == 'n' && s[i+3] == 'd' && isJSSpace(s[i+4]):
			n = 5
		case isJSSpace(s[i]) || s[i] == '\\' || s[i] == '-':
			n = 1
		}
		if n == 0 {
			i++
			continue
		}
		parts = append(parts, s[start:i].String())
		i += n
		start = i
	}
	return append(parts, s[start:].String())
}
