package graph

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"syscall"

	bolt "github.com/coreos/bbolt"
)

// mappedRange is bbolt's mapping of the store file, whose pages release
// drops from the process (MADV_DONTNEED); they stay in the page cache and
// fault back in when read. bbolt maps the whole file, and a load's lookups
// touch pages all over it, so without this a load's resident memory grew
// with the store: 1,500 articles into an 11,500-article store peaked at
// 470 MB, 313 MB with it.
//
// It must be found and used while bbolt cannot remap the file: inside a
// read transaction, which holds the mmap lock that remapping takes
// exclusively (releasingKV.release). And the advice must cover the mapping
// and nothing after it, whose
// pages could be the Go heap: bbolt's file can be longer than its mapping,
// so the length is the mapping's own, read from /proc/self/maps, not the
// file's.
type mappedRange struct{ start, end uintptr }

func mappedOf(db *bolt.DB) mappedRange {
	start := db.Info().Data
	if start == 0 {
		return mappedRange{}
	}
	end, ok := mappingEnd(start)
	if !ok || end <= start {
		return mappedRange{}
	}
	return mappedRange{start: start, end: end}
}

func (m mappedRange) release() {
	if m.end > m.start {
		// Advice only; an error changes nothing, so it is ignored.
		syscall.Syscall(syscall.SYS_MADVISE, m.start, m.end-m.start, syscall.MADV_DONTNEED)
	}
}

// mappingEnd finds the mapping that starts at start in /proc/self/maps.
func mappingEnd(start uintptr) (uintptr, bool) {
	f, err := os.Open("/proc/self/maps")
	if err != nil {
		return 0, false
	}
	defer f.Close()
	want := strconv.FormatUint(uint64(start), 16) + "-"
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if !strings.HasPrefix(line, want) {
			continue
		}
		rng, _, _ := strings.Cut(line, " ")
		_, hi, _ := strings.Cut(rng, "-")
		end, err := strconv.ParseUint(hi, 16, 64)
		return uintptr(end), err == nil
	}
	return 0, false
}
