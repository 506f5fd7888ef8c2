package graph

import (
	"context"
	"errors"
	"fmt"
	"os"
	"syscall"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
)

// Config says which store to open.
type Config struct {
	Backend  string // one of Backends(); "" means DefaultBackend
	Path     string // file or directory for bolt/leveldb, connection string for postgres; "" means DefaultPath for file backends
	ReadOnly bool   // open for reading only: bolt takes a shared lock, so readers do not exclude each other
}

// Store is an open quad store.
type Store struct {
	qs   cgraph.QuadStore
	cfg  Config
	typ  string         // name in Cayley's registry
	opts cgraph.Options // options it was opened with
}

// Open opens the store cfg names, creating an empty one on first use unless
// cfg.ReadOnly. A store locked by another process fails with an error that
// wraps ErrInUse and names the path.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	if cfg.Backend == "" {
		cfg.Backend = DefaultBackend
	}
	typ, err := CayleyType(cfg.Backend)
	if err != nil {
		return nil, err
	}
	switch {
	case cfg.Backend == Memstore:
		cfg.Path = "" // memstore is not persistent; Cayley refuses a path
	case cfg.Path == "" && isFileBackend(cfg.Backend):
		cfg.Path = DefaultPath
	case cfg.Path == "":
		return nil, fmt.Errorf("open %s store: a connection string is needed (--db or KG_DB)", cfg.Backend)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	opts := cgraph.Options{optReadOnly: cfg.ReadOnly}
	if isFileBackend(cfg.Backend) {
		// Cayley's kv stores keep bloom filters sized for 100M entries: one of
		// every quad, filled by reading the whole store at open, and on a new
		// store one more per index. They took a 1,000-article load to 785 MB
		// (145 MB without) for no gain in time; without them a write checks
		// the index, which it does anyway on a bloom hit.
		opts[kv.OptNoBloom] = true
	}
	if cfg.ReadOnly && isFileBackend(cfg.Backend) {
		if _, err := os.Stat(cfg.Path); errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("store %s does not exist yet (run kg load first)", cfg.Path)
		}
	}
	needInit := !cfg.ReadOnly && cfg.Backend != Memstore
	if needInit && cfg.Backend == Postgres {
		exists, err := postgresInitialized(ctx, cfg.Path)
		if err != nil {
			return nil, cfg.openError(err)
		}
		if !exists {
			err = postgresInitOnce(ctx, cfg.Path, func() error {
				if err := cgraph.InitQuadStore(typ, cfg.Path, opts); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
					return err
				}
				return nil
			})
			if err != nil {
				return nil, cfg.openError(err)
			}
		}
		needInit = false
	}
	if needInit {
		// Init is a no-op returning ErrDatabaseExists on an existing store.
		if err := cgraph.InitQuadStore(typ, cfg.Path, opts); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
			return nil, cfg.openError(err)
		}
	}
	qs, err := cgraph.NewQuadStore(typ, cfg.Path, opts)
	if errors.Is(err, cgraph.ErrNotInitialized) {
		return nil, fmt.Errorf("store %s is empty (run kg load first)", cfg)
	}
	if err != nil {
		return nil, cfg.openError(err)
	}
	return &Store{qs: qs, cfg: cfg, typ: typ, opts: opts}, nil
}

// openError turns a backend's lock error into one a person can act on.
func (cfg Config) openError(err error) error {
	// bbolt times out (ErrInUse); LevelDB's flock fails at once with EAGAIN.
	if errors.Is(err, ErrInUse) || errors.Is(err, syscall.EWOULDBLOCK) {
		return inUseError{store: cfg.String()}
	}
	return fmt.Errorf("open %s: %w", cfg, err)
}

// QuadStore is the underlying Cayley store, for Gizmo sessions and Cayley's
// HTTP API. Closing remains the Store's job.
func (s *Store) QuadStore() cgraph.QuadStore { return s.qs }

// Config is the configuration the store was opened with (defaults filled in).
func (s *Store) Config() Config { return s.cfg }

// Close releases the store and its lock.
func (s *Store) Close() error {
	if err := s.qs.Close(); err != nil {
		return fmt.Errorf("close store %s: %w", s.cfg, err)
	}
	return nil
}

// String names the store for messages: its path, or the backend for memstore.
func (cfg Config) String() string {
	if cfg.Path == "" || cfg.Backend == Postgres {
		// A connection string may carry a password: never print it.
		return cfg.Backend + " store"
	}
	return cfg.Path
}

// inUseError names the locked store; errors.Is(err, ErrInUse) holds.
type inUseError struct{ store string }

func (e inUseError) Error() string {
	return "store " + e.store + " is in use by another kg process (kg serve?)"
}
func (e inUseError) Unwrap() error { return ErrInUse }
