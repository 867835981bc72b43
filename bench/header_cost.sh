#!/usr/bin/env bash
# What including pactgraph costs a user: CPU seconds (user + sys) for `g++ -std=c++20 -O2 -c` of an
# empty file that includes pactgraph/pactgraph.hpp, against one that includes Boost.Graph's
# adjacency_list.hpp and betweenness_centrality.hpp, compiled alternately so both see the same load.
#
#   bench/header_cost.sh BUILD_DIR [RUNS] [OTHER_SOURCE_DIR]
#
# BUILD_DIR holds the generated include/pactgraph/version.hpp (a configured build, e.g. build/dev).
# OTHER_SOURCE_DIR, when given, is another checkout (say, main in a worktree) whose headers are timed
# in the same rounds, for a before/after comparison. Prints every time, then the medians.
set -euo pipefail

if [[ $# -lt 1 ]]; then
  echo "usage: $0 BUILD_DIR [RUNS] [OTHER_SOURCE_DIR]" >&2
  exit 2
fi
build=$(cd "$1" && pwd)
runs=${2:-5}
source_dir=$(cd "$(dirname "$0")/.." && pwd)
other=${3:+$(cd "$3" && pwd)}
cxx=${CXX:-g++}
[[ -f "$build/include/pactgraph/version.hpp" ]] || { echo "$0: no include/pactgraph/version.hpp in $build" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '#include <boost/graph/adjacency_list.hpp>\n#include <boost/graph/betweenness_centrality.hpp>\n' >"$work/boost.cpp"
printf '#include <pactgraph/pactgraph.hpp>\n' >"$work/pactgraph.cpp"

# CPU seconds of one compile.
cpu_seconds() {
  /usr/bin/time -f '%U %S' -o "$work/time" "$cxx" -std=c++20 -O2 "$@" -c -o "$work/out.o"
  awk '{ printf "%.2f\n", $1 + $2 }' "$work/time"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

: >"$work/boost.times"
: >"$work/pactgraph.times"
: >"$work/other.times"
for ((i = 1; i <= runs; ++i)); do
  b=$(cpu_seconds "$work/boost.cpp")
  p=$(cpu_seconds -I"$source_dir/include" -I"$build/include" "$work/pactgraph.cpp")
  echo "$b" >>"$work/boost.times"
  echo "$p" >>"$work/pactgraph.times"
  line="run $i: boost.graph $b s, pactgraph $p s"
  if [[ -n "$other" ]]; then
    o=$(cpu_seconds -I"$other/include" -I"$build/include" "$work/pactgraph.cpp")
    echo "$o" >>"$work/other.times"
    line+=", pactgraph in $other $o s"
  fi
  echo "$line"
done

b=$(median <"$work/boost.times")
p=$(median <"$work/pactgraph.times")
echo "median of $runs (user + sys CPU s): boost.graph $b, pactgraph $p, ratio $(awk -v p="$p" -v b="$b" 'BEGIN { printf "%.2f", p / b }')"
if [[ -n "$other" ]]; then
  o=$(median <"$work/other.times")
  echo "median of $runs: pactgraph in $other $o, ratio $(awk -v o="$o" -v b="$b" 'BEGIN { printf "%.2f", o / b }')"
fi
