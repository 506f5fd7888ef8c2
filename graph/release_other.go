//go:build !linux

package graph

import bolt "github.com/coreos/bbolt"

// mappedRange is a no-op where madvise is not wired up.
type mappedRange struct{}

func mappedOf(*bolt.DB) mappedRange { return mappedRange{} }
func (mappedRange) release()        {}
