package importer

import "github.com/stepwise-go/stepwise/jsontree"

// Normalize returns a copy of a definition with the legacy forms the DSL
// does not write replaced by the ones it writes, which AWS treats the
// same: a Map's Iterator becomes ItemProcessor, its Parameters become
// ItemSelector, and an item processor without ProcessorConfig (or without
// its Mode) gets {"Mode": "INLINE"}. The importer's round trip compares
// the imported program's output with the normalized input.
func Normalize(def *jsontree.Value) *jsontree.Value {
	out := def.Clone()
	normalizeGraph(out, 0)
	return out
}

// maxNormalizeDepth bounds the nesting normalize follows.
const maxNormalizeDepth = 200

func normalizeGraph(g *jsontree.Value, depth int) {
	sts := g.Get("States")
	if sts == nil || sts.Kind != jsontree.Object || depth > maxNormalizeDepth {
		return
	}
	for _, m := range sts.Members {
		s := m.Value
		if s == nil || s.Kind != jsontree.Object {
			continue
		}
		if br := s.Get("Branches"); br != nil && br.Kind == jsontree.Array {
			for _, b := range br.Items {
				normalizeGraph(b, depth+1)
			}
		}
		if t := s.Get("Type"); t == nil || t.Kind != jsontree.String || t.Text != "Map" {
			continue
		}
		rename(s, "Iterator", "ItemProcessor")
		rename(s, "Parameters", "ItemSelector")
		proc := s.Get("ItemProcessor")
		if proc == nil || proc.Kind != jsontree.Object {
			continue
		}
		pc := proc.Get("ProcessorConfig")
		if pc == nil {
			pc = jsontree.NewObject()
			proc.Set("ProcessorConfig", pc)
		}
		if pc.Kind == jsontree.Object && pc.Get("Mode") == nil {
			pc.Set("Mode", jsontree.NewString("INLINE"))
		}
		normalizeGraph(proc, depth+1)
	}
}

// rename renames the member from of object v to to.
func rename(v *jsontree.Value, from, to string) {
	for i := range v.Members {
		if v.Members[i].Key == from {
			v.Members[i].Key = to
		}
	}
}
