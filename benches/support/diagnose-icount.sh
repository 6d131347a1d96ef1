#!/bin/bash
# Instructions per reply (callgrind) of the diagnose bench's loops: parse alone and parse +
# diagnose, on both workloads. The automaton is built once on first use; its cost is taken
# out. Run from the project root: sh benches/support/diagnose-icount.sh
set -e
BIN=$(cargo bench --bench diagnose --no-run 2>&1 | grep -o 'target/release/deps/diagnose-[0-9a-f]*')
for W in mixed failures; do
for L in loop_parse loop_parse_diagnose; do
  F="diagnose_$W/Reply::parse\$"; [ $L = loop_parse_diagnose ] && F="diagnose_$W/Reply::parse \\+ diagnose\$"
  f=/tmp/cg.$W.$L; rm -f $f
  valgrind --tool=callgrind --callgrind-out-file=$f --toggle-collect="diagnose::$L" $BIN --bench --profile-time 1 "$F" >/dev/null 2>&1
  id=$(grep -m1 -o "([0-9]*) diagnose::$L\$" $f | grep -o "([0-9]*)")
  calls=$(awk -v id="cfn=$id" '$0==id{getline; split($1,a,"="); s+=a[2]} END{print s}' $f)
  tot=$(grep -m1 '^totals:\|^summary:' $f | awk '{print $2}')
  init=$(callgrind_annotate --inclusive=yes $f 2>/dev/null | grep 'OnceBox<T>::init' | head -1 | awk '{gsub(",","",$1); print $1}')
  echo "$W $L calls=$calls Ir/reply=$(( (tot - ${init:-0}) / (calls*10000) ))"
done; done
