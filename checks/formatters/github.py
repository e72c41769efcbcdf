"""GitHub Actions workflow commands: an annotation per finding, escaped per their rules."""

from __future__ import annotations

from checks.findings import Claim, RunResult, Severity, Verdict
from checks.formatters import common

#: fail severity -> command; uncertain verdicts are notices
COMMANDS: dict[str, str] = {Severity.ERROR: "error", Severity.WARNING: "warning",
                            Severity.INFO: "notice"}


def escape_data(s: str) -> str:
    """Escape a command's message: % CR LF."""
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s: str) -> str:
    """Escape a property value: as data, and also ':' and ','."""
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


def command(c: Claim, text: str | None) -> str:
    """One ``::error file=...,line=...::message`` line for a claim."""
    name = COMMANDS.get(c.severity, "warning") if c.verdict == Verdict.FAIL else "notice"
    end_line, end_col = common.end_position(c, text)
    props = {"file": common.relpath(c.path), "line": str(c.line), "col": str(c.column)}
    if end_line != c.line:
        props["endLine"] = str(end_line)
    else:
        props["endColumn"] = str(end_col)
    title = f"factlint {c.rule} {c.verdict}" + (f" ({c.name})" if c.name else "")
    props["title"] = title
    body = common.computation(c)
    if c.inputs:
        body += "\ninputs: " + ", ".join(repr(i.text) for i in c.inputs)
    sug = common.suggestion(c)
    if sug:
        body += f"\nsuggestion: {sug}"
    if c.hint:
        body += f"\nhint: {c.hint}"
    head = ",".join(f"{k}={escape_property(v)}" for k, v in props.items())
    return f"::{name} {head}::{escape_data(body)}"


def render(run: RunResult, **_: object) -> str:
    """Annotations for fail and uncertain claims and errors, then summary and coverage."""
    lines = [f"::error title=factlint::{escape_data(e)}" for e in run.errors]
    for doc in common.documents(run):
        for e in doc.errors:
            lines.append(f"::error file={escape_property(common.relpath(doc.path))},"
                         f"title=factlint input error::{escape_data(e)}")
        for w in doc.warnings:
            lines.append(f"::warning file={escape_property(common.relpath(doc.path))},"
                         f"title=factlint suppression::{escape_data(w)}")
        text = common.text_of(doc)
        lines += [command(c, text) for c in common.findings(doc)]
    # plain log lines, not commands: nothing to escape
    lines.append(common.summary_line(run))
    lines.append(common.coverage_line(run))
    return "\n".join(lines) + "\n"
