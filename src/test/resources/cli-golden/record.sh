#!/usr/bin/env bash
# Re-records what the AWS CLI prints for each case of cases.tsv, against ec2lite's embedded endpoint.
# Usage (from the repository root, after `mvn -B -q package -DskipTests`):
#   src/test/resources/cli-golden/record.sh [path-to-aws [case-name-regex]]
# Each case gets a fresh endpoint (its state frozen at FIXED_TIME, with 4 spare interfaces), so cases
# that attach do not change the others. Writes <case>.out (stdout) and <case>.exit (exit code).
set -euo pipefail
AWS=${1:-aws}
ONLY=${2:-.}
HERE=$(cd "$(dirname "$0")" && pwd)
source "$HERE/endpoint.sh"
"$AWS" --version > "$HERE/aws-version.txt" 2>&1

while IFS=$'\t' read -r name line; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  [[ "$name" =~ $ONLY ]] || continue
  start_endpoint
  eval "args=($line)"
  set +e
  "$AWS" ec2 "${args[@]}" --endpoint-url "$url" > "$HERE/$name.out" 2> /dev/null
  echo $? > "$HERE/$name.exit"
  set -e
  stop_endpoint
  echo "$name: exit $(cat "$HERE/$name.exit")"
done < "$HERE/cases.tsv"
