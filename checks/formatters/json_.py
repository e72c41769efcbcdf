"""The JSON contract of ``factlint check`` (version 1): other tools parse it, keep it exact."""

from __future__ import annotations

import json

from checks.findings import RunResult


def render(run: RunResult, **_: object) -> str:
    """The run's contract document, indented, keys in contract order."""
    return json.dumps(run.contract(), ensure_ascii=False, indent=2, sort_keys=False) + "\n"
