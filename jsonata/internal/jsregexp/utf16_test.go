package jsregexp

import (
	"slices"
	"testing"
)

// "\xed\xa0\xbd" and "\xed\xb8\x80" are the WTF-8 lone surrogates U+D83D
// and U+DE00, the two halves of 😀 (U+1F600).
const (
	loneHigh = "\xed\xa0\xbd"
	loneLow  = "\xed\xb8\x80"
)

func TestToUTF16(t *testing.T) {
	cases := []struct {
		s    string
		want []uint16
	}{
		{"", []uint16{}},
		{"aé", []uint16{'a', 0xE9}},
		{"😀", []uint16{0xD83D, 0xDE00}},
		{loneHigh + "x" + loneLow, []uint16{0xD83D, 'x', 0xDE00}},
		{"\xff", []uint16{0xFFFD}},
	}
	for _, tc := range cases {
		if got := ToUTF16(tc.s); !slices.Equal(got, tc.want) {
			t.Errorf("ToUTF16(%q) = %X, want %X", tc.s, got, tc.want)
		}
		if got := UTF16Len(tc.s); got != len(tc.want) {
			t.Errorf("UTF16Len(%q) = %d, want %d", tc.s, got, len(tc.want))
		}
	}
}

func TestFromUTF16(t *testing.T) {
	cases := []struct {
		units []uint16
		want  string
	}{
		{nil, ""},
		{[]uint16{'a', 0xE9}, "aé"},
		{[]uint16{0xD83D, 0xDE00}, "😀"},
		{[]uint16{0xDE00, 0xD83D}, loneLow + loneHigh}, // reversed: two lone halves
		{[]uint16{0xD83D}, loneHigh},
	}
	for _, tc := range cases {
		if got := FromUTF16(tc.units); got != tc.want {
			t.Errorf("FromUTF16(%X) = %q, want %q", tc.units, got, tc.want)
		}
	}
}

func TestUTF16Slice(t *testing.T) {
	s := "a😀b" // units: a D83D DE00 b
	cases := []struct {
		start, end int
		want       string
	}{
		{0, 4, s},
		{0, 1, "a"},
		{1, 3, "😀"},
		{0, 2, "a" + loneHigh}, // the pair is split: its high half remains
		{2, 4, loneLow + "b"},  // its low half
		{2, 3, loneLow},
		{1, 2, loneHigh},
		{3, 100, "b"}, // end clamped
		{-5, 1, "a"},  // start clamped
		{3, 2, ""},    // start after end
		{4, 4, ""},
	}
	for _, tc := range cases {
		if got := UTF16Slice(s, tc.start, tc.end); got != tc.want {
			t.Errorf("UTF16Slice(%q, %d, %d) = %q, want %q", s, tc.start, tc.end, got, tc.want)
		}
	}
	// Slicing lone halves back together restores the pair's units.
	if got := ToUTF16(UTF16Slice(s, 0, 2) + UTF16Slice(s, 2, 4)); !slices.Equal(got, ToUTF16(s)) {
		t.Errorf("rejoined halves = %X", got)
	}
}
