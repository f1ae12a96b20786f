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
JAR=${JAR:-target/ec2lite.jar}
FIXED_TIME=2026-01-15T12:00:00Z
export AWS_ACCESS_KEY_ID=AKIDEXAMPLE
export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY
export AWS_REGION=us-east-1 AWS_DEFAULT_REGION=us-east-1
export AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null AWS_PAGER="" AWS_EC2_METADATA_DISABLED=true
unset AWS_PROFILE AWS_SESSION_TOKEN AWS_ENDPOINT_URL || true
"$AWS" --version > "$HERE/aws-version.txt" 2>&1

while IFS=$'\t' read -r name line; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  [[ "$name" =~ $ONLY ]] || continue
  log=$(mktemp)
  java -jar "$JAR" local-endpoint --fixed-time "$FIXED_TIME" --extra-interfaces 4 --exit-after 120 > "$log" 2>&1 &
  pid=$!
  url=""
  for _ in $(seq 1 100); do
    url=$(sed -n 's/^EC2 endpoint: \([^ ]*\).*/\1/p' "$log")
    [[ -n "$url" ]] && break
    sleep 0.1
  done
  [[ -n "$url" ]] || { echo "endpoint did not start for $name" >&2; kill "$pid"; exit 1; }
  eval "args=($line)"
  set +e
  "$AWS" ec2 "${args[@]}" --endpoint-url "$url" > "$HERE/$name.out" 2> /dev/null
  echo $? > "$HERE/$name.exit"
  set -e
  kill "$pid" 2> /dev/null || true
  wait "$pid" 2> /dev/null || true
  rm -f "$log"
  echo "$name: exit $(cat "$HERE/$name.exit")"
done < "$HERE/cases.tsv"
