package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/spf13/cobra"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/factgraph"
	"github.com/kg-project/kg/graph/rdfio"
	"github.com/kg-project/kg/queries"
	"github.com/kg-project/kg/schema"
)

// exportFormats are kg export's --format values.
var exportFormats = []string{"nquads", "graphml", "gexf", "jsonld", "csv", "neo4j"}

type exportOptions struct {
	format, out string
	actor       string
	hops        int
	from, to    string
	minArticles int
	withIndexes bool
}

func newExportCmd() *cobra.Command {
	var o exportOptions
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write the store, or a subgraph of it, as N-Quads, GraphML, GEXF, JSON-LD or CSV",
		Long: `Export writes the store in a format other tools open as it is.

  nquads   RDF 1.1 N-Quads (rapper, rdflib, Jena riot): full IRIs, XSD
           datatypes as full IRIs with canonical lexical forms. The fourth
           element is the quad's graph: the article IRI for everything read
           from an article, <base>graph/actors for actor descriptions.
           Only the data model by default; --with-indexes adds kg's derived
           read indexes (summaries, inverse edges, mentionedIn, periods,
           actors' counts) in
           the graphs they are stored in: the store quad for quad.
  jsonld   the same quads as expanded JSON-LD 1.1, one named graph each
           (rdflib, Jena riot, any JSON-LD processor).
  graphml  actors as nodes (label, type, country, Wikidata id) and one edge
           per fact edge (subject, predicate, object, article) with
           predicate, CAMEO code and name, Goldstein score, quad class,
           date, polarity, modality, number of articles, one evidence
           sentence: networkx, Gephi, yEd, Cytoscape.
  gexf     the same graph as GEXF 1.2 (Gephi, networkx).
  csv      the same graph as nodes.csv and edges.csv in the directory -o,
           in the shape Gephi's spreadsheet import takes (Id, Label,
           Source, Target, Type, Weight).
  neo4j    nodes.csv and edges.csv with neo4j-admin import's typed headers
           (id:ID, :LABEL, :START_ID, :END_ID, :TYPE).

Negated facts are never edges (nor direct edges in the RDF formats).
--actor, --from/--to and --min-articles export a subgraph: the facts in the
date range (a fact's date, else its article's), on edges backed by at least
that many articles, within --hops of the actor.

With -o a file is written beside its destination and renamed into place
at the end, so it is never seen half-written.`,
		Example: `  kg export > kg.nq
  kg export -o kg.nq && rapper -i nquads -c kg.nq
  kg export --format graphml -o kg.graphml
  kg export --format gexf --actor "Le Drian" --hops 2 -o le-drian.gexf
  kg export --format csv --from 2019-01 --to 2019-12 --min-articles 2 -o csv/`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ok := false
			for _, f := range exportFormats {
				ok = ok || f == o.format
			}
			if !ok {
				return fmt.Errorf("--format %q: want one of %s", o.format, strings.Join(exportFormats, ", "))
			}
			if err := factgraph.CheckDate("--from", o.from); err != nil {
				return err
			}
			if err := factgraph.CheckDate("--to", o.to); err != nil {
				return err
			}
			if (o.format == "csv" || o.format == "neo4j") && (o.out == "" || o.out == "-") {
				return fmt.Errorf("--format %s writes two files (nodes.csv, edges.csv): give a directory with -o", o.format)
			}
			if o.hops < 1 {
				return fmt.Errorf("--hops %d: want 1 or more", o.hops)
			}
			return runExport(cmd, o)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.format, "format", "nquads", "output format: "+strings.Join(exportFormats, ", "))
	f.StringVarP(&o.out, "output", "o", "", "write to this file (csv, neo4j: this directory) instead of standard output")
	f.StringVar(&o.actor, "actor", "", "export only the neighbourhood of this actor (name, alias or IRI, as kg query resolves it)")
	f.IntVar(&o.hops, "hops", 1, "with --actor: how many hops around it")
	f.StringVar(&o.from, "from", "", "only facts dated on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)")
	f.StringVar(&o.to, "to", "", "only facts dated on or before this date")
	f.IntVar(&o.minArticles, "min-articles", 0, "only edges that at least this many articles report")
	f.BoolVar(&o.withIndexes, "with-indexes", false, "nquads, jsonld: include kg's derived read indexes (the store quad for quad)")
	return cmd
}

func (o exportOptions) subgraph() bool {
	return o.actor != "" || o.from != "" || o.to != "" || o.minArticles > 0
}

func runExport(cmd *cobra.Command, o exportOptions) error {
	ctx := cmd.Context()
	v, err := vocab(cmd)
	if err != nil {
		return err
	}
	st, err := openStore(ctx, cmd, true)
	if err != nil {
		return err
	}
	defer st.Close()
	stderr := cmd.ErrOrStderr()

	if o.format == "nquads" && !o.subgraph() && o.withIndexes {
		// The store as it is, quad for quad.
		return writeOut(cmd, o.out, "quads", func(w io.Writer) (int, error) { return st.Export(ctx, w) })
	}
	if (o.format == "nquads" || o.format == "jsonld") && !o.subgraph() {
		// The whole data model: one pass, no graph to build.
		return writeOut(cmd, o.out, "quads", func(w io.Writer) (int, error) {
			if o.withIndexes {
				return writeRDF(ctx, st, w, o.format, func(q quad.Quad) (quad.Quad, bool) { return q, true })
			}
			return writeRDF(ctx, st, w, o.format, factgraph.ModelOf(v))
		})
	}
	m, err := factgraph.ReadAll(ctx, v, st.EachQuad)
	if err != nil {
		return err
	}
	actor := ""
	if o.actor != "" {
		a, err := queries.NewResolver(st.QuadStore(), v).Resolve(ctx, o.actor)
		if err != nil {
			return fmt.Errorf("--actor: %w", err)
		}
		actor = string(a.IRI)
	}
	fl := factgraph.Filter{From: o.from, To: o.to, MinArticles: o.minArticles}
	g := m.Select(fl, actor, o.hops)

	switch o.format {
	case "graphml", "gexf":
		write := g.WriteGraphML
		if o.format == "gexf" {
			write = g.WriteGEXF
		}
		return writeOut(cmd, o.out, "edges", func(w io.Writer) (int, error) { return len(g.Edges), write(w) })
	case "csv", "neo4j":
		if err := os.MkdirAll(o.out, 0o755); err != nil {
			return fmt.Errorf("export to %s: %w", o.out, err)
		}
		flavour := factgraph.GephiCSV
		if o.format == "neo4j" {
			flavour = factgraph.Neo4jCSV
		}
		// The edge table is written inside the node table's write, so both
		// files are renamed into place only when both are complete.
		var edgesErr error
		_, err := writeFileAtomic(filepath.Join(o.out, "nodes.csv"), func(nw io.Writer) (int, error) {
			_, edgesErr = writeFileAtomic(filepath.Join(o.out, "edges.csv"), func(ew io.Writer) (int, error) {
				return len(g.Edges), g.WriteCSV(nw, ew, flavour)
			})
			return len(g.Nodes), edgesErr
		})
		if err != nil {
			return err
		}
		fmt.Fprintf(stderr, "kg export: %d nodes and %d edges written to %s\n", len(g.Nodes), len(g.Edges),
			filepath.Join(o.out, "{nodes,edges}.csv"))
		return nil
	}

	keep := quadFilter(v, m, g, o)
	return writeOut(cmd, o.out, "quads", func(w io.Writer) (int, error) {
		return writeRDF(ctx, st, w, o.format, keep)
	})
}

// quadFilter decides which quads an RDF export of a subgraph writes: the
// facts, direct edges, actors and articles of the selected graph, never
// the indexes (a fact's position as factgraph.ModelOf writes it).
func quadFilter(v schema.Vocab, m *factgraph.Model, g *factgraph.Graph, o exportOptions) func(quad.Quad) (quad.Quad, bool) {
	facts, articles, actors := map[string]bool{}, map[string]bool{}, map[string]bool{}
	type spo struct{ s, p, o, a string }
	edges := map[spo]bool{}
	for _, e := range g.Edges {
		edges[spo{e.Source, e.Predicate, e.Target, e.Article}] = true
		for _, f := range e.Facts {
			facts[f.IRI] = true
			articles[f.Article] = true
		}
	}
	for _, n := range g.Nodes {
		actors[n.IRI] = true
	}
	actorsG := v.Graph("actors")
	ont := v.Base() + "ont/"
	model := factgraph.ModelOf(v)
	return func(q quad.Quad) (quad.Quad, bool) {
		q, ok := model(q)
		if !ok {
			return q, false
		}
		s, _ := q.Subject.(quad.IRI)
		l, _ := q.Label.(quad.IRI)
		switch {
		case facts[string(s)], articles[string(s)] && l == s, actors[string(s)] && l == actorsG:
			return q, true
		}
		p, _ := q.Predicate.(quad.IRI)
		obj, _ := q.Object.(quad.IRI)
		return q, edges[spo{string(s), strings.TrimPrefix(string(p), ont), string(obj), string(l)}]
	}
}

// quadWriter is what both RDF writers offer.
type quadWriter interface {
	WriteQuad(quad.Quad) error
}

// writeRDF writes, for each quad of the store in order, what keep returns
// for it, if anything.
func writeRDF(ctx context.Context, st *graph.Store, w io.Writer, format string, keep func(quad.Quad) (quad.Quad, bool)) (int, error) {
	n := 0
	var qw quadWriter
	var finish func() error
	if format == "jsonld" {
		j := factgraph.NewJSONLDWriter(w)
		qw, finish = j, j.Close
	} else {
		nw := rdfio.NewWriter(w)
		qw, finish = nw, nw.Flush
	}
	err := st.EachQuad(ctx, func(q quad.Quad) error {
		q, ok := keep(q)
		if !ok {
			return nil
		}
		n++
		return qw.WriteQuad(q)
	})
	if err == nil {
		err = finish()
	}
	if err != nil {
		return n, fmt.Errorf("export: %w", err)
	}
	return n, nil
}

// writeOut writes to standard output, or atomically to the file out.
func writeOut(cmd *cobra.Command, out, what string, write func(io.Writer) (int, error)) error {
	if out == "" || out == "-" {
		_, err := write(cmd.OutOrStdout())
		return err
	}
	n, err := writeFileAtomic(out, write)
	if err != nil {
		return err
	}
	fmt.Fprintf(cmd.ErrOrStderr(), "kg export: %d %s written to %s\n", n, what, out)
	return nil
}

// writeFileAtomic writes path through a temporary file in the same
// directory and renames it into place once complete.
func writeFileAtomic(path string, write func(io.Writer) (int, error)) (int, error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return 0, fmt.Errorf("export to %s: %w", path, err)
	}
	defer os.Remove(tmp.Name()) // no-op once renamed
	n, err := write(tmp)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		return n, fmt.Errorf("export to %s: %w", path, err)
	}
	return n, nil
}
