#!/bin/sh
# Instructions per reply (callgrind) of the diagnosis bench's loops, run by
# examples/diagnose_icount.rs after the matcher is built (its one-time build is not counted).
# Run from the project root: sh benches/support/diagnose-icount.sh
set -e
cargo build -q --release --example diagnose_icount
REPS=20
for W in mixed failures; do
  for L in ${LOOPS:-parse parse_walk parse_diagnose parse_naive}; do
    n=$REPS; [ $L = parse_naive ] && n=2
    ir=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null --collect-atstart=no \
      --toggle-collect="*loop_$L" target/release/examples/diagnose_icount $W $L $n 2>&1 \
      | sed -n 's/.*Collected : *//p')
    echo "$W $L Ir/reply=$(( ir / (n * 10000) ))"
  done
done
