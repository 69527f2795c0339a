package jsonata

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"hash"
	"math"
	"math/rand/v2"
	"strings"
	"unicode/utf8"

	"github.com/stepwise-go/stepwise/jsonata/internal/format"
	"github.com/stepwise-go/stepwise/value"
)

// Encoding, date/time, random and AWS built-ins.

func fnBase64Encode(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	s, ok := args[0].(string)
	if !ok {
		return nil, nil
	}
	// Buffer.from(str, "binary"): the low byte of each UTF-16 unit.
	units := utf16Units(s)
	b := make([]byte, len(units))
	for i, u := range units {
		b[i] = byte(u)
	}
	return base64.StdEncoding.EncodeToString(b), nil
}

func fnBase64Decode(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	s, ok := args[0].(string)
	if !ok {
		return nil, nil
	}
	// Node.js decodes leniently: other characters are skipped and the
	// padding is optional.
	var clean []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '+', c == '/':
			clean = append(clean, c)
		case c == '-':
			clean = append(clean, '+')
		case c == '_':
			clean = append(clean, '/')
		case c == '=':
			i = len(s)
		}
	}
	if len(clean)%4 == 1 {
		clean = clean[:len(clean)-1]
	}
	b, _ := base64.RawStdEncoding.DecodeString(string(clean))
	var out strings.Builder
	for _, c := range b {
		out.WriteRune(rune(c))
	}
	return out.String(), nil
}

const uriUnreserved = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.!~*'()"
const uriReserved = ";/?:@&=+$,#"

func encodeURI(s string, keep string) (string, bool) {
	var b strings.Builder
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if strings.IndexByte(keep, c) >= 0 {
				b.WriteByte(c)
			} else {
				fmt.Fprintf(&b, "%%%02X", c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return "", false // a lone surrogate: URIError
		}
		for _, x := range []byte(s[i : i+size]) {
			fmt.Fprintf(&b, "%%%02X", x)
		}
		i += size
	}
	return b.String(), true
}

func decodeURI(s string, reservedKept string) (string, bool) {
	var b []byte
	for i := 0; i < len(s); {
		if s[i] != '%' {
			b = append(b, s[i])
			i++
			continue
		}
		x, ok := hexByte(s, i)
		if !ok {
			return "", false
		}
		if x < 0x80 {
			if strings.IndexByte(reservedKept, x) >= 0 {
				b = append(b, s[i:i+3]...)
			} else {
				b = append(b, x)
			}
			i += 3
			continue
		}
		n := 0
		switch {
		case x&0xE0 == 0xC0:
			n = 2
		case x&0xF0 == 0xE0:
			n = 3
		case x&0xF8 == 0xF0:
			n = 4
		default:
			return "", false
		}
		seqb := []byte{x}
		j := i + 3
		for k := 1; k < n; k++ {
			if j >= len(s) || s[j] != '%' {
				return "", false
			}
			y, ok := hexByte(s, j)
			if !ok || y&0xC0 != 0x80 {
				return "", false
			}
			seqb = append(seqb, y)
			j += 3
		}
		if r, size := utf8.DecodeRune(seqb); r == utf8.RuneError || size != n {
			return "", false
		}
		b = append(b, seqb...)
		i = j
	}
	return string(b), true
}

func hexByte(s string, i int) (byte, bool) {
	if i+3 > len(s) {
		return 0, false
	}
	h, err := hex.DecodeString(s[i+1 : i+3])
	if err != nil {
		return 0, false
	}
	return h[0], true
}

func urlFn(name string, f func(string) (string, bool)) func(*state, focus, []value.Value) (value.Value, *Error) {
	return func(st *state, fc focus, args []value.Value) (value.Value, *Error) {
		s, ok := args[0].(string)
		if !ok {
			return nil, nil
		}
		r, ok := f(s)
		if !ok {
			return nil, &Error{Code: "D3140", Value: s, HasValue: true, FunctionName: name}
		}
		return r, nil
	}
}

var (
	fnEncodeURLComponent = urlFn("encodeUrlComponent", func(s string) (string, bool) { return encodeURI(s, uriUnreserved) })
	fnEncodeURL          = urlFn("encodeUrl", func(s string) (string, bool) { return encodeURI(s, uriUnreserved+uriReserved) })
	fnDecodeURLComponent = urlFn("decodeUrlComponent", func(s string) (string, bool) { return decodeURI(s, "") })
	fnDecodeURL          = urlFn("decodeUrl", func(s string) (string, bool) { return decodeURI(s, uriReserved) })
)

// fromFormatErr turns an error of the format package into an *Error.
func fromFormatErr(err error) *Error {
	if fe, ok := err.(*format.Error); ok {
		e := &Error{Code: fe.Code, Msg: fe.Msg}
		if fe.Value != "" {
			e.Value, e.HasValue = fe.Value, true
		}
		if _, known := evalMessages[fe.Code]; known && fe.Code != "D3137" {
			e.populate()
		}
		return e
	}
	return &Error{Code: "D3137", Msg: err.Error()}
}

func fnFormatNumber(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	if args[0] == nil {
		return nil, nil
	}
	pic, _ := argAt(args, 1).(string)
	if np := st.pictures[pic]; np != nil && argAt(args, 2) == nil {
		s, err := np.Format(args[0].(float64))
		if err != nil {
			return nil, fromFormatErr(err)
		}
		return s, nil
	}
	var opts map[string]string
	if o, ok := argAt(args, 2).(*value.Object); ok {
		opts = map[string]string{}
		for i := 0; i < o.Len(); i++ {
			k, v := o.At(i)
			if s, ok := v.(string); ok {
				opts[k] = s
			}
		}
	}
	s, err := format.FormatNumber(args[0].(float64), pic, opts)
	if err != nil {
		return nil, fromFormatErr(err)
	}
	return s, nil
}

func fnFormatInteger(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	if args[0] == nil {
		return nil, nil
	}
	pic, _ := argAt(args, 1).(string)
	s, err := format.FormatInteger(args[0].(float64), pic)
	if err != nil {
		return nil, fromFormatErr(err)
	}
	return s, nil
}

func fnParseInteger(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	s, ok := args[0].(string)
	if !ok {
		return nil, nil
	}
	pic, _ := argAt(args, 1).(string)
	f, err := format.ParseInteger(s, pic)
	if err != nil {
		return nil, fromFormatErr(err)
	}
	return f, nil
}

func fnFromMillis(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	if args[0] == nil {
		return nil, nil
	}
	pic, _ := argAt(args, 1).(string)
	tz, _ := argAt(args, 2).(string)
	s, err := format.FromMillis(args[0].(float64), pic, tz)
	if err != nil {
		return nil, fromFormatErr(err)
	}
	return s, nil
}

func fnToMillis(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	s, ok := args[0].(string)
	if !ok {
		return nil, nil
	}
	pic, _ := argAt(args, 1).(string)
	f, ok, err := format.ToMillisAt(s, pic, float64(st.clock().UnixMilli()))
	if err != nil {
		return nil, fromFormatErr(err)
	}
	if !ok {
		return nil, nil
	}
	return f, nil
}

func fnNow(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	pic, _ := argAt(args, 0).(string)
	tz, _ := argAt(args, 1).(string)
	s, err := format.FromMillis(float64(st.clock().UnixMilli()), pic, tz)
	if err != nil {
		return nil, fromFormatErr(err)
	}
	return s, nil
}

func fnMillis(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	return float64(st.clock().UnixMilli()), nil
}

// fnRandom is $random(): Env.Random, or with AWS's optional seed a
// number fixed by the seed.
func fnRandom(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	if seed, ok := argAt(args, 0).(float64); ok {
		r := rand.New(rand.NewPCG(math.Float64bits(seed), 0x9E3779B97F4A7C15))
		return r.Float64(), nil
	}
	return st.random(), nil
}

// fnPartition is AWS's $partition(array, size): the array cut into
// arrays of size items (the last may be shorter).
func fnPartition(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	if args[0] == nil {
		return nil, nil
	}
	items, _ := arrayItems(args[0])
	size, _ := argAt(args, 1).(float64)
	if size < 1 || size != math.Trunc(size) {
		return nil, &Error{Code: "D3137", Msg: "The size argument of $partition must be a positive integer"}
	}
	n := int(size)
	out := make([]value.Value, 0, (len(items)+n-1)/n)
	for i := 0; i < len(items); i += n {
		end := min(i+n, len(items))
		out = append(out, append([]value.Value(nil), items[i:end]...))
	}
	return out, nil
}

// fnRange is AWS's $range(start, end, step): start, start+step, … up to
// and including end.
func fnRange(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	start, _ := argAt(args, 0).(float64)
	end, _ := argAt(args, 1).(float64)
	step := 1.0
	if s, ok := argAt(args, 2).(float64); ok {
		step = s
	}
	if step == 0 || math.IsNaN(step) {
		return nil, &Error{Code: "D3137", Msg: "The step argument of $range must not be zero"}
	}
	count := math.Floor((end-start)/step) + 1
	if count <= 0 || math.IsNaN(count) {
		return []value.Value{}, nil
	}
	if count > maxRange {
		return nil, &Error{Code: "D2014", Value: count, HasValue: true}
	}
	out := make([]value.Value, 0, int(count))
	for i := 0; i < int(count); i++ {
		out = append(out, start+float64(i)*step)
	}
	return out, nil
}

// fnHash is AWS's $hash(data, algorithm): the hex digest of the UTF-8
// text; algorithm MD5, SHA-1, SHA-256 (the default), SHA-384 or SHA-512.
func fnHash(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	s, ok := args[0].(string)
	if !ok {
		return nil, nil
	}
	alg, _ := argAt(args, 1).(string)
	var h hash.Hash
	switch alg {
	case "MD5":
		h = md5.New()
	case "SHA-1":
		h = sha1.New()
	case "SHA-256", "":
		h = sha256.New()
	case "SHA-384":
		h = sha512.New384()
	case "SHA-512":
		h = sha512.New()
	default:
		return nil, &Error{Code: "D3137", Msg: "Unsupported hash algorithm: " + alg + " (use MD5, SHA-1, SHA-256, SHA-384 or SHA-512)"}
	}
	h.Write([]byte(s))
	return hex.EncodeToString(h.Sum(nil)), nil
}

// fnUUID is AWS's $uuid(): a version 4 UUID drawn from Env.Random.
func fnUUID(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	var b [16]byte
	for i := range b {
		b[i] = byte(st.random() * 256)
	}
	b[6] = b[6]&0x0F | 0x40
	b[8] = b[8]&0x3F | 0x80
	x := hex.EncodeToString(b[:])
	return x[0:8] + "-" + x[8:12] + "-" + x[12:16] + "-" + x[16:20] + "-" + x[20:], nil
}

// fnParse is AWS's $parse(json): the JSON text as a value.
func fnParse(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	s, ok := args[0].(string)
	if !ok {
		return nil, nil
	}
	v, err := value.ParseString(s)
	if err != nil {
		return nil, &Error{Code: "D3137", Msg: "$parse: " + err.Error(), Value: s, HasValue: true}
	}
	return v, nil
}
