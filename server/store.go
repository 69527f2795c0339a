package server

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"

	bolt "go.etcd.io/bbolt"
)

// The buckets of the data file, one per kind of record, each keyed by
// ARN with a JSON value.
const (
	bucketMachines   = "stateMachines"
	bucketExecutions = "executions"
	bucketActivities = "activities"
)

// storeFile is the bbolt file inside Options.DataDir.
const storeFile = "stepwise.db"

// store keeps records in a bbolt file. Every put commits (and syncs)
// before it returns, so a server killed afterwards keeps the record. A
// nil *store keeps nothing: its methods do nothing.
type store struct{ db *bolt.DB }

// openStore opens DIR/stepwise.db, creating the directory and the file.
// A second server on the same directory fails after a second instead of
// waiting for the first one's lock.
func openStore(dir string) (*store, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("--data: %w", err)
	}
	path := filepath.Join(dir, storeFile)
	db, err := bolt.Open(path, 0o644, &bolt.Options{Timeout: time.Second})
	if err != nil {
		return nil, fmt.Errorf("--data: opening %s: %w (is another stepwise serve using it?)", path, err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range []string{bucketMachines, bucketExecutions, bucketActivities} {
			if _, err := tx.CreateBucketIfNotExists([]byte(b)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("--data: %s: %w", path, err)
	}
	return &store{db: db}, nil
}

func (st *store) close() error {
	if st == nil {
		return nil
	}
	return st.db.Close()
}

// put writes v as JSON under key.
func (st *store) put(bucket, key string, v any) error {
	if st == nil {
		return nil
	}
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return st.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket([]byte(bucket)).Put([]byte(key), data)
	})
}

// delete removes key; a missing key is no error.
func (st *store) delete(bucket, key string) error {
	if st == nil {
		return nil
	}
	return st.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket([]byte(bucket)).Delete([]byte(key))
	})
}

// each calls fn with every record of a bucket, in key order.
func (st *store) each(bucket string, fn func(key string, data []byte) error) error {
	return st.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket([]byte(bucket)).ForEach(func(k, v []byte) error {
			return fn(string(k), v)
		})
	})
}
