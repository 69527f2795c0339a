package value

import (
	"math"
	"testing"
)

func TestEncodedLen(t *testing.T) {
	obj := NewObject(3)
	obj.Set("a", 1.5)
	obj.Set("skipped", nil)
	obj.Set("b\n\"", []Value{Null, true, false, "x\x01\\", 1e21, math.NaN()})
	lone := string([]byte{'a', 0xED, 0xA0, 0x80, 0xFF, 'z'})
	tests := []Value{
		Null, true, false, 0.0, -0.0, 0.1 + 0.2, 1e21, 123456789.0, math.Inf(1),
		"", "plain", "é漢😀", "\b\f\n\r\t\"\\/\x1f", lone,
		[]Value{}, []Value{1.0}, []Value{1.0, "two", nil},
		NewObject(0), obj,
	}
	for _, v := range tests {
		if got, want := EncodedLen(v), len(Marshal(v)); got != want {
			t.Errorf("EncodedLen(%s) = %d, want %d", Marshal(v), got, want)
		}
	}
	if EncodedLen(nil) != 0 {
		t.Errorf("EncodedLen(nil) = %d, want 0", EncodedLen(nil))
	}
}

// FuzzEncodedLen checks EncodedLen against Marshal on every document the
// parser accepts.
func FuzzEncodedLen(f *testing.F) {
	for _, s := range []string{`{"a":[1,"x\u0000",null,{"b":true}]}`, `"\ud800"`, `[1e300,-0,0.1]`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseString(s)
		if err != nil {
			return
		}
		if got, want := EncodedLen(v), len(Marshal(v)); got != want {
			t.Fatalf("EncodedLen(%s) = %d, want %d", Marshal(v), got, want)
		}
	})
}
