package runtime

import (
	"bufio"
	"bytes"
	"crypto/md5"
	"encoding/csv"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/stepwise-go/stepwise/value"
)

// maxReaderItems bounds how many items one ItemReader yields when
// ReaderConfig sets no MaxItems (AWS reads up to 100,000,000).
const maxReaderItems = 100_000_000

// maxObjectBytes bounds one object an ItemReader reads: AWS's limit for
// a JSON item source is 10 GB; locally, 1 GiB.
const maxObjectBytes = 1 << 30

// ErrNoS3Root is the host error behind a Distributed Map whose
// ItemReader or ResultWriter needs S3 while Options.S3Root is empty.
var ErrNoS3Root = errors.New("no local S3 directory")

// s3Path maps bucket B and key K to S3Root/B/K, refusing keys that
// would leave the bucket's directory.
func (t *thread) s3Path(bucket, key string) (string, *failure) {
	root := t.ex.opts.S3Root
	if root == "" {
		return "", &failure{Error: ErrRuntime, HasError: true, HasCause: true, fatal: true, host: ErrNoS3Root,
			Cause: fmt.Sprintf("the Map state '%s' reads or writes S3 (bucket %q), but no local S3 directory is set: give Options.S3Root (stepwise run --s3-dir DIR)", t.state.name, bucket)}
	}
	if bucket == "" || strings.ContainsAny(bucket, `/\`) || bucket == "." || bucket == ".." {
		return "", t.runtimeFailure(fmt.Sprintf("The bucket name %q is not valid", bucket))
	}
	clean := filepath.Clean("/" + key)
	return filepath.Join(root, bucket, filepath.FromSlash(clean)), nil
}

// readItems runs the ItemReader: the items of an S3 object (JSON,
// JSONL, CSV) or an S3 listing, at most ReaderConfig.MaxItems(Path).
func (t *thread) readItems(r *ioSpec, eff value.Value, env *evalEnv) ([]value.Value, *failure) {
	var params, config value.Value
	var f *failure
	if r.params != nil {
		if params, f = r.params.eval(env); f != nil {
			return nil, f
		}
	}
	if r.config != nil {
		if config, f = r.config.eval(env); f != nil {
			return nil, f
		}
	}
	limit, f := t.objectNumber(config, "MaxItems", r.maxPath, eff)
	if f != nil {
		return nil, f
	}
	if limit == 0 || limit > maxReaderItems {
		limit = maxReaderItems
	}
	bucket := objectString(params, "Bucket")
	switch r.action {
	case "listObjectsV2":
		return t.listObjects(bucket, objectString(params, "Prefix"), int(limit))
	case "getObject":
	default:
		return nil, t.readerFailure(fmt.Sprintf("the ItemReader resource %s is not supported locally (use s3:getObject or s3:listObjectsV2)", r.resource))
	}
	file, f := t.s3Path(bucket, objectString(params, "Key"))
	if f != nil {
		return nil, f
	}
	fh, err := os.Open(file)
	if err != nil {
		return nil, t.readerFailure(fmt.Sprintf("cannot read s3://%s/%s (%s): %v", bucket, objectString(params, "Key"), file, err))
	}
	defer fh.Close()
	data, err := io.ReadAll(io.LimitReader(fh, maxObjectBytes+1))
	if err != nil || len(data) > maxObjectBytes {
		return nil, t.readerFailure(fmt.Sprintf("cannot read %s: larger than %d bytes or unreadable", file, maxObjectBytes))
	}
	var items []value.Value
	var msg string
	switch typ := objectString(config, "InputType"); typ {
	case "", "JSON":
		items, msg = jsonItems(data)
	case "JSONL":
		items, msg = jsonlItems(data, int(limit))
	case "CSV":
		items, msg = csvItems(data, config, int(limit))
	default:
		msg = fmt.Sprintf("the InputType %q is not supported locally (JSON, JSONL or CSV)", typ)
	}
	if msg != "" {
		return nil, t.readerFailure(fmt.Sprintf("s3://%s/%s: %s", bucket, objectString(params, "Key"), msg))
	}
	if len(items) > int(limit) {
		items = items[:limit]
	}
	return items, nil
}

// readerFailure is States.ItemReaderFailed with the state named.
func (t *thread) readerFailure(msg string) *failure {
	return fail(ErrItemReaderFailed, t.prefix()+msg)
}

// jsonItems reads a JSON array.
func jsonItems(data []byte) ([]value.Value, string) {
	v, err := value.Parse(data)
	if err != nil {
		return nil, "not JSON: " + err.Error()
	}
	a, ok := v.([]value.Value)
	if !ok {
		return nil, "the JSON object must be an array but was: " + value.Kind(v)
	}
	return a, ""
}

// jsonlItems reads one JSON value per non-empty line.
func jsonlItems(data []byte, limit int) ([]value.Value, string) {
	var items []value.Value
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64<<10), maxObjectBytes)
	for line := 1; sc.Scan() && len(items) < limit; line++ {
		text := bytes.TrimSpace(sc.Bytes())
		if len(text) == 0 {
			continue
		}
		v, err := value.Parse(text)
		if err != nil {
			return nil, fmt.Sprintf("line %d is not JSON: %v", line, err)
		}
		items = append(items, v)
	}
	if err := sc.Err(); err != nil {
		return nil, err.Error()
	}
	return items, ""
}

// csvDelimiters are ReaderConfig.CSVDelimiter's values.
var csvDelimiters = map[string]rune{"": ',', "COMMA": ',', "PIPE": '|', "SEMICOLON": ';', "SPACE": ' ', "TAB": '\t'}

// csvItems reads CSV rows as objects keyed by the header: the first row
// (CSVHeaderLocation FIRST_ROW, the default) or CSVHeaders (GIVEN).
// Values stay strings, as AWS gives them.
func csvItems(data []byte, config value.Value, limit int) ([]value.Value, string) {
	delim, ok := csvDelimiters[objectString(config, "CSVDelimiter")]
	if !ok {
		return nil, fmt.Sprintf("the CSVDelimiter %q is not one of COMMA, PIPE, SEMICOLON, SPACE, TAB", objectString(config, "CSVDelimiter"))
	}
	r := csv.NewReader(bytes.NewReader(data))
	r.Comma = delim
	r.FieldsPerRecord = -1
	var header []string
	switch loc := objectString(config, "CSVHeaderLocation"); loc {
	case "", "FIRST_ROW":
		row, err := r.Read()
		if err != nil {
			return nil, "no header row: " + err.Error()
		}
		header = row
	case "GIVEN":
		obj, _ := config.(*value.Object)
		hv, _ := obj.Get("CSVHeaders")
		hs, ok := hv.([]value.Value)
		if !ok || len(hs) == 0 {
			return nil, "CSVHeaderLocation GIVEN needs CSVHeaders, an array of strings"
		}
		for _, h := range hs {
			s, ok := h.(string)
			if !ok {
				return nil, "CSVHeaders must hold strings"
			}
			header = append(header, s)
		}
	default:
		return nil, fmt.Sprintf("the CSVHeaderLocation %q is not FIRST_ROW or GIVEN", loc)
	}
	var items []value.Value
	for len(items) < limit {
		row, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, "bad CSV: " + err.Error()
		}
		o := value.NewObject(len(header))
		for i, h := range header {
			cell := ""
			if i < len(row) {
				cell = row[i]
			}
			o.Set(h, cell)
		}
		items = append(items, o)
	}
	return items, ""
}

// listObjects lists the files under S3Root/bucket whose keys start with
// prefix, in key order, as ListObjectsV2's Contents:
// {Etag, Key, LastModified, Size, StorageClass}.
func (t *thread) listObjects(bucket, prefix string, limit int) ([]value.Value, *failure) {
	dir, f := t.s3Path(bucket, "")
	if f != nil {
		return nil, f
	}
	var keys []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		rel, _ := filepath.Rel(dir, p)
		key := filepath.ToSlash(rel)
		if strings.HasPrefix(key, prefix) {
			keys = append(keys, key)
		}
		return nil
	})
	if err != nil {
		return nil, t.readerFailure(fmt.Sprintf("cannot list s3://%s/%s (%s): %v", bucket, prefix, dir, err))
	}
	sort.Strings(keys)
	if len(keys) > limit {
		keys = keys[:limit]
	}
	items := make([]value.Value, 0, len(keys))
	for _, k := range keys {
		p := filepath.Join(dir, filepath.FromSlash(k))
		info, err := os.Stat(p)
		if err != nil {
			return nil, t.readerFailure(err.Error())
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, t.readerFailure(err.Error())
		}
		sum := md5.Sum(data)
		o := value.NewObject(5)
		o.Set("Etag", `"`+hex.EncodeToString(sum[:])+`"`)
		o.Set("Key", k)
		o.Set("LastModified", formatTime(info.ModTime()))
		o.Set("Size", float64(info.Size()))
		o.Set("StorageClass", "STANDARD")
		items = append(items, o)
	}
	return items, nil
}
