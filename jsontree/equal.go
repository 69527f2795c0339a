package jsontree

// Equal reports whether a and b are the same JSON value: object member order
// is ignored, numbers are compared by their exact decimal value (2 equals 2.0 and
// 20e-1; 9007199254740993 differs from 9007199254740992), and nil equals a
// JSON null. Objects with duplicate keys compare by their first member of
// each key, as Get reads them.
func Equal(a, b *Value) bool {
	ak, bk := kindOf(a), kindOf(b)
	if ak != bk {
		return false
	}
	switch ak {
	case Null:
		return true
	case Bool:
		return a.Bool == b.Bool
	case String:
		return a.Text == b.Text
	case Number:
		return numbersEqual(a.Text, b.Text)
	case Array:
		if len(a.Items) != len(b.Items) {
			return false
		}
		for i := range a.Items {
			if !Equal(a.Items[i], b.Items[i]) {
				return false
			}
		}
		return true
	default:
		ka, kb := uniqueKeys(a), uniqueKeys(b)
		if len(ka) != len(kb) {
			return false
		}
		for k := range ka {
			if _, ok := kb[k]; !ok {
				return false
			}
			if !Equal(a.Get(k), b.Get(k)) {
				return false
			}
		}
		return true
	}
}

func kindOf(v *Value) Kind {
	if v == nil {
		return Null
	}
	return v.Kind
}

func uniqueKeys(v *Value) map[string]struct{} {
	keys := make(map[string]struct{}, len(v.Members))
	for _, m := range v.Members {
		keys[m.Key] = struct{}{}
	}
	return keys
}
