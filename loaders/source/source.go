// Package source enumerates the articles a command is given: files,
// directories, JSON Lines collections and standard input. It reads bytes and
// metadata; it does not interpret the text.
package source

// Meta is article metadata supplied from outside the text (a JSONL record, a
// manifest beside the files, or command-line flags). Empty fields are unknown.
type Meta struct {
	Title     string `json:"title,omitempty"`
	Date      string `json:"date,omitempty"`
	URL       string `json:"url,omitempty"`
	Publisher string `json:"publisher,omitempty"`
}

// Source is one article's raw bytes with where they came from.
type Source struct {
	ID   string // stable article id: the file stem, or the JSONL record's "id"
	Path string // file the bytes came from ("-" for stdin); for JSONL, the .jsonl file
	Line int    // 1-based line within a JSONL file, 0 otherwise
	Raw  []byte // the article text exactly as stored; offsets point into this
	Meta Meta
	// Warnings are problems that do not stop the article, such as invalid
	// UTF-8 (which the document stage repairs).
	Warnings []string
}
