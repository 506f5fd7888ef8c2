package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/spf13/cobra"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/server"
)

// DefaultServeAddr is Cayley's own default: loopback, port 64210.
const DefaultServeAddr = "127.0.0.1:64210"

type serveOptions struct {
	addr        string
	writable    bool
	allowRemote bool
	uiDir       string
	timeout     time.Duration
	// queryMemoryMiB is --query-memory; 0 would mean the default.
	queryMemoryMiB uint64
}

func newServeCmd() *cobra.Command {
	o := serveOptions{}
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the Cayley web UI and HTTP API over the kg store",
		Long: `Serve Cayley's web UI (query, query shape and visualize pages) and
Cayley's HTTP API (/api/v1/query/gizmo, /api/v2/...) over the kg store.

The server is read-only unless --write is given, and listens on the loopback
interface only: binding any other address needs --allow-remote, as anyone who
can reach the port can then query the store (there is no authentication).

Writes and deletes through a --write server bypass kg load, so the first one
drops the per-actor counts kg load keeps (graph kg:graph/counts), as kg import
does: kg query actors then counts from the facts (same answer, slower on a
large store) until kg load counts the actors it touches again.

The store stays open (and locked) while the server runs, so other kg commands
on the same bolt or LevelDB store fail until it stops (Ctrl-C).

The UI's pages and scripts are not compiled into kg: they are read from the
cayley module directory in the Go module cache (go mod download
github.com/cayleygraph/cayley@` + server.CayleyVersion() + `), or from --ui-dir.
Without them only the HTTP API is served.`,
		Example: `  kg serve                      # http://127.0.0.1:64210/
  kg serve --addr 127.0.0.1:8080 --db ./other.db
  curl -d 'g.V("<https://kg.local/actor/jean-yves-le-drian>").Out().All()' \
      http://127.0.0.1:64210/api/v1/query/gizmo`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if o.uiDir == "" {
				o.uiDir = os.Getenv(server.UIEnv)
			}
			return runServe(cmd, o)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.addr, "addr", DefaultServeAddr, "host:port to listen on (port 0 picks a free port)")
	f.BoolVar(&o.writable, "write", false, "allow writes and deletes through the API and the write page")
	f.BoolVar(&o.allowRemote, "allow-remote", false, "allow listening on a non-loopback address (no authentication!)")
	f.StringVar(&o.uiDir, "ui-dir", "", "directory with Cayley's templates/ and static/ (default: the cayley module directory; env "+server.UIEnv+")")
	f.DurationVar(&o.timeout, "timeout", server.DefaultTimeout, "time limit of each query")
	f.Uint64Var(&o.queryMemoryMiB, "query-memory", server.DefaultQueryMemory>>20, "MiB the heap may grow while a query runs before the query is stopped")
	return cmd
}

func runServe(cmd *cobra.Command, o serveOptions) error {
	stderr := cmd.ErrOrStderr()
	loopback, err := loopbackAddr(o.addr)
	if err != nil {
		return err
	}
	if !loopback && !o.allowRemote {
		return fmt.Errorf("refusing to listen on %s: it is not a loopback address and the server has no authentication; pass --allow-remote to do it anyway", o.addr)
	}

	uiDir, uiErr := server.FindUIDir(o.uiDir)
	if uiErr != nil {
		fmt.Fprintf(stderr, "kg serve: warning: %v\nkg serve: serving the HTTP API only.\n", uiErr)
	}

	ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	st, err := serveOpenStore(ctx, cmd, o.writable)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := st.Close(); cerr != nil {
			fmt.Fprintf(stderr, "kg serve: %v\n", cerr)
		}
	}()
	qw, err := cgraph.NewQuadWriter("single", st.QuadStore(), nil)
	if err != nil {
		return fmt.Errorf("quad writer for %s: %w", storeName(st.Config()), err)
	}
	defer qw.Close()

	v, b, err := quadBuilder(cmd)
	if err != nil {
		return err
	}
	var w cgraph.QuadWriter = qw
	if o.writable {
		w = &countsDropper{QuadWriter: qw, st: st, b: b, say: func(n int) {
			fmt.Fprintf(stderr, "kg serve: a write dropped the actors' counts (%d quads); kg load counts the actors it touches again\n", n)
		}}
	}
	h, err := server.New(server.Config{
		Vocab:        v,
		Handle:       &cgraph.Handle{QuadStore: st.QuadStore(), QuadWriter: w},
		Writable:     o.writable,
		Timeout:      o.timeout,
		QueryMemory:  o.queryMemoryMiB << 20,
		UIDir:        uiDir,
		UIMissing:    uiErr,
		LoopbackOnly: loopback,
		Log:          log.New(stderr, "kg serve: ", log.LstdFlags),
	})
	if err != nil {
		return err
	}

	ln, err := net.Listen("tcp", o.addr)
	if err != nil {
		return err // already says "listen tcp ADDR: ..."
	}
	mode := "read-only"
	if o.writable {
		mode = "writable"
	}
	cfg := st.Config()
	fmt.Fprintf(stderr, "kg serve: %s %s store %s\n", mode, cfg.Backend, storeName(cfg))
	if !loopback {
		fmt.Fprintf(stderr, "kg serve: WARNING: listening on %s, which other machines may reach; anyone who can connect can query the store%s\n",
			ln.Addr(), map[bool]string{true: " and change it (--write)", false: ""}[o.writable])
	}
	fmt.Fprintf(stderr, "kg serve: web UI at %s (Ctrl-C stops)\n", browseURL(ln.Addr()))
	fmt.Fprintf(stderr, "kg serve: analyst view at %skg/\n", browseURL(ln.Addr()))

	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		// Query time is bounded by --timeout; leave room to write the answer.
		WriteTimeout: o.timeout + 30*time.Second,
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serving %s: %w", ln.Addr(), err)
	case <-ctx.Done():
	}
	fmt.Fprintln(stderr, "kg serve: stopping")
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		// Queries still running after 5 s are cut off; the store is closed
		// by the deferred Close either way.
		srv.Close()
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serving %s: %w", ln.Addr(), err)
	}
	return nil
}

// serveOpenStore opens the store for kg serve. It holds the store's lock for
// the server's life, even when read-only, so that kg load cannot change the
// data under a running server and every other kg command reports the store
// as in use. Without --write it will not create a store that does not exist:
// serving an empty new file is never what was meant.
//
// It opens the store writable on purpose: graph's read-only mode takes a
// shared lock, which kg query and other read-only commands share, and a
// running server must not be one of several readers while kg load waits.
func serveOpenStore(ctx context.Context, cmd *cobra.Command, writable bool) (*graph.Store, error) {
	if cfg := storeConfig(cmd); !writable && isFileStore(cfg) {
		path := cfg.Path
		if path == "" {
			path = graph.DefaultPath
		}
		if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("no store at %s: run kg load first, or point --db at an existing store (--write serves a new empty one)", path)
		}
	}
	return openStore(ctx, cmd, false)
}

func isFileStore(cfg graph.Config) bool {
	return cfg.Backend == "" || cfg.Backend == graph.Bolt || cfg.Backend == graph.LevelDB
}

func storeName(cfg graph.Config) string {
	if cfg.Backend == graph.Postgres {
		return "(postgres connection from --db)" // may hold a password
	}
	if cfg.Path == "" {
		return "(in memory)"
	}
	return cfg.Path
}

// loopbackAddr says whether addr's host is a loopback address. An empty host
// or an unspecified address (0.0.0.0, ::) listens everywhere, so it is not;
// a name counts only if every address it resolves to is loopback.
func loopbackAddr(addr string) (bool, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false, fmt.Errorf("--addr %q: want host:port, e.g. %s: %w", addr, DefaultServeAddr, err)
	}
	if host == "" {
		return false, nil
	}
	if ip := net.ParseIP(host); ip != nil {
		return ip.IsLoopback(), nil
	}
	ips, err := net.LookupIP(host)
	if err != nil {
		return false, fmt.Errorf("--addr %q: %w", addr, err)
	}
	for _, ip := range ips {
		if !ip.IsLoopback() {
			return false, nil
		}
	}
	return len(ips) > 0, nil
}

// browseURL is the address to open in a browser: an unspecified listen
// address becomes localhost.
func browseURL(a net.Addr) string {
	ta, ok := a.(*net.TCPAddr)
	if !ok {
		return "http://" + a.String() + "/"
	}
	host := ta.IP.String()
	if ta.IP.IsUnspecified() {
		host = "localhost"
	}
	return "http://" + net.JoinHostPort(host, fmt.Sprint(ta.Port)) + "/"
}
