// Command kg reads news articles, extracts who did what to whom, and keeps
// the facts in a Cayley graph. Run "kg --help" for the commands.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	// SIGTERM too, so that a killed export removes its temporary file and a
	// killed load writes the articles it has already extracted.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	root, prof := newRoot()
	err := root.ExecuteContext(ctx)
	if perr := prof.stop(); err == nil {
		err = perr
	}
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "kg:", err)
		os.Exit(1)
	}
}
