#!/usr/bin/env bash
# Times series queries over 10 million synthetic events (see SeriesBench). Usage:
#   dyad-analysis/bench.sh [--events N] [--runs R] [--dir DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
./mvnw -q -pl dyad-analysis -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=runtime
cp="dyad-analysis/target/test-classes:dyad-analysis/target/classes:$(cat dyad-analysis/target/bench.classpath)"
exec java -Xmx2g -cp "$cp" org.dyad.analysis.bench.SeriesBench --dir dyad-analysis/target/bench-store "$@"
