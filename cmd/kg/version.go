package main

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/spf13/cobra"
)

func newVersionCmd() *cobra.Command {
	return &cobra.Command{
		Use:     "version",
		Short:   "Print the versions of kg, Go and Cayley",
		Example: `  kg version`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			w := cmd.OutOrStdout()
			info, ok := debug.ReadBuildInfo()
			if !ok {
				fmt.Fprintf(w, "kg (no build information)\ngo %s\n", runtime.Version())
				return nil
			}
			fmt.Fprintf(w, "kg %s %s\n", info.Main.Path, info.Main.Version)
			for _, s := range info.Settings {
				if s.Key == "vcs.revision" || s.Key == "vcs.modified" {
					fmt.Fprintf(w, "  %s=%s\n", s.Key, s.Value)
				}
			}
			fmt.Fprintf(w, "go %s %s/%s\n", runtime.Version(), runtime.GOOS, runtime.GOARCH)
			for _, d := range info.Deps {
				switch d.Path {
				case "github.com/cayleygraph/cayley", "github.com/cayleygraph/quad", "github.com/coreos/bbolt":
					v := d.Version
					if d.Replace != nil {
						v += " => " + d.Replace.Path + " " + d.Replace.Version
					}
					fmt.Fprintf(w, "%s %s\n", d.Path, v)
				}
			}
			return nil
		},
	}
}
