package graph

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	bolt "github.com/coreos/bbolt" // go.etcd.io/bbolt, through the replace in go.mod
	hkv "github.com/hidal-go/hidalgo/kv"
	hbbolt "github.com/hidal-go/hidalgo/kv/bbolt"

	_ "github.com/cayleygraph/cayley/graph/kv/leveldb" // registers "leveldb"
	_ "github.com/cayleygraph/cayley/graph/memstore"   // registers "memstore"
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
	case LevelDB, Memstore, Postgres:
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
	return releasingKV{KV: hbbolt.New(db), db: db}, nil
}

// releasingKV gives the store file's mapped pages back at the start of
// every write transaction (see releaseMapped), where bbolt's write lock
// keeps the mapping from moving.
type releasingKV struct {
	hkv.KV
	db *bolt.DB
}

func (k releasingKV) Tx(rw bool) (hkv.Tx, error) {
	tx, err := k.KV.Tx(rw)
	if err == nil && rw {
		releaseMapped(k.db)
	}
	return tx, err
}

// SingleWriter reports whether only one process can write the store at a
// time (the file backends lock it; a memstore is one process's): summaries
// a writer keeps by reading and rewriting them, such as the per-actor
// counts, are only exact then. PostgreSQL takes several writers at once.
func (s *Store) SingleWriter() bool {
	return isFileBackend(s.cfg.Backend) || s.cfg.Backend == Memstore
}
