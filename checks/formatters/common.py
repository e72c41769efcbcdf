"""What every formatter shares: ordering, levels, positions, coverage and rule metadata."""

from __future__ import annotations

import bisect
import math
import os
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, TypedDict

from checks.findings import Claim, DocumentResult, RunResult, Severity, Verdict

if TYPE_CHECKING:
    from checks.suggest import Correction

# checks.cli imports this module at start-up (terminal_safe), so the modules only some
# reports need (checks.documents, checks.io, checks.verdict, checks.suggest, checks.rules:
# together about 20-40 ms on a 40 ms start-up) are imported where they are used.

#: what a verdict is called where a report has one word per finding
VERDICT_WORD = {Verdict.PASS: "pass", Verdict.FAIL: "fail", Verdict.UNCERTAIN: "uncertain"}


@dataclass(frozen=True)
class RuleMeta:
    """What a report says about a rule: its code, readable name and documentation."""

    code: str
    name: str = ""
    kind: str = ""
    severity: str = Severity.ERROR
    description: str = ""
    hint: str = ""
    link: str = ""
    message: str = ""

    def short(self) -> str:
        """A one-line description, never empty."""
        text = (self.description or self.name or self.code).strip()
        first = text.split("\n\n")[0].replace("\n", " ").strip()
        return first if len(first) <= 200 else first[:197] + "..."


class RunCounts(Protocol):
    """What the summary and coverage read of a run: a RunResult, or the running totals of
    a streamed report (checks.streaming.Tally)."""

    @property
    def documents(self) -> list[DocumentResult]: ...

    @property
    def errors(self) -> list[str]: ...

    def summary(self) -> dict[str, int]: ...


def documents(run: RunResult) -> list[DocumentResult]:
    """The documents of a run, sorted by path."""
    return sorted(run.documents, key=lambda d: d.path)


def claims(doc: DocumentResult) -> list[Claim]:
    """The claims of a document, sorted by position then rule."""
    return sorted(doc.claims, key=Claim.sort_key)


def findings(doc: DocumentResult) -> list[Claim]:
    """The claims of a document that are problems (fail or uncertain), in order."""
    return [c for c in claims(doc) if c.verdict != Verdict.PASS]


def level(claim: Claim) -> str:
    """One word for a finding: its severity when it failed, "note" when uncertain."""
    if claim.verdict == Verdict.FAIL:
        return claim.severity
    return "note" if claim.verdict == Verdict.UNCERTAIN else "pass"


def text_of(doc: DocumentResult) -> str | None:
    """The document text, from the result or (failing that) read from disk."""
    if doc.text is not None:
        return doc.text
    from checks.documents import MAX_BYTES  # (start-up: see the module top)
    from checks.io import read_text

    try:
        return read_text(doc.path, MAX_BYTES)
    except OSError:
        return None


class LineIndex:
    """Offsets to 1-based (line, column) by binary search: reports place many spans in one
    text, and counting newlines for each would make them quadratic."""

    def __init__(self, text: str):
        self.text = text
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def position(self, offset: int) -> tuple[int, int]:
        """The (line, column) of a character offset."""
        i = bisect.bisect_right(self.starts, offset) - 1
        return i + 1, offset - self.starts[i] + 1

    def line(self, offset: int) -> int:
        """The line of a character offset."""
        return self.position(offset)[0]


_INDEX: dict[int, LineIndex] = {}


def line_index(text: str) -> LineIndex:
    """The LineIndex of a text, kept while the same text object is being reported."""
    idx = _INDEX.get(id(text))
    if idx is None or idx.text is not text:
        if len(_INDEX) > 64:
            _INDEX.clear()
        idx = _INDEX[id(text)] = LineIndex(text)
    return idx


def position(text: str | None, offset: int, fallback: tuple[int, int] = (1, 1)) -> tuple[int, int]:
    """The 1-based (line, column) of ``offset`` in ``text``; ``fallback`` without text."""
    if text is None or offset < 0 or offset > len(text):
        return fallback
    return line_index(text).position(offset)


def end_position(claim: Claim, text: str | None) -> tuple[int, int]:
    """The (line, column) just past the end of a claim (end-exclusive column)."""
    fallback = (claim.line, claim.column + max(claim.end - claim.start, 0))
    return position(text, claim.end, fallback)


def relpath(path: str, base: str | None = None) -> str:
    """``path`` relative to ``base`` (default the working directory) in / form when inside."""
    if not os.path.isabs(path) and base is None:
        return path.replace(os.sep, "/")
    base = os.path.abspath(base or os.getcwd())
    full = os.path.abspath(path)
    try:
        rel = os.path.relpath(full, base)
    except ValueError:
        return full.replace(os.sep, "/")
    if rel.startswith(".."):
        return full.replace(os.sep, "/")
    return rel.replace(os.sep, "/")


def computation(claim: Claim) -> str:
    """The arithmetic behind a verdict in words: message plus recomputed value and bounds."""
    from checks.verdict import fmt_number  # (start-up: see the module top)

    parts = [claim.message]
    bounds = allowed(claim)
    if claim.computed is not None and not _shows(claim.message, claim.computed):
        parts.append(f"computed {fmt_number(claim.computed)}")
    if bounds and "allowed" not in claim.message:
        parts.append(f"allowed {bounds}")
    return "; ".join(p for p in parts if p)


def correction(claim: Claim) -> Correction:
    """The claim's expected value and suggested rewrite (checks.suggest)."""
    from checks.suggest import correction as _correction  # (start-up: see the module top)

    return _correction(claim)


def suggestion(claim: Claim, fix: Correction | None = None) -> str:
    """'write "nearly 40%" for "nearly 60%"' (and the input alternative), or "" (``fix``:
    the claim's correction, when the caller has it)."""
    sug = (correction(claim) if fix is None else fix).suggestion
    return sug.words() if sug else ""


def expected(claim: Claim, fix: Correction | None = None) -> str:
    """What the inputs give, written like the text, with their range when it is one
    (``fix``: the claim's correction, when the caller has it)."""
    from checks.verdict import fmt_value  # (start-up: see the module top)

    if fix is None:
        fix = correction(claim)
    exp = fix.expected
    if exp is None:
        return ""
    out = exp.text
    if exp.low < exp.high:
        unit = ""
        for i in claim.inputs:   # the unit of the stated figure, from the input that is it
            if fix.suggestion is not None and i.text == fix.suggestion.replaces:
                unit = i.unit
        # enough digits to tell the ends apart ("2.2455–2.2465 million", never
        # "2.25 million–2.25 million"); none at all when no precision does
        for digits in range(2, 7):
            lo, hi = fmt_value(exp.low, unit, digits), fmt_value(exp.high, unit, digits)
            if lo != hi:
                out += f" (range {lo}–{hi})"
                break
    return out


def details(claim: Claim, text: str | None = None) -> list[tuple[str, str]]:
    """The labelled lines every report shows under a finding, in order: inputs, allowed,
    expected, suggestion, hint. ``allowed`` always means the values the statement allows."""
    from checks.formatters.text import input_place  # (a cycle: text imports this module)

    out = [("input", f"{i.text!r} at {input_place(i, text)}") for i in claim.inputs]
    bounds = allowed(claim)
    if bounds and "allowed" not in claim.message:
        out.append(("allowed", bounds))
    # (the correction looked up once: each lookup hashes the claim, all its inputs too)
    fix = correction(claim)
    exp = expected(claim, fix)
    if exp and not (claim.computed is not None and _shows(claim.message, claim.computed)
                    and not fix.suggestion):
        out.append(("expected", exp))
    sug = suggestion(claim, fix)
    if sug:
        out.append(("suggestion", sug))
    if claim.hint:
        out.append(("hint", claim.hint))
    return out


def detail_lines(claim: Claim, text: str | None = None, indent: str = "    ") -> list[str]:
    """``details`` as indented text lines: "input '50' at 10:53", "suggestion: ..."."""
    return [f"{indent}{label} {value}" if label == "input" else f"{indent}{label}: {value}"
            for label, value in details(claim, text)]


def _shows(message: str, value: float) -> bool:
    """True when the message already prints ``value`` (at some rounding)."""
    from checks.verdict import fmt_number  # (start-up: see the module top)

    forms = {f"{value:g}", fmt_number(value)} | {f"{value:.{p}f}" for p in range(4)}
    forms |= {f"{value:,.{p}f}" for p in range(3)}
    return any(f in message for f in forms)


def allowed(claim: Claim) -> str:
    """The interval the statement allows, e.g. "36–40.5", "at most 3" or "".

    Always the stated figure's interval (its printed precision and hedge), never a
    tolerance or the range the inputs give (that one is shown with "expected"). Empty when
    the interval is a single value: the stated figure itself says it.
    """
    from checks.verdict import fmt_number, fmt_value  # (start-up: see the module top)

    lo, hi = claim.allowed_low, claim.allowed_high
    if lo is None and hi is None:
        return ""
    if lo is not None and hi is not None and lo == hi:
        return ""
    # an amount of money keeps its currency ("$1.55 billion–$1.65 billion")
    unit = next((i.unit for i in claim.inputs if i.text == claim.text and len(i.unit) == 3
                 and i.unit.isupper()), "")
    num: Callable[[float], str]
    if unit:
        def num(x: float) -> str:
            return fmt_value(x, unit)
    else:
        num = fmt_number
    if lo is None or (isinstance(lo, float) and math.isinf(lo)):
        # (hi is None here only under an infinite lo: fmt_number prints None as "?")
        return f"at most {num(hi)}"  # type: ignore[arg-type]
    if hi is None or (isinstance(hi, float) and math.isinf(hi)):
        return f"at least {num(lo)}"
    return f"{num(lo)}–{num(hi)}"


#: the counts of ``coverage`` ("pass" is a keyword, hence the functional form)
Coverage = TypedDict("Coverage", {
    "documents": int, "quantities": int, "quantities_used": int, "claims": int, "pass": int,
    "fail": int, "uncertain": int, "errors": int, "filtered": dict[str, int]})


def coverage(run: RunCounts) -> Coverage:
    """Counts that show nothing passed silently: quantities found/used, claims by verdict."""
    s = run.summary()
    filtered: dict[str, int] = {}
    for d in run.documents:
        for k, v in d.filtered.items():
            filtered[k] = filtered.get(k, 0) + v
    return {"documents": s["documents"],
            "quantities": sum(d.quantities for d in run.documents),
            "quantities_used": sum(d.quantities_used for d in run.documents),
            "claims": s["claims"], "pass": s["pass"], "fail": s["fail"],
            "uncertain": s["uncertain"],
            "errors": len(run.errors) + sum(len(d.errors) for d in run.documents),
            "filtered": dict(sorted(filtered.items()))}


def coverage_line(run: RunCounts) -> str:
    """Coverage as one sentence, the last line of the text reports."""
    c = coverage(run)
    pct = f" ({100 * c['quantities_used'] / c['quantities']:.0f}%)" if c["quantities"] else ""
    line = (f"coverage: {plural(c['quantities'], 'quantity', 'quantities')}"
            f" found, {c['quantities_used']} used in a checked claim{pct}; "
            f"{plural(c['claims'], 'claim')} checked, {c['uncertain']} uncertain")
    if c["filtered"]:
        line += "; not reported: " + filtered_words(c["filtered"])
    return line


def plural(n: int, noun: str, nouns: str | None = None) -> str:
    """"1 claim", "2 claims"."""
    return f"{n} {noun if n == 1 else nouns or noun + 's'}"


#: why claims were left out of a report, in words
FILTERED = {"suppressed": "suppressed", "baseline": "in the baseline",
            "diff": "on unchanged lines"}


def filtered_words(filtered: dict[str, int]) -> str:
    """"2 suppressed, 5 on unchanged lines"."""
    return ", ".join(f"{v} {FILTERED.get(k, k)}" for k, v in sorted(filtered.items()))


def summary_line(run: RunCounts) -> str:
    """Documents and claims by verdict, in one line."""
    s = run.summary()
    return (f"{plural(s['documents'], 'document')}, {plural(s['claims'], 'claim')}: "
            f"{s['pass']} pass, {s['fail']} fail, {s['uncertain']} uncertain")


def all_errors(run: RunResult) -> list[str]:
    """Run-level errors, then each document's errors, in path order."""
    return list(run.errors) + [e for d in documents(run) for e in d.errors]


def all_warnings(run: RunResult) -> list[str]:
    """Each document's warnings (unused suppression comments), in path order."""
    return [w for d in documents(run) for w in d.warnings]


class RuleLike(Protocol):
    """What ``rule_meta`` needs of a rule object: a code (the other fields are optional)."""

    @property
    def code(self) -> str: ...


#: the rules a report may be given: RuleMeta by code, or rule objects (or RuleMeta)
Rules = Mapping[str, RuleMeta] | Iterable[RuleMeta | RuleLike] | None


def rule_catalog(run: RunResult, rules: Rules = None) -> dict[str, RuleMeta]:
    """Metadata of every rule the run's claims use: from the rule packs when given, else
    from what the claims carry. Sorted by code."""
    known: dict[str, RuleMeta] = {}
    if rules:
        items = rules.values() if isinstance(rules, Mapping) else rules
        for r in items:
            meta = r if isinstance(r, RuleMeta) else rule_meta(r)
            known[meta.code] = meta
    out: dict[str, RuleMeta] = {}
    for d in run.documents:
        for c in d.claims:
            if c.rule in out:
                continue
            out[c.rule] = known.get(c.rule) or RuleMeta(code=c.rule, name=c.name, kind=c.kind,
                                                         severity=c.severity, hint=c.hint)
    return dict(sorted(out.items()))


def rule_meta(rule: RuleLike) -> RuleMeta:
    """RuleMeta from a loaded rule object (checks.rules.Rule or anything alike)."""
    return RuleMeta(code=rule.code, name=getattr(rule, "name", ""),
                    kind=getattr(rule, "kind", ""), severity=getattr(rule, "severity", "error"),
                    description=getattr(rule, "description", "") or "",
                    hint=getattr(rule, "hint", "") or "", link=getattr(rule, "link", "") or "",
                    message=getattr(rule, "message", "") or "")


def load_rule_catalog(rule_paths: Iterable[str] = (), builtin: bool = True
                      ) -> dict[str, RuleMeta]:
    """Metadata of every loadable rule; empty when the rule packs cannot be loaded."""
    try:
        from checks.rules import load_rule_packs  # (start-up: see the module top)

        ruleset = load_rule_packs(tuple(rule_paths), builtin=builtin)
    except Exception:  # noqa: BLE001 - reports still work from what the claims carry
        return {}
    return {r.code: rule_meta(r) for r in ruleset.rules}


#: C0 and C1 control characters, DEL, and the bidirectional overrides and isolates that
#: make a terminal show text other than what is there ("Trojan source")
_UNSAFE = {c: f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}" for c in (
    *range(0x00, 0x20), 0x7F, *range(0x80, 0xA0), *range(0x202A, 0x202F),
    *range(0x2066, 0x206A))}


def terminal_safe(text: str) -> str:
    """``text`` with control characters, ANSI escapes and bidi controls shown as ``\\x1b``,
    ``\\n``-style escapes, so that a file name or a document cannot move the cursor, recolour
    the terminal or forge a line of the report."""
    if text.isprintable():
        return text
    return text.translate(_UNSAFE)

