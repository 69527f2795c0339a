package jsregexp

// Subject is a string prepared once for any number of searches (the
// matches of a global regular expression, one after another): its
// UTF-16 code units are computed once, and an ASCII subject's matches
// are slices of it rather than new strings.
type Subject struct {
	s     string
	units []rune
	ascii bool
}

// NewSubject prepares s for searching.
func NewSubject(s string) *Subject {
	if !isASCIIString(s) {
		return &Subject{s: s, units: toUnitRunes(s)}
	}
	return &Subject{s: s, ascii: true}
}

// runes is the subject as one rune per UTF-16 code unit, what regexp2
// searches; an ASCII subject makes it on the first search that needs it.
// (A Subject belongs to one evaluation, which runs on one goroutine.)
func (s *Subject) runes() []rune {
	if s.units == nil && s.ascii {
		s.units = make([]rune, len(s.s))
		for i := 0; i < len(s.s); i++ {
			s.units[i] = rune(s.s[i])
		}
	}
	return s.units
}

// String is the subject as given.
func (s *Subject) String() string { return s.s }

// Len is the subject's length in UTF-16 code units (JavaScript's length).
func (s *Subject) Len() int {
	if s.ascii {
		return len(s.s)
	}
	return len(s.units)
}

// ExecSubject is Exec on a prepared subject. An ASCII subject is searched
// by Go's regexp when the pattern allows it (see toRE2), with the same
// results.
func (r *Regexp) ExecSubject(sub *Subject, fromUTF16 int) (*Match, error) {
	from := max(fromUTF16, 0)
	if r.fast != nil && sub.ascii && (from == 0 || !r.fast.contextual) {
		if from > len(sub.s) {
			return nil, nil
		}
		return r.execRE2(sub.s, from), nil
	}
	return r.execUnits(sub.runes(), from, sub)
}

// MatchString reports whether s has a match (JavaScript's test from
// index 0), with the error of Exec.
func (r *Regexp) MatchString(s string) (bool, error) {
	if r.fast != nil && isASCIIString(s) {
		return r.fast.re.MatchString(s), nil
	}
	m, err := r.ExecSubject(NewSubject(s), 0)
	return m != nil, err
}

func isASCIIString(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
