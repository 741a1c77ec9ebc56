#!/usr/bin/env bash
# Make aws-cdk-lib's Python wheel / Java jar of exactly the version we compile against available.
#
#   scripts/bindings/ensure-cdk-bindings.sh python   -> $WHEELHOUSE holds aws_cdk_lib-<v>.whl unless PyPI has <v>
#   scripts/bindings/ensure-cdk-bindings.sh java     -> ~/.m2 holds software.amazon.awscdk:aws-cdk-lib:<v>
#
# The registries this machine reaches lag behind npm (checked 2026-11-23: npm has aws-cdk-lib 2.276.0,
# PyPI stops at 2.275.0, Maven Central at 2.272.0 and has no cdk-cloud-assembly-schema 55.x). When the
# registry has the release it is used as is. When it does not, the binding is generated from the npm
# release in node_modules with jsii-pacmak, the same generator AWS publishes these packages with, and
# cached (wheelhouse / ~/.m2) so it is built once per machine.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

PY="${PYTHON:-python3.11}"

on_pypi() { # name version
  "$PY" -m pip index versions "$1" 2>/dev/null | grep -E '^Available versions:' | tr -d ' ' \
    | cut -d: -f2 | tr ',' '\n' | grep -qxF "$2"
}

ensure_python() {
  if ls "$WHEELHOUSE"/aws_cdk_lib-"$CDK_VERSION"-*.whl >/dev/null 2>&1; then
    log "aws-cdk-lib $CDK_VERSION wheel cached in $WHEELHOUSE"; return
  fi
  if on_pypi aws-cdk-lib "$CDK_VERSION"; then
    log "aws-cdk-lib $CDK_VERSION is on PyPI"; return
  fi
  log "aws-cdk-lib $CDK_VERSION is not on PyPI: generating the wheel from node_modules/aws-cdk-lib"
  local out; out="$(mktemp -d)"
  timed "pacmak python aws-cdk-lib" "$PACMAK" --target python -o "$out" "$ROOT/node_modules/aws-cdk-lib" >&2
  mkdir -p "$WHEELHOUSE"
  mv "$out"/python/aws_cdk_lib-"$CDK_VERSION"-*.whl "$WHEELHOUSE"/
  rm -rf "$out"
}

m2_has() { # groupId artifactId version
  [ -f "$M2_REPO/${1//.//}/$2/$3/$2-$3.jar" ]
}

from_central() { # groupId artifactId version
  mvn -B -q -ntp -Dstyle.color=never dependency:get -Dmaven.repo.local="$M2_REPO" -Dtransitive=false \
    -Dartifact="$1:$2:$3" >/dev/null 2>&1
}

# Generate and install the Java binding of a jsii package from node_modules (no javadoc/sources jars).
build_java() { # package directory
  local dir="$1" out
  out="$(mktemp -d)"
  timed "pacmak java code $(basename "$dir")" "$PACMAK" --target java --code-only -o "$out" "$dir" >&2
  (cd "$out/java" && MAVEN_OPTS="${MAVEN_OPTS:-} -Xmx3g" timed "mvn install $(basename "$dir")" \
    mvn -B -q -ntp -Dstyle.color=never install -Dmaven.repo.local="$M2_REPO" -Dmaven.javadoc.skip=true -Dmaven.source.skip=true >&2)
  rm -rf "$out"
}

ensure_java_pkg() { # node package directory
  local dir="$1" g a v
  g=$(node -p "require('$dir/package.json').jsii.targets.java.maven.groupId")
  a=$(node -p "require('$dir/package.json').jsii.targets.java.maven.artifactId")
  v=$(node -p "require('$dir/package.json').version")
  if m2_has "$g" "$a" "$v"; then log "$g:$a:$v in $M2_REPO"; return; fi
  if from_central "$g" "$a" "$v"; then log "$g:$a:$v from Maven Central"; return; fi
  log "$g:$a:$v is not on Maven Central: generating it from $dir"
  build_java "$dir"
}

ensure_java() {
  local lib="$ROOT/node_modules/aws-cdk-lib"
  if m2_has software.amazon.awscdk aws-cdk-lib "$CDK_VERSION" || from_central software.amazon.awscdk aws-cdk-lib "$CDK_VERSION"; then
    log "software.amazon.awscdk:aws-cdk-lib:$CDK_VERSION available"; return
  fi
  # aws-cdk-lib's own jsii dependencies first (its pom needs them to resolve).
  local dep
  for dep in $(node -p "Object.keys(require('$lib/package.json').dependencies).join(' ')"); do
    local d
    d=""
    for cand in "$lib/node_modules/$dep" "$ROOT/node_modules/$dep"; do
      if [ -f "$cand/package.json" ]; then d="$cand"; break; fi
    done
    if [ -n "$d" ] && [ "$(node -p "Boolean(require('$d/package.json').jsii?.targets?.java)")" = true ]; then
      ensure_java_pkg "$d"
    fi
  done
  ensure_java_pkg "$lib"
}

case "${1:-}" in
  python) ensure_python ;;
  java) ensure_java ;;
  *) echo "usage: $0 python|java" >&2; exit 2 ;;
esac
