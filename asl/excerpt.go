package asl

import (
	"fmt"
	"strconv"
	"unicode/utf8"
)

// MaxQuoted is the most characters of a value a diagnostic quotes; a
// longer value is cut and its full length said, so that a huge Comment,
// expression or name (a definition may have 1 MiB) cannot flood the
// output.
const MaxQuoted = 120

// shorten returns s, or its first MaxQuoted characters followed by
// "…" and its length in bytes.
func shorten(s string) string {
	if len(s) <= MaxQuoted || utf8.RuneCountInString(s) <= MaxQuoted {
		return s
	}
	cut := 0
	for range MaxQuoted {
		_, n := utf8.DecodeRuneInString(s[cut:])
		cut += n
	}
	return fmt.Sprintf("%s…(%d bytes in all)", s[:cut], len(s))
}

// excerpt quotes s as Go would (%q), shortened to MaxQuoted characters.
func excerpt(s string) string { return strconv.Quote(shorten(s)) }

// shortenArgs shortens every string among a message's arguments.
func shortenArgs(args []any) []any {
	for i, a := range args {
		if s, ok := a.(string); ok && len(s) > MaxQuoted {
			args[i] = shorten(s)
		}
	}
	return args
}
