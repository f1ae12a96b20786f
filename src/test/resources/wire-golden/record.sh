#!/usr/bin/env bash
# Re-records the request bodies the AWS CLI sends for each case of cases.tsv, against ec2lite's
# embedded endpoint (the same environment and endpoint as cli-golden/record.sh).
# Usage (from the repository root, after `mvn -B -q package -DskipTests`):
#   src/test/resources/wire-golden/record.sh [path-to-aws [case-name-regex]]
# Writes <case>.wire: each form body the AWS CLI sent, one a line, byte-exact (bodies.py checks each
# against the payload hash the AWS CLI signed).
set -euo pipefail
AWS=${1:-aws}
ONLY=${2:-.}
HERE=$(cd "$(dirname "$0")" && pwd)
source "$HERE/../cli-golden/endpoint.sh"
"$AWS" --version > "$HERE/aws-version.txt" 2>&1

while IFS=$'\t' read -r name line; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  [[ "$name" =~ $ONLY ]] || continue
  start_endpoint
  eval "args=($line)"
  debug=$(mktemp)
  set +e
  "$AWS" --debug ec2 "${args[@]}" --endpoint-url "$url" > /dev/null 2> "$debug"
  set -e
  python3 "$HERE/bodies.py" < "$debug" > "$HERE/$name.wire"
  rm -f "$debug"
  stop_endpoint
  echo "$name: $(wc -l < "$HERE/$name.wire") request(s)"
done < "$HERE/cases.tsv"
