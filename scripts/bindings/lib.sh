# Shared settings for scripts/bindings/*.sh (sourced, not executed).
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

# Versions come from the project itself: aws-cdk-lib as installed (package.json pins the devDependency
# the library is compiled and tested against), constructs from package.json's devDependencies.
CDK_VERSION="$(node -p "require('$ROOT/node_modules/aws-cdk-lib/package.json').version")"
CONSTRUCTS_VERSION="$(node -p "require('$ROOT/package.json').devDependencies.constructs.replace(/^[\\^~]/, '')")"
KIT_VERSION="$(node -p "require('$ROOT/package.json').version")"

# Built third-party bindings (when a registry lacks a release) and the venv live in a cache outside
# the clone, so a second CI run on the same machine reuses them.
BINDINGS_CACHE="${BINDINGS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/cdk-iam-kit-bindings}"
WHEELHOUSE="$BINDINGS_CACHE/wheels"
M2_REPO="${M2_REPO:-$HOME/.m2/repository}"
PACMAK="$ROOT/node_modules/.bin/jsii-pacmak"

# Offline tests: no template validator round trip per synth (same as the jest task).
export CDK_VALIDATION="${CDK_VALIDATION:-false}"

log() { echo "[bindings] $*" >&2; }

# Run a command and log how long it took (seconds), to stderr.
timed() {
  local label="$1"; shift
  local start end
  start=$(date +%s)
  local rc=0
  "$@" || rc=$?
  end=$(date +%s)
  log "time: $label $((end - start))s (exit $rc)"
  return $rc
}
