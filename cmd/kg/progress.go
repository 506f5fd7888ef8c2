package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"golang.org/x/term"
)

// progress draws a one-line status on stderr while a long command runs, only
// when stderr is a terminal: logs and pipes get the diagnostics alone.
type progress struct {
	w        io.Writer
	on       bool
	n        int
	quads    int
	current  string
	last     time.Time
	start    time.Time
	drawnLen int
}

func newProgress(w io.Writer) *progress {
	f, ok := w.(*os.File)
	return &progress{w: w, on: ok && term.IsTerminal(int(f.Fd())), start: time.Now()}
}

func (p *progress) file(name string) { p.current = name }

func (p *progress) article(quads int) {
	p.n++
	p.quads = quads
	if !p.on || time.Since(p.last) < 100*time.Millisecond {
		return
	}
	p.last = time.Now()
	spin := `|/-\`[p.n%4]
	line := fmt.Sprintf("%c %d articles, %d quads, %.0fs  %s", spin, p.n, p.quads, time.Since(p.start).Seconds(), p.current)
	if len(line) > 100 {
		line = line[:97] + "..."
	}
	fmt.Fprintf(p.w, "\r%-*s", p.drawnLen, line)
	p.drawnLen = len(line)
}

// clear erases the status line so that a message can be printed.
func (p *progress) clear() {
	if p.on && p.drawnLen > 0 {
		fmt.Fprintf(p.w, "\r%*s\r", p.drawnLen, "")
		p.drawnLen = 0
	}
}
