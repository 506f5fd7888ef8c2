//go:build !unix

package queries

import "time"

// processCPU is not measured here: the benchmarks report 0 cpu-ms.
func processCPU() time.Duration { return 0 }
