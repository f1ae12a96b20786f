#!/usr/bin/env bash
# Builds the project twice from clean and checks that every jar is byte-identical: the library jar, its
# -sources and -javadoc jars, and the runnable target/ec2lite.jar. Needs only a JDK and Maven.
# Usage: scripts/check-reproducible.sh [extra Maven arguments, e.g. -o]
set -euo pipefail
cd "$(dirname "$0")/.."

first=$(mktemp -d)
trap 'rm -rf "$first"' EXIT

build() {
    # Tests do not change the jars; they run in `mvn verify`.
    mvn -B -q clean package -DskipTests "$@"
}

jars() {
    find target -maxdepth 1 -name '*.jar' -printf '%f\n' | sort
}

build "$@"
jars > "$first/names"
if [ ! -s "$first/names" ]; then
    echo "no jar was built" >&2
    exit 1
fi
while read -r jar; do
    cp "target/$jar" "$first/$jar"
done < "$first/names"

build "$@"
status=0
while read -r jar; do
    if [ ! -f "target/$jar" ]; then
        echo "DIFFERENT  $jar (missing in the second build)"
        status=1
    elif cmp -s "$first/$jar" "target/$jar"; then
        echo "identical  $jar  $(sha256sum "target/$jar" | cut -c1-16)"
    else
        echo "DIFFERENT  $jar"
        status=1
    fi
done < "$first/names"
if [ "$(jars)" != "$(cat "$first/names")" ]; then
    echo "the two builds made different sets of jars" >&2
    status=1
fi
exit $status
