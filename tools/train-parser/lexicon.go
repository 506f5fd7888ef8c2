package main

import (
	_ "embed"
	"fmt"
	"os"
	"slices"
	"strings"
)

//go:embed data/irregular.tsv
var irregularTSV string

// verbForms reads a table of irregular verbs (columns base, past and
// participle, variants split by |) into the tags each form can have.
func verbForms(name, text string) (map[string][]string, error) {
	out := map[string][]string{}
	add := func(w, tag string) {
		for _, t := range out[w] {
			if t == tag {
				return
			}
		}
		out[w] = append(out[w], tag)
	}
	header := false
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if !header {
			if strings.Join(f, " ") != "base past participle" {
				return nil, fmt.Errorf("%s:%d: want the header base, past, participle", name, i+1)
			}
			header = true
			continue
		}
		if len(f) != 3 {
			return nil, fmt.Errorf("%s:%d: want 3 tab-separated fields, got %d", name, i+1, len(f))
		}
		for _, w := range strings.Split(f[0], "|") {
			add(w, "VB")
			add(w, "VBP")
		}
		for _, w := range strings.Split(f[1], "|") {
			add(w, "VBD")
		}
		for _, w := range strings.Split(f[2], "|") {
			add(w, "VBN")
		}
	}
	return out, nil
}

// eventVerbs reads the lemmas of kg's verb-frame table (its first column;
// rows whose CAMEO column is neither a code nor "-" are headers) and gives
// each its regular inflections: news verbs ("accuse", "impose") that the
// web and GUM treebanks never use are thus still known to be verbs.
// Irregular forms come from verbForms; a wrong regular form ("shooted") is
// harmless, as no text contains it.
func eventVerbs(name, text string) (map[string][]string, error) {
	out := map[string][]string{}
	add := func(w, tag string) {
		for _, t := range out[w] {
			if t == tag {
				return
			}
		}
		out[w] = append(out[w], tag)
	}
	n := 0
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 6 {
			return nil, fmt.Errorf("%s:%d: want at least 6 tab-separated fields, got %d", name, i+1, len(f))
		}
		if strings.Trim(f[5], "0123456789") != "" && f[5] != "-" {
			continue // the header
		}
		lemma := f[0]
		if lemma == "" || strings.ContainsAny(lemma, " _") {
			continue
		}
		n++
		add(lemma, "VB")
		add(lemma, "VBP")
		for _, w := range inflect(lemma, "s") {
			add(w, "VBZ")
		}
		for _, w := range inflect(lemma, "ed") {
			add(w, "VBD")
			add(w, "VBN")
		}
		for _, w := range inflect(lemma, "ing") {
			add(w, "VBG")
		}
	}
	if n == 0 {
		return nil, fmt.Errorf("%s: no verbs", name)
	}
	return out, nil
}

// inflect adds a regular suffix (s, ed or ing) to an English verb, giving
// both spellings where doubling a final consonant is a guess.
func inflect(v, suf string) []string {
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	last := v[len(v)-1]
	switch suf {
	case "s":
		switch {
		case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "x") || strings.HasSuffix(v, "z") || strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "o"):
			return []string{v + "es"}
		case last == 'y' && len(v) > 1 && !vowel(v[len(v)-2]):
			return []string{v[:len(v)-1] + "ies"}
		}
		return []string{v + "s"}
	}
	switch {
	case last == 'e' && suf == "ed":
		return []string{v + "d"}
	case strings.HasSuffix(v, "ee") || strings.HasSuffix(v, "ye") || strings.HasSuffix(v, "oe"):
		return []string{v + suf}
	case last == 'e' && len(v) > 2:
		return []string{v[:len(v)-1] + suf}
	case last == 'y' && suf == "ed" && len(v) > 1 && !vowel(v[len(v)-2]):
		return []string{v[:len(v)-1] + "ied"}
	case len(v) >= 3 && !vowel(last) && strings.IndexByte("wxy", last) < 0 && vowel(v[len(v)-2]) && !vowel(v[len(v)-3]):
		return []string{v + suf, v + string(last) + suf}
	}
	return []string{v + suf}
}

// lexicon merges the irregular verb forms with the inflected event verbs of
// the table at verbsPath.
func lexicon(verbsPath string) (map[string][]string, error) {
	lex, err := verbForms("data/irregular.tsv", irregularTSV)
	if err != nil {
		return nil, err
	}
	raw, err := os.ReadFile(verbsPath)
	if err != nil {
		return nil, fmt.Errorf("-verbs: %w", err)
	}
	ev, err := eventVerbs(verbsPath, string(raw))
	if err != nil {
		return nil, err
	}
	for w, ts := range ev {
		for _, t := range ts {
			if !slices.Contains(lex[w], t) {
				lex[w] = append(lex[w], t)
			}
		}
	}
	return lex, nil
}
