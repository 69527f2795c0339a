package value

// Object is a JSON object that keeps its keys in insertion order. Setting
// an existing key replaces its value in place (JavaScript's rule). The zero
// Object is empty and ready to use.
//
// Build an object, then share it: reads are safe from many goroutines,
// writes are not, and nothing may write an object another execution can
// see.
type Object struct {
	keys  []string
	vals  []Value
	index map[string]int // built once the object grows past indexFrom keys
}

// indexFrom is the size from which lookups use a map instead of a scan.
const indexFrom = 12

// NewObject returns an empty object with room for n keys. An object of
// up to eight keys is one allocation: its keys and values live beside it
// until it grows past its room.
func NewObject(n int) *Object {
	switch {
	case n <= 2:
		return inline(new(objectRoom2))
	case n <= 4:
		return inline(new(objectRoom4))
	case n <= 8:
		return inline(new(objectRoom8))
	}
	return &Object{keys: make([]string, 0, n), vals: make([]Value, 0, n)}
}

// objectRoomN is an Object allocated with room for N keys and values.
type (
	objectRoom2 struct {
		o Object
		k [2]string
		v [2]Value
	}
	objectRoom4 struct {
		o Object
		k [4]string
		v [4]Value
	}
	objectRoom8 struct {
		o Object
		k [8]string
		v [8]Value
	}
)

func (r *objectRoom2) parts() (*Object, []string, []Value) { return &r.o, r.k[:0], r.v[:0] }
func (r *objectRoom4) parts() (*Object, []string, []Value) { return &r.o, r.k[:0], r.v[:0] }
func (r *objectRoom8) parts() (*Object, []string, []Value) { return &r.o, r.k[:0], r.v[:0] }

// inline returns the object of r, keeping its keys and values in r.
func inline(r interface {
	parts() (*Object, []string, []Value)
}) *Object {
	o, k, v := r.parts()
	o.keys, o.vals = k, v
	return o
}

// Len returns the number of keys.
func (o *Object) Len() int {
	if o == nil {
		return 0
	}
	return len(o.keys)
}

// Keys returns the keys in order. The slice is the object's own: do not
// change it.
func (o *Object) Keys() []string {
	if o == nil {
		return nil
	}
	return o.keys
}

// At returns the i-th key and its value.
func (o *Object) At(i int) (string, Value) { return o.keys[i], o.vals[i] }

// Get returns the value of key and whether the key is present.
func (o *Object) Get(key string) (Value, bool) {
	if i := o.find(key); i >= 0 {
		return o.vals[i], true
	}
	return nil, false
}

// Has reports whether key is present.
func (o *Object) Has(key string) bool { return o.find(key) >= 0 }

func (o *Object) find(key string) int {
	if o == nil {
		return -1
	}
	if o.index != nil {
		if i, ok := o.index[key]; ok {
			return i
		}
		return -1
	}
	for i, k := range o.keys {
		if k == key {
			return i
		}
	}
	return -1
}

// Set sets key to v, keeping the key's place when it is present and
// appending it otherwise. Only the code that made o may call Set.
func (o *Object) Set(key string, v Value) {
	if i := o.find(key); i >= 0 {
		o.vals[i] = v
		return
	}
	o.keys = append(o.keys, key)
	o.vals = append(o.vals, v)
	if o.index != nil {
		o.index[key] = len(o.keys) - 1
	} else if len(o.keys) > indexFrom {
		o.index = make(map[string]int, len(o.keys)*2)
		for i, k := range o.keys {
			o.index[k] = i
		}
	}
}

// Delete removes key, keeping the order of the others. Only the code that
// made o may call Delete.
func (o *Object) Delete(key string) {
	i := o.find(key)
	if i < 0 {
		return
	}
	o.keys = append(o.keys[:i:i], o.keys[i+1:]...)
	o.vals = append(o.vals[:i:i], o.vals[i+1:]...)
	if o.index != nil {
		o.index = make(map[string]int, len(o.keys))
		for j, k := range o.keys {
			o.index[k] = j
		}
	}
}

// Copy returns a shallow copy of o that the caller may change.
func (o *Object) Copy() *Object {
	c := NewObject(o.Len() + 1)
	if o == nil {
		return c
	}
	c.keys = append(c.keys, o.keys...)
	c.vals = append(c.vals, o.vals...)
	if o.index != nil {
		c.index = make(map[string]int, len(o.index))
		for k, i := range o.index {
			c.index[k] = i
		}
	}
	return c
}
