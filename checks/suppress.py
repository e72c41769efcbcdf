"""Suppressions: inline comments in Markdown and HTML, and quoted claims in configuration.

Inline (Markdown and HTML), as markdownlint and ruff's ``noqa`` do::

    Up 66% to 50. <!-- factlint-disable-line CHG01 -->
    <!-- factlint-disable-next-line MUL01, multiplier.mismatch -->
    <!-- factlint-disable PCT01 -->  ... claims of PCT01 here are not reported ...
    <!-- factlint-enable PCT01 -->
    <!-- factlint-disable-file TBL05 -->  (anywhere: the whole document)

Without rules a directive applies to every rule. Rules are named as ``--select`` names them
(code, name or family, any case). A directive with an unknown word or naming no known rule is
an error of the document; one that suppresses no fail or uncertain claim is a warning (as
ruff reports an unused ``noqa``). In any document (plain text has no comments) a configured
``suppress`` entry leaves out the claims that overlap a quoted phrase in files matching its
path glob.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from checks.config import Config
from checks.findings import Claim, DocumentResult, RunResult
from checks.formatters.common import line_index, text_of
from checks.selection import (RuleId, catalog, did_you_mean, known_rules, matches, selected,
                              unknown)

KINDS = ("disable-line", "disable-next-line", "disable", "enable", "disable-file")
DIRECTIVE = re.compile(r"<!--\s*factlint-([A-Za-z][\w-]*)(.*?)-->", re.S)
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
    #: the line it covers: its own (disable-line) or the next with text (disable-next-line)
    target: int = 0
    column: int = 1

    def covers(self, claim: Claim) -> bool:
        """True when the directive names the claim's rule (or names none: every rule)."""
        return not self.rules or selected(claim.rule, claim.name, self.rules)

    def describe(self) -> str:
        """The directive as written, in short: "factlint-disable-line PCT01"."""
        return " ".join([f"factlint-{self.kind}", *sorted(self.rules)])


def _code_ranges(text: str, fmt: str) -> list[tuple[int, int]]:
    """Spans where a directive is an example in code, not a directive."""
    rxs: tuple[re.Pattern[str], ...]
    if fmt == "markdown":
        rxs = (_FENCE, _INLINE_CODE)
    else:
        rxs = (_HTML_RAW,)
    return [m.span() for rx in rxs for m in rx.finditer(text)]


def directives(text: str, fmt: str = "markdown") -> list[Directive]:
    """Every inline directive of a Markdown or HTML text, in order (code examples skipped).

    The kind is the word after ``factlint-`` as written; callers reject kinds not in KINDS.
    """
    code = _code_ranges(text, fmt)
    out = []
    for m in DIRECTIVE.finditer(text):
        if any(a <= m.start() < b for a, b in code):
            continue
        kind = m.group(1).lower()
        names = frozenset(n for n in re.split(r"[\s,]+", m.group(2).strip()) if n)
        if any(n.lower() == "all" for n in names):
            names = frozenset()
        line = text.count("\n", 0, m.start()) + 1
        column = m.start() - (text.rfind("\n", 0, m.start()) + 1) + 1
        target = (_next_content_line(text, m.end()) if kind == "disable-next-line" else
                  line if kind == "disable-line" else 0)
        out.append(Directive(kind, names, m.start(), m.end(), line, target, column))
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
    """Replays directives in document order; ask it about claims in document order.

    ``suppressed`` answers with the directive that switches the claim off, so that
    directives that switch nothing off can be reported.
    """

    def __init__(self, found: list[Directive], text: str):
        self.lines = line_index(text)
        self.file = [d for d in found if d.kind == "disable-file"]
        self.found = [d for d in found if d.kind in ("disable", "enable")]
        self.next = 0
        #: open blocks: (directive, rules re-enabled inside it)
        self.blocks: list[tuple[Directive, set[str]]] = []
        self.on_line: dict[int, list[Directive]] = {}
        for d in found:
            if d.kind in ("disable-line", "disable-next-line"):
                self.on_line.setdefault(d.target, []).append(d)

    def _advance(self, offset: int) -> None:
        while self.next < len(self.found) and self.found[self.next].start < offset:
            d = self.found[self.next]
            self.next += 1
            if d.kind == "disable":
                self.blocks.append((d, set()))
            elif not d.rules:
                self.blocks = []        # enable everything
            else:
                for _, back_on in self.blocks:
                    back_on |= d.rules  # these rules are back on in every open block

    def suppressed(self, claim: Claim) -> Directive | None:
        """The directive that switches the claim's rule off at its place, or None."""
        self._advance(claim.start)
        for d in self.on_line.get(self.lines.line(claim.start), ()):
            if d.covers(claim):
                return d
        for d, back_on in reversed(self.blocks):
            if d.covers(claim) and not (back_on and selected(claim.rule, claim.name, back_on)):
                return d
        for d in self.file:
            if d.covers(claim):
                return d
        return None


def quote_pattern(quote: str) -> re.Pattern[str]:
    """A pattern for a quoted phrase that tolerates re-wrapped whitespace."""
    return re.compile(r"\s+".join(re.escape(w) for w in quote.split()))


def configured_suppressed(claim: Claim, spans: list[tuple[int, int, str]]) -> bool:
    """True when the claim overlaps a quoted phrase whose entry covers its rule."""
    return any(a < claim.end and claim.start < b and
               (not rule or matches(claim.rule, claim.name, rule)) for a, b, rule in spans)


def check_directives(doc: DocumentResult, found: list[Directive], rules: list[RuleId]
                     ) -> list[Directive]:
    """The directives that can work; the others become errors of the document.

    An unknown kind (``factlint-disabel``) or a rule no selector knows is an error: a typo
    must not leave a claim reported that the writer meant to silence, nor the reverse.
    """
    good = []
    for d in found:
        place = f"{doc.path}:{d.line}:{d.column}"
        if d.kind not in KINDS:
            near = difflib.get_close_matches(d.kind, KINDS, n=1, cutoff=0.6)
            hint = f" (did you mean factlint-{near[0]}?)" if near else \
                f" (known: {', '.join('factlint-' + k for k in KINDS)})"
            doc.errors.append(f"{place}: unknown directive 'factlint-{d.kind}'{hint}")
            continue
        bad = unknown(sorted(d.rules), rules)
        if bad:
            doc.errors.append(f"{place}: factlint-{d.kind} names no rule: {bad[0]!r}"
                              f"{did_you_mean(bad[0], rules)}")
            continue
        good.append(d)
    return good


def apply(run: RunResult, config: Config | None = None, fmt: str | None = None) -> RunResult:
    """Remove suppressed claims from every document; count them in ``filtered``.

    Directives that suppress no fail or uncertain claim are reported in the document's
    ``warnings``; broken ones in its ``errors``. ``fmt`` ("markdown", "html", "text")
    overrides the format the file suffix implies, for documents that are strings without a
    file name.
    """
    rules: list[RuleId] | None = None
    for doc in run.documents:
        text = text_of(doc) if (doc.claims or doc.text is not None) else None
        if text is None:
            continue
        kind = fmt or COMMENT_FORMATS.get(Path(doc.path).suffix.lower())
        found = directives(text, kind) if kind in ("markdown", "html") else []
        if found:
            if rules is None:
                rules = known_rules(config) if config is not None else catalog()
            found = check_directives(doc, found, rules)
        spans: list[tuple[int, int, str]] = []
        if config is not None:
            for s in config.suppress:
                if config.matches([s.path], doc.path):
                    spans += [(m.start(), m.end(), s.rule)
                              for m in quote_pattern(s.claim).finditer(text)]
        if not found and not spans:
            continue
        state = InlineState(found, text)
        doc.claims.sort(key=Claim.sort_key)
        used: set[int] = set()

        def test(c: Claim) -> bool:
            d = state.suppressed(c)
            if d is not None:
                if c.verdict != "pass":
                    used.add(d.start)
                return True
            return configured_suppressed(c, spans)

        _drop(doc, test, "suppressed")
        doc_config = config.for_path(doc.path) if config is not None else None
        for d in found:
            # (rules: read above whenever there are directives)
            if d.kind != "enable" and d.start not in used and _could_work(
                    d, doc_config, rules):  # type: ignore[arg-type]
                doc.warnings.append(f"{doc.path}:{d.line}:{d.column}: {d.describe()} "
                                    "suppresses nothing (no fail or uncertain claim of "
                                    + ("its rules" if d.rules else "any rule") + " there); "
                                    "remove it")
    return run


def _could_work(d: Directive, config: Config | None, rules: Iterable[RuleId]) -> bool:
    """False when the run switched off every rule the directive names (``--select``,
    ``--disable``): then it suppressing nothing says nothing about the text."""
    if config is None or not (config.select or config.disable):
        return True
    if not d.rules:
        return False
    return any(selected(r.code, r.name, d.rules)
               and not selected(r.code, r.name, config.disable)
               and (not config.select or selected(r.code, r.name, config.select))
               for r in rules)


def _drop(doc: DocumentResult, test: Callable[[Claim], bool], reason: str) -> None:
    kept = [c for c in doc.claims if not test(c)]
    dropped = len(doc.claims) - len(kept)
    if dropped:
        doc.claims = kept
        doc.filtered[reason] = doc.filtered.get(reason, 0) + dropped
