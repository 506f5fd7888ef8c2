package main

import (
	_ "github.com/aaaton/golem/v4"
	_ "github.com/aaaton/golem/v4/dicts/en"
	_ "github.com/cayleygraph/cayley"
	_ "github.com/cayleygraph/cayley/cmd/cayley/command"
	_ "github.com/cayleygraph/cayley/graph/kv/bolt"
	_ "github.com/cayleygraph/cayley/graph/kv/leveldb"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres"
	_ "github.com/cayleygraph/cayley/query/gizmo"
	_ "github.com/cayleygraph/quad"
	_ "github.com/jdkato/prose/v3"
	_ "github.com/spf13/cobra"
)

func main() {}
