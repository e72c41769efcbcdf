"""Build finding records by quoting text, for tests of reports, baselines and suppressions."""

from __future__ import annotations

import re
from typing import Any

from checks.config import Config
from checks.documents import Document
from checks.findings import Claim, DocumentResult, Input, RunResult
from checks.options import CheckOptions
from checks.selection import RuleId


def _position(text: str, offset: int) -> tuple[int, int]:
    """Return the 1-based (line, column) of a character offset."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def locate(text: str, quote: str, occurrence: int = 1) -> tuple[int, int]:
    """Return (start, end) of the ``occurrence``-th appearance of ``quote`` in ``text``."""
    start = -1
    for _ in range(occurrence):
        start = text.find(quote, start + 1)
        if start < 0:
            raise ValueError(f"{quote!r} (occurrence {occurrence}) is not in the text")
    return start, start + len(quote)


def make_input(text: str, quote: str, occurrence: int = 1, value: float | None = None) -> Input:
    """An Input located by quoting it in the document text."""
    start, end = locate(text, quote, occurrence)
    line, column = _position(text, start)
    return Input(text=quote, start=start, end=end, value=value, line=line, column=column)


def make_claim(text: str, quote: str, *, path: str = "doc.md", rule: str = "PCT01",
               verdict: str = "fail", severity: str = "error",
               inputs: tuple[str | tuple[str, int], ...] = (), message: str | None = None,
               occurrence: int = 1, **fields: Any) -> Claim:
    """A Claim located by quoting it; ``inputs`` are quotes (or (quote, occurrence) pairs)."""
    start, end = locate(text, quote, occurrence)
    line, column = _position(text, start)
    ins = []
    for q in inputs:
        q, occ = (q, 1) if isinstance(q, str) else q
        ins.append(make_input(text, q, occ))
    return Claim(rule=rule, verdict=verdict, severity=severity, path=path, line=line,
                 column=column, start=start, end=end, text=quote,
                 message=message or f"stated {quote!r}; recomputed differs",
                 inputs=tuple(ins), **fields)


SAMPLE_TEXT = """---
date: 2025-07-15
---
# Beef & autos <script>alert("x")</script>

BYD aims to sell 5.5 million cars this year. It sold 2.146 million in
January to June, nearly 40% of the goal.

Beef exports were ¥64.8 billion in 2024; the 2030 target of ¥113.2 billion is
almost double. Used-car dealer bankruptcies rose to 50 from 32, a 66% rise.
"""


def sample_run(path: str = "seeds/sample.md") -> RunResult:
    """A run with a pass, a fail, an uncertain claim, and an unreadable document."""
    t = SAMPLE_TEXT
    claims = [
        make_claim(t, "nearly 40%", path=path, rule="PCT01", verdict="pass",
                   inputs=("5.5 million", "2.146 million"), name="percent.share-mismatch",
                   message='stated "nearly 40%"; 2.146 million / 5.5 million = 39.0%',
                   computed=39.02, allowed_low=36.0, allowed_high=40.5, kind="share"),
        make_claim(t, "almost double", path=path, rule="MUL01", verdict="uncertain",
                   severity="warning", inputs=("¥64.8 billion", "¥113.2 billion"),
                   name="multiplier.mismatch",
                   message='stated "almost double"; 113.2 / 64.8 = 1.75x (grey zone)',
                   computed=1.747, allowed_low=1.8, allowed_high=2.0, kind="multiplier",
                   hint="say 'up 75%' or 'nearly double' only from 1.8x"),
        make_claim(t, "a 66% rise", path=path, rule="CHG01", verdict="fail",
                   inputs=("50", "32"), name="change.percent-mismatch",
                   message='stated "a 66% rise" <b>; 50 / 32 - 1 = 56.3% (allowed: 65.5-66.5%)',
                   computed=56.25, allowed_low=65.5, allowed_high=66.5, kind="change"),
    ]
    doc = DocumentResult(path=path, as_of="2025-07-15", claims=claims, quantities=9,
                         quantities_used=6, text=t)
    bad = DocumentResult(path="seeds/broken.txt",
                         errors=["seeds/broken.txt: not valid UTF-8 (byte 0xff at byte 3)"])
    return RunResult(documents=[doc, bad])


class MarkerChecker:
    """A stand-in for checks.checker.Checker whose claims come from markers in the text.

    'fail-x' fails (error), 'warn-x' fails (warning), 'unsure-x' is uncertain, 'pass-x'
    passes: report wiring, exit codes and plugins are tested whatever the rule packs find.
    """

    MARK = re.compile(r"\b(pass|fail|warn|unsure)-\w+")

    def __init__(self, options: CheckOptions | None = None):
        self.options = options

    def check(self, doc: Document) -> DocumentResult:
        """Return one claim per marker of the document."""
        claims = []
        for m in self.MARK.finditer(doc.text):
            kind = m.group(1)
            verdict = {"warn": "fail", "unsure": "uncertain"}.get(kind, kind)
            line, col = doc.position(m.start())
            claims.append(Claim(rule="T01", verdict=verdict,
                                severity="warning" if kind == "warn" else "error",
                                path=doc.path, line=line, column=col, start=m.start(),
                                end=m.end(), text=m.group(0), message=f"marker {m.group(0)}",
                                name="test.marker", computed=1.5, allowed_low=2.0,
                                allowed_high=2.5))
        return DocumentResult(path=doc.path, claims=claims, text=doc.text, quantities=4,
                              quantities_used=len(claims))

    @staticmethod
    def known_rules(config: Config | None = None) -> list[RuleId]:
        """The one rule the markers report, for selection checks."""
        return [RuleId("T01", "test.marker")]
