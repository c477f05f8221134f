#!/usr/bin/env bash
# Whole-process start-up, side by side: the launcher (class-data archive, C1 for short commands), plain
# `java -jar`, and Jena's own tdb2.tdbquery on the same one-article store. Prints wall and CPU seconds per run.
#   src/bench/startup.sh [CORPUS.jsonl.gz]   (default ../shared/corpus/reuters21578.jsonl.gz)
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus="${1:-../shared/corpus/reuters21578.jsonl.gz}"
jar=target/newsgraph.jar
./newsgraph --version >/dev/null                        # builds the jar and the archive if needed
mvn -B -q dependency:get -Dartifact=org.apache.jena:jena-cmds:5.6.0 >/dev/null
cmds="$HOME/.m2/repository/org/apache/jena/jena-cmds/5.6.0/jena-cmds-5.6.0.jar"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
sample=src/main/resources/org/newsgraph/samples/nairobi-summit.txt
./newsgraph ingest --quiet --db "$work/one" "$sample" >/dev/null
{ zcat "$corpus" || true; } | head -1000 > "$work/r1000.jsonl" # zcat dies of SIGPIPE once head has its lines
{ zcat "$corpus" || true; } | head -4000 > "$work/r4000.jsonl" # zcat dies of SIGPIPE once head has its lines
t() { /usr/bin/time -f "$1 %e %U %S" "${@:2}" >/dev/null 2>>"$work/raw"; }
for _ in 1 2 3 4 5; do
  t launcher-query ./newsgraph query --db "$work/one" --sparql 'ASK { ?s ?p ?o }'
  t plain-query java -XX:+UseParallelGC -jar $jar query --db "$work/one" --sparql 'ASK { ?s ?p ?o }'
  t tdbquery java -cp "$jar:$cmds" tdb2.tdbquery --loc "$work/one" 'ASK { ?s ?p ?o }'
  t launcher-stats ./newsgraph stats --db "$work/one"
  t plain-stats java -XX:+UseParallelGC -jar $jar stats --db "$work/one"
  t launcher-version ./newsgraph --version
  t plain-version java -XX:+UseParallelGC -jar $jar --version
  rm -rf "$work/i"; t launcher-ingest1 ./newsgraph ingest --quiet --db "$work/i" "$sample"
  rm -rf "$work/i"; t plain-ingest1 java -XX:+UseParallelGC -jar $jar ingest --quiet --db "$work/i" "$sample"
done
for _ in 1 2; do
  for n in 1000 4000; do
    rm -rf "$work/i"; t launcher-ingest$n ./newsgraph ingest --quiet --db "$work/i" "$work/r$n.jsonl"
    rm -rf "$work/i"; t plain-ingest$n java -XX:+UseParallelGC -jar $jar ingest --quiet --db "$work/i" "$work/r$n.jsonl"
  done
done
grep -v WARN "$work/raw" | awk '{w[$1]=w[$1]" "$2; c[$1]=c[$1]" "($3+$4)} END {for (k in w) print k, "wall:" w[k], "| cpu:" c[k]}' | sort
