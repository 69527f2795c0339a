package intrinsic

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/hex"
	"hash"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/stepwise-go/stepwise/value"
)

// evalFormat is States.Format(template, v, …): each "{}" replaced by the
// next value, printed as Java prints it (strings bare, objects {k=v}).
func evalFormat(n *node, _ *Env, args []value.Value) (value.Value, error) {
	parts := n.template
	if parts == nil {
		t, err := stringArg(n, args, 0)
		if err != nil {
			return nil, err
		}
		parts = strings.Split(t, "{}")
	}
	values := args[1:]
	if len(parts)-1 != len(values) {
		return nil, fail(n, "the template has %d placeholders but %d values follow", len(parts)-1, len(values))
	}
	var b strings.Builder
	for i, part := range parts {
		b.WriteString(part)
		if i < len(values) {
			b.WriteString(javaText(values[i]))
		}
	}
	return b.String(), nil
}

// evalStringSplit is States.StringSplit(s, delimiters): s cut at every
// character of delimiters, empty pieces dropped, as Java's
// StringTokenizer does (rec: intrinsic_functions/test_string_split).
func evalStringSplit(n *node, _ *Env, args []value.Value) (value.Value, error) {
	s, err := stringArg(n, args, 0)
	if err != nil {
		return nil, err
	}
	delims, err := stringArg(n, args, 1)
	if err != nil {
		return nil, err
	}
	out := []value.Value{}
	for _, piece := range strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(delims, r) }) {
		out = append(out, piece)
	}
	return out, nil
}

// evalBase64Encode is States.Base64Encode(s): standard Base64 with
// padding of the UTF-8 bytes, for at most 10,000 characters.
func evalBase64Encode(n *node, _ *Env, args []value.Value) (value.Value, error) {
	s, err := stringArg(n, args, 0)
	if err != nil {
		return nil, err
	}
	if javaLen(s) > maxStringInput {
		return nil, fail(n, "the input is longer than %d characters", maxStringInput)
	}
	return base64.StdEncoding.EncodeToString([]byte(s)), nil
}

// evalBase64Decode is States.Base64Decode(s), for at most 10,000
// characters of Base64 that decode to UTF-8 text.
func evalBase64Decode(n *node, _ *Env, args []value.Value) (value.Value, error) {
	s, err := stringArg(n, args, 0)
	if err != nil {
		return nil, err
	}
	if javaLen(s) > maxStringInput {
		return nil, fail(n, "the input is longer than %d characters", maxStringInput)
	}
	data, derr := base64.StdEncoding.DecodeString(s)
	if derr != nil {
		return nil, fail(n, "the input is not valid Base64")
	}
	if !utf8.Valid(data) {
		return nil, fail(n, "the decoded data is not UTF-8 text")
	}
	return string(data), nil
}

// hashes are the States.Hash algorithms by name.
var hashes = map[string]func() hash.Hash{
	"MD5":     md5.New,
	"SHA-1":   sha1.New,
	"SHA-256": sha256.New,
	"SHA-384": sha512.New384,
	"SHA-512": sha512.New,
}

// evalHash is States.Hash(s, algorithm): the lower-case hex digest of the
// UTF-8 bytes of s (at most 10,000 characters).
func evalHash(n *node, _ *Env, args []value.Value) (value.Value, error) {
	s, err := stringArg(n, args, 0)
	if err != nil {
		return nil, err
	}
	alg, err := stringArg(n, args, 1)
	if err != nil {
		return nil, err
	}
	newHash, ok := hashes[alg]
	if !ok {
		return nil, fail(n, "the algorithm must be one of %s, got %q", strings.Join(HashAlgorithms, ", "), alg)
	}
	if javaLen(s) > maxStringInput {
		return nil, fail(n, "the input is longer than %d characters", maxStringInput)
	}
	h := newHash()
	h.Write([]byte(s))
	return hex.EncodeToString(h.Sum(nil)), nil
}

// javaLen is the length of s in UTF-16 code units, as Java counts.
func javaLen(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}
