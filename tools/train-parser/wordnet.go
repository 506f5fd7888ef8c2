package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// wordNetLexicon reads WordNet's database (the data.* and *.exc files in
// dir, as Debian's wordnet-base installs them) into the Penn tags each
// single-word form can have: nouns NN and their plurals NNS (NNP and NNPS
// when WordNet only writes the noun with a capital), verbs with their
// regular and listed inflections, adjectives JJ (listed comparatives and
// superlatives JJR and JJS), adverbs RB. The treebanks see too few words
// to know a rare one's part of speech; WordNet's 150,000 lemmas do.
func wordNetLexicon(dir string) (map[string][]string, error) {
	lex := map[string][]string{}
	type entry struct{ lower, capital bool }
	nouns := map[string]*entry{}
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		path := filepath.Join(dir, "data."+pos)
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("-wordnet: %w", err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			line := sc.Text()
			if strings.HasPrefix(line, " ") {
				continue // the licence
			}
			fs := strings.Fields(line)
			if len(fs) < 4 {
				continue
			}
			n, err := strconv.ParseInt(fs[3], 16, 32)
			if err != nil || len(fs) < 4+2*int(n) {
				f.Close()
				return nil, fmt.Errorf("%s: bad line %q", path, line[:min(len(line), 40)])
			}
			for k := 0; k < int(n); k++ {
				w := fs[4+2*k]
				if i := strings.IndexByte(w, '('); i > 0 {
					w = w[:i] // an adjective's position marker
				}
				if !singleWord(w) {
					continue
				}
				l := strings.ToLower(w)
				switch pos {
				case "noun":
					e := nouns[l]
					if e == nil {
						e = &entry{}
						nouns[l] = e
					}
					if w == l {
						e.lower = true
					} else {
						e.capital = true
					}
				case "verb":
					addTag(lex, l, "VB")
					addTag(lex, l, "VBP")
					for _, f := range inflect(l, "s") {
						addTag(lex, f, "VBZ")
					}
					for _, f := range inflect(l, "ed") {
						addTag(lex, f, "VBD")
						addTag(lex, f, "VBN")
					}
					for _, f := range inflect(l, "ing") {
						addTag(lex, f, "VBG")
					}
				case "adj":
					addTag(lex, l, "JJ")
				case "adv":
					addTag(lex, l, "RB")
				}
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return nil, err
		}
	}
	for l, e := range nouns {
		sg, pl := "NN", "NNS"
		if !e.lower {
			sg, pl = "NNP", "NNPS"
		}
		addTag(lex, l, sg)
		for _, f := range inflect(l, "s") {
			addTag(lex, f, pl)
		}
	}
	// Irregular forms: form, then lemma.
	for _, x := range []struct{ pos string }{{"noun"}, {"verb"}, {"adj"}} {
		path := filepath.Join(dir, x.pos+".exc")
		raw, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("-wordnet: %w", err)
		}
		for _, line := range strings.Split(string(raw), "\n") {
			fs := strings.Fields(line)
			if len(fs) < 2 || !singleWord(fs[0]) {
				continue
			}
			w := fs[0]
			switch x.pos {
			case "noun":
				addTag(lex, w, "NNS")
			case "verb":
				if strings.HasSuffix(w, "ing") {
					addTag(lex, w, "VBG")
				} else {
					addTag(lex, w, "VBD")
					addTag(lex, w, "VBN")
				}
			case "adj":
				switch {
				case strings.HasSuffix(w, "est"):
					addTag(lex, w, "JJS")
				case strings.HasSuffix(w, "er"):
					addTag(lex, w, "JJR")
				}
			}
		}
	}
	return lex, nil
}

// singleWord says whether a WordNet lemma is one token as the treebanks
// split them: letters, with inner hyphens, apostrophes or dots.
func singleWord(w string) bool {
	if w == "" || strings.ContainsAny(w, "_ ") {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || (i > 0 && (c == '-' || c == '\'' || c == '.'))) {
			return false
		}
	}
	return true
}
