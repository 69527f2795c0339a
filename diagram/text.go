package diagram

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// clean makes s safe to show on one line: control characters (newlines and
// tabs included) become spaces, invalid UTF-8 becomes U+FFFD.
func clean(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if !strings.ContainsFunc(s, isControl) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isControl(r) {
			return ' '
		}
		return r
	}, s)
}

// isControl reports whether r is a control character, or a line or
// paragraph separator, which no label should carry.
func isControl(r rune) bool {
	return unicode.IsControl(r) || r == '\u2028' || r == '\u2029' || r == '\uFEFF'
}

// Font metrics: widths of the printable ASCII characters (space to '~') in
// thousandths of an em, as in DejaVu Sans and Verdana, the widest of the
// fonts the SVG asks for, so that boxes are never too narrow.
var asciiWidths = [95]uint16{
	318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, // space – /
	636, 636, 636, 636, 636, 636, 636, 636, 636, 636, // 0 – 9
	337, 337, 838, 838, 838, 531, 1000, // : – @
	684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, // A – M
	748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, // N – Z
	390, 337, 390, 838, 500, 500, // [ – `
	613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, // a – m
	634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, // n – z
	636, 337, 636, 838, // { – ~
}

// runeWidth returns the width of r in thousandths of an em.
func runeWidth(r rune) float64 {
	switch {
	case r >= ' ' && r <= '~':
		return float64(asciiWidths[r-' '])
	case r == '…':
		return 1000
	case isWide(r):
		return 1000
	case unicode.Is(unicode.Mn, r):
		return 0
	}
	return 720
}

// isWide reports East Asian wide characters and emoji, which take a full
// em.
func isWide(r rune) bool {
	return r >= 0x1100 && r <= 0x115F || r >= 0x2E80 && r <= 0xA4CF || r >= 0xAC00 && r <= 0xD7A3 ||
		r >= 0xF900 && r <= 0xFAFF || r >= 0xFE30 && r <= 0xFE4F || r >= 0xFF00 && r <= 0xFF60 ||
		r >= 0xFFE0 && r <= 0xFFE6 || r >= 0x1F300 && r <= 0x1FAFF || r >= 0x20000 && r <= 0x3FFFD
}

// textWidth estimates the width in pixels of s set at size pixels, bold
// text being 10% wider.
func textWidth(s string, size float64, bold bool) float64 {
	w := 0.0
	for _, r := range s {
		w += runeWidth(r)
	}
	w = w * size / 1000
	if bold {
		w *= 1.1
	}
	return w
}

// wrap breaks s into lines no wider than width pixels (at size, bold),
// preferring breaks after spaces and after punctuation such as '.', '/',
// '-', ',' and ':'. It returns at most maxLines lines; when s does not fit,
// the last line ends in "…".
func wrap(s string, width, size float64, bold bool, maxLines int) []string {
	s = clean(s)
	var lines []string
	for s != "" && len(lines) < maxLines {
		cut := fitLength(s, width, size, bold)
		if cut < len(s) {
			if b := breakAt(s[:cut]); b > 0 {
				cut = b
			}
		}
		line := strings.TrimRight(s[:cut], " ")
		s = strings.TrimLeft(s[cut:], " ")
		if s != "" && len(lines) == maxLines-1 {
			line = ellipsize(line, width, size, bold)
		}
		lines = append(lines, line)
	}
	if len(lines) == 0 {
		lines = []string{""}
	}
	return lines
}

// fitLength returns how many bytes of s fit in width (at least one rune).
func fitLength(s string, width, size float64, bold bool) int {
	w := 0.0
	scale := size / 1000
	if bold {
		scale *= 1.1
	}
	for i, r := range s {
		w += runeWidth(r) * scale
		if w > width && i > 0 {
			return i
		}
	}
	return len(s)
}

// breakAt returns the byte offset just after the best break in s: the
// last space in its last three quarters, else the last punctuation there
// ('.', '/', '-', ',', ':', '_' or a closing bracket); 0 when there is
// none.
func breakAt(s string) int {
	if i := strings.LastIndexByte(s, ' '); i > len(s)/4 {
		return i + 1
	}
	for i := len(s) - 1; i > len(s)/4; i-- {
		switch s[i] {
		case '.', '/', '-', ',', ':', '_', ')', ']', '}':
			return i + 1
		}
	}
	return 0
}

// ellipsize ends line with "…", dropping characters so that it still fits.
func ellipsize(line string, width, size float64, bold bool) string {
	for line != "" && textWidth(line+"…", size, bold) > width {
		_, n := utf8.DecodeLastRuneInString(line)
		line = line[:len(line)-n]
	}
	return line + "…"
}
