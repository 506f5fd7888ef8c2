package server

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	cayleyhttp "github.com/cayleygraph/cayley/server/http"
)

// CayleyModule is the module whose web UI kg serves.
const CayleyModule = "github.com/cayleygraph/cayley"

// fallbackCayleyVersion is used when the binary carries no build info (it
// always does when built with the go command); it matches go.mod.
const fallbackCayleyVersion = "v0.7.7"

// UIEnv names the environment variable that points at Cayley's UI files,
// like the --ui-dir flag.
const UIEnv = "KG_UI_DIR"

// uiMarkers are the files a directory must hold to be Cayley's UI: the query
// page template and its script. Checking both catches a half-copied tree.
var uiMarkers = []string{
	filepath.Join("templates", "query.html"),
	filepath.Join("static", "js", "cayley_query.js"),
}

// CayleyVersion reports the cayley module version compiled into this binary.
func CayleyVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, d := range bi.Deps {
			if d.Path == CayleyModule {
				if d.Replace != nil && d.Replace.Version != "" {
					return d.Replace.Version
				}
				return d.Version
			}
		}
	}
	return fallbackCayleyVersion
}

// UIMissingError says that Cayley's UI files could not be found, where kg
// looked and how to fix it. kg serve prints it and still serves the API.
type UIMissingError struct {
	Version string   // cayley module version the UI must match
	Tried   []string // directories checked, in order
	Reason  string   // set when an explicit directory was given but is unusable
}

func (e *UIMissingError) Error() string {
	var b strings.Builder
	if e.Reason != "" {
		fmt.Fprintf(&b, "Cayley web UI files not usable: %s", e.Reason)
	} else {
		fmt.Fprintf(&b, "Cayley web UI files not found (they live in the %s@%s module directory, not in the kg binary)", CayleyModule, e.Version)
	}
	if len(e.Tried) > 0 {
		fmt.Fprintf(&b, "; looked in: %s", strings.Join(e.Tried, ", "))
	}
	fmt.Fprintf(&b, ". Fix: run `go mod download %s@%s`, or point --ui-dir (or %s) at a directory holding templates/ and static/ from that module", CayleyModule, e.Version, UIEnv)
	return b.String()
}

// FindUIDir returns the directory holding Cayley's templates/ and static/.
//
// The v0.7.7 UI is not embedded in the cayley module's Go code: packr finds
// it next to the cayley sources at run time. kg does the same, but looks in
// the places where the go command keeps that module instead of relying on
// packr, so that it can explain what is missing. explicit (the --ui-dir flag
// or KG_UI_DIR) wins and is never second-guessed.
func FindUIDir(explicit string) (string, error) {
	ver := CayleyVersion()
	if explicit != "" {
		if err := checkUIDir(explicit); err != nil {
			return "", &UIMissingError{Version: ver, Reason: err.Error()}
		}
		return explicit, nil
	}
	var tried []string
	seen := map[string]bool{}
	try := func(dir string) bool {
		if dir == "" || seen[dir] {
			return false
		}
		seen[dir] = true
		tried = append(tried, dir)
		return checkUIDir(dir) == nil
	}
	for _, dir := range moduleDirCandidates(ver) {
		if try(dir) {
			return dir, nil
		}
	}
	// Last resort, and slow (it runs a process): ask the go command where its
	// module cache is, which covers a GOMODCACHE set only in `go env -w`.
	if cache := goEnvModCache(); cache != "" {
		if dir := filepath.Join(cache, modulePath(ver)); try(dir) {
			return dir, nil
		}
	}
	return "", &UIMissingError{Version: ver, Tried: tried}
}

// moduleDirCandidates lists where the cayley module directory may be, cheapest first.
func moduleDirCandidates(ver string) []string {
	var dirs []string
	// The source path compiled into the binary (what packr itself uses): right
	// whenever kg runs on the machine that built it.
	if dir := compiledModuleDir(); dir != "" {
		dirs = append(dirs, dir)
	}
	var caches []string
	if c := os.Getenv("GOMODCACHE"); c != "" {
		caches = append(caches, c)
	}
	for _, p := range filepath.SplitList(os.Getenv("GOPATH")) {
		if p != "" {
			caches = append(caches, filepath.Join(p, "pkg", "mod"))
		}
	}
	if home, err := os.UserHomeDir(); err == nil {
		caches = append(caches, filepath.Join(home, "go", "pkg", "mod"))
	}
	for _, c := range caches {
		dirs = append(dirs, filepath.Join(c, modulePath(ver)))
	}
	return dirs
}

// modulePath is the module cache's relative directory for cayley at ver. The
// path is all lower case, so the cache's case-escaping does not change it.
func modulePath(ver string) string {
	return filepath.FromSlash(CayleyModule + "@" + ver)
}

// compiledModuleDir derives the cayley module directory from the file name
// the compiler recorded for one of its functions (.../server/http/api_v2.go).
// Empty when built with -trimpath, where that name is not absolute.
func compiledModuleDir() string {
	pc := reflect.ValueOf(cayleyhttp.NewAPIv2).Pointer()
	fn := runtime.FuncForPC(pc)
	if fn == nil {
		return ""
	}
	file, _ := fn.FileLine(pc)
	if !filepath.IsAbs(file) {
		return ""
	}
	return filepath.Dir(filepath.Dir(filepath.Dir(file)))
}

// goEnvModCache asks the go command for GOMODCACHE; "" if there is no go
// command or it does not answer within a few seconds.
func goEnvModCache() string {
	goBin, err := exec.LookPath("go")
	if err != nil {
		return ""
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, goBin, "env", "GOMODCACHE").Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}

func checkUIDir(dir string) error {
	for _, m := range uiMarkers {
		p := filepath.Join(dir, m)
		st, err := os.Stat(p)
		if err != nil {
			if errors.Is(err, os.ErrNotExist) {
				return fmt.Errorf("%s has no %s", dir, m)
			}
			return fmt.Errorf("checking %s: %w", p, err)
		}
		if st.IsDir() {
			return fmt.Errorf("%s is a directory, want a file", p)
		}
	}
	return nil
}
