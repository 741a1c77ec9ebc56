#!/usr/bin/env bash
# Developer helper: build the Python and Java packages from a committed revision into dist/, for
# when the shared working tree is mid-edit and does not compile. CI does not use this (a clean
# clone compiles: it runs `npx projen package:python` / `package:java`).
#
#   scripts/bindings/build-from-commit.sh [<commit> | --latest-compiling] [targets...]
#
# --latest-compiling walks back from HEAD (at most 15 commits) to the first one jsii compiles.
# targets default to "python java". Also copies the commit's .jsii to dist/.jsii for api-check.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

WT="${WT:-/tmp/wt-bindings}"
REV="${1:-HEAD}"; shift || true
TARGETS=("$@"); [ ${#TARGETS[@]} -gt 0 ] || TARGETS=(python java)

cleanup() { git -C "$ROOT" worktree remove --force "$WT" >/dev/null 2>&1 || true; }
trap cleanup EXIT

compile_at() { # commit -> 0 when jsii compiles it
  cleanup
  git -C "$ROOT" worktree add --detach "$WT" "$1" >/dev/null 2>&1
  ln -s "$ROOT/node_modules" "$WT/node_modules"
  (cd "$WT" && timed "jsii compile $1" npx jsii --silence-warnings=reserved-word >"$WT/.jsii-compile.log" 2>&1)
}

if [ "$REV" = "--latest-compiling" ]; then
  found=""
  for c in $(git -C "$ROOT" rev-list -n 15 HEAD); do
    if compile_at "$c"; then found="$c"; break; fi
    log "$(git -C "$ROOT" log -1 --format='%h %s' "$c" | cut -c1-80): does not compile"
  done
  [ -n "$found" ] || { log "no compiling commit in the last 15"; exit 1; }
  REV="$found"
else
  REV="$(git -C "$ROOT" rev-parse "$REV")"
  compile_at "$REV" || { grep -E 'error|ERROR' "$WT/.jsii-compile.log" | head -20; exit 1; }
fi
log "building $(git -C "$ROOT" log -1 --format='%h %s' "$REV" | cut -c1-100)"

if printf '%s\n' "${TARGETS[@]}" | grep -qx java; then
  "$(dirname "$0")/ensure-cdk-bindings.sh" java
fi
args=(); for t in "${TARGETS[@]}"; do args+=(--target "$t"); done
(cd "$WT" && JSII_PACMAK_MAVEN_LOCAL_REPOSITORY="$M2_REPO" timed "jsii-pacmak ${TARGETS[*]}" \
  "$PACMAK" -v "${args[@]}" >"$WT/.pacmak.log" 2>&1) || { tail -40 "$WT/.pacmak.log"; exit 1; }

mkdir -p "$ROOT/dist"
for t in "${TARGETS[@]}"; do
  rm -rf "${ROOT:?}/dist/$t"
  cp -r "$WT/dist/$t" "$ROOT/dist/$t"
done
cp "$WT/.jsii" "$ROOT/dist/.jsii"
git -C "$ROOT" rev-parse --short "$REV" >"$ROOT/dist/.bindings-commit"
log "dist/ now holds ${TARGETS[*]} built from $(cat "$ROOT/dist/.bindings-commit")"
