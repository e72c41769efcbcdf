"""What a relation kind sees of a document: its text, sentences, quantities and references."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, TypeVar

from checks.documents import Document
from checks.findings import Claim, Fix, Input
from checks.options import CheckOptions
from checks.quantity import Quantity

if TYPE_CHECKING:  # read by the kinds, built by the checker: not needed to run this module
    from checks.assertions import Assertions
    from checks.references import Rates
    from checks.rules import Rule

T = TypeVar("T")

# A sentence ends at . ! ? (not inside a number or a common abbreviation) before a space
# and an upper-case letter, digit, quote or currency sign, or at a blank line / heading.
_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|No|Nos|vs|etc|Inc|Ltd|Co|Corp|Jr|Sr|approx|"
                     r"est|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Fig|U\.S|U\.K|"
                     r"e\.g|i\.e|a\.m|p\.m|Gov|Sen|Rep|Gen|Prof|Lt|Col|Capt|Sgt|Rev|Hon|Mt|"
                     r"Ft|Messrs)|\b[A-Z])$")
#: after "U.S." or "Inc." a word that starts sentences ends the sentence all the same ("...
#: in the U.S. The company ...": "U.S." is also the last word of a sentence)
_STARTER = re.compile(r"\s+[\"'“‘(]?(?:The|It|Its|A|An|In|But|And|This|That|These|Those|He|"
                      r"She|They|We|There|On|At|For|As|By|Meanwhile|However|Shares|Sales|"
                      r"Revenue|Analysts|Officials)\b")
_SOFT_ABBREV = re.compile(r"\b(?:U\.S|U\.K|Inc|Ltd|Co|Corp|etc|a\.m|p\.m)$")
_END = re.compile(r"[.!?]+[\"'”’)]*(?=\s+[\"'“‘(]?[A-Z0-9$¥€£₩₹])|\n[ \t]*\n|\n(?=[ \t]*#)"
                  r"|\n(?=[ \t]*[-*+|] )|\n(?=[ \t]*\d+[.)] )")
_END_LINES = re.compile(_END.pattern + r"|\n")


def split_sentences(text: str, line_breaks: bool = False) -> list[tuple[int, int]]:
    """Return (start, end) spans of the sentences of a text (offsets into it).

    With ``line_breaks`` (plain text, where a line is a paragraph) every newline ends a
    sentence; in Markdown and HTML a single newline is a soft wrap. A run longer than
    ``MAX_SENTENCE`` is cut into pieces (see ``not_prose``).
    """
    return [piece for span in _sentence_spans(text, line_breaks) for piece in _cut(text, span)]


def _sentence_spans(text: str, line_breaks: bool) -> list[tuple[int, int]]:
    """The sentences of a text, before long runs are cut."""
    spans = []
    start = 0
    rx = _END_LINES if line_breaks else _END
    for m in rx.finditer(text):
        first = text[m.start()]
        end = m.end() if first != "\n" else m.start()
        if first == "." and _may_abbreviate(text, m.start()) \
                and _ABBREV.search(text[max(0, m.start() - 6):m.start()]) \
                and not (_SOFT_ABBREV.search(text[max(0, m.start() - 6):m.start()])
                         and _STARTER.match(text, m.end())):
            continue
        if text[start:end].strip():
            spans.append((start, end))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def _may_abbreviate(text: str, at: int) -> bool:
    """False when no abbreviation of ``_ABBREV`` can end at ``at``: each ends with an ASCII
    letter, right before ``at`` or before one newline there (``$`` matches before a final
    newline). A cheap test before the pattern, at every full stop."""
    c = text[at - 1:at] if at >= 1 else ""
    if c == "\n":
        c = text[at - 2:at - 1] if at >= 2 else ""
    return c.isascii() and c.isalpha()


#: a "sentence" longer than this is no prose (a table flattened into text, markup left
#: unclosed, a list with no punctuation): it is cut at spaces so that the sentence index
#: stays linear, and its figures are left out of the relations (``DocContext.not_prose``).
#: The longest sentence of the real-text corpora (dev and parts A to C, 594 passages and
#: articles, 5,656 sentences) is 409 characters.
MAX_SENTENCE = 2000


def _cut(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    start, end = span
    if end - start <= MAX_SENTENCE:
        return [span]
    out = []
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut + 1 if cut > start else start + MAX_SENTENCE
        out.append((start, cut))
        start = cut
    return out + [(start, end)]


def _outside(quantities: list[Quantity],
             runs: list[tuple[int, int]]) -> tuple[list[Quantity], list[int]]:
    """The quantities that start in none of the sorted, disjoint ``runs``, and how many
    start in each run."""
    starts = [a for a, _ in runs]
    out, inside = [], [0] * len(runs)
    for q in quantities:
        i = bisect.bisect_right(starts, q.start) - 1
        if i < 0 or q.start >= runs[i][1]:
            out.append(q)
        else:
            inside[i] += 1
    return out, inside


@dataclass
class DocContext:
    """A document prepared for the relation kinds."""

    doc: Document
    quantities: list[Quantity]
    as_of: dt.date | None = None
    #: reference facts {name: value or mapping} and rate tables, loaded by the engine
    facts: dict[str, Any] = field(default_factory=dict)
    rates: Rates | None = None
    options: CheckOptions | None = None
    sentences: list[tuple[int, int]] = field(default_factory=list)
    #: rule files with a ``vocabulary:`` of their own, merged over rules/vocabulary.yml
    vocabulary_files: tuple[str, ...] = ()
    #: the run's document assertions (checks.assertions.Assertions), read by the
    #: assertion kind
    assertions: Assertions | None = None
    #: the document's errors found while its rules run (a missing quote, an unreadable
    #: table file), in the order they were found
    errors: list[str] = field(default_factory=list)
    #: the runs of more than MAX_SENTENCE characters without a sentence end: no prose, so
    #: the relation kinds do not read their figures (``quantities`` leaves them out;
    #: ``all_quantities`` has every figure the document's text holds)
    not_prose: list[tuple[int, int]] = field(default_factory=list)
    #: how many figures start in each run of ``not_prose``
    not_prose_figures: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        #: the scan text (same offsets as the file, non-prose blanked); a plain attribute,
        #: not a property: the kinds read it about a thousand times a document
        self.text: str = self.doc.scan_text
        if not self.sentences:
            spans = _sentence_spans(self.text, line_breaks=self.doc.format == "text")
            self.sentences = [piece for span in spans for piece in _cut(self.text, span)]
            self.not_prose = [(a, b) for a, b in spans if b - a > MAX_SENTENCE]
        self.all_quantities: list[Quantity] = self.quantities
        if self.not_prose:
            self.quantities, self.not_prose_figures = _outside(self.quantities,
                                                               self.not_prose)
        self._sent_starts = starts = [s for s, _ in self.sentences]
        self._by_sentence: dict[int, list[int]] = {}
        by_sentence = self._by_sentence
        right = bisect.bisect_right
        for i, q in enumerate(self.quantities):
            k = right(starts, q.start) - 1  # (sentence_index, inlined)
            by_sentence.setdefault(k if k > 0 else 0, []).append(i)
        #: the lists sentence_quantities hands out, built on first use (every kind asks
        #: for every sentence's: a table of 20,000 rows is 20,000 sentences)
        self._sentence_quantities: dict[int, list[Quantity]] = {}

    def shared(self, key: str, build: Callable[[], T]) -> T:
        """``build()``, computed once per document for every rule that asks for ``key``
        (the table checks read the document's tables once for all their rules)."""
        cache: dict[str, Any] = self.__dict__.setdefault("_shared", {})
        if key not in cache:
            cache[key] = build()
        return cache[key]  # type: ignore[no-any-return]  # what build() returned

    def sentence_index(self, offset: int) -> int:
        """Index of the sentence containing an offset."""
        i = bisect.bisect_right(self._sent_starts, offset) - 1
        return i if i > 0 else 0

    def sentence_quantities(self, index: int) -> list[Quantity]:
        """The quantities of sentence ``index``, in order (a shared list: do not modify)."""
        found = self._sentence_quantities.get(index)
        if found is None:
            found = self._sentence_quantities[index] = [
                self.quantities[i] for i in self._by_sentence.get(index, [])]
        return found

    def sentence_span(self, index: int) -> tuple[int, int]:
        """(start, end) of sentence ``index``."""
        return self.sentences[index]

    def between(self, a: int, b: int) -> str:
        """The text between two offsets, whitespace collapsed."""
        return " ".join(self.text[a:b].split())

    def input(self, q: Quantity, role: str = "") -> Input:
        """The Input record of a quantity, with its place (and its role, when given)."""
        line, col = self.doc.position(q.start)
        return Input(text=q.text, start=q.start, end=q.end, value=q.value, unit=q.unit,
                     line=line, column=col, role=role)

    def claim(self, rule: Rule, verdict: str, start: int, end: int, message: str,
              inputs: Iterable[Quantity | Input] = (), computed: float | None = None,
              allowed: tuple[float, float] | None = None, *,
              computed_range: tuple[float, float] | None = None, roles: Sequence[str] = (),
              fix: Fix | None = None) -> Claim:
        """Build a Claim for ``rule`` at [start, end) with places filled in.

        ``allowed`` is the interval the statement allows (its precision and hedge);
        ``computed_range`` the interval the inputs give; ``roles`` names each input's part
        in the relation, in the order of ``inputs``; ``fix`` a correction the relation
        states itself (checks.findings.Fix).
        """
        line, col = self.doc.position(start)
        text = " ".join(self.doc.scan_text[start:end].split())
        # (a quantity's Input is made with its role: dataclasses.replace per input was a
        # good part of building the thousands of claims of a long document)
        made: list[Input] = []
        for k, i in enumerate(inputs):
            r = roles[k] if k < len(roles) else ""
            if isinstance(i, Input):
                made.append(replace(i, role=r) if r else i)
            else:
                made.append(self.input(i, r or ""))
        ins = tuple(made)
        params = getattr(rule, "params", None)
        relation = (params.get("relation") or params.get("form") or "") \
            if params is not None and hasattr(params, "get") else ""
        return Claim(rule=rule.code, verdict=verdict, severity=rule.severity,
                     path=self.doc.path, line=line, column=col, start=start, end=end,
                     text=text, message=message, inputs=ins,
                     name=rule.name, hint=rule.hint, computed=computed,
                     allowed_low=allowed[0] if allowed else None,
                     allowed_high=allowed[1] if allowed else None, kind=rule.kind,
                     computed_low=computed_range[0] if computed_range else None,
                     computed_high=computed_range[1] if computed_range else None,
                     relation=str(relation), fix=fix)
