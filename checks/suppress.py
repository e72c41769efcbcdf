"""Suppressions: inline comments in Markdown and HTML, and quoted claims in configuration.

Inline (Markdown and HTML)::

    <!-- factlint-disable PCT01 -->  ... claims of PCT01 here are not reported ...
    <!-- factlint-enable PCT01 -->
    <!-- factlint-disable-next-line MUL01, multiplier.mismatch -->

Without rules a directive applies to every rule. Rules are named by code or name. In any
document (plain text has no comments) a configured ``suppress`` entry leaves out the claims
that overlap a quoted phrase in files matching its path glob.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from checks.findings import Claim, DocumentResult, RunResult

DIRECTIVE = re.compile(r"<!--\s*factlint-(disable-next-line|disable|enable)\b(.*?)-->", re.S)
_FENCE = re.compile(r"^[ \t]{0,3}(```|~~~).*?(?:^[ \t]{0,3}\1[ \t]*$|\Z)", re.S | re.M)
_INLINE_CODE = re.compile(r"(`+)[^`\n]*?\1")
_HTML_RAW = re.compile(r"<(script|style|pre|code|textarea)\b.*?</\1\s*>", re.S | re.I)
COMMENT_FORMATS = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}


@dataclass(frozen=True)
class Directive:
    """One inline directive: kind, the rules it names (empty: all), where it is."""

    kind: str
    rules: frozenset[str]
    start: int
    end: int
    line: int


def _code_ranges(text: str, fmt: str) -> list[tuple[int, int]]:
    """Spans where a directive is an example in code, not a directive."""
    if fmt == "markdown":
        rxs = (_FENCE, _INLINE_CODE)
    else:
        rxs = (_HTML_RAW,)
    return [m.span() for rx in rxs for m in rx.finditer(text)]


def directives(text: str, fmt: str = "markdown") -> list[Directive]:
    """Every inline directive of a Markdown or HTML text, in order (code examples skipped)."""
    code = _code_ranges(text, fmt)
    out = []
    for m in DIRECTIVE.finditer(text):
        if any(a <= m.start() < b for a, b in code):
            continue
        names = frozenset(n for n in re.split(r"[\s,]+", m.group(2).strip()) if n)
        if "all" in names:
            names = frozenset()
        out.append(Directive(m.group(1), names, m.start(), m.end(),
                             text.count("\n", 0, m.start()) + 1))
    return out


def _ids(claim: Claim) -> set[str]:
    return {n for n in (claim.rule, claim.name) if n}


def _next_content_line(text: str, offset: int) -> int:
    """The number of the first line after the one holding ``offset`` with any content."""
    line = text.count("\n", 0, offset) + 1
    pos = text.find("\n", offset)
    while pos >= 0:
        line += 1
        nxt = text.find("\n", pos + 1)
        if text[pos + 1:nxt if nxt >= 0 else len(text)].strip():
            return line
        pos = nxt
    return line + 1


def inline_suppressed(claim: Claim, found: list[Directive], text: str) -> bool:
    """True when the directives before a claim switch its rule off at its place."""
    ids = _ids(claim)
    all_off, off, back_on = False, set(), set()
    claim_line = text.count("\n", 0, claim.start) + 1
    for d in found:
        if d.start >= claim.start:
            break
        if d.kind == "disable-next-line":
            if _next_content_line(text, d.end) == claim_line and (not d.rules or ids & d.rules):
                return True
        elif d.kind == "disable":
            if d.rules:
                off |= d.rules
                back_on -= d.rules
            else:
                all_off, back_on = True, set()
        elif d.rules:
            off -= d.rules
            if all_off:
                back_on |= d.rules
        else:
            all_off, off, back_on = False, set(), set()
    return bool(ids & off) or (all_off and not ids & back_on)


def quote_pattern(quote: str) -> re.Pattern:
    """A pattern for a quoted phrase that tolerates re-wrapped whitespace."""
    return re.compile(r"\s+".join(re.escape(w) for w in quote.split()))


def configured_suppressed(claim: Claim, spans: list[tuple[int, int, str]]) -> bool:
    """True when the claim overlaps a quoted phrase whose entry covers its rule."""
    ids = _ids(claim)
    return any(a < claim.end and claim.start < b and (not rule or rule in ids)
               for a, b, rule in spans)


def apply(run: RunResult, config=None, fmt: str | None = None) -> RunResult:
    """Remove suppressed claims from every document; count them in ``filtered``.

    ``fmt`` ("markdown", "html", "text") overrides the format the file suffix implies,
    for documents that are strings without a file name.
    """
    from checks.formatters.common import text_of

    for doc in run.documents:
        if not doc.claims:
            continue
        text = text_of(doc)
        if text is None:
            continue
        kind = fmt or COMMENT_FORMATS.get(Path(doc.path).suffix.lower())
        found = directives(text, kind) if kind in ("markdown", "html") else []
        spans = []
        if config is not None:
            for s in config.suppress:
                if config.matches([s.path], doc.path):
                    spans += [(m.start(), m.end(), s.rule)
                              for m in quote_pattern(s.claim).finditer(text)]
        if not found and not spans:
            continue
        _drop(doc, lambda c: (bool(found) and inline_suppressed(c, found, text))
              or configured_suppressed(c, spans), "suppressed")
    return run


def _drop(doc: DocumentResult, test, reason: str) -> None:
    kept = [c for c in doc.claims if not test(c)]
    dropped = len(doc.claims) - len(kept)
    if dropped:
        doc.claims = kept
        doc.filtered[reason] = doc.filtered.get(reason, 0) + dropped
