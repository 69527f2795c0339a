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
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	sub := &Subject{s: s, ascii: ascii}
	if ascii {
		sub.units = make([]rune, len(s))
		for i := 0; i < len(s); i++ {
			sub.units[i] = rune(s[i])
		}
	} else {
		sub.units = toUnitRunes(s)
	}
	return sub
}

// String is the subject as given.
func (s *Subject) String() string { return s.s }

// Len is the subject's length in UTF-16 code units (JavaScript's length).
func (s *Subject) Len() int { return len(s.units) }

// ExecSubject is Exec on a prepared subject.
func (r *Regexp) ExecSubject(sub *Subject, fromUTF16 int) (*Match, error) {
	return r.execUnits(sub.units, fromUTF16, sub)
}
