package jsonata

import "testing"

// TestMatchParamsAgreesWithRegexp checks the signature matcher against
// the regular expression it replaces: for every built-in signature and a
// few lambda-style ones, over every string of up to four type letters,
// both accept the same strings and give every parameter the same span.
func TestMatchParamsAgreesWithRegexp(t *testing.T) {
	sigs := []string{"<a+>", "<x-n?+>", "<n?n?n?:n>", "<(sn)+a?>", "<o-f?:o>", "<s-(sf)(sf)n?:s>"}
	for _, d := range functionTable {
		if d.sigText != "" {
			sigs = append(sigs, d.sigText)
		}
	}
	letters := []byte("asnblfomx")
	checked := 0
	for _, text := range sigs {
		s, err := parseSignature(text)
		if err != nil {
			continue
		}
		if s.classes == nil {
			t.Errorf("%s: no matcher classes", text)
			continue
		}
		var walk func(prefix []byte)
		walk = func(prefix []byte) {
			spans := make([][2]int, len(s.params))
			got := matchParams(s.classes, prefix, spans)
			m := s.re.FindSubmatchIndex(prefix)
			if got != (m != nil) {
				t.Errorf("%s on %q: matcher %v, regexp %v", text, prefix, got, m != nil)
			} else if got {
				for i := range s.params {
					a, b := m[2*i+2], m[2*i+3]
					if a < 0 {
						a, b = spans[i][0], spans[i][0] // an unmatched group: empty either way
					}
					if spans[i] != [2]int{a, b} && !(a == b && spans[i][0] == spans[i][1]) {
						t.Errorf("%s on %q: parameter %d spans %v, regexp %v", text, prefix, i, spans[i], [2]int{a, b})
					}
				}
			}
			checked++
			if len(prefix) < 4 {
				for _, c := range letters {
					walk(append(prefix[:len(prefix):len(prefix)], c))
				}
			}
		}
		walk(nil)
	}
	if checked < 1000 {
		t.Fatalf("only %d cases checked", checked)
	}
}
