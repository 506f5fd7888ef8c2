// Command gen-corpus writes a corpus of news-like articles for scale tests
// (issue 11: 10,000 articles through kg load), as JSON Lines on standard
// output or in -out. Every article is made of real article text: the
// headline and opening paragraphs of one source text (the seeds and the
// gold dev texts), paragraphs of a second one, and the closing of a third,
// so articles have ordinary sizes and sentences, and no two are equal
// (each has its own content hash) up to len(texts)^3 articles. Ids, publishers and dates vary; the
// output is the same for the same flags.
//
//	go run ./tools/gen-corpus -n 10000 -out /tmp/corpus.jsonl
//	go run ./tools/gen-corpus -n 10000 -from 5000 -out /tmp/second-half.jsonl
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

type text struct {
	headline string
	paras    []string
}

func main() {
	n := flag.Int("n", 10000, "articles to write")
	from := flag.Int("from", 0, "index of the first article (to write part of the same corpus)")
	to := flag.Int("to", -1, "index after the last article (-1: n)")
	out := flag.String("out", "", "output file (default: standard output)")
	var dirs multi
	flag.Var(&dirs, "texts", "directory of source *.txt articles (repeatable; default ../shared/seeds and ../shared/gold/dev/texts)")
	flag.Parse()
	if len(dirs) == 0 {
		dirs = multi{"../shared/seeds", "../shared/gold/dev/texts"}
	}
	if *to < 0 {
		*to = *n
	}
	texts, err := readTexts(dirs)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen-corpus:", err)
		os.Exit(1)
	}
	var w io.Writer = os.Stdout
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			fmt.Fprintln(os.Stderr, "gen-corpus:", err)
			os.Exit(1)
		}
		defer f.Close()
		w = f
	}
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for i := *from; i < *to && i < *n; i++ {
		if err := enc.Encode(article(i, texts)); err != nil {
			fmt.Fprintln(os.Stderr, "gen-corpus:", err)
			os.Exit(1)
		}
	}
	if err := bw.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "gen-corpus:", err)
		os.Exit(1)
	}
}

type record struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Date      string `json:"date"`
	Publisher string `json:"publisher"`
	URL       string `json:"url"`
	Text      string `json:"text"`
}

// article i depends on i alone: a from/to slice of the corpus is the same
// articles as the whole corpus's.
func article(i int, texts []text) record {
	rng := rand.New(rand.NewSource(int64(i) + 1))
	// (a, b, c) differs for every i below len(texts)^3 (24,389 for the
	// 29 default texts), so no two articles have the same text.
	t := len(texts)
	a, b, c := texts[i%t], texts[(i/t+i)%t], texts[(i/(t*t)+2*i)%t]
	var body []string
	body = append(body, a.paras[:(len(a.paras)+1)/2]...)
	mid := b.paras[len(b.paras)/3 : max(len(b.paras)/3+1, 2*len(b.paras)/3)]
	body = append(body, mid...)
	body = append(body, c.paras[len(c.paras)-min(2, len(c.paras)):]...)
	// Swap two paragraphs after the lead, as an edited copy would.
	if len(body) > 3 {
		j, k := 1+rng.Intn(len(body)-1), 1+rng.Intn(len(body)-1)
		body[j], body[k] = body[k], body[j]
	}
	pub := publishers[rng.Intn(len(publishers))]
	date := fmt.Sprintf("%d-%02d-%02d", 2014+rng.Intn(3), 1+rng.Intn(12), 1+rng.Intn(28))
	id := fmt.Sprintf("gen-%05d", i)
	return record{
		ID: id, Title: a.headline, Date: date, Publisher: pub,
		URL:  "https://news.example/" + strings.ToLower(strings.ReplaceAll(pub, " ", "-")) + "/" + id,
		Text: a.headline + "\n\n" + strings.Join(body, "\n\n") + "\n",
	}
}

var publishers = []string{
	"Daily Ledger", "Morning Post", "Evening Standard Wire", "Global Courier", "The Observer Times",
	"Metro Herald", "Capital News", "Coastal Gazette", "Northern Chronicle", "Southern Tribune",
	"Continental Press", "World Desk", "Harbour Review", "Valley Times", "City Bulletin",
	"National Dispatch", "Frontier Journal", "Atlantic Report", "Pacific Monitor", "Eastern Star",
}

func readTexts(dirs []string) ([]text, error) {
	var out []text
	for _, d := range dirs {
		paths, err := filepath.Glob(filepath.Join(d, "*.txt"))
		if err != nil {
			return nil, err
		}
		sort.Strings(paths)
		for _, p := range paths {
			raw, err := os.ReadFile(p)
			if err != nil {
				return nil, err
			}
			var lines []string
			for _, l := range strings.Split(strings.ReplaceAll(string(raw), "\r\n", "\n"), "\n") {
				if l = strings.TrimSpace(l); l != "" {
					lines = append(lines, l)
				}
			}
			if len(lines) < 2 {
				continue
			}
			out = append(out, text{headline: lines[0], paras: lines[1:]})
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no source texts in %v", dirs)
	}
	return out, nil
}

type multi []string

func (m *multi) String() string     { return strings.Join(*m, ",") }
func (m *multi) Set(v string) error { *m = append(*m, v); return nil }
