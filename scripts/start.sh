#!/usr/bin/env bash
# Sets everything up (Node 22, dependencies, the app build) and starts the
# portal on the embedded default at http://127.0.0.1:7007. Ctrl-C stops it.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

PORT=7007
URL="http://127.0.0.1:$PORT"

ensure_node
ensure_dependencies
ensure_app_build
ensure_port_free "$PORT"
# The demo Kubernetes API of the embedded default.
ensure_port_free 7443

step "Starting the portal (backend and app) on $URL"
cd "$ROOT/packages/demo-backend"
# Its own process group, so Ctrl-C and errors stop everything it started.
set -m
node "$YARN" start --config ../../app-config.yaml --config ../../app-config.demo.yaml &
backend=$!
set +m
trap 'kill -- -$backend 2>/dev/null; wait $backend 2>/dev/null; exit 130' INT TERM
trap 'kill -- -$backend 2>/dev/null || true' EXIT

if wait_for_ready "$URL" 300 "$backend"; then
  printf '\n  Kafka on EKS portal ready: %s  (sign in as Guest; Ctrl-C stops it)\n\n' "$URL"
else
  die "the backend did not become ready within 300 s: see the log above"
fi
wait "$backend"
