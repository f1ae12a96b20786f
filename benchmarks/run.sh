#!/usr/bin/env bash
# Builds ec2lite and the benchmark module, runs every benchmark against the AWS SDK for Java v2 and
# prints the results table (also written to benchmarks/results.md).
#
#   benchmarks/run.sh           the full run (about 10 minutes on 2 cores)
#   benchmarks/run.sh --quick   a smoke run with tiny settings: checks that everything works,
#                               its figures mean little (written to target/bench/results.md only)
set -euo pipefail
cd "$(dirname "$0")"
BENCH_DIR=$PWD
OUT=$BENCH_DIR/target/bench
QUICK=false
if [[ "${1:-}" == "--quick" ]]; then
    QUICK=true
fi

if $QUICK; then
    SIGNING_OPTS=(-f 1 -wi 1 -w 1s -i 2 -r 1s)
    STEADY_OPTS=(-f 1 -wi 2 -w 1s -i 2 -r 1s)
    ROUNDS=2
    SETTINGS="--quick: tiny JMH settings, 2 cold-start rounds; figures not meaningful"
else
    # Signing reaches steady state within 5-6 s (the SDK's signer is the slowest to settle). A whole HTTP call needs 20-30 s of
    # warm-up on a loaded 2-core machine before the JIT has finished (measured: the SDK's CPU per call
    # keeps falling until then), so the steady-state warm-up is longer.
    SIGNING_OPTS=(-f 1 -wi 8 -w 1s -i 5 -r 1s)
    STEADY_OPTS=(-f 1 -wi 10 -w 3s -i 5 -r 2s)
    ROUNDS=7
    SETTINGS="JMH signing: -f 1 -wi 8 -w 1s -i 5 -r 1s; steady state: -f 1 -wi 10 -w 3s -i 5 -r 2s; cold start: 7 rounds"
fi
STEADY_THREADS=4

log() { echo "run.sh: $*" >&2; }
load() { echo "$1: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/load.txt"; }

log "building ec2lite (root project) and installing it in the local Maven repository"
(cd .. && mvn -B -q install -DskipTests)
log "building the benchmark module"
mvn -B -q package
rm -rf "$OUT"
mkdir -p "$OUT"

log "footprint: resolving runtime class paths"
for profile in ec2lite ec2lite-bc ec2lite-lib sdk-default sdk-urlconn; do
    mvn -B -q -f footprint/pom.xml -P "$profile" dependency:build-classpath \
        -Dmdep.outputFile="$OUT/footprint-$profile.txt" > "$OUT/footprint-$profile.log"
done

JAR=target/benchmarks.jar
# A jar, not target/classes: an AppCDS archive only accepts jars on the class path.
CLASSES=$BENCH_DIR/target/ec2lite-benchmarks-0.1.0.jar
EC2LITE_CP="$CLASSES:$(cat "$OUT/footprint-ec2lite.txt")"
SDK_CP="$CLASSES:$(cat "$OUT/footprint-sdk-default.txt")"

# The library-only class path must still work: one call through it, or the run stops here.
log "checking the library-only class path with one call"
java -cp "$CLASSES:$(cat "$OUT/footprint-ec2lite-lib.txt")" dev.ec2lite.bench.LibraryOnlyCheck

load "signing"
log "signing (JMH)"
java -jar "$JAR" 'SigningBenchmark' "${SIGNING_OPTS[@]}" \
    -prof gc -prof dev.ec2lite.bench.CpuProfiler -rf json -rff "$OUT/signing.json" > "$OUT/signing.log" 2>&1

load "steady state, 1 thread"
log "steady state, 1 thread (JMH)"
java -jar "$JAR" 'SteadyStateBenchmark' "${STEADY_OPTS[@]}" -t 1 \
    -prof gc -prof dev.ec2lite.bench.CpuProfiler -rf json -rff "$OUT/steady-1.json" > "$OUT/steady-1.log" 2>&1

load "steady state, $STEADY_THREADS threads"
log "steady state, $STEADY_THREADS threads (JMH)"
java -jar "$JAR" 'SteadyStateBenchmark' "${STEADY_OPTS[@]}" -t "$STEADY_THREADS" \
    -prof gc -prof dev.ec2lite.bench.CpuProfiler -rf json -rff "$OUT/steady-n.json" > "$OUT/steady-n.log" 2>&1

load "cold start"
log "cold start ($ROUNDS rounds)"
java -cp "$JAR" dev.ec2lite.bench.ColdStartRunner --rounds "$ROUNDS" \
    --ec2lite-cp "$EC2LITE_CP" --sdk-cp "$SDK_CP" --cli-jar "$BENCH_DIR/../target/ec2lite.jar" \
    --work "$OUT/coldstart" --out "$OUT/coldstart.tsv"
load "end"

java -cp "$JAR" dev.ec2lite.bench.Report "$OUT" "$SETTINGS" > "$OUT/results.md"
if ! $QUICK; then
    cp "$OUT/results.md" "$BENCH_DIR/results.md"
fi
cat "$OUT/results.md"
