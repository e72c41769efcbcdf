"""The finding records every formatter reads: a checked claim, a document's result, a run."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any


class Verdict(StrEnum):
    """What a checked claim came to. Members equal their strings ("pass" == Verdict.PASS)."""

    PASS = "pass"
    FAIL = "fail"
    #: inputs missing, binding ambiguous, or the hedge's grey zone: not a failure
    UNCERTAIN = "uncertain"


class Severity(StrEnum):
    """How much a failed claim matters (``--fail-on``). Members equal their strings."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


VERDICTS = tuple(Verdict)
SEVERITIES = tuple(Severity)
SEVERITY_RANK: dict[str, int] = {Severity.INFO: 1, Severity.WARNING: 2, Severity.ERROR: 3}
#: the values of ``--fail-on``: a severity, or never
FAIL_ON = (*(s.value for s in Severity), "never")
#: exit codes: clean, a claim at or above ``--fail-on`` failed, usage/configuration/input
EXIT_OK, EXIT_FAIL, EXIT_ERROR = 0, 1, 2
#: verdicts from best to worst: the worst of several claims is the highest
VERDICT_RANK: dict[str, int] = {Verdict.PASS: 0, Verdict.UNCERTAIN: 1, Verdict.FAIL: 2}


@dataclass(frozen=True, slots=True)
class Input:
    """A number a claim was computed from, with its place in the document."""

    text: str
    start: int
    end: int
    value: float | None = None
    unit: str = ""
    line: int = 0
    column: int = 0
    #: the input's part in the relation ("old", "new", "part", "whole", "total", ...), when
    #: the relation names it; suggestions solve for an input by its role
    role: str = ""

    def contract(self) -> dict[str, Any]:
        """The JSON contract form: text, start, end."""
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Fix:
    """A correction a relation states itself: replace ``start:end`` (``replaces``) by ``text``.

    For corrections that are not a figure written at the text's precision: the direction
    word that matches the figures ("rose" for "fell"), the order the figures support.
    """

    text: str
    replaces: str
    start: int
    end: int
    #: the correction in words, when the replacement is long or spans lines
    say: str = ""


@dataclass(frozen=True, slots=True)
class Claim:
    """One checked relation: what the text states, what it recomputes to, and the verdict.

    ``start``/``end`` are the character offsets of the stated claim ("nearly 40%"), 0-based
    and end-exclusive; ``line``/``column`` are 1-based.
    """

    rule: str
    #: a Verdict (or its string: a StrEnum member equals its value)
    verdict: str
    #: a Severity (or its string)
    severity: str
    path: str
    line: int
    column: int
    start: int
    end: int
    text: str
    message: str
    inputs: tuple[Input, ...] = ()
    name: str = ""
    hint: str = ""
    #: the recomputed value, and the interval the statement allows: the values its printed
    #: precision and hedge allow ("18%": 17.5-18.5), never a tolerance or a computed range
    computed: float | None = None
    allowed_low: float | None = None
    allowed_high: float | None = None
    #: the relation kind that produced the claim (share, change, multiplier, ...)
    kind: str = ""
    #: the range the inputs give with their rounding (the computed value's interval)
    computed_low: float | None = None
    computed_high: float | None = None
    #: the relation within the kind, when a rule parameter picks it (a reading's
    #: ``relation``: change, share, direction ...; a conversion's ``form``)
    relation: str = ""
    #: a correction the relation states itself (a direction word, an order), or None
    fix: Fix | None = None

    def contract(self) -> dict[str, Any]:
        """The ``factlint check --format json`` record of this claim.

        ``expected`` (what the inputs give, with its interval) and ``suggestion`` (the
        figure to write instead) are additive fields, null unless the claim failed.
        """
        from checks.suggest import correction

        fix = correction(self)
        return {"rule": self.rule, "verdict": self.verdict, "severity": self.severity,
                "line": self.line, "column": self.column, "start": self.start,
                "end": self.end, "text": self.text, "message": self.message,
                "inputs": [i.contract() for i in self.inputs],
                "expected": fix.expected.contract() if fix.expected else None,
                "suggestion": fix.suggestion.contract() if fix.suggestion else None}

    def to_dict(self) -> dict[str, Any]:
        """Every field, for formatters that show more than the contract."""
        return asdict(self)

    def sort_key(self) -> tuple[str, int, int, str]:
        """Order claims by position, then rule."""
        return (self.path, self.start, self.end, self.rule)

    def fingerprint(self) -> str:
        """A stable identity keyed on rule, claim text and input texts, not on positions.

        Whitespace is normalised so that re-wrapping a paragraph keeps the identity; the
        path is left out so callers decide whether a moved file is the same finding.
        """
        import hashlib

        def norm(s: str) -> str:
            return " ".join(s.split())

        key = "\x1f".join([self.rule, norm(self.text)] + [norm(i.text) for i in self.inputs])
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


@dataclass(slots=True)
class DocumentResult:
    """The claims and errors of one document."""

    path: str
    as_of: str | None = None
    claims: list[Claim] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    #: how many quantities were found, and how many took part in a checked claim
    quantities: int = 0
    quantities_used: int = 0
    text: str | None = None
    #: claims left out of the report, by reason ("suppressed", "baseline", "diff")
    filtered: dict[str, int] = field(default_factory=dict)
    #: problems that do not stop the check (a suppression comment that suppresses nothing)
    warnings: list[str] = field(default_factory=list)

    def contract(self) -> dict[str, Any]:
        """The JSON contract form of the document (``warnings``: added in version 1.1)."""
        return {"path": self.path, "as_of": self.as_of,
                "claims": [c.contract() for c in sorted(self.claims, key=Claim.sort_key)],
                "errors": list(self.errors), "warnings": list(self.warnings)}


@dataclass(slots=True)
class RunResult:
    """Everything a check run found, with summary counts and the exit code."""

    documents: list[DocumentResult] = field(default_factory=list)
    #: errors that belong to no document (bad configuration, missing paths)
    errors: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, int]:
        """Counts of documents, claims and verdicts."""
        claims = [c for d in self.documents for c in d.claims]
        out = {"documents": len(self.documents), "claims": len(claims)}
        for v in Verdict:
            out[v.value] = sum(1 for c in claims if c.verdict == v)
        return out

    def contract(self) -> dict[str, Any]:
        """The ``factlint check --format json`` document (version 1)."""
        docs = sorted(self.documents, key=lambda d: d.path)
        return {"version": 1, "documents": [d.contract() for d in docs],
                "summary": self.summary()}

    def exit_code(self, fail_on: str = "error") -> int:
        """0 clean, 1 a claim at or above ``fail_on`` failed, 2 input or configuration errors.

        This is the one place the exit code is decided.
        """
        if self.errors or any(d.errors for d in self.documents):
            return EXIT_ERROR
        if fail_on == "never":
            return EXIT_OK
        threshold = SEVERITY_RANK[fail_on]
        for d in self.documents:
            for c in d.claims:
                if c.verdict == Verdict.FAIL and SEVERITY_RANK.get(c.severity, 3) >= threshold:
                    return EXIT_FAIL
        return EXIT_OK
