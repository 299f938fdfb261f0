#!/usr/bin/env python3
"""Builds conformance/corpus: one file per case under cases/, the profile folder under profiles/, and manifest.json.

Each case states what the HL7 Java validator (the reference) says for FHIR R4 with no terminology server.
Run: python3 conformance/corpus/build_corpus.py   (rewrites cases/, profiles/ and manifest.json)
"""
import copy
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
CASES = []
KNOWN_DISAGREEMENTS = {}  # filled from disagreements.py after triage
try:
    from disagreements import KNOWN_DISAGREEMENTS  # noqa: F811
except ImportError:
    pass

P = "http://example.org/fhir/corpus/StructureDefinition/"


def case(cid, body, expected, expr=None, msg=None, rule="", conf="high", fmt="json", profiles=None,
         packages=None, note=None):
    assert expected in ("valid", "invalid")
    assert all(c["id"] != cid for c in CASES), cid
    ext = "xml" if fmt == "xml" else "json"
    path = f"cases/{cid}.{ext}"
    # bytes are written as they are (encodings, byte order marks); str as UTF-8 text; anything else as JSON
    text = body if isinstance(body, (str, bytes)) else json.dumps(body, indent=2, ensure_ascii=False)
    c = {"id": cid, "file": path, "rule": rule, "expected": expected}
    if expected == "invalid" and (expr or msg):
        c["finding"] = {k: v for k, v in (("expression", expr), ("message", msg)) if v}
    if profiles:
        c["profiles"] = profiles
    if packages:
        c["packages"] = packages
    c["confidence"] = conf
    if note:
        c["note"] = note
    if cid in KNOWN_DISAGREEMENTS:
        c["knownDisagreement"] = KNOWN_DISAGREEMENTS[cid]
    c["_text"] = text
    CASES.append(c)


def d(base, **kw):
    r = copy.deepcopy(base)
    for k, v in kw.items():
        if v is None:
            r.pop(k, None)
        else:
            r[k] = v
    return r


PAT = {"resourceType": "Patient", "id": "p1"}
OBS = {"resourceType": "Observation", "id": "o1", "status": "final",
       "code": {"coding": [{"system": "http://loinc.org", "code": "8867-4", "display": "Heart rate"}]},
       "subject": {"reference": "Patient/p1"}}
LOINC_HR = {"coding": [{"system": "http://loinc.org", "code": "8867-4"}]}
XHTML = "http://www.w3.org/1999/xhtml"


def narrative(div, status="generated"):
    return {"status": status, "div": div}


exec(open(os.path.join(HERE, "cases_syntax.py")).read())
exec(open(os.path.join(HERE, "cases_types.py")).read())
exec(open(os.path.join(HERE, "cases_structure.py")).read())
exec(open(os.path.join(HERE, "cases_invariants.py")).read())
exec(open(os.path.join(HERE, "cases_bundles.py")).read())
exec(open(os.path.join(HERE, "cases_profiles.py")).read())


def main():
    for sub in ("cases", "profiles"):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
        os.makedirs(os.path.join(HERE, sub))
    for c in CASES:
        text = c.pop("_text")
        if isinstance(text, bytes):
            with open(os.path.join(HERE, c["file"]), "wb") as f:
                f.write(text)
            continue
        with open(os.path.join(HERE, c["file"]), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
            f.write("\n")
    for name, res in PROFILE_RESOURCES:
        with open(os.path.join(HERE, "profiles", name), "w", encoding="utf-8", newline="\n") as f:
            json.dump(res, f, indent=2)
            f.write("\n")
    manifest = {
        "description": "FHIR R4 validator cases with the verdict of the HL7 Java validator (no terminology server). "
                       "Built by build_corpus.py; see README.md.",
        "fhirVersion": "4.0.1",
        "cases": CASES,
    }
    with open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(manifest, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(f"{len(CASES)} cases")


if __name__ == "__main__":
    main()
