#!/usr/bin/env bash
# Times each benchmark program under gointerp (release build), yaegi and python3, in one run,
# interleaved, best of N. Usage: Benchmarks/compare.sh [runs]   (from the Interpreter directory)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
swift build -c release --product gointerp >/dev/null
gointerp=$(swift build -c release --show-bin-path)/gointerp
best() {  # best wall time in seconds of "$@" over $runs runs; prints "-" if it fails
  local best="" t
  for _ in $(seq "$runs"); do
    local start=$(date +%s.%N)
    if ! "$@" >/dev/null 2>&1; then echo "-"; return; fi
    t=$(echo "$(date +%s.%N) - $start" | bc)
    if [[ -z $best ]] || (( $(echo "$t < $best" | bc) )); then best=$t; fi
  done
  printf "%.3f" "$best"
}
printf "| program | gointerp s | yaegi s | python3 s |\n|---|--:|--:|--:|\n"
for program in fib builder wordcount method sortints closures template; do
  g=$(best "$gointerp" run "Benchmarks/$program.go")
  y=$(command -v yaegi >/dev/null && best yaegi run "Benchmarks/$program.go" || echo "-")
  p=$(best python3 "Benchmarks/python/$program.py")
  printf "| %s | %s | %s | %s |\n" "$program" "$g" "$y" "$p"
done
