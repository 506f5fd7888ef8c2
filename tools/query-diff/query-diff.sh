#!/bin/bash
# query-diff.sh OLD_KG NEW_KG DB [QUERIES]: runs every query line of QUERIES
# (default: the README's kg query examples and more forms of the questions
# whose speed changes most, beside this script) with both binaries against
# the store DB (read-only) and diffs their output, exit status included.
# Any difference is printed and makes the exit status non-zero.
#
#   go build -o /tmp/kg-old ./cmd/kg   # at the old commit
#   go build -o /tmp/kg-new ./cmd/kg
#   go run ./cmd/kg --db /tmp/seeds.db load seeds
#   tools/query-diff/query-diff.sh /tmp/kg-old /tmp/kg-new /tmp/seeds.db
#
# query-diff.sh --stores KG DB_A DB_B [QUERIES] runs them with one binary
# against two stores instead, such as a store and its copy through kg
# export and kg import (canned.txt beside this script lists the canned
# questions only: raw Gizmo and -o nquads show the stores' own quads,
# which an import without --with-indexes does not copy):
#
#   kg --db /tmp/seeds.db export -o /tmp/seeds.nq
#   kg --db /tmp/copy.db import /tmp/seeds.nq
#   tools/query-diff/query-diff.sh --stores kg /tmp/seeds.db /tmp/copy.db tools/query-diff/canned.txt
set -u
if [ "${1:-}" = --stores ]; then
	old=$2 new=$2 dbOld=$3 dbNew=$4
	queries=${5:-$(dirname "$0")/queries.txt}
else
	old=$1 new=$2 dbOld=$3 dbNew=$3
	queries=${4:-$(dirname "$0")/queries.txt}
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
run() { # run BIN DB DIR
	local i=0
	mkdir -p "$3"
	while IFS= read -r line; do
		case $line in "" | "#"*) continue ;; esac
		i=$((i + 1))
		{
			echo "\$ kg $line"
			eval "\"$1\" --db \"$2\" $line" 2>&1
			echo "exit $?"
		} >"$3/$(printf %03d $i)"
	done <"$queries"
}
run "$old" "$dbOld" "$out/old"
run "$new" "$dbNew" "$out/new"
if diff -r "$out/old" "$out/new"; then
	echo "query-diff: $(ls "$out/old" | wc -l) queries, same output"
else
	exit 1
fi
