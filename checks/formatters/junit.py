"""JUnit XML for CI dashboards: one test case per claim, a failure for every fail."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from checks.findings import Claim, RunResult, Verdict
from checks.formatters import common

#: characters XML 1.0 cannot carry at all, even escaped
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(s: str) -> str:
    return _ILLEGAL.sub("\ufffd", s)


def _case_name(c: Claim) -> str:
    return _clean(f"{c.line}:{c.column} {c.rule} {' '.join(c.text.split())!r}")


def render(run: RunResult, **_: object) -> str:
    """``<testsuites>`` with a suite per document; uncertain claims are skipped cases."""
    s = run.summary()
    errors = common.all_errors(run)
    root = ET.Element("testsuites", name="factlint", tests=str(s["claims"]),
                      failures=str(s["fail"]), errors=str(len(errors)),
                      skipped=str(s["uncertain"]))
    if run.errors:
        suite = ET.SubElement(root, "testsuite", name="factlint", tests="1", failures="0",
                              errors=str(len(run.errors)), skipped="0")
        case = ET.SubElement(suite, "testcase", classname="factlint", name="configuration")
        for e in run.errors:
            ET.SubElement(case, "error", message=_clean(e), type="error").text = _clean(e)
    for doc in common.documents(run):
        cl = common.claims(doc)
        suite = ET.SubElement(
            root, "testsuite", name=_clean(doc.path), tests=str(len(cl) + bool(doc.errors)),
            failures=str(sum(c.verdict == Verdict.FAIL for c in cl)),
            errors=str(len(doc.errors)),
            skipped=str(sum(c.verdict == Verdict.UNCERTAIN for c in cl)))
        props = ET.SubElement(suite, "properties")
        for key, value in (("as_of", doc.as_of or ""), ("quantities", doc.quantities),
                           ("quantities_used", doc.quantities_used)):
            ET.SubElement(props, "property", name=key, value=str(value))
        if doc.errors:
            case = ET.SubElement(suite, "testcase", classname=_clean(doc.path), name="read",
                                 file=_clean(doc.path))
            for e in doc.errors:
                ET.SubElement(case, "error", message=_clean(e), type="error").text = _clean(e)
        for c in cl:
            case = ET.SubElement(suite, "testcase", classname=_clean(doc.path),
                                 name=_case_name(c), file=_clean(c.path), line=str(c.line))
            detail = common.computation(c)
            if c.inputs:
                detail += "\ninputs: " + ", ".join(f"{i.text!r}" for i in c.inputs)
            sug = common.suggestion(c)
            if sug:
                detail += f"\nsuggestion: {sug}"
            if c.hint:
                detail += f"\nhint: {c.hint}"
            if c.verdict == Verdict.FAIL:
                ET.SubElement(case, "failure", message=_clean(c.message),
                              type=f"{c.rule} {c.severity}").text = _clean(detail)
            elif c.verdict == Verdict.UNCERTAIN:
                ET.SubElement(case, "skipped",
                              message=_clean(f"uncertain: {c.message}")).text = _clean(detail)
    out = ET.SubElement(root, "system-out")
    out.text = common.summary_line(run) + "\n" + common.coverage_line(run)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
