package main

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
)

func checkRowFormat(format string) error {
	switch format {
	case "table", "json", "jsonl":
		return nil
	}
	return fmt.Errorf("-o %q: want table, json or jsonl", format)
}

// writeRows prints query results: each row is a map of tag -> value (what
// Gizmo's All() gives, "id" being the node) or a single value (Emit, Count).
//
//	table  one line per row, one column per tag ("id" first), values as text
//	json   one JSON array of all rows
//	jsonl  one JSON value per line
func writeRows(w io.Writer, format string, rows []any) error {
	switch format {
	case "json":
		if rows == nil {
			rows = []any{}
		}
		b, err := json.MarshalIndent(rows, "", "  ")
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(w, "%s\n", b)
		return err
	case "jsonl":
		enc := json.NewEncoder(w)
		for _, r := range rows {
			if err := enc.Encode(r); err != nil {
				return err
			}
		}
		return nil
	case "table":
		return writeTable(w, rows)
	}
	return checkRowFormat(format)
}

func writeTable(w io.Writer, rows []any) error {
	colSet := map[string]bool{}
	for _, r := range rows {
		if m, ok := r.(map[string]any); ok {
			for k := range m {
				colSet[k] = true
			}
		}
	}
	var cols []string
	for k := range colSet {
		if k != "id" {
			cols = append(cols, k)
		}
	}
	sort.Strings(cols)
	if colSet["id"] {
		cols = append([]string{"id"}, cols...)
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	if len(cols) > 0 {
		fmt.Fprintln(tw, strings.ToUpper(strings.Join(cols, "\t")))
	}
	for _, r := range rows {
		m, ok := r.(map[string]any)
		if !ok {
			fmt.Fprintln(tw, cell(r))
			continue
		}
		cells := make([]string, len(cols))
		for i, c := range cols {
			cells[i] = cell(m[c])
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(rows) == 0 {
		_, err := fmt.Fprintln(w, "(no results)")
		return err
	}
	return nil
}

// cell renders one value on one line.
func cell(v any) string {
	switch x := v.(type) {
	case nil:
		return "-"
	case string:
		return strings.NewReplacer("\n", `\n`, "\t", " ").Replace(x)
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}
