# Sourced by the recording scripts (cli-golden/record.sh, wire-golden/record.sh): the AWS CLI's
# environment (AWS's documented example keys, no profile, no metadata service) and a fresh embedded
# endpoint per case, its state frozen at FIXED_TIME with 4 spare interfaces.
JAR=${JAR:-target/ec2lite.jar}
FIXED_TIME=2026-01-15T12:00:00Z
export AWS_ACCESS_KEY_ID=AKIDEXAMPLE
export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY
export AWS_REGION=us-east-1 AWS_DEFAULT_REGION=us-east-1
export AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null AWS_PAGER="" AWS_EC2_METADATA_DISABLED=true
unset AWS_PROFILE AWS_SESSION_TOKEN AWS_ENDPOINT_URL || true

# Starts an endpoint; sets endpoint_pid, endpoint_log and url (exits if it does not start within 10 s).
start_endpoint() {
  endpoint_log=$(mktemp)
  java -jar "$JAR" local-endpoint --fixed-time "$FIXED_TIME" --extra-interfaces 4 --exit-after 120 \
    > "$endpoint_log" 2>&1 &
  endpoint_pid=$!
  url=""
  for _ in $(seq 1 100); do
    url=$(sed -n 's/^EC2 endpoint: \([^ ]*\).*/\1/p' "$endpoint_log")
    [[ -n "$url" ]] && break
    sleep 0.1
  done
  [[ -n "$url" ]] || { echo "endpoint did not start" >&2; kill "$endpoint_pid"; exit 1; }
}

stop_endpoint() {
  kill "$endpoint_pid" 2> /dev/null || true
  wait "$endpoint_pid" 2> /dev/null || true
  rm -f "$endpoint_log"
}
