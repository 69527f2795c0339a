package jsregexp

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/dlclark/regexp2/v2"
)

// DefaultMatchTimeout bounds the time one search (FindAt, Exec) or one
// FindAll/ExecAll loop may take before it stops with ErrTimeout: a
// pattern with catastrophic backtracking ends with an error instead of
// hanging. regexp2 reads a clock that ticks every 100ms, so a search
// stops up to about 200ms after its timeout. Compile uses it;
// CompileWithTimeout sets another.
const DefaultMatchTimeout = time.Second

// ErrTimeout is returned (wrapped) when a search runs longer than the
// Regexp's match timeout or exhausts regexp2's backtracking stack.
var ErrTimeout = errors.New("regular expression match took too long")

// SyntaxError is a pattern JavaScript's RegExp constructor rejects, or
// flags jsonata does not allow. Msg is V8's message, such as "Nothing to
// repeat".
type SyntaxError struct {
	Pattern, Flags, Msg string
}

// Error formats the error as V8 does: "Invalid regular expression:
// /pattern/flags: msg".
func (e *SyntaxError) Error() string {
	return fmt.Sprintf("Invalid regular expression: /%s/%s: %s", e.Pattern, e.Flags, e.Msg)
}

// Regexp is a compiled JavaScript regular expression (without the u
// flag). It is immutable and safe for concurrent use.
type Regexp struct {
	source, flags string
	groups        int
	re            *regexp2.Regexp
	fast          *re2Fast // nil when Go's regexp cannot run it identically (see toRE2)
}

// Match is one match of a Regexp in a subject string.
type Match struct {
	Start, End int      // UTF-16 code-unit indexes into the subject
	Text       string   // the matched text
	Groups     []string // capture groups 1..n; "" for a group that did not participate
	// Missing marks the groups that did not participate (JavaScript's
	// undefined, which $match passes on and $replace writes as ""); nil
	// when every group did.
	Missing []bool
}

// markMissing records that group i (from 0) did not participate.
func (m *Match) markMissing(i int) {
	if m.Missing == nil {
		m.Missing = make([]bool, len(m.Groups))
	}
	m.Missing[i] = true
}

// Compile builds a regular expression with JavaScript semantics (no u
// flag) from pattern, as jsonata-js does for /pattern/flags with the g
// flag added. flags is a subset of "im" (i: ignore case, m: multiline),
// each at most once. The match timeout is DefaultMatchTimeout. An invalid
// pattern or flag gives a *SyntaxError.
func Compile(pattern, flags string) (*Regexp, error) {
	return CompileWithTimeout(pattern, flags, DefaultMatchTimeout)
}

// CompileWithTimeout is Compile with a match timeout of its own: every
// search stops with ErrTimeout after about timeout (regexp2 checks the
// clock periodically, so the bound is approximate). A timeout <= 0 means
// DefaultMatchTimeout.
func CompileWithTimeout(pattern, flags string, timeout time.Duration) (*Regexp, error) {
	opts := regexp2.ECMAScript
	for i, f := range flags {
		if (f != 'i' && f != 'm') || strings.ContainsRune(flags[i+1:], f) {
			return nil, &SyntaxError{Pattern: pattern, Flags: flags, Msg: "Invalid flags"}
		}
		if f == 'i' {
			opts |= regexp2.IgnoreCase
		} else {
			opts |= regexp2.Multiline
		}
	}
	units := ToUTF16(pattern)
	if msg := Check(units); msg != "" {
		return nil, &SyntaxError{Pattern: pattern, Flags: flags, Msg: msg}
	}
	translated, groups := translate(units)
	re, err := regexp2.Compile(translated, opts)
	if err != nil {
		// JavaScript accepts the pattern but regexp2 cannot run it (a
		// quantifier bound beyond regexp2's limits, say).
		return nil, &SyntaxError{Pattern: pattern, Flags: flags, Msg: "not supported: " + err.Error()}
	}
	if timeout <= 0 {
		timeout = DefaultMatchTimeout
	}
	re.MatchTimeout = timeout
	r := &Regexp{source: pattern, flags: flags, groups: groups, re: re}
	if fast, ok := toRE2(pattern, flags); ok && fast.re.NumSubexp() == groups {
		r.fast = fast
	}
	return r, nil
}

// String returns the regular expression as JavaScript writes it:
// /pattern/flags (without the g flag jsonata adds).
func (r *Regexp) String() string {
	return "/" + r.source + "/" + r.flags
}

// Groups is the number of capture groups: the length of every Match's
// Groups.
func (r *Regexp) Groups() int { return r.groups }

// FindAt returns the first match that starts at or after the code unit
// fromUTF16 of s, as JavaScript's exec does with lastIndex = fromUTF16,
// or nil when there is none (also when fromUTF16 > UTF16Len(s); a
// negative fromUTF16 counts as 0). Text before fromUTF16 is still seen by
// lookbehinds, ^ and \b. A search that fails with a timeout also gives
// nil; use Exec to tell the two apart.
func (r *Regexp) FindAt(s string, fromUTF16 int) *Match {
	m, _ := r.Exec(s, fromUTF16)
	return m
}

// Exec is FindAt that reports an error: ErrTimeout (wrapped) when the
// search ran out of time or backtracking stack.
func (r *Regexp) Exec(s string, fromUTF16 int) (*Match, error) {
	return r.ExecSubject(NewSubject(s), fromUTF16)
}

// FindAll returns every match in s, as a loop of exec calls with the g
// flag finds them: each search starts where the last match ended, one
// unit further when that match was empty. The match timeout bounds the
// whole loop. On a timeout it returns the matches found before; use
// ExecAll to see the error.
func (r *Regexp) FindAll(s string) []Match {
	ms, _ := r.ExecAll(s)
	return ms
}

// ExecAll is FindAll that reports an error: ErrTimeout (wrapped) when a
// search ran out of time or backtracking stack, or when all the searches
// together took longer than the match timeout, with the matches found
// before it.
func (r *Regexp) ExecAll(s string) ([]Match, error) {
	sub := NewSubject(s)
	var out []Match
	start := time.Now()
	for from := 0; from <= sub.Len(); {
		m, err := r.ExecSubject(sub, from)
		if err != nil || m == nil {
			return out, err
		}
		if time.Since(start) > r.re.MatchTimeout {
			return out, fmt.Errorf("%s: %w (%d matches found in %v)", r, ErrTimeout, len(out), r.re.MatchTimeout)
		}
		out = append(out, *m)
		from = m.End
		if m.End == m.Start {
			from++
		}
	}
	return out, nil
}

// execUnits searches units from the code unit from; sub, when not nil,
// is the subject units were made from.
func (r *Regexp) execUnits(units []rune, from int, sub *Subject) (*Match, error) {
	from = max(from, 0)
	if from > len(units) {
		return nil, nil
	}
	m, err := r.re.FindRunesMatchStartingAt(units, from)
	if err != nil {
		return nil, fmt.Errorf("%s: %w (%v)", r, ErrTimeout, err)
	}
	if m == nil {
		return nil, nil
	}
	ascii := sub != nil && sub.ascii
	out := &Match{
		Start: m.RuneIndex,
		End:   m.RuneIndex + m.RuneLength,
	}
	if ascii {
		out.Text = sub.s[out.Start:out.End]
	} else {
		out.Text = fromUnitRunes(m.Runes())
	}
	if r.groups > 0 {
		out.Groups = make([]string, r.groups)
	}
	for i := range out.Groups {
		g := m.GroupByNumber(i + 1)
		switch {
		case g == nil || len(g.Captures) == 0:
			out.markMissing(i)
		case ascii:
			out.Groups[i] = sub.s[g.RuneIndex : g.RuneIndex+g.RuneLength]
		default:
			out.Groups[i] = fromUnitRunes(g.Runes())
		}
	}
	return out, nil
}
