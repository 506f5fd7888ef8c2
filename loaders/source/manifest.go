package source

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/kg-project/kg/loaders/tsv"
)

// Manifest file names. A manifest beside text files gives the metadata the
// text itself cannot carry; it is read once per directory.
//
// manifest.jsonl: one object per line,
//
//	{"id": "000_c3a10e7d3e14a95b", "file": "000_c3a10e7d3e14a95b.txt",
//	 "title": "...", "publisher": "...", "date": "2015-12-21", "url": "..."}
//
// manifest.tsv: a header line naming the columns (any of id, file, title,
// publisher, date, url, in any order), then one tab-separated line per file.
//
// An entry applies to the text file whose name equals "file", or whose name
// without extension equals "id". Empty fields mean unknown.
const (
	ManifestJSONL = "manifest.jsonl"
	ManifestTSV   = "manifest.tsv"
)

type manifestEntry struct {
	ID   string `json:"id"`
	File string `json:"file"`
	Meta
}

// manifest maps file names and ids to their entries (an entry with both
// is there under each).
type manifest map[string]*manifestRow

// manifestRow is one entry, with where it was read and whether a file used
// it, so that entries matching no file can be reported.
type manifestRow struct {
	meta Meta
	path string
	line int
	used bool
}

func (m manifest) lookup(file string) Meta {
	r, ok := m[file]
	if !ok {
		r, ok = m[stem(file)]
	}
	if !ok {
		return Meta{}
	}
	r.used = true
	return r.meta
}

// unmatched returns a notice for every entry no file used, in file order.
func (m manifest) unmatched() []error {
	seen := map[*manifestRow]bool{}
	var rows []*manifestRow
	for _, r := range m {
		if !r.used && !seen[r] {
			seen[r] = true
			rows = append(rows, r)
		}
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].line < rows[j].line })
	out := make([]error, len(rows))
	for i, r := range rows {
		out[i] = &Error{Path: r.path, Line: r.line, Err: fmt.Errorf("%w: manifest entry matches no article file", ErrSkipped)}
	}
	return out
}

// readManifest reads the manifest of dir, if there is one. Problems with
// single entries are returned alongside the entries that were good.
func readManifest(dir string) (manifest, []error) {
	for _, name := range []string{ManifestJSONL, ManifestTSV} {
		path := filepath.Join(dir, name)
		f, err := os.Open(path)
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, []error{&Error{Path: path, Err: err}}
		}
		defer f.Close()
		parse := parseManifestJSONL
		if name == ManifestTSV {
			parse = parseManifestTSV
		}
		return parse(f, path)
	}
	return nil, nil
}

func parseManifestJSONL(r io.Reader, path string) (manifest, []error) {
	m := manifest{}
	var errs []error
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var e manifestEntry
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			errs = append(errs, &Error{Path: path, Line: n, Err: fmt.Errorf("manifest entry: %w", err)})
			continue
		}
		if err := m.add(e, path, n); err != nil {
			errs = append(errs, &Error{Path: path, Line: n, Err: err})
		}
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, &Error{Path: path, Err: err})
	}
	return m, errs
}

func parseManifestTSV(r io.Reader, path string) (manifest, []error) {
	m := manifest{}
	var errs []error
	// Columns kg does not know are ignored: a manifest may carry the
	// user's own.
	rd := tsv.NewReader(path, r, tsv.Options{Trim: true})
	for {
		row, err := rd.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			var te *tsv.Error
			if errors.As(err, &te) {
				err = &Error{Path: path, Line: te.Line, Err: fmt.Errorf("manifest: %w", te.Err)}
			}
			errs = append(errs, err)
			if rd.Err() != nil {
				break // a bad header or a failed read: no more entries
			}
			continue
		}
		e := manifestEntry{ID: row.Get("id"), File: row.Get("file"), Meta: Meta{
			Title:     row.Get("title"),
			Publisher: row.Get("publisher"),
			Date:      row.Get("date"),
			URL:       row.Get("url"),
		}}
		if err := m.add(e, path, row.Line); err != nil {
			errs = append(errs, &Error{Path: path, Line: row.Line, Err: err})
		}
	}
	return m, errs
}

func (m manifest) add(e manifestEntry, path string, line int) error {
	if e.ID == "" && e.File == "" {
		return errors.New("manifest entry names neither id nor file")
	}
	if err := e.Meta.Validate(); err != nil {
		return fmt.Errorf("manifest entry %s%s: %w", e.ID, e.File, err)
	}
	// A second entry for the same file used to replace the first silently.
	for _, k := range []string{e.File, e.ID} {
		if prev, dup := m[k]; k != "" && dup {
			return fmt.Errorf("manifest entry for %q repeats line %d; the first is kept", k, prev.line)
		}
	}
	r := &manifestRow{meta: e.Meta, path: path, line: line}
	if e.File != "" {
		m[e.File] = r
	}
	if e.ID != "" {
		m[e.ID] = r
	}
	return nil
}

func stem(file string) string {
	base := filepath.Base(file)
	return strings.TrimSuffix(base, filepath.Ext(base))
}
