#!/usr/bin/env bash
# Python smoke test of the built wheel (dist/python): a fresh python3.11 venv with the wheel,
# aws-cdk-lib and constructs at the versions the library is built against, then pytest on
# test/bindings/python. The last line printed is pytest's own summary; the JUnit report goes to
# test-reports/bindings-python.xml.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

PY="${PYTHON:-python3.11}"
VENV="$ROOT/test/bindings/python/.venv"
WHEEL="$(ls "$ROOT"/dist/python/cdk_iam_kit-"$KIT_VERSION"-py3-none-any.whl 2>/dev/null || true)"
if [ -z "$WHEEL" ]; then
  log "no wheel in dist/python: run 'npx projen package:python' first"; exit 1
fi

"$(dirname "$0")/ensure-cdk-bindings.sh" python

rm -rf "$VENV"
timed "venv" "$PY" -m venv "$VENV"
# --find-links: the wheelhouse holds aws-cdk-lib when PyPI lacks the release we pin.
timed "pip install" "$VENV/bin/pip" install --quiet --no-compile --disable-pip-version-check --find-links "$WHEELHOUSE" \
  "$WHEEL" "aws-cdk-lib==$CDK_VERSION" "constructs==$CONSTRUCTS_VERSION" "pytest==9.2.0"
log "installed: $("$VENV/bin/pip" list --format=freeze 2>/dev/null | grep -iE '^(cdk-iam-kit|aws-cdk-lib|constructs|jsii)==' | tr '\n' ' ')"

mkdir -p "$ROOT/test-reports"
cd "$ROOT/test/bindings/python"
exec "$VENV/bin/python" -m pytest -p no:cacheprovider -rs \
  --junitxml="$ROOT/test-reports/bindings-python.xml" -o junit_suite_name=bindings-python .
