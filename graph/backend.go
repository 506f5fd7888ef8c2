package graph

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	bolt "github.com/coreos/bbolt" // go.etcd.io/bbolt, through the replace in go.mod
	hkv "github.com/hidal-go/hidalgo/kv"
	hbbolt "github.com/hidal-go/hidalgo/kv/bbolt"

	_ "github.com/cayleygraph/cayley/graph/memstore" // registers "memstore"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres"
)

// Backend names kg offers on its command line.
const (
	Bolt     = "bolt"     // embedded bbolt file (default)
	LevelDB  = "leveldb"  // embedded LevelDB directory
	Memstore = "memstore" // in memory, gone when the process exits
	Postgres = "postgres" // PostgreSQL; the path is a connection string
)

// DefaultBackend and DefaultPath are used when nothing is configured.
const (
	DefaultBackend = Bolt
	DefaultPath    = "./kg.db"
)

// bboltType is the name kg's bbolt backend is registered under in Cayley.
// kg's "bolt" maps onto it rather than onto Cayley's own "bolt", which uses
// boltdb/bolt v1.3.1: that crashes under -race (checkptr) and waits forever
// for a lock held by another process. It is not "bbolt" because Cayley may
// register hidalgo's bbolt under that name, depending on package init order,
// and that one has no read-only mode and reports a lock as a bare "timeout".
const bboltType = "kg-bbolt"

// lockTimeout bounds how long opening a bbolt file waits for another
// process's lock before reporting ErrInUse.
const lockTimeout = time.Second

// optReadOnly is the graph.Options key that opens a bbolt store read-only
// (shared lock: several readers may hold it at once, never with a writer).
const optReadOnly = "read_only"

// ErrInUse reports a store locked by another process.
var ErrInUse = errors.New("store is in use by another process")

// Backends lists the backends kg offers, default first.
func Backends() []string { return []string{Bolt, LevelDB, Memstore, Postgres} }

// CayleyType is the name of a kg backend in Cayley's registry, for code that
// hands the store to Cayley itself (for example its HTTP server).
func CayleyType(backend string) (string, error) {
	switch backend {
	case "", Bolt:
		return bboltType, nil
	case LevelDB:
		return leveldbType, nil
	case Memstore, Postgres:
		return backend, nil
	}
	return "", fmt.Errorf("unknown backend %q (want one of %s)", backend, strings.Join(Backends(), ", "))
}

// isFileBackend says whether the path names a local file or directory.
func isFileBackend(backend string) bool { return backend == Bolt || backend == LevelDB }

func init() {
	// Cayley's graph/kv registers the hidalgo backends that have registered
	// themselves before its own init runs, which on Go 1.21+ depends on
	// package path order; kg does not rely on that and registers its own.
	kv.Register(bboltType, kv.Registration{
		NewFunc:      openBBolt,
		InitFunc:     openBBolt,
		IsPersistent: true,
	})
}

// openBBolt opens (creating if needed, unless read-only) the bbolt file at path.
func openBBolt(path string, opt cgraph.Options) (hkv.KV, error) {
	ro, err := opt.BoolKey(optReadOnly, false)
	if err != nil {
		return nil, err
	}
	if !ro {
		if dir := filepath.Dir(path); dir != "" {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return nil, err
			}
		}
	}
	db, err := bolt.Open(path, 0o644, &bolt.Options{Timeout: lockTimeout, ReadOnly: ro})
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, ErrInUse
	}
	if err != nil {
		return nil, err
	}
	if ro {
		return hbbolt.New(db), nil
	}
	return newKeysKV{newReleasingKV(db)}, nil
}

// releasePeriod is how often a store open for writing gives the file's
// mapped pages back (see mappedRange). A 10,000-article load's write
// transactions touch pages all over the file, most of all while bbolt
// commits (it copies every changed page's old contents), and the kernel
// maps cached pages around each one touched: released only when each
// transaction began, up to 200 MB of the file was resident at once.
const releasePeriod = 50 * time.Millisecond

// releasingKV is a bbolt store open for writing. Its write transactions
// are writeTx; a goroutine of its own releases the mapped pages every
// releasePeriod until Close, while a write transaction is open and once
// after one ends. Reads alone do not release: their pages are what a
// read-only store keeps too, and dropping them every 50 ms made every
// query of kg serve (which opens the store writable) and of the 1M-quad
// benchmark fault its pages back in (profile Russia, cpu p50 over the same
// file: 463-500 ms writable, 318 ms read-only).
type releasingKV struct {
	hkv.KV
	db        *bolt.DB
	stop      chan struct{}
	done      chan struct{}
	closeOnce sync.Once
	writing   atomic.Int64  // write transactions open
	written   atomic.Uint64 // write transactions ended
}

func newReleasingKV(db *bolt.DB) *releasingKV {
	k := &releasingKV{KV: hbbolt.New(db), db: db, stop: make(chan struct{}), done: make(chan struct{})}
	go k.release()
	return k
}

// release runs until Close. Each release happens inside a read
// transaction, which holds bbolt's mmap lock shared: the file cannot be
// remapped (that takes the lock exclusively, in a committing writer) while
// the mapping is found and advised, so the advice never falls on memory
// the mapping no longer covers. A writer may commit meanwhile; the pages
// it reads again just fault back in.
func (k *releasingKV) release() {
	defer close(k.done)
	t := time.NewTicker(releasePeriod)
	defer t.Stop()
	var released uint64 // k.written at the last release
	for {
		select {
		case <-k.stop:
			return
		case <-t.C:
		}
		// The ended count is read first: a transaction that ends after that
		// read changes it, so the next tick releases its pages.
		ended := k.written.Load()
		if k.writing.Load() == 0 && ended == released {
			continue
		}
		released = ended
		tx, err := k.db.Begin(false)
		if err != nil {
			return // closed
		}
		mappedOf(k.db).release()
		// A read transaction that changed nothing: its rollback cannot fail
		// in a way that matters here.
		_ = tx.Rollback()
	}
}

func (k *releasingKV) Tx(rw bool) (hkv.Tx, error) {
	if !rw {
		return k.KV.Tx(false)
	}
	k.writing.Add(1)
	tx, err := k.db.Begin(true)
	if err != nil {
		k.writeEnded()
		return nil, err
	}
	return &writeTx{tx: tx, ended: k.writeEnded}, nil
}

// writeEnded counts a write transaction as ended, for release.
func (k *releasingKV) writeEnded() {
	k.written.Add(1)
	k.writing.Add(-1)
}

// Close stops the releases, then closes the file.
func (k *releasingKV) Close() error {
	k.closeOnce.Do(func() { close(k.stop) })
	<-k.done
	return k.KV.Close()
}

// SingleWriter reports whether only one process can write the store at a
// time (the file backends lock it; a memstore is one process's): summaries
// a writer keeps by reading and rewriting them, such as the per-actor
// counts, are only exact then. PostgreSQL takes several writers at once.
func (s *Store) SingleWriter() bool {
	return isFileBackend(s.cfg.Backend) || s.cfg.Backend == Memstore
}
