package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"time"

	"github.com/spf13/cobra"
)

// Hidden diagnostic flags: where the time and memory of a command go
// (issue 11's scale bars were measured with them).
const (
	flagCPUProfile = "cpuprofile"
	flagMemProfile = "memprofile"
)

// profiler writes the profiles the hidden flags ask for. It lives in the
// root command, not in package state, so each command tree has its own.
type profiler struct {
	cpu      *os.File
	stopHeap chan struct{}
	heapDone chan error
}

func registerProfileFlags(root *cobra.Command) *profiler {
	pf := root.PersistentFlags()
	pf.String(flagCPUProfile, "", "write a CPU profile of the command to this file")
	pf.String(flagMemProfile, "", "write a heap profile taken at the peak of the live heap to this file")
	_ = pf.MarkHidden(flagCPUProfile)
	_ = pf.MarkHidden(flagMemProfile)
	return &profiler{}
}

func (p *profiler) start(cmd *cobra.Command) error {
	if path, _ := cmd.Flags().GetString(flagCPUProfile); path != "" {
		f, err := os.Create(path)
		if err != nil {
			return fmt.Errorf("cpu profile: %w", err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			f.Close()
			return fmt.Errorf("cpu profile %s: %w", path, err)
		}
		p.cpu = f
	}
	if path, _ := cmd.Flags().GetString(flagMemProfile); path != "" {
		p.stopHeap, p.heapDone = make(chan struct{}), make(chan error, 1)
		go func() { p.heapDone <- watchHeap(path, p.stopHeap) }()
	}
	return nil
}

// stop ends the profiles; it runs however the command ended.
func (p *profiler) stop() error {
	var err error
	if p.cpu != nil {
		pprof.StopCPUProfile()
		err = p.cpu.Close()
		p.cpu = nil
	}
	if p.stopHeap != nil {
		close(p.stopHeap)
		if herr := <-p.heapDone; err == nil {
			err = herr
		}
		p.stopHeap = nil
	}
	return err
}

// watchHeap rewrites a heap profile at path whenever the live heap after a
// GC reaches a new high, checked every 200 ms, so the file ends up showing
// what was live at the peak rather than at exit (when the pipeline's
// buffers are gone).
func watchHeap(path string, stop <-chan struct{}) error {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	var peak uint64
	write := func() error {
		f, err := os.Create(path)
		if err != nil {
			return fmt.Errorf("heap profile: %w", err)
		}
		if err := pprof.Lookup("heap").WriteTo(f, 0); err != nil {
			f.Close()
			return fmt.Errorf("heap profile %s: %w", path, err)
		}
		return f.Close()
	}
	t := time.NewTicker(200 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-stop:
			if peak == 0 {
				runtime.GC()
				return write()
			}
			return nil
		case <-t.C:
		}
		metrics.Read(sample)
		if v := sample[0].Value.Uint64(); v > peak+peak/20 {
			peak = v
			if err := write(); err != nil {
				return err
			}
		}
	}
}
