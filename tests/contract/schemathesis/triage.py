"""Sorts the failures of the bounded schemathesis run into known false positives (each listed
below with the reason it is one) and real ones. Exits 1 when any failure is not listed.

Usage: triage.py REPORT_DIR SCHEMATHESIS_OUTPUT

A failure is matched by its check code, its operation and its response (status and body), so
a listed false positive never hides another failure of the same check on the same operation.
"""

from __future__ import annotations

import glob
import json
import re
import sys
from dataclasses import dataclass

ANY = "*"


@dataclass(frozen=True)
class Known:
    code: str  # schemathesis check code, e.g. ST202
    operation: str  # "METHOD /path", or ANY
    response: str  # regex searched in "STATUS BODY"
    reason: str  # why the server is right and the check is not


# Keep this list short and every entry argued: each one says why the answer is correct HTTP and
# cannot be expressed in the OpenAPI document, so the check cannot know it.
FALSE_POSITIVES: list[Known] = [
    Known(
        "ST203",
        ANY,
        r"^428 .*precondition-required",
        "If-Match is required, and a request without it gets 428 Precondition Required "
        "(RFC 6585 section 3), the status made for exactly this; the check only accepts "
        "400, 401, 403, 406, 415 or 422.",
    ),
    Known(
        "ST201",
        ANY,
        r"^413 .*payload-too-large",
        "The schema-violating body was refused, with 413 because it is also over the "
        "operation's byte limit (RFC 9110 section 15.5.14); the check does not count 413 as "
        "a refusal. (A 413 the operation does not document still fails as ST103.)",
    ),
    Known(
        "ST202",
        ANY,
        r"^412 .*precondition-failed",
        "The generated If-Match is a random string that cannot equal the changeset's current "
        "ETag, so 412 Precondition Failed (RFC 9110 section 13.1.1) is the correct answer.",
    ),
    Known(
        "ST202",
        ANY,
        r"^400 .*is before `from`",
        "`to` earlier than `from` (or than today, `from`'s default): a rule between two "
        "parameters, which JSON Schema for separate query parameters cannot state.",
    ),
    Known(
        "ST202",
        ANY,
        r"^400 .*the range may span at most 3 years",
        "`from` and `to` at most 3 years apart: a rule between two parameters, which JSON "
        "Schema for separate query parameters cannot state.",
    ),
    Known(
        "ST202",
        "PUT /v1/changesets/{number}/edits",
        r"^422 .*invalid-content",
        "The edit's text is a TOML or Fluent document that must parse (422 names file, line "
        "and column); a string schema cannot describe another language's grammar.",
    ),
    Known(
        "ST202",
        ANY,
        r"^400 .*Invalid (from: revision \d+ belongs to|revision: revision \d+ is not a revision of)",
        "A revision must belong to the document it is used with (`from` of a revision diff, "
        "`revision` of a document revert): a relation between stored records, not a "
        "property of the request.",
    ),
    Known(
        "ST202",
        "POST /v1/changesets/{number}/submit",
        r"^422 .*has no edits to review",
        "Submitting an empty changeset depends on the changeset's state, not on the request.",
    ),
    Known(
        "ST202",
        ANY,
        r"^422 .*already holds exactly this content",
        "A revert or import that would change nothing is refused: depends on the content "
        "published now, not on the request.",
    ),
    Known(
        "ST202",
        ANY,
        r"^400 .*Invalid (channel|payment|marketplace): unknown [a-z ]+ `[a-z0-9][a-z0-9._-]*`",
        "A well-formed registry id that names no entry: the registries are content, changed "
        "by releases, so the spec cannot list them as an enum.",
    ),
    Known(
        "ST202",
        ANY,
        r"^400 .*there is no market `[A-Za-z]{2}`",
        "A well-formed ISO 3166-1 code that is not one of the markets: the markets are content, "
        "added by releases, so the schema states the code's shape, not the list.",
    ),
    Known(
        "ST202",
        "POST /v1/webhooks",
        r"^422 .*Invalid url: the host `[^`]+` does not resolve",
        "A well-formed URL whose host has no address in DNS: refused so an admin hears of the "
        "typo at once; whether a name resolves is the world's state, not the request's.",
    ),
    Known(
        "ST202",
        "GET /v1/markets/{code}/contact-window",
        r"^400 .*Invalid tz: `[A-Za-z][A-Za-z0-9_+/-]*` is not an IANA time zone",
        "A well-formed zone name the IANA database does not hold: the database has some 600 "
        "names and changes with tzdata releases, so the schema states the shape, not the list.",
    ),
    Known(
        "ST202",
        "PATCH /v1/changesets/{number}",
        r"^400 .*Invalid collaborators: there is no enabled account `[a-z0-9][a-z0-9._-]{1,63}`",
        "A well-formed username that names no enabled account: depends on the accounts "
        "stored, not on the request.",
    ),
]


@dataclass
class Case:
    operation: str
    code: str
    title: str
    response: str
    reproduce: str


def parse_cases(output: str) -> list[Case]:
    """The failing test cases schemathesis printed, one per (test case, check)."""
    failures = output.split("=== FAILURES ===", 1)
    if len(failures) < 2:
        return []
    text = re.split(r"^=+ (?:WARNINGS|SUMMARY) =+$", failures[1], flags=re.M)[0]
    cases = []
    sections = re.split(r"^_{3,} (.+?) _{3,}$", text, flags=re.M)
    for operation, body in zip(sections[1::2], sections[2::2]):
        for case in re.split(r"^\d+\. Test Case ID: \S+$", body, flags=re.M)[1:]:
            status = re.search(r"^\[(\d{3})\] [^\n]*\n\s*\n\s*`(.*?)`\s*$", case, flags=re.M | re.S)
            if not status:
                status = re.search(r"^\[(\d{3})\] (.*)$", case, flags=re.M)
            response = f"{status.group(1)} {status.group(2).strip()}" if status else "(no response shown)"
            curl = re.search(r"^\s+(curl .*)$", case, flags=re.M)
            why = re.search(r"^\s+(Invalid component: .*)$", case, flags=re.M)
            reproduce = (f"{why.group(1)}; " if why else "") + (curl.group(1) if curl else "")
            for code, title in re.findall(r"^- (ST\d+) (.+)$", case, flags=re.M):
                cases.append(Case(operation.strip(), code, title.strip(), response, reproduce))
    return cases


def known(case: Case) -> Known | None:
    for entry in FALSE_POSITIVES:
        if entry.code == case.code and entry.operation in (ANY, case.operation) and re.search(
            entry.response, case.response, flags=re.S
        ):
            return entry
    return None


def main(report_dir: str, output_path: str) -> int:
    reports = sorted(glob.glob(f"{report_dir}/*.json"))
    if not reports:
        print("triage: schemathesis wrote no JSON report")
        return 1
    report = json.load(open(reports[-1]))
    cases = parse_cases(open(output_path, encoding="utf-8", errors="replace").read())

    counts = report.get("test_cases", {})
    print(
        f"schemathesis: {counts.get('generated', 0)} test cases, "
        f"{counts.get('unique_failures', 0)} unique failures, "
        f"{len(report.get('errors') or [])} errors, stopped by {report.get('stop_reason')}"
    )
    unexpected = 0
    known_count = 0
    used: set[int] = set()
    for case in cases:
        entry = known(case)
        if entry:
            known_count += 1
            used.add(FALSE_POSITIVES.index(entry))
            print(f"  known {case.code} {case.operation}: {case.response[:160]}")
            print(f"        false positive: {entry.reason}")
        else:
            unexpected += 1
            print(f"  FAIL  {case.code} {case.title}: {case.operation}")
            print(f"        {case.response[:400]}")
            print(f"        {case.reproduce[:400]}")
    # Every failure the report counts must have been shown and sorted above.
    shown = {(c.code, c.operation) for c in cases}
    for failure in report.get("failures", []):
        for operation in failure["operations"]:
            if (failure["code"], operation) not in shown:
                unexpected += 1
                print(f"  FAIL  {failure['code']} {failure['title']}: {operation} (not found in the output)")
    for error in report.get("errors") or []:
        unexpected += 1
        print(f"  FAIL  error: {json.dumps(error)[:400]}")
    for index, entry in enumerate(FALSE_POSITIVES):
        if index not in used:
            print(f"  note  listed false positive not seen this run: {entry.code} {entry.operation} /{entry.response}/")
    print(f"schemathesis triage: {known_count} known false positives, {unexpected} unexpected failures")
    return 1 if unexpected else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
