package syntax

import (
	"syscall"
	"unsafe"
)

// adviseHugePages asks the kernel to back b with transparent huge pages
// (where it is configured for madvise, as on kg's machines). The lookup
// tables are tens of megabytes read at random, so with 4 KiB pages nearly
// every cache miss is a TLB miss too; 2 MiB pages cover them with a few
// dozen TLB entries. Only the whole 2 MiB pages inside b are advised, and
// failure only loses the speed-up.
func adviseHugePages(b []byte) {
	const huge = 1 << 21
	if len(b) < 2*huge {
		return
	}
	p := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	off := int((p+huge-1)&^(huge-1) - p)
	n := (len(b) - off) &^ (huge - 1)
	_ = syscall.Madvise(b[off:off+n], 14) // MADV_HUGEPAGE
}
