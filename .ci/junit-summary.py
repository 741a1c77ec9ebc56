"""Print `jest: N passed, N failed, N skipped` from a jest-junit report (the line CI reads)."""
import sys
import xml.etree.ElementTree as ET

try:
    root = ET.parse(sys.argv[1]).getroot()
except (OSError, ET.ParseError) as err:
    print(f"jest: 0 passed, 1 failed  (no readable report: {err})")
    sys.exit(0)

tests = failures = skipped = 0
for case in root.iter("testcase"):
    tests += 1
    if case.find("failure") is not None or case.find("error") is not None:
        failures += 1
    elif case.find("skipped") is not None:
        skipped += 1
print(f"jest: {tests - failures - skipped} passed, {failures} failed, {skipped} skipped")
