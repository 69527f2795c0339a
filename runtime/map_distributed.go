package runtime

import (
	"fmt"
	"strings"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/jsontree"
	"github.com/stepwise-go/stepwise/value"
)

// distSpec is the compiled Distributed Map part of a Map
// (ProcessorConfig Mode DISTRIBUTED): where the items come from, how they
// are batched and where the results go. Every path is parsed here.
type distSpec struct {
	label    string // Label, or the state's name
	express  bool   // ProcessorConfig ExecutionType EXPRESS
	reader   *ioSpec
	batcher  *tmpl // ItemBatcher, evaluated like Parameters
	batchMax *pathRef
	batchLen *pathRef
	writer   *ioSpec
}

// ioSpec is an ItemReader or a ResultWriter: its Resource, its
// Parameters (JSONPath) or Arguments (JSONata), and its config object
// (ReaderConfig) with MaxItemsPath parsed.
type ioSpec struct {
	resource string
	action   string // "getObject", "listObjectsV2", "putObject"
	params   *tmpl
	config   *tmpl
	maxPath  *pathRef
}

// compileDistributed compiles the Distributed Map fields of s; nil for
// an inline Map.
func compileDistributed(s *asl.Map, cs *state) (*distSpec, error) {
	pc := s.ProcessorConfig
	if pc == nil || pc.Mode == nil || *pc.Mode != "DISTRIBUTED" {
		return nil, nil
	}
	ds := &distSpec{label: cs.name}
	if s.Label != nil && *s.Label != "" {
		ds.label = *s.Label
	}
	if pc.ExecutionType != nil && *pc.ExecutionType == "EXPRESS" {
		ds.express = true
	}
	tpl := func(v *jsontree.Value, field string) (*tmpl, error) {
		if v == nil {
			return nil, nil
		}
		if cs.jsonata {
			return compileJSONataTemplate(v, field)
		}
		return compileJSONPathTemplate(v)
	}
	path := func(v *jsontree.Value, key string) (*pathRef, error) {
		if p := v.Get(key); p != nil && p.Kind == jsontree.String {
			return compilePathRef(p.Text)
		}
		return nil, nil
	}
	io := func(v *jsontree.Value, field, configKey string) (*ioSpec, error) {
		if v == nil {
			return nil, nil
		}
		r := v.Get("Resource")
		if r == nil || r.Kind != jsontree.String {
			return nil, fmt.Errorf("%s: Resource must be a string", field)
		}
		spec := &ioSpec{resource: r.Text}
		parts := strings.Split(r.Text, ":")
		spec.action = parts[len(parts)-1]
		paramKey := "Parameters"
		if cs.jsonata {
			paramKey = "Arguments"
		}
		var err error
		if spec.params, err = tpl(v.Get(paramKey), field+"/"+paramKey); err != nil {
			return nil, err
		}
		if c := v.Get(configKey); c != nil {
			if spec.config, err = tpl(c, field+"/"+configKey); err != nil {
				return nil, err
			}
			if spec.maxPath, err = path(c, "MaxItemsPath"); err != nil {
				return nil, err
			}
		}
		return spec, nil
	}
	var err error
	if ds.reader, err = io(s.ItemReader, "ItemReader", "ReaderConfig"); err != nil {
		return nil, err
	}
	if ds.writer, err = io(s.ResultWriter, "ResultWriter", "WriterConfig"); err != nil {
		return nil, err
	}
	if s.ItemBatcher != nil {
		if ds.batcher, err = tpl(s.ItemBatcher, "ItemBatcher"); err != nil {
			return nil, err
		}
		if ds.batchMax, err = path(s.ItemBatcher, "MaxItemsPerBatchPath"); err != nil {
			return nil, err
		}
		if ds.batchLen, err = path(s.ItemBatcher, "MaxInputBytesPerBatchPath"); err != nil {
			return nil, err
		}
	}
	return ds, nil
}

// objectNumber reads a non-negative integer field of an evaluated
// config object, or the value at path (read from eff) when the path is
// set; 0 when neither is present.
func (t *thread) objectNumber(o value.Value, key string, path *pathRef, eff value.Value) (int64, *failure) {
	var v value.Value
	if path != nil {
		x, ok, err := t.readPath(path, eff)
		if err != nil || !ok {
			return 0, t.invalidPath(path)
		}
		v = x
	} else if obj, ok := o.(*value.Object); ok {
		v, _ = obj.Get(key)
	}
	if v == nil {
		return 0, nil
	}
	n, ok := v.(float64)
	if !ok || n < 0 || n != float64(int64(n)) {
		name := key
		if path != nil {
			name += "Path"
		}
		return 0, t.runtimeFailure(fmt.Sprintf("The %s field must be a non-negative integer but was: %s", name, jsonText(v)))
	}
	return int64(n), nil
}

// objectString reads a string field of an evaluated object ("" when
// absent or not a string).
func objectString(o value.Value, key string) string {
	obj, ok := o.(*value.Object)
	if !ok {
		return ""
	}
	v, _ := obj.Get(key)
	s, _ := v.(string)
	return s
}
