#!/usr/bin/env bash
# Java smoke test of the Maven artifact built into dist/java (a Maven repository layout):
# test/bindings/java (JUnit 5) against dev.cdkiamkit:cdk-iam-kit from dist/java plus aws-cdk-lib and
# constructs at the versions the library is built against. Tests whose classes the artifact lacks
# are reported as skipped (scripts/bindings/java-gate.py). Arguments are passed to mvn
# (e.g. -Dtest=PolicyDocumentTest). Surefire writes
# test/bindings/java/target/surefire-reports/TEST-*.xml; the last line printed is Surefire's summary.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

PROJECT="$ROOT/test/bindings/java"
JAR="$ROOT/dist/java/dev/cdkiamkit/cdk-iam-kit/$KIT_VERSION/cdk-iam-kit-$KIT_VERSION.jar"
if [ ! -f "$JAR" ]; then
  log "no $JAR: run 'npx projen package:java' first"; exit 1
fi

"$(dirname "$0")/ensure-cdk-bindings.sh" java

# A release version is never re-fetched once in the local repository: drop the copy of the
# previous build so the artifact under test is the one in dist/java.
rm -rf "$M2_REPO/dev/cdkiamkit/cdk-iam-kit"

rm -rf "$PROJECT/target"
python3 "$(dirname "$0")/java-gate.py" "$JAR" "$PROJECT/src/test/java" "$PROJECT/target/smoke-tests" >&2

LOG="$PROJECT/target/mvn.log"
rc=0
(cd "$PROJECT" && timed "mvn test" mvn -B -ntp -Dstyle.color=never -Dmaven.repo.local="$M2_REPO" \
  -Dkit.version="$KIT_VERSION" -Dkit.repo="file://$ROOT/dist/java" \
  -Dcdk.version="$CDK_VERSION" -Dconstructs.version="$CONSTRUCTS_VERSION" \
  -Dsmoke.testSources="$PROJECT/target/smoke-tests" "$@" test) >"$LOG" 2>&1 || rc=$?

# Surefire's per-class lines and any failure details, then its overall summary as the last line.
grep -E '^\[(INFO|WARNING|ERROR)\] (Tests run:|Running |Failures:|Errors:|  |BUILD|COMPILATION ERROR|/)|^\[ERROR\]' "$LOG" \
  | grep -vE 'Re-run Maven|Help 1|full stack trace|http://cwiki|^\[ERROR\] *$' || true
# Surefire does not print why a case was skipped: list the reasons from its reports.
python3 - "$PROJECT/target/surefire-reports" <<'PY' || true
import glob, sys, xml.etree.ElementTree as ET
for path in sorted(glob.glob(sys.argv[1] + "/TEST-*.xml")):
    for case in ET.parse(path).getroot().iter("testcase"):
        skipped = case.find("skipped")
        if skipped is not None:
            reason = skipped.get("message") or (skipped.text or "").strip().splitlines()[0:1]
            reason = reason if isinstance(reason, str) else "".join(reason)
            print(f"SKIPPED {case.get('classname')}.{case.get('name')}: {reason.split('Assumption failed: ')[-1]}")
PY
summary=$(grep -E '^\[(INFO|WARNING|ERROR)\] Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+, Skipped: [0-9]+$' "$LOG" | tail -1 || true)
if [ "$rc" -ne 0 ] && [ -z "$summary" ]; then
  tail -40 "$LOG"
  echo "Tests run: 0, Failures: 1, Errors: 0, Skipped: 0 (maven exited $rc before Surefire ran; log: $LOG)"
  exit "$rc"
fi
echo "${summary#\[*\] }"
exit "$rc"
