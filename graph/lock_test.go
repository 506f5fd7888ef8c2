package graph

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestMain doubles as the helper process that holds a store open, so the
// lock is held by another process as it is when kg serve runs.
func TestMain(m *testing.M) {
	if spec := os.Getenv("KG_TEST_HOLD_STORE"); spec != "" {
		os.Exit(holdStore(spec))
	}
	os.Exit(m.Run())
}

// holdStore opens backend:path:mode, says "ready" and waits for stdin to close.
func holdStore(spec string) int {
	parts := strings.SplitN(spec, ":", 3)
	s, err := Open(context.Background(), Config{Backend: parts[0], ReadOnly: parts[1] == "ro", Path: parts[2]})
	if err != nil {
		fmt.Println("error:", err)
		return 1
	}
	defer s.Close()
	fmt.Println("ready")
	io.Copy(io.Discard, os.Stdin)
	return 0
}

// startHolder runs the helper and returns once it holds the store.
func startHolder(t *testing.T, backend, mode, path string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "KG_TEST_HOLD_STORE="+backend+":"+mode+":"+path)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { stdin.Close(); cmd.Wait() })
	line, _ := bufio.NewReader(stdout).ReadString('\n')
	if strings.TrimSpace(line) != "ready" {
		t.Fatalf("helper process did not open the store: %q", line)
	}
}

// openWithin opens cfg, failing the test if that takes longer than a
// generous deadline (the point is that it must never hang).
func openWithin(t *testing.T, cfg Config) (*Store, error, time.Duration) {
	t.Helper()
	type result struct {
		s   *Store
		err error
	}
	ch := make(chan result, 1)
	start := time.Now()
	go func() {
		s, err := Open(context.Background(), cfg)
		ch <- result{s, err}
	}()
	select {
	case r := <-ch:
		if r.s != nil {
			t.Cleanup(func() { r.s.Close() })
		}
		return r.s, r.err, time.Since(start)
	case <-time.After(10 * time.Second):
		t.Fatalf("opening a store held by another process hung for 10s")
		return nil, nil, 0
	}
}

func TestStoreHeldByAnotherProcess(t *testing.T) {
	for _, backend := range []string{Bolt, LevelDB} {
		t.Run(backend, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "kg.db")
			s, err := Open(context.Background(), Config{Backend: backend, Path: path})
			if err != nil {
				t.Fatal(err)
			}
			s.Close()
			startHolder(t, backend, "rw", path)
			for _, ro := range []bool{false, true} {
				_, err, took := openWithin(t, Config{Backend: backend, Path: path, ReadOnly: ro})
				if !errors.Is(err, ErrInUse) {
					t.Fatalf("read-only=%v: got %v, want ErrInUse", ro, err)
				}
				want := "store " + path + " is in use by another kg process (kg serve?)"
				if !strings.Contains(err.Error(), want) {
					t.Fatalf("message %q does not say %q", err, want)
				}
				t.Logf("read-only=%v: refused after %v: %v", ro, took.Round(time.Millisecond), err)
			}
		})
	}
}

func TestReadersShareAStore(t *testing.T) {
	for _, backend := range []string{Bolt, LevelDB} {
		t.Run(backend, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "kg.db")
			s, err := Open(context.Background(), Config{Backend: backend, Path: path})
			if err != nil {
				t.Fatal(err)
			}
			if err := s.Add(article("x", "h", "meets").Quads[:2]); err != nil {
				t.Fatal(err)
			}
			s.Close()
			startHolder(t, backend, "ro", path)
			r, err, _ := openWithin(t, Config{Backend: backend, Path: path, ReadOnly: true})
			if err != nil {
				t.Fatalf("a second reader was refused: %v", err)
			}
			if n := count(t, r); n != 2 {
				t.Fatalf("reader sees %d quads, want 2", n)
			}
			if _, err, _ := openWithin(t, Config{Backend: backend, Path: path}); !errors.Is(err, ErrInUse) {
				t.Fatalf("a writer was let in beside a reader: %v", err)
			}
		})
	}
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	if _, err := Open(context.Background(), Config{Path: filepath.Join(dir, "none"), ReadOnly: true}); err == nil || !strings.Contains(err.Error(), "does not exist yet") {
		t.Errorf("read-only open of a missing store: %v", err)
	}
	if _, err := Open(context.Background(), Config{Backend: "badger"}); err == nil || !strings.Contains(err.Error(), `unknown backend "badger"`) {
		t.Errorf("unregistered backend: %v", err)
	}
	if _, err := Open(context.Background(), Config{Backend: Postgres}); err == nil || !strings.Contains(err.Error(), "connection string") {
		t.Errorf("postgres without a DSN: %v", err)
	}
	for _, b := range Backends() {
		typ, _ := CayleyType(b)
		if !cgraphRegistered(typ) {
			t.Errorf("backend %s (%s) is offered but not registered in Cayley", b, typ)
		}
	}
}
