package server

import (
	"encoding/base64"
	"sort"
	"time"
)

// defaultPageSize and maxPageSize are AWS's default and largest
// maxResults for the List* and GetExecutionHistory operations.
const (
	defaultPageSize = 100
	maxPageSize     = 1000
)

// pageSize checks maxResults (0 means the default) and returns the page
// size.
func pageSize(maxResults int) (int, error) {
	switch {
	case maxResults < 0 || maxResults > maxPageSize:
		return 0, newError(errValidation, "1 validation error detected: Value '%d' at 'maxResults' failed to satisfy constraint: Member must have value between 0 and %d", maxResults, maxPageSize)
	case maxResults == 0:
		return defaultPageSize, nil
	}
	return maxResults, nil
}

// page returns one page of items, listed in order, starting at the item
// whose key the token names (the first item without a token), and the
// token of the next page (nil on the last). A token names a key rather
// than an offset so that pages stay right while items are added.
func page[T any](items []T, key func(T) string, token *string, maxResults int) ([]T, *string, error) {
	size, err := pageSize(maxResults)
	if err != nil {
		return nil, nil, err
	}
	from := 0
	if token != nil && *token != "" {
		k, err := base64.RawURLEncoding.DecodeString(*token)
		from = -1
		if err == nil {
			for i, it := range items {
				if key(it) == string(k) {
					from = i
					break
				}
			}
		}
		if from < 0 {
			return nil, nil, newError(errInvalidToken, "Invalid Token: %q is not a token this server gave, or its item is gone", *token)
		}
	}
	to := min(from+size, len(items))
	var next *string
	if to < len(items) {
		t := base64.RawURLEncoding.EncodeToString([]byte(key(items[to])))
		next = &t
	}
	return items[from:to], next, nil
}

// oldestFirst returns the members of set, which s.mu guards, in creation
// order, the ARN breaking ties: the order AWS lists state machines and
// activities in.
func oldestFirst[T any](s *Server, set map[string]T, created func(T) (time.Time, string)) []T {
	s.mu.Lock()
	all := make([]T, 0, len(set))
	for _, x := range set {
		all = append(all, x)
	}
	s.mu.Unlock()
	sort.Slice(all, func(i, j int) bool {
		ti, ai := created(all[i])
		tj, aj := created(all[j])
		if !ti.Equal(tj) {
			return ti.Before(tj)
		}
		return ai < aj
	})
	return all
}
