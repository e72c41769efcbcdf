"""Output formats: one small formatter each, all reading the same finding records."""

from __future__ import annotations

import enum
from collections.abc import Callable

from checks.findings import RunResult


class Format(str, enum.Enum):
    """The report formats of ``factlint check``."""

    TEXT = "text"
    JSON = "json"


def _json(run: RunResult, **_) -> str:
    import json

    return json.dumps(run.contract(), ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def _text(run: RunResult, **_) -> str:
    lines = []
    for doc in sorted(run.documents, key=lambda d: d.path):
        for err in doc.errors:
            lines.append(f"{err}")
        for c in sorted(doc.claims, key=lambda c: c.sort_key()):
            lines.append(f"{c.path}:{c.line}:{c.column}: {c.severity} {c.rule} {c.verdict}: "
                         f"{c.message}")
            for i in c.inputs:
                lines.append(f"    input {i.text!r} at {i.line}:{i.column}")
            if c.hint:
                lines.append(f"    hint: {c.hint}")
    s = run.summary()
    lines.append(f"{s['documents']} documents, {s['claims']} claims: {s['pass']} pass, "
                 f"{s['fail']} fail, {s['uncertain']} uncertain")
    return "\n".join(lines) + "\n"


FORMATTERS: dict[str, Callable[..., str]] = {Format.TEXT.value: _text,
                                             Format.JSON.value: _json}


def render(run: RunResult, fmt: str, **options) -> str:
    """Render a run in the named format."""
    return FORMATTERS[fmt](run, **options)
