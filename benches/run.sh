#!/usr/bin/env bash
# Phrase rendering benchmark: marketguide (in-process and over HTTP) beside Mozilla's
# @fluent/bundle in Node.js doing the same work, in one run on this machine.
set -euo pipefail
cd "$(dirname "$0")/.."
(cd benches/node && npm ci --no-audit --no-fund --silent)
cargo bench --bench render 2>/dev/null | tee /tmp/marketguide-bench-rust.txt
node benches/node/render.mjs | tee /tmp/marketguide-bench-node.txt
rust=$(grep -o 'in-process.*median [0-9]*' /tmp/marketguide-bench-rust.txt | grep -o '[0-9]*$')
node=$(grep -o 'median [0-9]*' /tmp/marketguide-bench-node.txt | grep -o '[0-9]*$')
awk -v r="$rust" -v n="$node" 'BEGIN { printf "ratio in-process marketguide / @fluent/bundle: %.2fx\n", r / n }'
