package source

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// Stdin is the path that names standard input.
const Stdin = "-"

// Options configure All.
type Options struct {
	// Defaults fill metadata that neither a JSONL record nor a manifest
	// gives (the --date and --publisher flags).
	Defaults Meta
	// Stdin is read for the path "-"; nil means os.Stdin.
	Stdin io.Reader
	// MaxBytes refuses an article whose text is longer (0: no limit). The
	// pipeline holds some hundred bytes per byte of one article, so this is
	// what bounds a load's memory (the --max-article-bytes flag).
	MaxBytes int64
}

// All yields every article the paths name, one at a time, so a corpus is
// never held in memory whole:
//
//   - a file ending in .jsonl holds one article per line (see Record);
//   - any other file is one article of plain text, whose id is the file name
//     without extension and whose metadata comes from a manifest beside it;
//   - a directory is walked recursively for *.txt and *.jsonl (hidden files
//     and manifests are skipped), in lexical order;
//   - "-" is standard input: JSONL when it starts with '{', else one text
//     article whose id is "stdin-" and the first 12 hex digits of its SHA-256.
//
// A problem with one input is yielded as an *Error with a zero Source and the
// walk goes on; invalid UTF-8 is not an error but a warning on the Source.
func All(paths []string, opt Options) iter.Seq2[Source, error] {
	return func(yield func(Source, error) bool) {
		w := walker{opt: opt, yield: yield, seen: map[string]string{}, manifests: map[string]manifest{}}
		for _, p := range paths {
			if !w.path(p) {
				return
			}
		}
	}
}

// Record is one line of the JSON Lines input format.
type Record struct {
	ID        string  `json:"id"`
	Title     string  `json:"title"`
	Date      string  `json:"date"`
	URL       string  `json:"url"`
	Publisher string  `json:"publisher"`
	Text      *string `json:"text"`
}

type walker struct {
	opt       Options
	yield     func(Source, error) bool
	seen      map[string]string   // article id -> where it was read, to refuse duplicates
	manifests map[string]manifest // directory -> its manifest (nil when none)
}

func (w *walker) fail(path string, line int, err error) bool {
	return w.yield(Source{}, &Error{Path: path, Line: line, Err: err})
}

func (w *walker) emit(s Source) bool {
	where := s.Path
	if s.Line > 0 {
		where = fmt.Sprintf("%s:%d", s.Path, s.Line)
	}
	if prev, dup := w.seen[s.ID]; dup {
		return w.fail(s.Path, s.Line, fmt.Errorf("article id %q was already read from %s", s.ID, prev))
	}
	w.seen[s.ID] = where
	if !utf8.Valid(s.Raw) {
		s.Warnings = append(s.Warnings, fmt.Sprintf("invalid UTF-8 at byte %d (the document stage repairs it)", invalidUTF8At(s.Raw)))
	}
	return w.yield(s, nil)
}

func (w *walker) path(p string) bool {
	if p == Stdin {
		return w.stdin()
	}
	fi, err := os.Stat(p)
	if err != nil {
		return w.fail(p, 0, unwrapPathError(err))
	}
	if !fi.IsDir() {
		if strings.EqualFold(filepath.Ext(p), ".jsonl") {
			return w.jsonlFile(p)
		}
		return w.textFile(p)
	}
	cont := true
	var dirs []string // walked, to report their manifests' unused entries
	err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if err == nil && d.IsDir() {
			dirs = append(dirs, path)
		}
		if err != nil {
			cont = w.fail(path, 0, unwrapPathError(err))
		} else if path != p && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
		} else if d.IsDir() || d.Name() == ManifestJSONL || d.Name() == ManifestTSV {
			// nothing to read
		} else if ext := strings.ToLower(filepath.Ext(path)); ext != ".jsonl" && ext != ".txt" {
			// not an article file
		} else if kind := irregular(path, d); kind != "" {
			// Opening a FIFO blocks until a writer comes, which in a
			// directory of articles is never; a device or socket is no
			// article either.
			cont = w.yield(Source{}, &Error{Path: path, Err: fmt.Errorf("%w: %s, not a regular file", ErrSkipped, kind)})
		} else if ext == ".jsonl" {
			cont = w.jsonlFile(path)
		} else if ext == ".txt" {
			cont = w.textFile(path)
		}
		if !cont {
			return filepath.SkipAll
		}
		return nil
	})
	for _, d := range dirs {
		for _, e := range w.manifests[d].unmatched() {
			if cont = cont && w.yield(Source{}, e); !cont {
				break
			}
		}
	}
	return cont && err == nil
}

// irregular names the kind of a directory entry that is not a regular file
// (following a symbolic link), or returns "" for a regular file.
func irregular(path string, d fs.DirEntry) string {
	mode := d.Type()
	if mode&fs.ModeSymlink != 0 {
		fi, err := os.Stat(path)
		if err != nil {
			return "" // reading it reports the broken link
		}
		mode = fi.Mode().Type()
	}
	switch {
	case mode.IsRegular():
		return ""
	case mode&fs.ModeNamedPipe != 0:
		return "a FIFO"
	case mode&fs.ModeSocket != 0:
		return "a socket"
	case mode&fs.ModeDevice != 0:
		return "a device"
	case mode.IsDir():
		return "a directory"
	}
	return "a special file"
}

func (w *walker) textFile(path string) bool {
	raw, err := w.readText(path)
	if err != nil {
		return w.fail(path, 0, err)
	}
	if err := checkText(raw); err != nil {
		return w.fail(path, 0, err)
	}
	m, ok := w.manifestFor(filepath.Dir(path))
	if !ok {
		return false
	}
	return w.emit(Source{ID: stem(path), Path: path, Raw: raw, Meta: m.lookup(filepath.Base(path)).fill(w.opt.Defaults)})
}

// readText reads a text file, refusing one over MaxBytes before reading it
// when its size is known, and after MaxBytes+1 bytes when not (a FIFO).
func (w *walker) readText(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, unwrapPathError(err)
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
		if err := w.checkSize(fi.Size()); err != nil {
			return nil, err
		}
	}
	return w.readLimited(f)
}

func (w *walker) readLimited(r io.Reader) ([]byte, error) {
	if w.opt.MaxBytes > 0 {
		r = io.LimitReader(r, w.opt.MaxBytes+1)
	}
	raw, err := io.ReadAll(r)
	if err != nil {
		return nil, unwrapPathError(err)
	}
	if err := w.checkSize(int64(len(raw))); err != nil {
		return nil, err
	}
	return raw, nil
}

func (w *walker) checkSize(n int64) error {
	if w.opt.MaxBytes > 0 && n > w.opt.MaxBytes {
		return &TooLargeError{Size: n, Max: w.opt.MaxBytes}
	}
	return nil
}

// TooLargeError is an article over Options.MaxBytes. Size is a lower bound
// when the input was a stream.
type TooLargeError struct{ Size, Max int64 }

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("article text is over the limit of %d bytes (--max-article-bytes; it has %d or more)", e.Max, e.Size)
}

// checkText refuses text that is not an article: empty, NUL bytes, or UTF-16
// (which would otherwise be called binary for its NUL bytes).
func checkText(raw []byte) error {
	if bytes.HasPrefix(raw, []byte{0xFF, 0xFE}) || bytes.HasPrefix(raw, []byte{0xFE, 0xFF}) {
		return errors.New("UTF-16 text is not supported; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)")
	}
	if i := bytes.IndexByte(raw, 0); i >= 0 {
		return fmt.Errorf("binary file (NUL byte at offset %d), not text", i)
	}
	if len(bytes.TrimSpace(bytes.TrimPrefix(raw, utf8BOM))) == 0 {
		return errors.New("empty file, no article")
	}
	return nil
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// manifestFor reads a directory's manifest the first time it is needed,
// reporting its bad entries once.
func (w *walker) manifestFor(dir string) (manifest, bool) {
	m, done := w.manifests[dir]
	if done {
		return m, true
	}
	m, errs := readManifest(dir)
	w.manifests[dir] = m
	for _, err := range errs {
		if !w.yield(Source{}, err) {
			return nil, false
		}
	}
	return m, true
}

func (w *walker) jsonlFile(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return w.fail(path, 0, unwrapPathError(err))
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 1<<16)
	// A byte order mark is not JSON; editors on Windows write one.
	if b, err := r.Peek(len(utf8BOM)); err == nil && bytes.Equal(b, utf8BOM) {
		r.Discard(len(utf8BOM))
	}
	return w.jsonl(r, path)
}

// jsonl reads one record per line; blank lines are skipped.
func (w *walker) jsonl(r *bufio.Reader, path string) bool {
	for n := 1; ; n++ {
		line, err := w.readLine(r)
		if errors.Is(err, errLineTooLong) {
			if !w.fail(path, n, &TooLargeError{Size: int64(len(line)), Max: w.opt.MaxBytes}) {
				return false
			}
			continue
		}
		if len(bytes.TrimSpace(line)) > 0 {
			src, rerr := parseRecord(line, path, n)
			if rerr == nil {
				rerr = w.checkSize(int64(len(src.Raw)))
			}
			if rerr != nil {
				if !w.fail(path, n, rerr) {
					return false
				}
			} else {
				src.Meta = src.Meta.fill(w.opt.Defaults)
				if !w.emit(src) {
					return false
				}
			}
		}
		if errors.Is(err, io.EOF) {
			return true
		}
		if err != nil {
			return w.fail(path, n, err)
		}
	}
}

// errLineTooLong is a JSONL line too long to hold a record under MaxBytes.
var errLineTooLong = errors.New("line too long")

// readLine reads one line. Under a MaxBytes limit it stops keeping a line
// once it is longer than any record within the limit could be (JSON may
// spell a byte as a six-character \u escape), reads on to the line's end,
// and returns errLineTooLong with the bytes kept.
func (w *walker) readLine(r *bufio.Reader) ([]byte, error) {
	limit := int64(-1)
	if w.opt.MaxBytes > 0 {
		limit = 6*w.opt.MaxBytes + 1<<16
	}
	var line []byte
	tooLong := false
	for {
		chunk, err := r.ReadSlice('\n')
		if !tooLong {
			line = append(line, chunk...)
			if limit >= 0 && int64(len(line)) > limit {
				tooLong = true
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if tooLong && err == nil {
			return line, errLineTooLong
		}
		if tooLong && errors.Is(err, io.EOF) {
			return line, errLineTooLong
		}
		return line, err
	}
}

func parseRecord(line []byte, path string, n int) (Source, error) {
	if bytes.IndexByte(line, 0) >= 0 {
		return Source{}, errors.New("binary data (NUL byte) in the line")
	}
	var rec Record
	if err := decodeStrict(line, &rec); err != nil {
		return Source{}, fmt.Errorf("not a JSON article record: %w", err)
	}
	switch {
	case strings.TrimSpace(rec.ID) == "":
		return Source{}, errors.New(`record has no "id"`)
	case rec.Text == nil:
		return Source{}, fmt.Errorf(`record %q has no "text"`, rec.ID)
	case strings.ContainsRune(*rec.Text, 0):
		return Source{}, fmt.Errorf("record %q: text contains a NUL character", rec.ID)
	case strings.TrimSpace(*rec.Text) == "":
		return Source{}, fmt.Errorf("record %q: text is empty", rec.ID)
	}
	meta := Meta{Title: rec.Title, Date: rec.Date, URL: rec.URL, Publisher: rec.Publisher}
	if err := meta.Validate(); err != nil {
		return Source{}, fmt.Errorf("record %q: %w", rec.ID, err)
	}
	src := Source{ID: rec.ID, Path: path, Line: n, Raw: []byte(*rec.Text), Meta: meta}
	if !utf8.Valid(line) {
		// encoding/json has already replaced the bad bytes with U+FFFD.
		src.Warnings = append(src.Warnings, "invalid UTF-8 in the record, replaced by U+FFFD")
	}
	return src, nil
}

func (w *walker) stdin() bool {
	in := w.opt.Stdin
	if in == nil {
		in = os.Stdin
	}
	r := bufio.NewReaderSize(in, 1<<16)
	if b, err := r.Peek(len(utf8BOM)); err == nil && bytes.Equal(b, utf8BOM) {
		r.Discard(len(utf8BOM))
	}
	for {
		b, err := r.Peek(1)
		if err != nil {
			if errors.Is(err, io.EOF) {
				return w.fail(Stdin, 0, errors.New("standard input is empty"))
			}
			return w.fail(Stdin, 0, err)
		}
		if b[0] == ' ' || b[0] == '\t' || b[0] == '\n' || b[0] == '\r' {
			r.ReadByte()
			continue
		}
		if b[0] == '{' {
			return w.jsonl(r, Stdin)
		}
		break
	}
	raw, err := w.readLimited(r)
	if err != nil {
		return w.fail(Stdin, 0, err)
	}
	// The leading blank lines skipped above are not part of the text
	// offsets then point into; that is what the text starts with.
	if err := checkText(raw); err != nil {
		return w.fail(Stdin, 0, err)
	}
	sum := sha256.Sum256(raw)
	return w.emit(Source{ID: "stdin-" + hex.EncodeToString(sum[:])[:12], Path: Stdin, Raw: raw, Meta: w.opt.Defaults})
}

func invalidUTF8At(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}

// unwrapPathError drops the path an *fs.PathError repeats, since Error
// already names the file.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}
