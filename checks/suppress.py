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
    #: for disable-next-line: the first line after the directive with any text
    target: int = 0


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
        target = _next_content_line(text, m.end()) if m.group(1) == "disable-next-line" else 0
        out.append(Directive(m.group(1), names, m.start(), m.end(),
                             text.count("\n", 0, m.start()) + 1, target))
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


class InlineState:
    """Replays directives in document order; ask it about claims in document order."""

    def __init__(self, found: list[Directive], text: str):
        from checks.formatters.common import line_index

        self.found, self.lines = found, line_index(text)
        self.next = 0
        self.all_off, self.off, self.back_on = False, set(), set()
        self.next_line: dict[int, list[frozenset[str]]] = {}

    def _advance(self, offset: int) -> None:
        while self.next < len(self.found) and self.found[self.next].start < offset:
            d = self.found[self.next]
            self.next += 1
            if d.kind == "disable-next-line":
                self.next_line.setdefault(d.target, []).append(d.rules)
            elif d.kind == "disable":
                if d.rules:
                    self.off |= d.rules
                    self.back_on -= d.rules
                else:
                    self.all_off, self.back_on = True, set()
            elif d.rules:
                self.off -= d.rules
                if self.all_off:
                    self.back_on |= d.rules
            else:
                self.all_off, self.off, self.back_on = False, set(), set()

    def suppressed(self, claim: Claim) -> bool:
        """True when the directives before the claim switch its rule off at its place."""
        self._advance(claim.start)
        ids = _ids(claim)
        for rules in self.next_line.get(self.lines.line(claim.start), ()):
            if not rules or ids & rules:
                return True
        return bool(ids & self.off) or (self.all_off and not ids & self.back_on)


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
        state = InlineState(found, text)
        doc.claims.sort(key=Claim.sort_key)
        _drop(doc, lambda c: state.suppressed(c) or configured_suppressed(c, spans),
              "suppressed")
    return run


def _drop(doc: DocumentResult, test, reason: str) -> None:
    kept = [c for c in doc.claims if not test(c)]
    dropped = len(doc.claims) - len(kept)
    if dropped:
        doc.claims = kept
        doc.filtered[reason] = doc.filtered.get(reason, 0) + dropped
