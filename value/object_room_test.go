package value

import (
	"fmt"
	"testing"
)

// An object made with room for n keys keeps working past its room: keys
// keep their order, lookups switch to the index past indexFrom, and a
// copy is independent of the original.
func TestObjectGrowsPastItsRoom(t *testing.T) {
	for _, room := range []int{0, 1, 2, 3, 4, 5, 8, 9, 20} {
		o := NewObject(room)
		for i := 0; i < 30; i++ {
			o.Set(fmt.Sprintf("k%d", i), float64(i))
		}
		o.Set("k3", "again")
		c := o.Copy()
		c.Set("k4", "copy")
		if o.Len() != 30 || c.Len() != 30 {
			t.Fatalf("room %d: lengths %d, %d", room, o.Len(), c.Len())
		}
		for i := 0; i < 30; i++ {
			k, v := o.At(i)
			want := any(float64(i))
			if i == 3 {
				want = "again"
			}
			if k != fmt.Sprintf("k%d", i) || v != want {
				t.Errorf("room %d: At(%d) = %s, %v", room, i, k, v)
			}
			if got, _ := o.Get(k); got != want {
				t.Errorf("room %d: Get(%s) = %v", room, k, got)
			}
		}
		if v, _ := o.Get("k4"); v != float64(4) {
			t.Errorf("room %d: the copy changed the original: %v", room, v)
		}
	}
}
