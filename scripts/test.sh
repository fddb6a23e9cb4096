#!/usr/bin/env bash
# Runs every test of the project: type-check, lint, unit tests, the app build,
# browser tests in Debian's Chromium against the real portal, and the
# production smoke test on PostgreSQL. Ends with one line
# "N passed, N failed[, N skipped]" summed over every suite.
set -uo pipefail
source "$(dirname "$0")/lib.sh"

RESULTS="$ROOT/.run/results"

# Debian's Chromium for the browser tests; never a downloaded browser.
ensure_chromium() {
  [ -x /usr/bin/chromium ] && return
  [ "$(id -u)" = 0 ] || die "Chromium is missing: run 'sudo apt-get install -y chromium' (the browser tests drive /usr/bin/chromium)"
  step "Installing Chromium from Debian"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >"$STAMPS/apt-chromium.log" 2>&1 ||
    die "apt-get install chromium failed: see .tools/stamps/apt-chromium.log"
}

ensure_postgres() {
  [ -x /usr/lib/postgresql/15/bin/initdb ] && return
  [ "$(id -u)" = 0 ] || die "PostgreSQL 15 is missing: run 'sudo apt-get install -y postgresql' (the production smoke test starts it on loopback)"
  step "Installing PostgreSQL from Debian"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; } >"$STAMPS/apt-postgresql.log" 2>&1 ||
    die "apt-get install postgresql failed: see .tools/stamps/apt-postgresql.log"
}

# Debian's Prometheus (with promtool) for the backend's metrics tests, which
# start it on loopback against fixture exporters and backfilled history.
ensure_prometheus() {
  [ -x /usr/bin/prometheus ] && [ -x /usr/bin/promtool ] && return
  [ "$(id -u)" = 0 ] || die "Prometheus is missing: run 'sudo apt-get install -y prometheus' (the backend's metrics tests run /usr/bin/prometheus and /usr/bin/promtool)"
  step "Installing Prometheus from Debian"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq prometheus; } >"$STAMPS/apt-prometheus.log" 2>&1 ||
    die "apt-get install prometheus failed: see .tools/stamps/apt-prometheus.log"
}

# kubectl proves the loopback Kubernetes API is real enough for real clients;
# openssl makes the certificates its TLS tests serve.
ensure_kube_tools() {
  local missing=()
  command -v kubectl >/dev/null || missing+=(kubernetes-client)
  command -v openssl >/dev/null || missing+=(openssl)
  # The production smoke test lists what the backend listens on.
  command -v ss >/dev/null || missing+=(iproute2)
  command -v ps >/dev/null || missing+=(procps)
  [ ${#missing[@]} -eq 0 ] && return
  [ "$(id -u)" = 0 ] || die "missing ${missing[*]}: run 'sudo apt-get install -y ${missing[*]}' (the loopback Kubernetes API's tests use them)"
  step "Installing ${missing[*]} from Debian"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"; } >"$STAMPS/apt-kube-tools.log" 2>&1 ||
    die "apt-get install ${missing[*]} failed: see .tools/stamps/apt-kube-tools.log"
}

# A suite that is one check: passed or failed as a whole.
record_check() {
  local name=$1 status=$2
  if [ "$status" = 0 ]; then
    echo "{\"suite\":\"$name\",\"passed\":1,\"failed\":0}" >"$RESULTS/$name.json"
  else
    echo "{\"suite\":\"$name\",\"passed\":0,\"failed\":1}" >"$RESULTS/$name.json"
    printf 'FAILED: %s\n' "$name"
  fi
}

run_check() {
  local name=$1
  shift
  step "$name"
  "$@"
  record_check "$name" $?
}

ensure_shared_reference
ensure_node
ensure_dependencies
ensure_chromium
ensure_postgres
ensure_prometheus
ensure_kube_tools
ensure_port_free 7017
ensure_port_free 7453
ensure_port_free 7027
# The install test's registry, loopback cluster and two fresh apps.
for port in 7047 7463 7057 7067; do ensure_port_free "$port"; done

# Repositories the template published in earlier runs would each become a
# demo cluster again: start the browser tests without them.
rm -rf "$RESULTS" "$ROOT/test-results" "$ROOT/.run/repos"
mkdir -p "$RESULTS"
cd "$ROOT"

run_check typecheck yarn tsc
run_check lint yarn backstage-cli repo lint
# A change to a published package's surface must show in its report.api.md.
run_check api-reports yarn build:api-reports:only --ci
run_check prettier yarn prettier --check --loglevel warn .

# Both portals' configs against every package's schema (ours and upstream's).
check_configs() {
  yarn backstage-cli config:check --lax --strict --config app-config.yaml --config app-config.demo.yaml &&
    yarn backstage-cli config:check --lax --strict --config app-config.yaml --config app-config.production.yaml
}
run_check config-schema check_configs

step "unit tests (jest)"
CI=true yarn backstage-cli repo test --json --outputFile="$RESULTS/jest.raw.json"
[ -f "$RESULTS/jest.raw.json" ] || record_check jest 1

run_check app-build ensure_app_build

step "browser tests (playwright, Debian's Chromium)"
yarn playwright test
[ -f "$RESULTS/playwright.json" ] || record_check playwright 1

step "release (changesets, published package metadata)"
node --test --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$RESULTS/release.tap" \
  scripts/release/release.test.mjs
[ -s "$RESULTS/release.tap" ] || record_check release 1

step "production smoke test (PostgreSQL)"
node --test --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$RESULTS/smoke.tap" \
  packages/backend/smoke/production.smoke.mjs
[ -s "$RESULTS/smoke.tap" ] || record_check smoke 1

# What a platform team does: our packages packed, published to a local npm
# registry, and installed into fresh Backstage apps by the README's lines.
step "install test (fresh Backstage apps from create-app, local npm registry)"
node --test --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$RESULTS/install.tap" \
  scripts/install-test/install.test.mjs
[ -s "$RESULTS/install.tap" ] || record_check install 1

exec node "$ROOT/scripts/summarize-results.mjs" "$RESULTS"
