#!/usr/bin/env python3
"""Sum JUnit XML reports into one `N passed, N failed` line.

    junit-aggregate.py jest=test-reports/junit.xml pytest=test-reports/bindings-python.xml \
        junit='test/bindings/java/target/surefire-reports/TEST-*.xml'

Each argument is label=path-or-glob (jest-junit, pytest --junitxml and Surefire all write
<testcase> elements with <failure>/<error>/<skipped> children). A label whose reports are missing
or unreadable counts as one failure, so a runner that crashed before writing its report cannot pass.
Prints: `N passed, N failed, N skipped (jest: a passed, b failed, c skipped; pytest: ...)`.
"""
import glob
import sys
import xml.etree.ElementTree as ET


def count(paths):
    passed = failed = skipped = 0
    for path in paths:
        for case in ET.parse(path).getroot().iter("testcase"):
            if case.find("failure") is not None or case.find("error") is not None:
                failed += 1
            elif case.find("skipped") is not None:
                skipped += 1
            else:
                passed += 1
    return passed, failed, skipped


def main(args):
    total = [0, 0, 0]
    parts = []
    for arg in args:
        label, _, pattern = arg.partition("=")
        paths = sorted(glob.glob(pattern))
        try:
            if not paths:
                raise OSError(f"no report at {pattern}")
            p, f, s = count(paths)
            parts.append(f"{label}: {p} passed, {f} failed, {s} skipped")
        except (OSError, ET.ParseError) as err:
            p, f, s = 0, 1, 0
            parts.append(f"{label}: no readable report ({err})")
        total = [total[0] + p, total[1] + f, total[2] + s]
    print(f"{total[0]} passed, {total[1]} failed, {total[2]} skipped ({'; '.join(parts)})")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
