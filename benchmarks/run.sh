#!/usr/bin/env bash
# Builds ec2lite and the benchmark module, runs every benchmark against the AWS SDK for Java v2 and
# prints the results table (also written to benchmarks/results.md).
#
#   benchmarks/run.sh           the full run (about 10 minutes on 2 cores)
#   benchmarks/run.sh --quick   a smoke run with tiny settings: checks that everything works,
#                               its figures mean little (written to target/bench/results.md only)
#   benchmarks/run.sh --cli-only  only the command lines side by side (ec2lite's jar and launcher, the
#                               AWS CLI, the SDK and library one-call programs, an empty JVM; about 5
#                               minutes); rewrites only that part of benchmarks/results.md
#
# Environment: AWS_CLI=PATH picks the AWS CLI (default: the first v2 among `aws` on the PATH,
# /usr/local/bin/aws and /usr/bin/aws, else any `aws`); JAVA25_HOME=DIR a JDK 25 for the launcher's
# AOT-cache row (default: one found in /usr/lib/jvm); EC2LITE_LAUNCHER=FILE another launcher script
# (default: target/ec2lite of the root build); CLI_ROUNDS=N rounds of the CLI comparison (default 7).
set -euo pipefail
cd "$(dirname "$0")"
BENCH_DIR=$PWD
OUT=$BENCH_DIR/target/bench
QUICK=false
CLI_ONLY=false
case "${1:-}" in
    --quick) QUICK=true ;;
    --cli-only) CLI_ONLY=true ;;
    "") ;;
    *) echo "usage: $0 [--quick | --cli-only]" >&2; exit 2 ;;
esac

if $QUICK; then
    SIGNING_OPTS=(-f 1 -wi 1 -w 1s -i 2 -r 1s)
    STEADY_OPTS=(-f 1 -wi 2 -w 1s -i 2 -r 1s)
    ROUNDS=2
    CLI_ROUNDS=2
    SETTINGS="--quick: tiny JMH settings, 2 cold-start rounds; figures not meaningful"
else
    # Signing reaches steady state within 5-6 s (the SDK's signer is the slowest to settle). A whole HTTP call needs 20-30 s of
    # warm-up on a loaded 2-core machine before the JIT has finished (measured: the SDK's CPU per call
    # keeps falling until then), so the steady-state warm-up is longer.
    SIGNING_OPTS=(-f 1 -wi 8 -w 1s -i 5 -r 1s)
    STEADY_OPTS=(-f 1 -wi 10 -w 3s -i 5 -r 2s)
    ROUNDS=7
    CLI_ROUNDS=${CLI_ROUNDS:-7}
    SETTINGS="JMH signing: -f 1 -wi 8 -w 1s -i 5 -r 1s; steady state: -f 1 -wi 10 -w 3s -i 5 -r 2s; cold start: 7 rounds"
fi
STEADY_THREADS=4

log() { echo "run.sh: $*" >&2; }
load() { echo "$1: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/load.txt"; }

# The AWS CLI to compare with: AWS_CLI, else the first v2 found, else any. A pyenv shim is resolved to
# the script it runs, so that the shim's own start-up is not counted.
find_aws() {
    local first="" c path
    if [[ -n "${AWS_CLI:-}" ]]; then echo "$AWS_CLI"; return; fi
    path=$(command -v aws || true)
    if [[ $path == */shims/* ]] && command -v pyenv > /dev/null; then
        path=$(pyenv which aws 2> /dev/null || echo "$path")
    fi
    for c in "$path" /usr/local/bin/aws /usr/bin/aws; do
        [[ -n $c && -x $c ]] || continue
        [[ -n $first ]] || first=$c
        if "$c" --version 2>&1 | grep -q '^aws-cli/2'; then echo "$c"; return; fi
    done
    echo "$first"
}

# A JDK 25 for the launcher's AOT cache: JAVA25_HOME, else one in /usr/lib/jvm.
find_java25() {
    local d
    if [[ -n "${JAVA25_HOME:-}" ]]; then echo "$JAVA25_HOME"; return; fi
    for d in /usr/lib/jvm/*25*; do
        if [[ -x $d/bin/java ]] && "$d/bin/java" -version 2>&1 | grep -q 'version "25'; then echo "$d"; return; fi
    done
}

log "building ec2lite (root project) and installing it in the local Maven repository"
(cd .. && mvn -B -q install -DskipTests -Pbenchmark-support)
log "building the benchmark module"
mvn -B -q package
rm -rf "$OUT"
mkdir -p "$OUT"

log "footprint: resolving runtime class paths"
PROFILES=(ec2lite ec2lite-bc sdk-default sdk-urlconn)
if $CLI_ONLY; then
    PROFILES=(ec2lite sdk-default)
fi
for profile in "${PROFILES[@]}"; do
    mvn -B -q -f footprint/pom.xml -P "$profile" dependency:build-classpath \
        -Dmdep.outputFile="$OUT/footprint-$profile.txt" > "$OUT/footprint-$profile.log"
done

JAR=target/benchmarks.jar
# A jar, not target/classes: an AppCDS archive only accepts jars on the class path.
CLASSES=$BENCH_DIR/target/ec2lite-benchmarks-0.1.0.jar
EC2LITE_CP="$CLASSES:$(cat "$OUT/footprint-ec2lite.txt")"
SDK_CP="$CLASSES:$(cat "$OUT/footprint-sdk-default.txt")"

cli_comparison() {
    local aws java25 args
    aws=$(find_aws)
    java25=$(find_java25)
    args=(--rounds "$CLI_ROUNDS" --cli-jar "$BENCH_DIR/../target/ec2lite.jar"
        --launcher "${EC2LITE_LAUNCHER:-$BENCH_DIR/../target/ec2lite}"
        --ec2lite-cp "$EC2LITE_CP" --sdk-cp "$SDK_CP" --noop-cp "$CLASSES"
        --work "$OUT/cli" --out "$OUT")
    if [[ -n $aws ]]; then
        args+=(--aws "$aws" --aws-label "AWS CLI \`$("$aws" --version 2>&1 | head -1 | cut -d' ' -f1-2)\`")
    else
        log "no AWS CLI found (set AWS_CLI, or apt-get install awscli): its rows are skipped"
    fi
    if [[ -n $java25 ]]; then
        args+=(--java25 "$java25")
    else
        log "no JDK 25 found (set JAVA25_HOME): the launcher's AOT-cache rows are skipped"
    fi
    load "command lines side by side"
    log "command lines side by side ($CLI_ROUNDS rounds; AWS CLI: ${aws:-none}; JDK 25: ${java25:-none})"
    java -cp "$JAR" dev.ec2lite.bench.CliStartupComparison "${args[@]}"
}

if $CLI_ONLY; then
    cli_comparison
    cp "$BENCH_DIR/results.md" "$OUT/results.md" 2> /dev/null || true
    java -cp "$JAR" dev.ec2lite.bench.CliReport "$OUT" "$OUT/results.md"
    cp "$OUT/results.md" "$BENCH_DIR/results.md"
    exit 0
fi

# The library's own class path (the command line's picocli and JMESPath are optional, so not on it) must
# work: one call through it, or the run stops here.
log "checking the library's class path with one call"
java -cp "$CLASSES:$(cat "$OUT/footprint-ec2lite.txt")" dev.ec2lite.bench.LibraryOnlyCheck

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
cli_comparison
load "end"

java -cp "$JAR" dev.ec2lite.bench.Report "$OUT" "$SETTINGS" > "$OUT/results.md"
if ! $QUICK; then
    cp "$OUT/results.md" "$BENCH_DIR/results.md"
fi
cat "$OUT/results.md"
