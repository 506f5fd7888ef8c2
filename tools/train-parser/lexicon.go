package main

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/kg-project/kg/loaders/tsv"
)

// verbForms reads a table of irregular verbs (columns base, past and
// participle, variants split by |) into the tags each form can have.
func verbForms(name, text string) (map[string][]string, error) {
	out := map[string][]string{}
	cols := []string{"base", "past", "participle"}
	err := tsv.Each(name, strings.NewReader(text), tsv.Options{Columns: cols, Required: cols, Full: true}, func(r tsv.Row) error {
		for _, w := range strings.Split(r.Get("base"), "|") {
			addTag(out, w, "VB")
			addTag(out, w, "VBP")
		}
		for _, w := range strings.Split(r.Get("past"), "|") {
			addTag(out, w, "VBD")
		}
		for _, w := range strings.Split(r.Get("participle"), "|") {
			addTag(out, w, "VBN")
		}
		return nil
	})
	return out, err
}

func addTag(lex map[string][]string, w, tag string) {
	if !slices.Contains(lex[w], tag) {
		lex[w] = append(lex[w], tag)
	}
}

// eventVerbs reads the lemmas of kg's verb-frame table and gives each its
// regular inflections: news verbs ("accuse", "impose") that the web and GUM
// treebanks never use are thus still known to be verbs. Irregular forms
// come from verbForms; a wrong regular form ("shooted") is harmless, as no
// text contains it.
func eventVerbs(name, text string) (map[string][]string, error) {
	out := map[string][]string{}
	err := tsv.Each(name, strings.NewReader(text), tsv.Options{Required: []string{"lemma"}, Dash: true}, func(r tsv.Row) error {
		lemma := r.Get("lemma")
		if lemma == "" || strings.ContainsAny(lemma, " _") {
			return nil
		}
		// No -s or -ing forms: in news they are as often nouns ("air
		// raids", "the downing of"), and their suffixes are features of
		// their own.
		addTag(out, lemma, "VB")
		addTag(out, lemma, "VBP")
		for _, w := range inflect(lemma, "ed") {
			addTag(out, w, "VBD")
			addTag(out, w, "VBN")
		}
		return nil
	})
	if err == nil && len(out) == 0 {
		err = fmt.Errorf("%s: no verbs", name)
	}
	return out, err
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

// lexicon merges the irregular verb forms of the table at irregularPath
// with the inflected event verbs of the table at verbsPath.
func lexicon(irregularPath, verbsPath string) (map[string][]string, error) {
	irr, err := os.ReadFile(irregularPath)
	if err != nil {
		return nil, fmt.Errorf("-irregular: %w", err)
	}
	lex, err := verbForms(irregularPath, string(irr))
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
			addTag(lex, w, t)
		}
	}
	return lex, nil
}
