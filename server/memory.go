package server

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"time"
)

// DefaultQueryMemory is how much the heap may grow while a query runs
// before the query is stopped. The 30 s timeout bounds only time: a Gizmo
// query doubling a string reached 12 GB in 26 s.
const DefaultQueryMemory = 256 << 20

// memoryCheckEvery is how often a running query's watcher samples the heap
// (a read of runtime/metrics costs about a microsecond). String doubling
// can add a few hundred MB between samples ten times as far apart.
const memoryCheckEvery = time.Millisecond

// MemoryBudgetError is why a query that passed the memory budget stopped.
type MemoryBudgetError struct{ Budget uint64 }

func (e *MemoryBudgetError) Error() string {
	return fmt.Sprintf("query stopped: it needed more than the query memory budget of %d MiB (kg serve --query-memory)", e.Budget>>20)
}

// heapBase is the live heap after a collection, for New to measure once:
// the server's own memory, which a query's budget comes on top of. It is
// not measured per query because right after a stopped query the heap
// still holds the runaway's garbage (its VM stops a moment after its
// answer is sent), and a budget counted from there let the next runaway
// reach 10 GB.
func heapBase() uint64 {
	runtime.GC()
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// watchMemory returns a context that ends, with a *MemoryBudgetError as its
// cause, once the live heap passes base+budget. Go cannot count a
// goroutine's memory, so while one query runs away every query running
// beside it stops too; the server itself goes on.
func watchMemory(parent context.Context, base, budget uint64) (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancelCause(parent)
	samples := []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/memory/classes/heap/objects:bytes"}}
	limit := base + budget
	go func() {
		t := time.NewTicker(memoryCheckEvery)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
			metrics.Read(samples)
			if samples[1].Value.Uint64() <= limit {
				continue
			}
			// The heap holds garbage too; only what survives a collection
			// counts against the budget.
			runtime.GC()
			metrics.Read(samples)
			if samples[0].Value.Uint64() > limit {
				cancel(&MemoryBudgetError{Budget: budget})
				// Give the runaway's pages back once it has let go of them,
				// rather than keep them resident until the scavenger does.
				time.Sleep(100 * time.Millisecond)
				debug.FreeOSMemory()
				return
			}
		}
	}()
	return ctx, func() { cancel(context.Canceled) }
}

// stopCause is the reason a query's context ended, in words for the user.
func (s *server) stopCause(ctx context.Context) error {
	var mb *MemoryBudgetError
	if cause := context.Cause(ctx); errors.As(cause, &mb) {
		return mb
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("query stopped after %v: %w", s.cfg.Timeout, err)
	}
	return nil
}

// v2Query serves /api/v2/query through Cayley's handler, with what it
// lacks: a body over maxBodySize is refused (Cayley ran its first MiB), and
// the memory budget applies. The answer is held until the query ends so a
// stopped query gets its own error rather than Cayley's "context canceled".
func (s *server) v2Query(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPost {
			body, err := readBody(r)
			if err != nil {
				jsonError(w, http.StatusBadRequest, err.Error())
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
		}
		ctx, cancel := watchMemory(r.Context(), s.heapBase, s.cfg.QueryMemory)
		defer cancel()
		rec := &bufferedResponse{header: http.Header{}}
		next(rec, r.WithContext(ctx))
		if err := context.Cause(ctx); err != nil && !errors.Is(err, context.Canceled) {
			jsonError(w, http.StatusBadRequest, s.stopCause(ctx).Error())
			return
		}
		for k, v := range rec.header {
			w.Header()[k] = v
		}
		if rec.code != 0 {
			w.WriteHeader(rec.code)
		}
		w.Write(rec.body.Bytes())
	}
}

type bufferedResponse struct {
	header http.Header
	code   int
	body   bytes.Buffer
}

func (b *bufferedResponse) Header() http.Header { return b.header }
func (b *bufferedResponse) WriteHeader(code int) {
	if b.code == 0 {
		b.code = code
	}
}
func (b *bufferedResponse) Write(p []byte) (int, error) { return b.body.Write(p) }
