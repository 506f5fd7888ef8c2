package source

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
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

// manifest maps file names and ids to metadata.
type manifest map[string]Meta

func (m manifest) lookup(file string) Meta {
	if meta, ok := m[file]; ok {
		return meta
	}
	return m[stem(file)]
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
		if err := m.add(e); err != nil {
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
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<20)
	var cols []string
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		f := strings.Split(line, "\t")
		if cols == nil {
			cols = f
			continue
		}
		if len(f) > len(cols) {
			errs = append(errs, &Error{Path: path, Line: n, Err: fmt.Errorf("manifest entry has %d fields, header has %d", len(f), len(cols))})
			continue
		}
		var e manifestEntry
		for i, v := range f {
			v = strings.TrimSpace(v)
			switch strings.ToLower(strings.TrimSpace(cols[i])) {
			case "id":
				e.ID = v
			case "file":
				e.File = v
			case "title":
				e.Title = v
			case "publisher":
				e.Publisher = v
			case "date":
				e.Date = v
			case "url":
				e.URL = v
			}
		}
		if err := m.add(e); err != nil {
			errs = append(errs, &Error{Path: path, Line: n, Err: err})
		}
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, &Error{Path: path, Err: err})
	}
	return m, errs
}

func (m manifest) add(e manifestEntry) error {
	if e.ID == "" && e.File == "" {
		return errors.New("manifest entry names neither id nor file")
	}
	if err := e.Meta.Validate(); err != nil {
		return fmt.Errorf("manifest entry %s%s: %w", e.ID, e.File, err)
	}
	if e.File != "" {
		m[e.File] = e.Meta
	}
	if e.ID != "" {
		m[e.ID] = e.Meta
	}
	return nil
}

func stem(file string) string {
	base := filepath.Base(file)
	return strings.TrimSuffix(base, filepath.Ext(base))
}
