package queries

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/kg-project/kg/schema"
)

// Formats a Result can be written in.
const (
	Table  = "table"
	JSON   = "json"
	JSONL  = "jsonl"
	CSV    = "csv"
	NQuads = "nquads"
)

// Formats lists the output formats, default first.
func Formats() []string { return []string{Table, JSON, JSONL, CSV, NQuads} }

// Columns are the fields written for res: the query's columns, then with
// evidence its evidence columns and the fact IRIs behind each row.
func (res *Result) Columns(evidence bool) []string {
	cols := append([]string(nil), res.Query.Columns...)
	if evidence {
		cols = append(cols, res.Query.Evidence...)
		if res.Query.Subgraph {
			cols = append(cols, "facts")
		}
	}
	return cols
}

// Write renders res in format. Table output ends with the query's summary
// lines; the machine formats carry only rows (every row repeats what a
// summary would say, e.g. independent_articles in sources).
func (r *Runner) Write(ctx context.Context, w io.Writer, res *Result, format string, evidence bool) error {
	cols := res.Columns(evidence)
	switch format {
	case Table, "":
		return writeTable(w, res, cols)
	case JSON:
		if _, err := io.WriteString(w, "["); err != nil {
			return err
		}
		for i, row := range res.Rows {
			sep := ",\n"
			if i == 0 {
				sep = "\n"
			}
			b, err := orderedJSON(row, cols)
			if err != nil {
				return err
			}
			if _, err := io.WriteString(w, sep+"  "+string(b)); err != nil {
				return err
			}
		}
		end := "\n]\n"
		if len(res.Rows) == 0 {
			end = "]\n"
		}
		_, err := io.WriteString(w, end)
		return err
	case JSONL:
		for _, row := range res.Rows {
			b, err := orderedJSON(row, cols)
			if err != nil {
				return err
			}
			if _, err := w.Write(append(b, '\n')); err != nil {
				return err
			}
		}
		return nil
	case CSV:
		cw := csv.NewWriter(w)
		if err := cw.Write(cols); err != nil {
			return err
		}
		for _, row := range res.Rows {
			rec := make([]string, len(cols))
			for i, c := range cols {
				rec[i] = cell(row[c], "; ")
			}
			if err := cw.Write(rec); err != nil {
				return err
			}
		}
		cw.Flush()
		return cw.Error()
	case NQuads:
		if !res.Query.Subgraph {
			return fmt.Errorf("%s: -o nquads needs a query that returns facts (one of %s)", res.Query.Name, strings.Join(subgraphQueries(), ", "))
		}
		return r.writeNQuads(ctx, w, res)
	}
	return fmt.Errorf("unknown output format %q (want one of %s)", format, strings.Join(Formats(), ", "))
}

func subgraphQueries() []string {
	qs, _ := List()
	var out []string
	for _, q := range qs {
		if q.Subgraph {
			out = append(out, q.Name)
		}
	}
	return out
}

// orderedJSON encodes the cols of row as an object, keys in column order
// (encoding/json would sort them).
func orderedJSON(row map[string]any, cols []string) ([]byte, error) {
	var b strings.Builder
	b.WriteByte('{')
	for i, c := range cols {
		if i > 0 {
			b.WriteByte(',')
		}
		k, _ := json.Marshal(c)
		vb, err := json.Marshal(row[c])
		if err != nil {
			return nil, fmt.Errorf("encode %s: %w", c, err)
		}
		b.Write(k)
		b.WriteByte(':')
		b.Write(vb)
	}
	b.WriteByte('}')
	return []byte(b.String()), nil
}

// cell renders one value as text; lists are joined with sep.
func cell(v any, sep string) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case int64:
		return strconv.FormatInt(x, 10)
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = cell(e, sep)
		}
		return strings.Join(parts, sep)
	case []string:
		return strings.Join(x, sep)
	}
	return fmt.Sprint(v)
}

func writeTable(w io.Writer, res *Result, cols []string) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	head := make([]string, len(cols))
	for i, c := range cols {
		head[i] = strings.ToUpper(c)
	}
	fmt.Fprintln(tw, strings.Join(head, "\t"))
	for _, row := range res.Rows {
		rec := make([]string, len(cols))
		for i, c := range cols {
			sep := ", "
			if c == "sentences" || c == "facts" {
				sep = " | "
			}
			// Tabs and newlines inside a cell would break the columns.
			rec[i] = strings.NewReplacer("\t", " ", "\n", " ").Replace(cell(row[c], sep))
		}
		fmt.Fprintln(tw, strings.Join(rec, "\t"))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(res.Rows) == 0 {
		if _, err := fmt.Fprintln(w, "(no results)"); err != nil {
			return err
		}
	}
	for _, s := range res.Summary {
		if _, err := fmt.Fprintln(w, s); err != nil {
			return err
		}
	}
	return nil
}

// writeNQuads writes the subgraph behind res: every quad of the fact nodes
// its rows cite, the direct actor-to-actor edges those facts stand for, and
// the label and type of every actor involved. Quads come out sorted so the
// same answer always gives the same bytes.
func (r *Runner) writeNQuads(ctx context.Context, w io.Writer, res *Result) error {
	seen := map[string]quad.Quad{}
	add := func(q quad.Quad) { seen[q.NQuad()] = q }
	actors := map[quad.IRI]bool{}
	subj, obj, pred, art := r.v.Term(schema.PSubject), r.v.Term(schema.PObject), r.v.Term(schema.PPredicate), r.v.Term(schema.PArticle)
	for _, row := range res.Rows {
		facts, _ := row["facts"].([]any)
		for _, f := range facts {
			iri := quad.StringToValue(fmt.Sprint(f))
			ref := r.qs.ValueOf(iri)
			if ref == nil {
				continue
			}
			var s, p, o, a quad.Value
			var negated bool
			err := r.resolver.each(ctx, quad.Subject, ref, func(q quad.Quad) {
				add(q)
				switch q.Predicate {
				case subj:
					s = q.Object
				case obj:
					o = q.Object
				case pred:
					p = q.Object
				case art:
					a = q.Object
				case r.v.Term(schema.PNegated):
					switch v := q.Object.(type) {
					case quad.TypedString:
						negated = string(v.Value) == "true"
					case quad.Bool:
						negated = bool(v)
					}
				}
			})
			if err != nil {
				return fmt.Errorf("read fact %s: %w", iri, err)
			}
			if s == nil || o == nil {
				continue
			}
			for _, x := range []quad.Value{s, o} {
				if i, ok := x.(quad.IRI); ok {
					actors[i] = true
				}
			}
			if pi, ok := p.(quad.IRI); ok && !negated {
				// The direct edge exists exactly when the writer made one;
				// check rather than invent it.
				e := quad.Quad{Subject: s, Predicate: p, Object: o, Label: a}
				if sref := r.qs.ValueOf(s); sref != nil {
					r.resolver.eachPredicate(ctx, sref, pi, func(q quad.Quad) {
						if q.Object == e.Object && q.Label == e.Label {
							add(q)
						}
					})
				}
			}
		}
	}
	for a := range actors {
		ref := r.qs.ValueOf(a)
		if ref == nil {
			continue
		}
		r.resolver.each(ctx, quad.Subject, ref, func(q quad.Quad) {
			if q.Predicate == quad.IRI(schema.Label) || q.Predicate == quad.IRI(schema.RDFType) {
				add(q)
			}
		})
	}
	keys := make([]string, 0, len(seen))
	for k := range seen {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	qw := nquads.NewWriter(w)
	for _, k := range keys {
		if err := qw.WriteQuad(seen[k]); err != nil {
			return fmt.Errorf("write n-quads: %w", err)
		}
	}
	return qw.Close()
}
