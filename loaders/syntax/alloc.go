package syntax

import "unsafe"

// makeTable makes a zeroed slice of n pointer-free Ts for a lookup table,
// advised into huge pages (adviseHugePages) before it is first written, so
// that the kernel backs it with them from the start.
func makeTable[T any](n int) []T {
	s := make([]T, n)
	if n > 0 {
		var z T
		adviseHugePages(unsafe.Slice((*byte)(unsafe.Pointer(&s[0])), n*int(unsafe.Sizeof(z))))
	}
	return s
}
