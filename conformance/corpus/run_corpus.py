#!/usr/bin/env python3
"""Runs every case of manifest.json through the built CLI and prints the agreement with the reference verdicts.

Usage: python3 conformance/corpus/run_corpus.py [--readme] [path/to/fhir-recovery.dll]   (build src/FhirRecovery.Cli first)
--readme rewrites the results section of README.md (agreement figure and the tables of disagreements).
Same comparison as tests/FhirRecovery.Cli.Tests/Corpus/CorpusTests.cs; this script is for triage only.
"""
import collections
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
ARGS = [a for a in sys.argv[1:] if a != "--readme"]
DLL = ARGS[0] if ARGS else os.path.join(ROOT, "src/FhirRecovery.Cli/bin/Debug/net10.0/fhir-recovery.dll")
COMMENT = re.compile(r"/\*.*?\*/")


def norm(expr):
    return COMMENT.sub("", expr or "")


def has_finding(outcome, finding):
    for issue in outcome.get("issue", []):
        if issue.get("severity") not in ("error", "fatal"):
            continue
        places = [norm(e) for e in issue.get("expression", []) + issue.get("location", [])]
        text = " ".join([issue.get("details", {}).get("text", ""), issue.get("diagnostics", "")] + places).lower()
        if "expression" in finding and not any(p.startswith(finding["expression"]) for p in places):
            continue
        if "message" in finding and finding["message"].lower() not in text:
            continue
        return True
    return False


def main():
    manifest = json.load(open(os.path.join(HERE, "manifest.json")))
    groups = collections.defaultdict(list)
    for c in manifest["cases"]:
        groups[(tuple(c.get("profiles", [])), tuple(c.get("packages", [])))].append(c)
    results = {}
    for (profiles, packages), cases in groups.items():
        args = ["dotnet", DLL, "validate", "--output", "json"]
        for p in profiles:
            args += ["--profile", p]
        for p in packages:
            args += ["--package", os.path.join(HERE, p)]
        by_file = {}
        batches = [cases]
        while batches:
            batch = batches.pop()
            out = subprocess.run(args + [os.path.join(HERE, c["file"]) for c in batch], capture_output=True, text=True)
            if out.returncode not in (0, 1):
                if len(batch) > 1:  # a crash loses the whole batch: run its cases one by one
                    batches.extend([c] for c in batch)
                    continue
                print(f"CLI crashed on {batch[0]['id']}: exit {out.returncode}: {out.stderr.splitlines()[0] if out.stderr else ''}")
            for line in out.stdout.splitlines():
                if line.strip():
                    row = json.loads(line)
                    by_file[os.path.abspath(row["file"])] = row
        for c in cases:
            results[c["id"]] = (c, by_file.get(os.path.abspath(os.path.join(HERE, c["file"]))))
    agree = 0
    flagged_now_agree = []
    rows = []
    for cid, (c, row) in results.items():
        if row is None:
            ok, why = False, "no output"
        else:
            ok = row["valid"] == (c["expected"] == "valid")
            why = "verdict"
            if ok and c["expected"] == "invalid" and "finding" in c and not has_finding(row["outcome"], c["finding"]):
                ok, why = False, "finding"
        agree += ok
        if ok and "knownDisagreement" in c:
            flagged_now_agree.append(cid)
        if not ok:
            issues = [] if row is None else [(i["severity"], (i.get("expression") or [""])[0], i.get("details", {}).get("text", "")[:140])
                                             for i in row["outcome"].get("issue", []) if i["severity"] in ("error", "fatal", "warning")]
            rows.append((cid, c["expected"], c["confidence"], why, c.get("knownDisagreement", ""), c.get("finding"), issues))
    print(f"agreement: {agree} of {len(results)}")
    for r in rows:
        print(f"\n-- {r[0]} expected={r[1]} conf={r[2]} mismatch={r[3]} flagged={'yes' if r[4] else 'no'} finding={r[5]}")
        for i in r[6][:6]:
            print("   ", i)
    if flagged_now_agree:
        print("\nflagged but now agreeing:", ", ".join(flagged_now_agree))
    if "--readme" in sys.argv:
        write_readme(results, agree, rows)


def cell(text):
    return str(text).replace("|", "\\|").replace("\n", " ")


def write_readme(results, agree, rows):
    high = [c for c, _ in results.values() if c["confidence"] == "high"]
    high_agree = sum(1 for c in high if c["id"] not in {r[0] for r in rows})
    out = [f"Measured with `run_corpus.py` against the working tree's validator: **{agree} of {len(results)} cases agree** "
           f"with the reference verdict ({high_agree} of {len(high)} high-confidence cases; the rest are low-confidence "
           "cases, listed below and never asserted).", "",
           "### Known disagreements (FhirRecovery answers differently from the reference; skipped by CorpusTests with this reason)", "",
           "| Case | Rule | Expected (Java) | What FhirRecovery does |", "|---|---|---|---|"]
    for r in rows:
        if r[4]:
            c = results[r[0]][0]
            out.append(f"| `{r[0]}` | {cell(c['rule'])} | {c['expected']} | {cell(r[4])} |")
    if not any(r[4] for r in rows):
        out[-2:] = ["None: every high-confidence case agrees."]
    low = [r for r in rows if not r[4] and r[2] == "low"]
    out += ["", "### Low-confidence cases where the validator answers differently (not asserted; decide with a reference run)", "",
            "| Case | Rule | Best guess of the reference | FhirRecovery says | Note |", "|---|---|---|---|---|"]
    for r in low:
        c = results[r[0]][0]
        said = "invalid" if c["expected"] == "valid" else "valid"
        out.append(f"| `{r[0]}` | {cell(c['rule'])} | {c['expected']} | {said} | {cell(c.get('note', ''))} |")
    other = [r for r in rows if not r[4] and r[2] != "low"]
    if other:
        out += ["", "### Unflagged high-confidence disagreements (CorpusTests fails on these)", ""]
        out += [f"- `{r[0]}`: {r[3]}" for r in other]
    path = os.path.join(HERE, "README.md")
    text = open(path, encoding="utf-8").read()
    start, end = "<!-- results:start -->", "<!-- results:end -->"
    text = text[:text.index(start) + len(start)] + "\n" + "\n".join(out) + "\n" + text[text.index(end):]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    main()
