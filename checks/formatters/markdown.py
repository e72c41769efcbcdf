"""A Markdown report fit for a pull-request comment or a job summary."""

from __future__ import annotations

import html
import re

from checks.findings import Claim, RunResult, Verdict
from checks.formatters import common

#: verdict -> icon and word (keyed by str: a claim's verdict may be the plain string)
ICONS: dict[str, str] = {Verdict.FAIL: "❌ fail", Verdict.UNCERTAIN: "⚠️ uncertain",
                         Verdict.PASS: "✅ pass"}
_SPECIAL = re.compile(r"([\\`*_\[\]|~#!])")


def escape(s: str) -> str:
    """Make document text inert in Markdown: no markup, no HTML, one line."""
    s = " ".join(str(s).split())
    return _SPECIAL.sub(r"\\\1", html.escape(s, quote=False))


def _row(c: Claim) -> str:
    inputs = ", ".join(escape(i.text) for i in c.inputs) or "–"
    detail = escape(common.computation(c))
    sug = common.suggestion(c)
    if sug:
        detail += f"<br>**suggestion:** {escape(sug)}"
    if c.hint:
        detail += f"<br>*hint:* {escape(c.hint)}"
    return (f"| {ICONS[c.verdict]} | {escape(c.path)}:{c.line}:{c.column} | "
            f"{escape(c.rule)} {escape(c.name)} | “{escape(c.text)}” | {inputs} | {detail} |")


_HEAD = ("| verdict | where | rule | claim | inputs | computation |\n"
         "|---|---|---|---|---|---|")


def render(run: RunResult, **_: object) -> str:
    """Heading, counts, a table of findings, passing claims folded, errors, coverage."""
    s = run.summary()
    out = ["## factlint report", ""]
    counts = (f"**{s['fail']} fail**, {s['uncertain']} uncertain, {s['pass']} pass "
              f"in {common.plural(s['claims'], 'claim')} of "
              f"{common.plural(s['documents'], 'document')}")
    out += [counts, ""]
    found = [c for d in common.documents(run) for c in common.findings(d)]
    if found:
        out += [_HEAD] + [_row(c) for c in found] + [""]
    else:
        out += ["No failing or uncertain claims.", ""]
    passed = [c for d in common.documents(run) for c in common.claims(d) if c.verdict == Verdict.PASS]
    if passed:
        noun = "claim" if len(passed) == 1 else "claims"
        out += [f"<details><summary>{len(passed)} passing {noun}</summary>", "", _HEAD]
        out += [_row(c) for c in passed] + ["", "</details>", ""]
    errors = common.all_errors(run)
    if errors:
        out += ["### Errors", ""] + [f"- {escape(e)}" for e in errors] + [""]
    warnings = common.all_warnings(run)
    if warnings:
        out += ["### Warnings", ""] + [f"- {escape(w)}" for w in warnings] + [""]
    cov = common.coverage(run)
    out += ["### Coverage", "",
            "| documents | quantities found | used in a checked claim | claims | uncertain |",
            "|---:|---:|---:|---:|---:|",
            f"| {cov['documents']} | {cov['quantities']} | {cov['quantities_used']} | "
            f"{cov['claims']} | {cov['uncertain']} |", ""]
    if cov["filtered"]:
        out += ["Not reported: " + common.filtered_words(cov["filtered"]) + ".", ""]
    return "\n".join(out)
