"""SARIF 2.1.0 for code scanning: rule metadata, physical locations, stable fingerprints."""

from __future__ import annotations

import json
import math
import os
from urllib.parse import quote

from checks import __version__
from checks.findings import Claim, RunResult, Severity, Verdict
from checks.formatters import common

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
#: fail severity -> SARIF level; an uncertain verdict is a note whatever the rule says
#: (keyed by str: a claim's severity may be the plain string)
LEVELS: dict[str, str] = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
FINGERPRINT_KEY = "factlintClaim/v1"


def artifact_uri(path: str) -> str:
    """A relative URI for paths under the working directory, a file: URI otherwise."""
    rel = common.relpath(path)
    if os.path.isabs(rel):
        return "file://" + quote(rel if rel.startswith("/") else "/" + rel)
    return quote(rel)


#: a JSON object of the SARIF log
JSONObject = dict[str, object]


def _region(start: int, end: int, line: int, column: int, text: str | None, snippet: str
            ) -> JSONObject:
    end_line, end_col = common.position(text, end, (line, column + max(end - start, 0)))
    region: JSONObject = {"startLine": line, "startColumn": column, "endLine": end_line,
              "endColumn": max(end_col, column + 1) if end_line == line else end_col,
              "charOffset": start, "charLength": max(end - start, 0)}
    if snippet:
        region["snippet"] = {"text": snippet}
    return region


def _location(path: str, region: JSONObject, message: str | None = None,
              ident: int | None = None) -> JSONObject:
    loc: JSONObject = {"physicalLocation": {"artifactLocation": {"uri": artifact_uri(path),
                                                     "uriBaseId": "%SRCROOT%"},
                                "region": region}}
    if ident is not None:
        loc = {"id": ident, **loc}
    if message:
        loc["message"] = {"text": message}
    return loc


def _result(c: Claim, text: str | None, index: dict[str, int]) -> JSONObject:
    # kind "review" would suit an uncertain verdict, but SARIF then requires level "none",
    # which code scanning hides; a note keeps it visible without alarm
    level = LEVELS.get(c.severity, "warning") if c.verdict == Verdict.FAIL else "note"
    properties: JSONObject = {"verdict": c.verdict, "severity": c.severity, "claim": c.text}
    result: JSONObject = {
        "ruleId": c.rule,
        "ruleIndex": index[c.rule],
        "level": level,
        "message": {"text": common.computation(c)},
        "locations": [_location(c.path, _region(c.start, c.end, c.line, c.column, text,
                                                c.text))],
        "partialFingerprints": {FINGERPRINT_KEY: c.fingerprint()},
        "properties": properties,
    }
    related = []
    for n, i in enumerate(c.inputs):
        line, col = (i.line, i.column) if i.line else common.position(text, i.start)
        related.append(_location(c.path, _region(i.start, i.end, line, col, text, i.text),
                                 f"input {i.text!r}", n))
    if related:
        result["relatedLocations"] = related
    fix = common.correction(c).suggestion
    if fix is not None and text is not None and text[fix.start:fix.end] == fix.replaces:
        # a fix only where the span is exact: the document holds the replaced text there
        line, col = common.position(text, fix.start)
        result["fixes"] = [{
            "description": {"text": fix.words()},
            "artifactChanges": [{
                "artifactLocation": {"uri": artifact_uri(c.path), "uriBaseId": "%SRCROOT%"},
                "replacements": [{
                    "deletedRegion": _region(fix.start, fix.end, line, col, text, ""),
                    "insertedContent": {"text": fix.text}}]}]}]
    exp = common.correction(c).expected
    if exp is not None:
        properties["expected"] = {k: v for k, v in exp.contract().items()
                                            if v is not None}
    if c.computed is not None and math.isfinite(c.computed):
        properties["computed"] = c.computed
    # SARIF is strict JSON: an open end of the allowed interval is left out
    if c.allowed_low is not None and math.isfinite(c.allowed_low):
        properties["allowedLow"] = c.allowed_low
    if c.allowed_high is not None and math.isfinite(c.allowed_high):
        properties["allowedHigh"] = c.allowed_high
    # the range the inputs give (added beside the allowed interval, which is the statement's)
    if c.computed_low is not None and math.isfinite(c.computed_low):
        properties["computedLow"] = c.computed_low
    if c.computed_high is not None and math.isfinite(c.computed_high):
        properties["computedHigh"] = c.computed_high
    if c.hint:
        properties["hint"] = c.hint
    return result


def _rule(meta: common.RuleMeta) -> JSONObject:
    full = (meta.description or meta.short()).strip()
    help_text = meta.hint or full
    rule: JSONObject = {"id": meta.code,
            "shortDescription": {"text": meta.short()},
            "fullDescription": {"text": full},
            "help": {"text": help_text,
                     "markdown": f"**{meta.name or meta.code}**\n\n{full}"
                                 + (f"\n\n*Fix:* {meta.hint}" if meta.hint else "")},
            "defaultConfiguration": {"level": LEVELS.get(meta.severity, "warning")},
            "properties": {"tags": [t for t in ("factlint", meta.kind) if t]}}
    if meta.name:
        rule["name"] = meta.name
    if meta.link and "://" in meta.link:
        rule["helpUri"] = meta.link
    return rule


def _notification(message: str, level: str = "error") -> JSONObject:
    return {"level": level, "message": {"text": message}}


def render(run: RunResult, rules: common.Rules = None, **_: object) -> str:
    """One SARIF run: fail and uncertain claims as results, errors as notifications."""
    catalog = common.rule_catalog(run, rules)
    index = {code: n for n, code in enumerate(catalog)}
    results: list[JSONObject] = []
    for doc in common.documents(run):
        text = common.text_of(doc)
        results += [_result(c, text, index) for c in common.findings(doc)]
    errors = common.all_errors(run)
    sarif_run = {
        "tool": {"driver": {"name": "factlint", "version": __version__,
                            "semanticVersion": __version__,
                            "rules": [_rule(m) for m in catalog.values()]}},
        "invocations": [{"executionSuccessful": not errors,
                         "toolExecutionNotifications": [_notification(e) for e in errors]
                         + [_notification(w, "warning") for w in common.all_warnings(run)]}],
        "columnKind": "unicodeCodePoints",
        "results": results,
        "properties": {"summary": run.summary(), "coverage": common.coverage(run)},
    }
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [sarif_run]}
    return json.dumps(log, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
