package runtime

import (
	"github.com/stepwise-go/stepwise/value"
)

// maxBatchBytes is MaxInputBytesPerBatch's default and ceiling: a child's
// input is limited to 256 KiB.
const maxBatchBytes = maxPayloadBytes

// batches groups the items into the children's inputs. Without an
// ItemBatcher every item is one child's input. With one, each child gets
// {"BatchInput": …, "Items": [...]}: at most MaxItemsPerBatch(Path) items
// and MaxInputBytesPerBatch(Path) bytes of JSON (an item larger than
// that goes alone); BatchInput is left out when the batcher has none.
func (t *thread) batches(ds *distSpec, items []value.Value, eff value.Value, env *evalEnv) ([]value.Value, *failure) {
	if ds.batcher == nil {
		return items, nil
	}
	cfg, f := ds.batcher.eval(env)
	if f != nil {
		return nil, f
	}
	maxItems, f := t.objectNumber(cfg, "MaxItemsPerBatch", ds.batchMax, eff)
	if f != nil {
		return nil, f
	}
	maxBytes, f := t.objectNumber(cfg, "MaxInputBytesPerBatch", ds.batchLen, eff)
	if f != nil {
		return nil, f
	}
	if maxBytes == 0 || maxBytes > maxBatchBytes {
		maxBytes = maxBatchBytes
	}
	var batchInput value.Value
	if o, ok := cfg.(*value.Object); ok {
		batchInput, _ = o.Get("BatchInput")
	}
	wrap := func(group []value.Value) value.Value {
		o := value.NewObject(2)
		if batchInput != nil {
			o.Set("BatchInput", batchInput)
		}
		o.Set("Items", group)
		return o
	}
	base := len(value.Marshal(wrap([]value.Value{})))
	var out []value.Value
	var group []value.Value
	size := base
	for _, it := range items {
		n := len(value.Marshal(it))
		if len(group) > 0 {
			n++ // the comma
		}
		full := maxItems > 0 && int64(len(group)) >= maxItems
		if len(group) > 0 && (full || int64(size+n) > maxBytes) {
			out = append(out, wrap(group))
			group, size = nil, base
			n = len(value.Marshal(it))
		}
		group = append(group, it)
		size += n
	}
	if len(group) > 0 {
		out = append(out, wrap(group))
	}
	return out, nil
}
