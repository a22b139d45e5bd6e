"""Sorts the failures of the bounded schemathesis run into known false positives (each listed
below with the reason it is one) and real ones. Exits 1 when any failure is not listed.

Usage: triage.py REPORT_DIR SCHEMATHESIS_OUTPUT
"""

from __future__ import annotations

import glob
import json
import re
import sys

# (check code, "METHOD /path") -> why the server is right and the check is not.
# A listed failure that a run no longer shows is reported, so the list can only shrink.
FALSE_POSITIVES: dict[tuple[str, str], str] = {}


def main(report_dir: str, output_path: str) -> int:
    reports = sorted(glob.glob(f"{report_dir}/*.json"))
    if not reports:
        print("triage: schemathesis wrote no JSON report")
        return 1
    report = json.load(open(reports[-1]))
    output = open(output_path, encoding="utf-8", errors="replace").read()
    details = failure_details(output)

    cases = report.get("test_cases", {})
    print(
        f"schemathesis: {cases.get('generated', 0)} test cases, "
        f"{cases.get('unique_failures', 0)} unique failures, "
        f"{len(report.get('errors') or [])} errors, stop reason {report.get('stop_reason')}"
    )
    seen = set()
    unexpected = 0
    for failure in report.get("failures", []):
        for operation in failure["operations"]:
            key = (failure["code"], operation)
            seen.add(key)
            reason = FALSE_POSITIVES.get(key)
            label = "known" if reason else "FAIL "
            print(f"  {label} {failure['code']} {failure['title']}: {operation}")
            if reason:
                print(f"          false positive: {reason}")
            else:
                unexpected += 1
                for line in details.get((failure["title"], operation), [])[:3]:
                    print(f"          {line}")
    for error in report.get("errors") or []:
        unexpected += 1
        print(f"  FAIL  error: {json.dumps(error)[:400]}")
    for key in sorted(set(FALSE_POSITIVES) - seen):
        print(f"  note  listed but not seen this run: {key[0]} {key[1]}")
    print(f"schemathesis triage: {unexpected} unexpected failures")
    return 1 if unexpected else 0


def failure_details(output: str) -> dict[tuple[str, str], list[str]]:
    """(check title, operation) -> the status and body lines schemathesis printed for it."""
    details: dict[tuple[str, str], list[str]] = {}
    sections = re.split(r"^_{3,} (.+?) _{3,}$", output, flags=re.M)
    for operation, body in zip(sections[1::2], sections[2::2]):
        for case in re.split(r"^\d+\. Test Case ID", body, flags=re.M)[1:]:
            titles = re.findall(r"^- (?:ST\d+ )?(.+)$", case, flags=re.M)
            status = re.search(r"^\[(\d{3})\] .*$", case, flags=re.M)
            body_line = re.search(r"^\s+`(.{0,240})", case, flags=re.M)
            curl = re.search(r"^\s+(curl .*)$", case, flags=re.M)
            for title in titles:
                lines = details.setdefault((title.strip(), operation.strip()), [])
                if status:
                    lines.append(f"{status.group(0).strip()} {body_line.group(1) if body_line else ''}".strip())
                if curl:
                    lines.append(curl.group(1)[:300])
    return details


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
