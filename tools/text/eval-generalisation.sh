#!/usr/bin/env bash
# Extracts every document of dyad-text's self-written generalisation set and scores it against
# its hand annotation with `dyad eval`: each document on its own pair (from the file name), then
# all documents together on every pair of states. No --pair or --doc-date is given to extraction:
# the documents must say what they are about and when they were written.
#   tools/text/eval-generalisation.sh [OUT_DIR]     (default: target/dev-generalisation)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
set="$root/dyad-text/src/test/resources/dev-generalisation"
out="${1:-$root/target/dev-generalisation}"
mkdir -p "$out"
: > "$out/all.pred.jsonl"
: > "$out/all.gold.jsonl"
for doc in "$set"/*.txt "$set"/*.html "$set"/*.pdf; do
  name="$(basename "$doc")"
  stem="${name%.*}"
  pair="$(echo "$stem" | awk -F- '{print toupper($(NF-1)) "," toupper($NF)}')"
  "$root/dyad" extract -q "$doc" -o "$out/$stem.pred.jsonl"
  echo "== $name (pair $pair)"
  "$root/dyad" eval --gold "$set/gold/$stem.gold.jsonl" --pred "$out/$stem.pred.jsonl" --pair "$pair" ${DETAILS:+--details}
  cat "$out/$stem.pred.jsonl" >> "$out/all.pred.jsonl"
  cat "$set/gold/$stem.gold.jsonl" >> "$out/all.gold.jsonl"
done
echo "== all documents, every pair of states"
"$root/dyad" eval --gold "$out/all.gold.jsonl" --pred "$out/all.pred.jsonl" ${DETAILS:+--details}
