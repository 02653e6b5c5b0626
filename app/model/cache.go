package model

import "sync"

// cacheSize is how many prepared ledgers or views a cache keeps.
const cacheSize = 8

// cache keeps the last few values computed from a key, so that reruns on
// the same ledger and date (every slider move in the explorer) skip the
// work. A ledger passed to this package must not change afterwards.
type cache[K comparable, V any] struct {
	mu   sync.Mutex
	keys [cacheSize]K
	vals [cacheSize]V
	used [cacheSize]bool
	next int
}

// get returns the value for k, computing and keeping it on a miss. Errors
// are not kept.
func (c *cache[K, V]) get(k K, compute func() (V, error)) (V, error) {
	c.mu.Lock()
	for i := range c.keys {
		if c.used[i] && c.keys[i] == k {
			v := c.vals[i]
			c.mu.Unlock()
			return v, nil
		}
	}
	c.mu.Unlock()
	v, err := compute()
	if err != nil {
		return v, err
	}
	c.mu.Lock()
	c.keys[c.next], c.vals[c.next], c.used[c.next] = k, v, true
	c.next = (c.next + 1) % cacheSize
	c.mu.Unlock()
	return v, nil
}
