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
set -u
old=$1 new=$2 db=$3
queries=${4:-$(dirname "$0")/queries.txt}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
run() { # run BIN DIR
	local i=0
	mkdir -p "$2"
	while IFS= read -r line; do
		case $line in "" | "#"*) continue ;; esac
		i=$((i + 1))
		{
			echo "\$ kg $line"
			eval "\"$1\" --db \"$db\" $line" 2>&1
			echo "exit $?"
		} >"$2/$(printf %03d $i)"
	done <"$queries"
}
run "$old" "$out/old"
run "$new" "$out/new"
if diff -r "$out/old" "$out/new"; then
	echo "query-diff: $(ls "$out/old" | wc -l) queries, same output"
else
	exit 1
fi
